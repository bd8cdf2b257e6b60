# Assigning __code__: a function takes any compiled code object with as
# many free variables as its closure (generator, coroutine and async
# generator code included); the call binds arguments by the new code.
def f(): pass
def gen():
    yield 1
    yield 2
async def co(): return 7
async def agen():
    yield 3
f.__code__ = gen.__code__
print(list(f()))
f.__code__ = co.__code__
c = f()
try: c.send(None)
except StopIteration as e: print("co", e.value)
f.__code__ = agen.__code__
a = f()
print(type(a).__name__)
try: a.__anext__().send(None)
except StopIteration as e: print("agen", e.value)
def outer():
    x = 1
    def inner(): return x
    return inner
i1 = outer(); i2 = outer()
def h(a, b, *c, **d): return (a, b, c, d)
def k(): return 0
k.__code__ = h.__code__
try: k()
except TypeError as e: print(e)
print(k(1, 2, 3, z=4))
k.__defaults__ = (9, 8)
print(k())
