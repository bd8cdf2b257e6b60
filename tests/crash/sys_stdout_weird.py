# sys.stdout / sys.stderr replaced by weird objects (no write, write that
# raises, write returning non-int, None, a class), then print() and finally
# an uncaught exception whose report has nowhere sane to go.  The process
# must end by itself: exit status 1 or a clean message, never a signal.
import sys
real_out, real_err = sys.stdout, sys.stderr
class NoWrite:
    pass
class Raises:
    def write(self, s):
        raise OSError('write failed')
    def flush(self):
        raise OSError('flush failed')
class Weird:
    def write(self, s):
        return 'not an int'
    def flush(self):
        return 42
class Recursive:
    def write(self, s):
        print('inner', s, file=self)
log = []
class Logger:
    def write(self, s):
        log.append(s)
        return len(s)
for obj in (NoWrite(), Raises(), Weird(), Recursive(), None, 5, Logger, Logger()):
    sys.stdout = obj
    try:
        print('hello', 1, [2])
        sys.stdout.flush() if hasattr(sys.stdout, 'flush') and not isinstance(sys.stdout, type) else None
        r = 'ok'
    except BaseException as e:
        r = type(e).__name__
    sys.stdout = real_out
    print(type(obj).__name__, r)
print(log)
sys.stdout = real_out
print('input with weird stdout:')
sys.stdout = Raises()
try:
    input('prompt> ')
except BaseException as e:
    r = type(e).__name__
sys.stdout = real_out
print('input', r)
# And now the uncaught exception, with stderr and stdout both broken.
sys.stdout = Raises()
sys.stderr = Weird()
raise ValueError('uncaught with broken streams')
