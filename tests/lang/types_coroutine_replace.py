# types.coroutine (a generator function made awaitable through
# code.replace(co_flags=...) and __code__ assignment), and the parts of
# code.replace and __code__ assignment that carry no bytecode.
import types

@types.coroutine
def ticker(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

async def main():
    r = await ticker(3)
    return r * 10

c = main()
print(c.send(None))
print(c.send(1))
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("result", e.value)

print(bool(ticker.__code__.co_flags & 0x100))
def plain(x):
    return x + 1
print(types.coroutine(plain)(1))

co = plain.__code__
r = co.replace(co_name="renamed", co_qualname="q.renamed", co_filename="other.py", co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno, r.co_argcount, r.co_varnames)
print(r is co, co.co_name, co.replace().co_name)

def other(y):
    return y * 2
plain.__code__ = other.__code__
print(plain(21), plain.__name__, plain.__code__.co_name)

for bad in (lambda: co.replace(co_nope=1), lambda: co.replace(1), lambda: co.replace(co_name=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
try:
    inner.__code__ = other.__code__
except ValueError as e:
    print("ValueError", e)
try:
    other.__code__ = None
except TypeError as e:
    print("TypeError", e)
try:
    del other.__code__
except TypeError as e:
    print("TypeError", e)
