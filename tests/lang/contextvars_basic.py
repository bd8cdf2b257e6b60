# ContextVar get/set/reset, Token, defaults and the errors of each.
import contextvars
from contextvars import ContextVar, Token, Context, copy_context


def short(r):
    # reprs without the addresses
    out = []
    for part in r.split(' at 0x'):
        out.append(part.split('>', 1)[-1] if out else part)
    return '@'.join(out)


print(ContextVar, Token, Context)
print(contextvars.__all__ if hasattr(contextvars, '__all__') else None)
v = ContextVar('v')
w = ContextVar('w', default=5)
n = ContextVar('n', default=None)
print(v.name, w.name, n.name)
print(short(repr(v)), short(repr(w)), short(repr(n)))

try:
    v.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is v, len(e.args))
print(v.get(3), v.get(None), w.get(), w.get(7), n.get())

t = v.set(1)
print(type(t).__name__, t.var is v, t.old_value is Token.MISSING, Token.MISSING)
print(short(repr(t)))
print(v.get(), v.get(3))
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get(), short(repr(t2)))
v.reset(t)
print(v.get('gone'))

# errors of reset, in CPython's order
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', short(str(e)))
t3 = v.set(3)
try:
    w.reset(t3)
except ValueError as e:
    print('ValueError', short(str(e)))
for bad in (1, 's', None):
    try:
        v.reset(bad)
    except TypeError as e:
        print('TypeError', e)

# set() in another context: the token belongs to that one
ctx = copy_context()
t4 = ctx.run(v.set, 4)
try:
    v.reset(t4)
except ValueError as e:
    print('ValueError', short(str(e)))
print(v.get(), ctx[v])
ctx.run(v.reset, t4)
print(ctx[v], v.get())

# constructor
for args, kw in [((), {}), ((1,), {}), (('a', 1), {}), ((), {'name': 'x'}),
                 (('x',), {'foo': 1}), (('x',), {'default': 1, 'foo': 1}),
                 (('x', 2), {'default': 1})]:
    try:
        ContextVar(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
d = ContextVar('d', default=[1])
print(d.get() is d.get(), d.get())

# argument checks of the methods
for f in (lambda: v.set(), lambda: v.set(1, 2), lambda: v.get(1, 2),
          lambda: v.get(default=1), lambda: v.set(value=1), lambda: v.reset()):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

# attributes are read-only
try:
    v.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
for a in ('var', 'old_value'):
    try:
        setattr(t, a, 1)
    except AttributeError as e:
        print('AttributeError', type(e).__name__)

# Token can't be made by hand; the types can't be subclassed
try:
    Token()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    type(Token.MISSING)()
except TypeError as e:
    print('TypeError', type(e).__name__)
for cls in (ContextVar, Token, Context):
    try:
        type('X', (cls,), {})
    except TypeError as e:
        print('TypeError', type(e).__name__)

# generic aliases, hashing
print(ContextVar[int], Token[str])
print(hash(v) == hash(v), {v: 1}[v])
print(repr(Token.MISSING), Token.MISSING is Token.MISSING)
print(ContextVar.__module__, Token.__module__, Context.__module__, copy_context.__module__)
print(sorted(x for x in dir(ContextVar) if not x.startswith('_')))
print(sorted(x for x in dir(Token) if not x.startswith('_')))
print(sorted(x for x in dir(Context) if not x.startswith('_')))
