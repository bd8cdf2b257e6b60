# A generator that becomes garbage while suspended in `yield from` an
# iterator that is not a generator is closed at collection even without a
# try/with around the yield from: closing calls the iterator's close()
# (CPython 3.11 closes every suspended generator).  Also await of such an
# object in a coroutine, and a close() that raises.
import gc

class It:
    def __init__(self, tag):
        self.tag = tag
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        print("close", self.tag)

def outer(tag):
    yield from It(tag)

g = outer("plain"); next(g); del g; gc.collect()

def nested(tag):
    yield from outer(tag)

g = nested("two levels"); next(g); del g; gc.collect()

class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 2

def quiet():
    yield from NoClose()

g = quiet(); next(g); del g; gc.collect()

class Awaitable:
    def __await__(self):
        return It("await")

async def coro():
    await Awaitable()

c = coro(); c.send(None); del c; gc.collect()

class BadClose(It):
    def close(self):
        raise ValueError("close failed")

def bad():
    yield from BadClose("bad")

import io, sys
sys.stderr = buf = io.StringIO()
try:
    g = bad(); next(g); del g; gc.collect()
finally:
    sys.stderr = sys.__stderr__
text = buf.getvalue()
print("reported:", "ValueError: close failed" in text, text.startswith("Exception ignored in: <generator object bad at "))
print("end")
