# subscript, item assignment and deletion errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class G:
    def __class_getitem__(cls, item):
        return ('cgi', item)
class OnlyGet:
    def __getitem__(self, k):
        return k
class OnlySet:
    def __setitem__(self, k, v):
        pass
def f():
    pass
def seti(o, k, v):
    o[k] = v
    return o
def deli(o, k):
    del o[k]
    return o
run("""
1[0]
None[0]
f[0]
len[0]
A[0] if False else 0
G[int]
OnlyGet()['x']
OnlySet()[0]
seti(1, 0, 0)
seti('abc', 0, 'x')
seti((1,), 0, 0)
seti(OnlyGet(), 0, 0)
seti(b'a', 0, 1)
seti(frozenset(), 0, 0)
seti(range(3), 0, 0)
deli(1, 0)
deli('abc', 0)
deli((1,), 0)
deli(OnlyGet(), 0)
deli(OnlySet(), 0)
deli({}, 'k')
deli([], 0)
[1]['a']
[1][1.5]
(1,)[None]
'abc'['a']
'abc'[1.0]
b'abc'['x']
{}[[]]
[1, 2][5]
(1,)[-2]
'ab'[3]
range(3)[3]
range(3)['a']
int[0]
type[int]
object[int]
""")
