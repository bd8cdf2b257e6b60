# not callable, and call argument errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class A:
    pass
class CallNone:
    __call__ = None
class C:
    def __call__(self, x):
        return x
def f(a, b=2, *, c):
    return a
def g(*, k):
    pass
def h(a, /, b):
    pass
run("""
1()
'a'()
None()
[]()
A()()
CallNone()()
C()()
C()(1, 2)
C()(y=1)
f()
f(1)
f(1, 2, 3, c=1)
f(1, c=1, d=2)
f(1, a=1, c=2)
g(1)
g()
h(a=1, b=2)
h(1, 2, 3)
(lambda: 0)(1)
(lambda x: 0)()
(lambda *, y: 0)()
len(*5)
len(**5)
f(**{1: 2})
f(1, **{'c': 1}, **{'c': 2})
f(*[1], **{'a': 1, 'c': 2})
int(**{'x': 1})
print(*None)
dict(**[])
""")
