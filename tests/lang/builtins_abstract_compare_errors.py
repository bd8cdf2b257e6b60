# rich comparison errors and reflected order
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
class L:
    def __lt__(self, o):
        return 'L.lt'
class G:
    def __gt__(self, o):
        return 'G.gt'
class EqNI:
    def __eq__(self, o):
        return NotImplemented
run("""
1 < 'a'
'a' > 1
[] <= ()
{} >= {}
None < None
A() < A()
1.5 < 1j
1j < 1j
L() < 5
5 > L()
5 < G()
G() > 5
L() > L()
EqNI() == EqNI()
EqNI() != EqNI()
1 == 'a'
[1] < [1, 'a']
[1, 'a'] < [1, 2]
(1, 2) < (1, 'x')
{1} < [1]
b'a' < 'a'
max(1, None)
sorted([None, 1])
1 < 2 < 'x'
""")
