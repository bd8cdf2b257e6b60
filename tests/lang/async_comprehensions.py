# await and async for inside comprehensions; asynchronous comprehensions outside async functions.
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield "tick"
        return self.v * 10
async def agen():
    for i in range(3):
        yield i
async def main():
    a = [await Aw(i) for i in range(3)]
    b = [x async for x in agen()]
    c = {x: await Aw(x) async for x in agen()}
    g = (await Aw(x) for x in range(2))
    d = [v async for v in g]
    return a, b, c, d
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
for src in ["def f():\n    return [x async for x in y]", "def f():\n    return [await x for x in y]", "def f():\n    return (x async for x in y)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
