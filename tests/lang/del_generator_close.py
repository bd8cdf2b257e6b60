# A generator that becomes garbage while suspended inside try/finally or a
# with block is closed: its finally clauses and __exit__ run (GeneratorExit
# thrown in), as CPython does when it finalizes it.
import gc

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

def with_cm():
    with CM("cm"):
        yield "x"

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

def plain():
    yield 1
    print("never printed")

def ignores():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2   # RuntimeError: generator ignored GeneratorExit (reported)

for f in (with_finally, with_cm, catches, plain, ignores):
    g = f()
    next(g)
    del g
    gc.collect()
    print("collected", f.__name__)

# not started, finished: nothing to run
g = with_finally(); del g; gc.collect()
g = with_finally(); list(g); del g; gc.collect()

# nested: the outer generator holds the inner one
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer(); next(g); del g; gc.collect()
print("end")
