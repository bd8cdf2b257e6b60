# Coroutines driven by hand (send/throw/close) that await themselves,
# await each other in a cycle, are awaited twice, or are resumed while
# running: "coroutine is being awaited already", "cannot reuse already
# awaited coroutine", "coroutine already executing".  No crash, no hang.
class suspend:
    def __await__(self):
        yield 'tick'
async def self_awaiting():
    await suspend()
    await me
me = self_awaiting()
try:
    print(me.send(None))
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
me.close()
# a cycle: a awaits b which awaits a
async def a():
    await suspend()
    await cb
async def b():
    await ca
ca = a()
cb = b()
try:
    ca.send(None)
    ca.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
ca.close()
cb.close()
# awaiting an already finished coroutine
async def done():
    return 7
d = done()
async def await_twice():
    x = await d
    y = await d
    return x, y
try:
    await_twice().send(None)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
# send() into a coroutine from inside itself
async def resend():
    try:
        rs.send(None)
    except ValueError as e:
        print('inner', type(e).__name__, e)
    try:
        rs.throw(KeyError)
    except ValueError as e:
        print('inner', type(e).__name__, e)
    try:
        rs.close()
    except ValueError as e:
        print('inner', type(e).__name__, e)
    return 'ok'
rs = resend()
try:
    rs.send(None)
except StopIteration as e:
    print('result', e.value)
# non-None send to a just-created coroutine
try:
    dd = done()
    dd.send(5)
except TypeError as e:
    print(type(e).__name__, e)
dd.close()
# cr_frame / cr_running / cr_await after each state
c = self_awaiting()
print(c.cr_running, c.cr_frame is not None, c.cr_await)
c.send(None)
print(c.cr_running, c.cr_await is not None)
c.close()
print(c.cr_frame)
# __await__ returning self / a non-iterator
class Weird:
    def __await__(self):
        return self
class Weird2:
    def __await__(self):
        return 5
async def use(x):
    return await x
for w in (Weird(), Weird2()):
    try:
        use(w).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
