# The report of an exception raised by __del__, a generator's close or a
# weak reference callback follows CPython's default sys.unraisablehook:
# only the exception itself (its traceback and "Type: str"), never its
# __context__ / __cause__ chain nor its notes; ": " even for an empty
# message; no "Exception ignored in" line when the object is None; and
# "<object repr() failed>" when its repr raises.
import gc, io, sys, weakref

def no_addresses(text):
    out = text.split(' at 0x')
    for i in range(1, len(out)):
        out[i] = out[i][out[i].index('>'):]
    return ' at ADDR'.join(out)

def captured(make):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        make()
        # Twice: a stale copy of a pointer in a live C frame (the stack
        # scan is conservative) may keep the object one collection longer.
        gc.collect()
        gc.collect()
    finally:
        sys.stderr = old
    text = no_addresses(buf.getvalue()).replace(__file__, 'FILE')
    print(text, end='')
    print('--')

class Chained:
    def __del__(self):
        try:
            raise KeyError('inner')
        except KeyError as e:
            raise ValueError('outer') from e
captured(lambda: Chained())

class Context:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('while handling')
captured(lambda: Context())

class Empty:
    def __del__(self):
        raise RuntimeError
captured(lambda: Empty())

class Noted:
    def __del__(self):
        e = ValueError('with a note')
        e.add_note('the note')
        raise e
captured(lambda: Noted())

def gen():
    try:
        yield 1
    finally:
        try:
            raise KeyError('in finally')
        except KeyError:
            raise TypeError('from finally')
def suspended():
    g = gen()
    next(g)
captured(suspended)

class BadReprCallback:
    def __repr__(self):
        raise RuntimeError('no repr')
    def __call__(self, ref):
        raise LookupError
class Target:
    pass
sys.stderr = buf = io.StringIO()
try:
    target = Target()
    ref = weakref.ref(target, BadReprCallback())
    del target
    gc.collect()
finally:
    sys.stderr = sys.__stderr__
print(buf.getvalue().replace(__file__, 'FILE'), end='')
print('--')

# Raised outside any handler: the context of an exception being handled by
# the code that happened to be running is not shown either.
class Plain:
    def __del__(self):
        raise IndexError('plain')
def in_handler():
    try:
        raise OSError('handled by the program')
    except OSError:
        Plain()
        gc.collect()
captured(in_handler)
print('end')
