# A very long __context__ chain: printing and raising must not overflow the C stack
def chain(n):
    e = None
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            finally:
                pass
        except ValueError as v:
            if e is not None:
                v.__context__ = e
            e = v
    return e

e = chain(100000)
try:
    raise e
except ValueError as x:
    print('caught', x)
# An exception whose args contain itself
a = ValueError()
a.args = (a,)
try:
    print(repr(a))
except RecursionError:
    print('RecursionError')
b = KeyError()
b.args = (b,)
try:
    str(b)
except RecursionError:
    print('RecursionError')
raise chain(50000)
