# Exceptions raised inside __exit__ / __enter__ / __aexit__-free with
# blocks (replacing, suppressing, chaining), __exit__ returning odd truthy
# objects or raising from __bool__, and sys.exc_info() inside nested
# handlers, finally blocks, generators and after each level returns.
import sys
class CM:
    def __init__(self, mode):
        self.mode = mode
    def __enter__(self):
        if self.mode == 'enter':
            raise KeyError('enter')
        return self
    def __exit__(self, t, v, tb):
        print('  exit sees', t.__name__ if t else None, 'exc_info', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        if self.mode == 'raise':
            raise IndexError('exit')
        if self.mode == 'suppress':
            return 1
        if self.mode == 'badbool':
            return BadBool()
        if self.mode == 'reraise':
            raise
        return None
class BadBool:
    def __bool__(self):
        raise TypeError('bool failed')
for mode in ('enter', 'raise', 'suppress', 'badbool', 'reraise', 'none'):
    for body_raises in (False, True):
        try:
            with CM(mode):
                if body_raises:
                    raise ValueError('body')
            print(mode, body_raises, 'completed', sys.exc_info()[0])
        except BaseException as e:
            ctx = e.__context__
            print(mode, body_raises, type(e).__name__, e, type(ctx).__name__ if ctx else None)
        print('  after:', sys.exc_info()[0])
# nested handlers and finally
def show(tag):
    t = sys.exc_info()[1]
    print(tag, repr(t))
try:
    raise ValueError(1)
except ValueError:
    show('outer')
    try:
        raise TypeError(2)
    except TypeError:
        show('inner')
    finally:
        show('inner finally')
    show('outer again')
    def helper():
        show('in call')
        try:
            raise KeyError(3)
        except KeyError:
            show('helper handler')
        show('helper after')
    helper()
    show('after call')
show('top')
# a generator suspended inside an except block keeps its own exc_info
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
g = gen()
print(repr(next(g)))
show('outside gen')
try:
    raise TypeError('caller')
except TypeError:
    print(repr(next(g)))
    show('caller after resume')
print(repr(next(g)))
# exception raised while another is being handled, in finally, with return
def swallow():
    try:
        raise ValueError('x')
    finally:
        return 'swallowed'
print(swallow(), sys.exc_info())
def chained():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    chained()
except KeyError as e:
    print(type(e.__context__).__name__, e.__context__)
