# dict set frozenset list tuple constructors: argument errors
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
dict(1)
dict([1])
dict([(1, 2, 3)])
dict({}, {})
dict(1, 2)
dict([(1, 2)], a=3)
dict(a=1, b=2)
dict(['ab', 'cd'])
dict([[1, 2]])
dict(['abc'])
dict(None)
set(1)
set(1, 2)
set(iterable=[])
set('aab') == {'a', 'b'}
frozenset(1)
frozenset(1, 2)
frozenset(iterable=[])
frozenset()
list(1)
list(1, 2)
list(x=1)
list(iterable=[])
list('ab')
tuple(1)
tuple(1, 2)
tuple(x=1)
tuple(iterable=[])
tuple({1: 2})
set([[]])
frozenset([{}])
dict([([], 1)])
""")
