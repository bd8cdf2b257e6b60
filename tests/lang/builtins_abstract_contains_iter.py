# in operator and iteration errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class GI:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
class BadIter:
    def __iter__(self):
        return 5
class IterNone:
    __iter__ = None
class Cont:
    def __contains__(self, x):
        return x == 'yes'
class ContNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
def loop(o):
    return [x for x in o]
def unpack(o):
    a, b = o
    return a, b
run("""
1 in 5
1 in None
'a' in 1.5
1 in 'abc'
[] in 'abc'
'a' in b'abc'
1 in GI()
5 in GI()
'yes' in Cont()
'no' in Cont()
1 in ContNone()
1 in IterNone()
1 in BadIter()
loop(5)
loop(None)
loop(BadIter())
loop(IterNone())
loop(GI())
unpack(5)
unpack([1])
unpack([1, 2, 3])
unpack('ab')
unpack(None)
{**5}
{**[]}
dict(5)
list(BadIter())
tuple(IterNone())
set(1.5)
''.join(5)
''.join([1])
sorted(5)
""")
