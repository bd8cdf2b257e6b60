class MyList(list):
    def total(self): return sum(self)
l = MyList([1, 2, 3])
l.append(4)
l.tag = "t"
print(l, l.total(), len(l), l.tag, type(l).__name__, isinstance(l, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1)
print(d["a"], d["bb"], d)
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21)
i.note = "n"
print(i, i.double(), i + 1, type(i + 1).__name__, i.note, isinstance(i, int))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), len(s), s + "x", repr(s))
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple((5, 6))
print(t, t.first(), len(t), t + (7,), type(t + (7,)).__name__)
class MyExc(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyExc(7)
except ValueError as e:
    print(type(e).__name__, e, e.code)
