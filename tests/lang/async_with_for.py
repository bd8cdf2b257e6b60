# async with / async for / async generators, driven manually.
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        yield i * 10

async def main():
    async with ACM() as r:
        print("inside", r)
        raise ValueError("suppressed")
    out = []
    async for v in ARange(3):
        out.append(v)
    async for v in agen(3):
        out.append(v)
    print(out, [x async for x in agen(2)])
    return "main done"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
