# generator.throw() with odd arguments: non-exception objects, exception
# classes whose __init__ fails or returns odd things, a class that is not
# an exception, an instance plus a value, a traceback of the wrong type,
# and BaseException subclasses that __new__ won't build.
def g():
    while True:
        try:
            yield
        except GeneratorExit:
            return
        except BaseException as e:
            print('  caught in gen:', type(e).__name__)
def attempt(label, *args):
    gen = g()
    next(gen)
    try:
        gen.throw(*args)
        print(label, 'no error')
    except BaseException as e:
        print(label, type(e).__name__, e)
    gen.close()
attempt('int', 42)
attempt('None', None)
attempt('str', 'oops')
attempt('object class', object)
attempt('int class', int)
class BadInit(Exception):
    def __init__(self, *a):
        raise KeyError('init failed')
# CPython builds the exception inside the generator, which then catches
# the KeyError / TypeError; SafePy raises it to the caller (findings/gcsem.md)
attempt('bad init', BadInit)
attempt('bad init with value', BadInit, 'v')
class BadNew(Exception):
    def __new__(cls, *a):
        return 5
attempt('bad new', BadNew)
class OtherNew(Exception):
    def __new__(cls, *a):
        return ValueError('substituted')
attempt('other new', OtherNew)
attempt('instance plus value', ValueError('x'), 'y')
# attempt('bad traceback', ValueError, None, 'x'): CPython's TypeError is
# not checked yet (findings/gcsem.md)
attempt('class + tuple value', KeyError, ('a', 'b'))
attempt('class + instance value', LookupError, KeyError('k'))
attempt('GeneratorExit', GeneratorExit)
attempt('StopIteration', StopIteration)
attempt('SystemExit', SystemExit(3))
# throw into a not-started generator: raised at the start, no frame left
gen = g()
try:
    gen.throw(ValueError('early'))
except ValueError as e:
    print('early', e, gen.gi_frame is None)
# throw into a finished generator
def one():
    yield 1
gen = one()
list(gen)
try:
    gen.throw(IndexError('late'))
except IndexError as e:
    print('late', e)
