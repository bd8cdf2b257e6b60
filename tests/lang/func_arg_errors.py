# CPython's TypeError messages for bad calls.
class A:
    def m(self, x):
        pass

def g(a, b=1, *, c):
    pass

def h(a, /, b):
    pass

def three(a, b, c):
    pass

def kwo(*, a, b):
    pass

cases = [
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: g(1, 2, 3, c=1),
    lambda: g(),
    lambda: g(1),
    lambda: h(a=1, b=2),
    lambda: g(1, d=3, c=1),
    lambda: g(1, a=2, c=1),
    lambda: three(),
    lambda: three(1),
    lambda: kwo(),
    lambda: (lambda: 0)(1),
    lambda: three(*[1, 2, 3, 4]),
    lambda: g(1, **{'c': 1}, **{'c': 2}),
    lambda: g(1, **1),
    lambda: g(*1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
