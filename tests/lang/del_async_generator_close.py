# An async generator left suspended inside try/finally is closed when it
# becomes garbage (no event loop, no asyncgen hooks: CPython 3.11 closes
# it like a generator): its finally runs; one that awaits or yields in its
# finally is reported as "async generator ignored GeneratorExit".
import gc, io, sys

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

class Sleep:
    def __await__(self):
        yield "tick"

async def awaits_in_finally(tag):
    try:
        yield 1
    finally:
        print("finally awaits")
        await Sleep()
        print("not reached")

async def yields_in_finally(tag):
    try:
        yield 1
    finally:
        yield 2

def abandon(f, tag):
    a = f(tag)
    print(tag, drive(a.__anext__()))

abandon(agen, "plain")
gc.collect()

sys.stderr = buf = io.StringIO()
try:
    abandon(awaits_in_finally, "awaits")
    gc.collect()
    abandon(yields_in_finally, "yields")
    gc.collect()
finally:
    sys.stderr = sys.__stderr__
text = buf.getvalue()
# (CPython's traceback shows the line that dropped the last reference:
# only the report's first and last lines are compared)
for line in text.splitlines():
    if not line.startswith(" ") and not line.startswith("Traceback"):
        print(line.split(" at 0x")[0])

# never started: nothing to run
a = agen("never started"); del a; gc.collect()
print("end")
