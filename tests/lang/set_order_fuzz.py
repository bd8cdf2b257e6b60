# Random sequences of set operations (deterministic LCG); the printed orders must match CPython 3.11.
class R:
    def __init__(self): self.x = 12345
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return (self.x >> 8) % n if n else 0
    def sample(self, p, k):
        p = list(p); r = []
        for _ in range(k):
            r.append(p.pop(self.randrange(len(p))))
        return r
random = R()
pool = [str(i)+'x' for i in range(60)] + list(range(-30, 90, 7)) + [(i, 'k') for i in range(20)] + [2**65+i for i in range(5)]
out = []
for trial in range(120):
    s = set(random.sample(pool, random.randrange(40)))
    for step in range(6):
        op = random.randrange(12)
        o = random.sample(pool, random.randrange(30))
        if op == 0: s = s - set(o)
        elif op == 1: s.difference_update(o)
        elif op == 2: s = s & set(o)
        elif op == 3: s.intersection_update(o)
        elif op == 4: s = s | set(o)
        elif op == 5: s.update(o)
        elif op == 6: s ^= set(o)
        elif op == 7: s.symmetric_difference_update(dict.fromkeys(o))
        elif op == 8:
            for x in o: s.discard(x)
        elif op == 9:
            for _ in range(min(len(s), 5)): s.pop()
        elif op == 10: s = s.difference(o, o[:3])
        elif op == 11: s = set(frozenset(s) ^ frozenset(o))
        out.append(repr(list(s)))
print('\n'.join(out))
print(list(set([1.5, 2.25, -0.5, float('inf'), 3.0, 1e100, True, False, b'ab', b'cd', 'x', -1, -2, 2**61-1])))
class H:
    def __init__(s, h): s.h = h
    def __hash__(s): return s.h
    def __eq__(s, o): return isinstance(o, H) and o.h == s.h
    def __repr__(s): return 'H%d' % s.h
print(set(H(h) for h in [3, 11, 19, 27, -5, 2**62, -2**62, 8, 16, 24]))
s = set(range(20)); s.intersection_update(range(5, 40, 2)); print(s)
s = set(range(30)); print(s.pop(), s.pop()); s.update(range(100, 110)); print(s)
s = set(range(4)); print(s.pop(), s.pop(), s.pop()); s.clear(); s.update([0, 1, 2, 3]); print(s.pop(), s)
s = set(range(4)); s.pop(); s.__init__([5, 6, 7, 0]); print(s.pop(), s)
s = set(range(20)); [s.pop() for _ in range(5)]; s.difference_update(range(10)); print(s, s.pop())
t = set(range(4)); t.pop(); t &= {1, 2, 3}; print(t.pop())
