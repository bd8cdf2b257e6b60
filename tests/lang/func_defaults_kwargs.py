# Defaults, *args, **kwargs, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, b=2, c=3, d=5))

def pos(a, b, /, c, *, d):
    return a, b, c, d

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1), mutable_default(2))
print(f.__defaults__, f.__kwdefaults__)
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)

def kwonly_default(*, x=10):
    return x
print(kwonly_default(), kwonly_default(x=1))
