# Assorted syntax: nonlocal in class body, starred for-targets, lambda kw-only, chained calls over lines.
def outer():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
print(outer())
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
def f(a, *, k=lambda: a):
    return k()
print(f(5))
g = lambda *args, sep="-": sep.join(map(str, args))
print(g(1, 2, 3), g(1, sep="+"))
r = (
    "abc"
    .upper()
    .lower()
)
print(r)
class A:
    def __getattr__(self, name):
        return name * 2
print(A().xy)
print([i for i in range(10)][::3], (i for i in []).__class__.__name__)
try:
    pass
finally:
    pass
x = 0
while x < 3:
    x += 1
    try:
        if x == 2:
            raise ValueError
    except ValueError:
        print("caught at", x)
        continue
    finally:
        print("finally", x)
print({**{1: 2}, **{3: 4}}, [*()], (*[],))
def kw(**kwargs):
    return kwargs
print(kw(**{"a": 1}, b=2, **{"c": 3}))
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name)
a = b = c = [1]
print(a is b is c)
def annotated(x: "int" = 5) -> "str": pass
print(annotated.__annotations__, annotated.__defaults__)
print(not None, -(-3), +True, ~5)
i = 10
print(f"{i!r:>5}|{i:<{i//2}}|")
global_var = 1
class G:
    global global_var
    global_var = 2
print(global_var)
print(__name__, __doc__)
def docd():
    "docstring here"
print(docd.__doc__)
