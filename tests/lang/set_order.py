print({5, 3, 8, 1})
s = set()
for i in [20, 3, 17, 9, 40, 1, 33]:
    s.add(i)
print(s)
print(set([100, 200, 300, 8, 16]))
s = set(range(30))
s -= set(range(0, 30, 3))
print(s)
s = {1, 2, 3}
s.remove(2)
s.add(10)
s.add(2)
print(s)
print({-5, -1, 0, 7})
p = {3, 4, 5}
print([p.pop() for _ in range(3)])
print(set('') , set([0, 8, 16, 24]))
print(frozenset(range(10, 0, -1)))
s = set()
for k in [5, 13, 21, 29, 1]:
    s.add(k)
print(s, set(s), frozenset(s), s.copy(), s | set(), set() | s)
t = {3, 11, 19, 27}
t.discard(11)
print(t, set(t), t.copy())
print({8, 16, 0, 24}, set({8, 16, 0, 24}), frozenset({40, 8, 16}))
