# Async generators: asend, athrow, aclose, StopAsyncIteration, await inside.
class Tick:
    def __await__(self):
        yield "tick"

async def agen():
    try:
        x = yield 1
        print("got", x)
        await Tick()
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")

def drive(aw):
    """Run one awaitable to completion, counting event-loop yields."""
    ticks = 0
    while True:
        try:
            aw.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
        except StopAsyncIteration:
            return "StopAsyncIteration", ticks

a = agen()
print(drive(a.__anext__()))
print(drive(a.asend("hello")))
print(drive(a.athrow(ValueError("boom"))))
print(drive(a.aclose()))
print(drive(a.__anext__()))

async def counter(n):
    for i in range(n):
        yield i
async def consume():
    total = 0
    async for v in counter(4):
        total += v
    return total
print(drive(consume()))
print(type(counter(1)).__name__, counter(1).__qualname__)
