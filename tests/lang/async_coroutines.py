# async def / await driven by send(), without asyncio.
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value

async def leaf(x):
    got = await Suspend()
    return x + got

async def middle():
    a = await leaf(1)
    b = await leaf(10)
    return a + b

def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        sent = 100

print(run(middle()))
c = leaf(0)
print(type(c).__name__, c.__name__)
c.close()
async def raiser():
    raise ValueError("in coro")
try:
    raiser().send(None)
except ValueError as e:
    print("caught", e)
co = middle()
print(co.send(None))
try:
    co.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown out", e)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(e)
