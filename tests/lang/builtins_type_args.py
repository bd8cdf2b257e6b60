# type(): one- and three-argument forms, errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class Meta(type):
    pass
run("""
type()
type(1, 2)
type('a', 1, 2)
type('a', (), 1)
type('a', (1,), {})
type(1, 2, 3, 4)
type(x=1)
type(1)
type('X', (), {})
type('X', (), {}).__name__
type('X', (int,), {'a': 1})(5).a
type('X', (object,), {}, extra=1)
type(1, (), {})
type('X', [], {})
type('X', (), [])
type('X', (bool,), {})
type('X', (int, str), {})
type(name='X', bases=(), dict={})
type('X', (), {'__slots__': 1})
type('X', (), {'__qualname__': 5})
type('X', (), {'__qualname__': 'Q'}).__qualname__
type(type)
type(Meta('M', (), {}))
type.__call__(int, '5')
""")
