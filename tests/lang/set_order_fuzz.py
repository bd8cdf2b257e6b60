seed = 11
def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
d = {}
s = set()
out = []
for step in range(20000):
    op = r(9)
    k = r(300) - 50
    try:
        if op < 3:
            d[k] = step
            s.add(k)
        elif op == 3:
            del d[k]
        elif op == 4:
            s.discard(k)
            d.pop(k, None)
        elif op == 5 and step % 50 == 0:
            out.append(d.popitem())
            out.append(s.pop())
        elif op == 6:
            d.setdefault(k, -1)
        elif op == 7 and step % 97 == 0:
            s = set(list(s)[::2])
        elif op == 8 and step % 500 == 0:
            d = dict(d)
    except KeyError as e:
        out.append(e)
    if step % 2500 == 0:
        print(step, len(d), list(d)[:10], list(d.items())[-3:])
        print(s)
print(out[:100])
print(d)
print(s, sorted(s) == sorted(set(s)))
print(s | set(range(10)), s & set(range(100)), s ^ set(range(20)), s - set(range(100)))
