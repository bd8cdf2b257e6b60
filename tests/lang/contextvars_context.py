# Context: the mapping, copies, run() and its errors.
from contextvars import ContextVar, Context, copy_context

a = ContextVar('a')
b = ContextVar('b', default='B')

c = Context()
print(len(c), list(c), bool(c), c.get(a), c.get(a, 9), a in c)
try:
    c[a]
except KeyError as e:
    print('KeyError', e.args[0] is a)
for f in (lambda: c[1], lambda: c.get('s'), lambda: 1 in c, lambda: c[None]):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
for f in (lambda: c.get(), lambda: c.get(a, 1, 2), lambda: c.get(key=a),
          lambda: c.keys(1), lambda: c.values(1), lambda: c.items(1), lambda: c.copy(1),
          lambda: c.run(), lambda: c.run(f=1), lambda: Context(1), lambda: Context(x=1),
          lambda: copy_context(1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    hash(c)
except TypeError as e:
    print('TypeError', type(e).__name__)
print(Context.__hash__)
print(c == Context(), c != Context(), c == 1, c.__eq__(1))


def f(x, y=0, *, z=0):
    a.set(x)
    b.set(y)
    return (x, y, z, a.get(), b.get())


ctx = copy_context()
print(ctx.run(f, 1, y=2, z=3))
print(a.get('unset'), b.get())
print(len(ctx), ctx[a], ctx[b], a in ctx, b in ctx, ctx.get(a))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))

# copies are independent snapshots
ctx2 = ctx.copy()
print(ctx2 == ctx, len(ctx2))
ctx2.run(a.set, 100)
print(ctx[a], ctx2[a], ctx2 == ctx)
keys = ctx.keys()
it = iter(ctx)
ctx.run(a.set, 200)
ctx.run(ContextVar('c').set, 3)
print(len(keys), len(list(it)), len(ctx), ctx[a])

# copy_context() copies the current context
t = a.set('outer')
snap = copy_context()
a.set('changed')
print(snap[a], a.get())
a.reset(t)
print(a.get('unset'), snap[a])

# run() inside run(): a different context is fine, the same is not
def nested():
    print('in ctx2', a.get())
    print(ctx.run(lambda: a.get()))
    try:
        ctx2.run(print, 'x')
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0], str(e).endswith('is already entered'))
    return 'ok'


print(ctx2.run(nested))
print(a.get('unset'))

# an exception leaves the context as it was
def boom():
    a.set('boom')
    raise ValueError('bad')


try:
    ctx2.run(boom)
except ValueError as e:
    print('ValueError', e)
print(ctx2[a], a.get('unset'))
print(ctx2.run(lambda: 'again'))

# run() with a non-callable
try:
    Context().run(1)
except TypeError as e:
    print('TypeError', e)

# a generator made in a context sees the caller's context when resumed
def gen():
    yield a.get('none')
    yield a.get('none')


g = ctx2.run(gen)
print(next(g))
a.set('main')
print(next(g))
print(ctx2.run(lambda: next(gen())))

# many variables
vs = [ContextVar('v%d' % i, default=i) for i in range(50)]
ctx3 = Context()
def setall():
    for i, v in enumerate(vs):
        v.set(i * i)
    return sum(v.get() for v in vs)
print(ctx3.run(setall), len(ctx3), sum(ctx3[v] for v in vs), sum(v.get() for v in vs))
