# Exceptions whose __str__ / __repr__ raise, return non-str, or recurse,
# printed by print(), repr(), str(), format, traceback printing of an
# uncaught exception (which must fall back to CPython's
# "<exception str() failed>" line), and as __context__ of another.
class RaisesStr(Exception):
    def __str__(self):
        raise KeyError('str failed')
class BadStr(Exception):
    def __str__(self):
        return 42
import sys
sys.setrecursionlimit(200)   # keeps the RecStr recursion short
class RecStr(Exception):
    def __str__(self):
        return str(self)
class RaisesRepr(Exception):
    def __repr__(self):
        raise KeyError('repr failed')
for cls in (RaisesStr, BadStr, RecStr, RaisesRepr):
    e = cls('arg')
    for label, f in [('str', str), ('repr', repr), ('format', lambda x: '{}'.format(x)),
                     ('fstring', lambda x: f'{x!r}'), ('args', lambda x: x.args)]:
        try:
            r = f(e)
            print(cls.__name__, label, r)
        except (KeyError, TypeError, RecursionError) as err:
            print(cls.__name__, label, type(err).__name__)
# an exception with a __notes__ that is not a list of str
e = ValueError('with notes')
e.add_note('note 1')
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__.append(7)
e2 = TypeError('bad notes')
e2.__notes__ = 'not a list'
# as __context__ of an uncaught exception: printing the chain calls the
# evil __str__ of the context; output goes to stderr, exit status 1
try:
    try:
        raise RaisesStr('inner')
    except RaisesStr:
        try:
            raise BadStr('middle')
        except BadStr:
            raise e
except ValueError as x:
    x.__context__.__context__.__context__ = e2
    last = x
print('printing uncaught', flush=True)
raise RecStr('outer') from last
