# max() and min(): key, default, errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class C:
    def __lt__(self, o):
        raise ValueError('cmp')
    def __gt__(self, o):
        raise ValueError('cmp')
run("""
max()
max(1)
max([])
max([], default=3)
max(1, 2, default=3)
max([], key=None)
max(1, 2, key=1)
max([1], x=1)
max(1, 'a')
max([1], [2], key=len)
max([1, 3, 2])
max('abc')
max(3, 1, 2)
max([1, 2, 3], key=lambda x: -x)
max([(1, 'b'), (1, 'a')])
max([1, 1.0])
max([1.0, 1])
max([[], [1]], key=len)
max([C(), C()])
max([C()]).__class__.__name__
max(iter([]), default=None)
max((), default=1, key=None)
max(1, 2, key=None)
max(key=len)
max(default=1)
min()
min(1)
min([])
min(1, 2, default=3)
min([1], y=2)
min([], default=None)
min([3, 1, 2])
min('bca')
min([1, 2, 3], key=lambda x: -x)
min([0.0, -0.0])
min([-0.0, 0.0])
min(1, 2, 3, key=str)
min([1, 'a'])
min({3: 'a', 1: 'b'})
""")
