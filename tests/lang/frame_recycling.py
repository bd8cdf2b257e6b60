# Frames that Python code got hold of (sys._getframe, f_back, tracebacks,
# gi_frame) keep their contents after the call returns, however many
# calls of the same function follow (the loop recycles only frames nobody
# saw).
import sys

def grab(tag):
    x = tag * 2
    return sys._getframe()

def grab_caller():
    return sys._getframe(1)

def outer(tag):
    y = tag + "!"
    return grab_caller()

frames = [grab(str(i)) for i in range(3)]
for i in range(5):
    grab("z")                       # more calls of the same code
for f in frames:
    print(f.f_code.co_name, f.f_locals["x"], f.f_lineno)

callers = [outer(str(i)) for i in range(3)]
for i in range(5):
    outer("w")
for f in callers:
    print(f.f_code.co_name, f.f_locals["y"])

def inner():
    return sys._getframe()

def middle(v):
    return inner()

fs = [middle(i) for i in range(3)]
for i in range(4):
    middle(-1)
print([f.f_back.f_locals["v"] for f in fs])
print([f.f_back.f_code.co_name for f in fs])

def fail(n):
    local = n * 10
    raise ValueError(n)

def call_fail(n):
    try:
        fail(n)
    except ValueError as e:
        return e

excs = [call_fail(i) for i in range(3)]
for i in range(5):
    call_fail(99)
for e in excs:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["local"], tb.tb_lineno)

def gen(n):
    yield sys._getframe().f_back.f_code.co_name
    yield n

def run_gen(n):
    g = gen(n)
    return next(g), g

r = [run_gen(i) for i in range(3)]
print([a for a, g in r], [g.gi_frame.f_locals["n"] for a, g in r])

# Deep recursion reuses frames; results must be unaffected.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(18))

def depth(n):
    if n == 0:
        f = sys._getframe()
        k = 0
        while f is not None:
            k += 1
            f = f.f_back
        return k
    return depth(n - 1)

print(depth(20) - depth(0))
