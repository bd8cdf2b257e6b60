# the anext_awaitable: send, throw, close, __await__, __next__
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

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
        return self.n

def step(aw):
    try:
        aw.send(None)
        print('suspended')
    except StopIteration as ex:
        print('StopIteration', repr(ex.value))
    except Exception as ex:
        print(type(ex).__name__, ex)

step(anext(It(1), 'd'))
step(anext(It(0), 'd'))
step(anext(It(0), None))
aw = anext(It(0), 'x')
print(aw.__await__() is aw, iter(aw) is aw)
try:
    next(aw)
except StopIteration as ex:
    print('next StopIteration', ex.value)
aw = anext(It(1), 'x')
try:
    aw.throw(ValueError('boom'))
except ValueError as ex:
    print('throw ValueError', ex)
aw = anext(It(1), 'x')
print(aw.close())

async def agen():
    yield 'g1'
g = agen()
step(anext(g, 'end'))
step(anext(g, 'end'))
step(anext(g, 'end'))

class AwaitableNext:
    def __anext__(self):
        return Aw()
class Aw:
    def __await__(self):
        yield 'pause'
        return 'aw-result'
class BadAwait:
    def __anext__(self):
        return BadAw()
class BadAw:
    def __await__(self):
        return 5
step(anext(BadAwait(), 1))
class StopAw:
    def __await__(self):
        raise StopAsyncIteration
        yield
class StopNext:
    def __anext__(self):
        return StopAw()
step(anext(StopNext(), 'dflt'))
step(anext(StopNext()).__await__() if False else anext(StopNext(), 0))
try:
    type(anext(It(1), 0))()
except TypeError as ex:
    print('TypeError', ex)
try:
    type(anext(It(1), 0))(1, 2)
except TypeError as ex:
    print('TypeError', ex)
