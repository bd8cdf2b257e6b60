# globals() and locals(): arguments and behaviour
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

run("""
globals(1)
globals(x=1)
locals(1)
locals(x=1)
type(globals()).__name__
type(locals()).__name__
""")
def f(a, b=2):
    c = 3
    l = locals()
    return sorted(l.items())
print(f(1))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
def h():
    l1 = locals()
    v = 5
    return 'v' in l1, 'v' in locals()
print(h())
class C:
    a = 1
    print(sorted(locals()))
    locals()['injected'] = 7
print(C.injected)
print(eval('locals()', {'q': 1}) == {'q': 1} or sorted(eval('locals()', {'q': 1})))
print(sorted(k for k in eval('globals()', {'q': 1})))
print([sorted(locals()) for i in range(1)])
