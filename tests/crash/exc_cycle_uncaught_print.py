# An uncaught exception whose __cause__ and __context__ form cycles
# through several exceptions (a -> b -> c -> a, both links, and a
# self-cause) must be printed once each and terminate; the process exits
# with status 1.  The traceback printer must detect the cycle.
a = ValueError('a')
b = TypeError('b')
c = KeyError('c')
a.__cause__ = b
b.__context__ = c
c.__cause__ = a
c.__context__ = b
b.__cause__ = b
a.__context__ = a
def f():
    raise a
try:
    f()
except ValueError as e:
    print('caught', e, e.__cause__ is b, e.__suppress_context__)
# raise ... from cycles built by `raise from` itself
try:
    try:
        raise ValueError('x')
    except ValueError as x:
        try:
            raise TypeError('y') from x
        except TypeError as y:
            x.__cause__ = y
            raise x
except ValueError as e:
    print('cycle via raise from', type(e.__cause__).__name__, type(e.__cause__.__cause__).__name__)
print('now uncaught:', flush=True)
raise c
