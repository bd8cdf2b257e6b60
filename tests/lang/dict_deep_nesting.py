import sys
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except RecursionError as e:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)
def nest(n):
    d = {}
    for _ in range(n):
        d = {'k': d}
    return d
a, b = nest(100), nest(100)
t(lambda: a == b)
t(lambda: repr(a).count('{'))
deep1, deep2 = nest(200), nest(200)
t(lambda: deep1 == deep2)
t(lambda: repr(deep1))
t(lambda: str(deep1))
t(lambda: deep1 != deep2)
s = frozenset()
for _ in range(200):
    s = frozenset([s])
t(lambda: hash(s) == hash(s))
t(lambda: len({s}))
t(lambda: repr(s))
l = []
cur = l
for _ in range(200):
    d = {}
    cur.append(d)
    cur = d.setdefault('l', [])
t(lambda: repr(l))
v = {}
cur = v
for _ in range(200):
    cur[1] = {}
    cur = cur[1]
t(lambda: repr(v.values()))
t(lambda: repr(v.items()))
print('still alive')
x = nest(50)
t(lambda: x == nest(50))
t(lambda: len(repr(x)))
