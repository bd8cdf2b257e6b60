# Removing and inserting at the front of a list (pop(0), del l[:k],
# insert(0, x), slice assignment at 0): SafePy advances a start offset
# instead of moving the items; everything else must see the same list.

def show(tag, l):
    print(tag, len(l), l[:6], l[-3:] if l else l)

# A queue: steady appends and pops from the front.
q = []
total = 0
for i in range(5000):
    q.append(i)
    q.append(-i)
    total += q.pop(0)
show("queue", q)
print(total, sum(q), q.index(2500) if 2500 in q else None)

# Front removal mixed with every other operation.
l = list(range(40))
del l[:5]
show("del prefix", l)
print(l.pop(0), l.pop(0), l.pop(), l.pop(-1))
show("pops", l)
l.insert(0, "a")
l.insert(0, "b")
l[0:0] = ["c", "d"]
show("front inserts", l)
l.insert(1, "e")
show("insert 1", l)
del l[0]
l.sort(key=str)
show("sorted", l)
l.reverse()
show("reversed", l)
print(l.count(7), l.index(30), 30 in l, l[3], l[-4])
l[2:4] = [100, 101, 102]
show("slice set", l)
del l[::3]
show("del step", l)
l.extend(range(5))
l *= 2
show("extend, *=", l)
while len(l) > 3:
    l.pop(0)
show("popped down", l)
l += ["x"] * 10
show("grown again", l)
del l[:]
show("emptied", l)
l.append(1)
l.insert(0, 0)
show("after empty", l)

# Iterating while popping from the front.
l = list(range(10))
seen = []
for x in l:
    seen.append(x)
    if l:
        l.pop(0)
print(seen, l)

# Copies and comparisons see only the items.
a = list(range(100))
for _ in range(60):
    a.pop(0)
b = a[:]
print(a == b, a == list(range(60, 100)), b is a, len(a), a[0], a[-1])
print(repr(a[:3]), a.copy()[-2:], sorted(a, reverse=True)[:3], list(reversed(a))[:3])
print(a + [1], [0] + a[:2], a * 0, tuple(a[-2:]))

# Deleting more than half, then inserting more than the room.
c = list(range(20))
del c[:15]
c[0:0] = list("abcdefghij")
show("refill", c)
c.clear()
print(c, len(c))

# pop(0) until empty, then reuse.
d = list("spam")
out = []
while d:
    out.append(d.pop(0))
print(out, d)
d.extend("eggs")
print(d, d.pop(0), d)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError", e)

# A list subclass behaves the same.
class L(list):
    pass
s = L(range(8))
s.pop(0)
del s[:2]
s.insert(0, 99)
print(type(s).__name__, s, len(s), s[0], s[-1])
