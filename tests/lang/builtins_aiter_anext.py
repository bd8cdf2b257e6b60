# aiter / anext, with and without default; driven by hand (no event loop)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class It:
    def __init__(self, n):
        self.n = 0
        self.lim = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > self.lim:
            raise StopAsyncIteration
        return self.n * 10

async def agen():
    yield 1
    yield 2

def e(f):
    try:
        r = f()
        print(repr(r) if not hasattr(r, 'send') else type(r).__name__)
    except Exception as ex:
        print(type(ex).__name__, ex)

e(lambda: aiter())
e(lambda: aiter(1))
e(lambda: aiter(1, 2))
e(lambda: aiter(x=1))
e(lambda: anext())
e(lambda: anext(1))
e(lambda: anext(1, 2, 3))
e(lambda: anext(a=1))
e(lambda: anext([1]))
e(lambda: anext('abc', 0))
e(lambda: aiter([]))

class BadAiter:
    def __aiter__(self):
        return 1
e(lambda: aiter(BadAiter()))

class NoAnext:
    def __aiter__(self):
        return self
e(lambda: aiter(NoAnext()))

it = It(2)
print(aiter(it) is it)
g = agen()
print(aiter(g) is g)

async def main():
    it = It(2)
    print(await anext(it, 'x'), await anext(it, 'x'), await anext(it, 'x'))
    it = It(1)
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration as ex:
        print('StopAsyncIteration', repr(ex))
    g = agen()
    print(await anext(g, 9), await anext(g, 9), await anext(g, 9))
    g = agen()
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as ex:
        print('StopAsyncIteration', repr(ex))
    ai = aiter(It(3))
    out = []
    while True:
        v = await anext(ai, None)
        if v is None:
            break
        out.append(v)
    print(out)
    return 'done'

print(run(main()))

class Bad:
    def __anext__(self):
        return 5
async def bad():
    try:
        print(await anext(Bad(), 1))
    except TypeError as ex:
        print('TypeError', ex)
    return 'ok'
print(run(bad()))

a = anext(It(0), 'dflt')
try:
    a.send(None)
except StopIteration as ex:
    print('StopIteration', ex.value)
b = anext(It(0), None)
try:
    next(b.__await__())
except StopIteration as ex:
    print('StopIteration', ex.value)
print(type(anext(It(1), 1)).__name__)
print(type(anext(It(1))).__name__)
