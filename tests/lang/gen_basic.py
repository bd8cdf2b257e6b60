# Generators: yield, return value, StopIteration.value, exhaustion.
def count(n):
    for i in range(n):
        yield i
    return "finished"

g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(count(4)), sum(count(5)))
print(type(g).__name__, g.__name__, g.__qualname__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def empty():
    return
    yield
print(list(empty()))
