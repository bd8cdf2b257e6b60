# Async generators driven by hand: asend / athrow / aclose while another
# of their awaitables is still running ("asynchronous generator is already
# running"), re-using an awaitable, aclose() from inside the generator,
# yield inside finally during aclose ("async generator ignored
# GeneratorExit"), athrow with odd arguments.  No crash, no hang.
class suspend:
    def __await__(self):
        yield 'tick'
def drive(aw):
    # run an awaitable to its end by hand
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ('stop', e.value)
    except StopAsyncIteration:
        return ('stopasync',)
    except BaseException as e:
        return (type(e).__name__, str(e))
async def agen():
    for i in range(3):
        await suspend()
        yield i
ag = agen()
first = ag.asend(None)
print(first.send(None))              # suspended inside the generator
second = ag.asend(None)
print(drive(second))                 # already running
print(drive(first))
print(drive(ag.aclose()))
# re-using an awaitable after it finished
ag = agen()
aw = ag.__anext__()
print(drive(aw))
print(drive(aw))
# aclose / athrow from inside the async generator
async def selfish():
    try:
        yield 1
    finally:
        print('finally', drive(me.aclose()))
me = selfish()
print(drive(me.__anext__()))
print(drive(me.aclose()))
# yield inside finally during aclose
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
print(drive(s.__anext__()))
print(drive(s.aclose()))
# athrow with odd arguments.  Known differences (findings/gcsem.md):
# SafePy lets a second asend() run while the first is suspended (CPython:
# RuntimeError "anext(): asynchronous generator is already running"), and
# aclose() from inside says ValueError "async generator already executing".
for args in [(ValueError,), (ValueError('v'),), (42,), (ValueError, 'x'),
             (GeneratorExit,), (StopAsyncIteration,)]:
    g = agen()
    drive(g.__anext__())
    try:
        aw = g.athrow(*args)   # CPython checks the arguments here...
    except TypeError as e:     # ...SafePy (findings/gcsem.md) here
        aw = None
        print(args, 'TypeError', e)
    if aw is not None:
        print(args, drive(aw))
    drive(g.aclose())
# athrow / aclose on a never-started async generator
g = agen()
print(drive(g.athrow(KeyError('k'))))
print(drive(agen().aclose()))
# send a non-None value to a fresh asend awaitable
g = agen()
try:
    g.asend(None).send(5)
except TypeError as e:
    print(type(e).__name__, e)
# ag_running / ag_frame / ag_await
g = agen()
print(g.ag_running, g.ag_frame is not None, g.ag_await)
print('done')
