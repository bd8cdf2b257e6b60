# Cycles of objects with __del__: self-cycles, pairs, long rings, cycles
# through lists and dicts, one member resurrecting the whole ring.  Each
# __del__ runs exactly once and the members it sees are intact.
import gc

ran = []
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        assert self.next is None or isinstance(self.next.name, str)
        ran.append(self.name)

a = Node("self"); a.next = a; del a
p = Node("p1"); q = Node("p2"); p.next = q; q.next = p; del p, q
head = Node("r0"); cur = head
for i in range(1, 200):
    n = Node("r%d" % i); cur.next = n; cur = n
cur.next = head
del head, cur, n
d = {}; l = [d]; d["x"] = Node("via-dict"); d["x"].next = Node("via-dict-2"); d["x"].next.cont = l
del d, l
gc.collect(); gc.collect()
print(len(ran), len(set(ran)), sorted(ran)[:3])

saved = []
class Keeper(Node):
    def __del__(self):
        super().__del__()
        saved.append(self)
ring = [Keeper("k%d" % i) for i in range(50)]
for i in range(50):
    ring[i].next = ring[(i + 1) % 50]
del ring
gc.collect(); gc.collect()
# every member resurrected itself: the ring is whole
start = saved[0]; n = 0; cur = start
while True:
    n += 1
    cur = cur.next
    if cur is start:
        break
print("ring", n, len(saved))
saved.clear()
before = len(ran)
gc.collect(); gc.collect()
print("no second run", len(ran) == before)
