s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
class Evil:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.s.clear()
        return False
s = set()
s.add(Evil(s))
s.add(Evil(s))
print(len(s))
t = set(range(10))
class Grow:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        t.update(range(100, 300))
        return False
print(Grow() in t, len(t))
u = {1, 2, 3}
it = iter(u)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
