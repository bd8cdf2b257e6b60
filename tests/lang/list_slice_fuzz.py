seed = 7
def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def idx():
    k = r(4)
    if k == 0: return None
    return r(30) - 15
for trial in range(600):
    a = list(range(r(12)))
    b = list(a)
    op = r(6)
    s = slice(idx(), idx(), (r(7) - 3) or None)
    try:
        if op == 0:
            res = a[s]
        elif op == 1:
            del a[s]
            res = a
        elif op == 2:
            a[s] = list(range(100, 100 + r(5)))
            res = a
        elif op == 3:
            a[s] = a
            res = a
        elif op == 4:
            res = (tuple(a)[s], range(len(a))[s], list(range(len(a))[s]))
        else:
            i = r(30) - 15
            a.insert(i, 'x')
            a.pop(r(len(a)) if a else 0)
            res = a
    except Exception as e:
        res = type(e).__name__ + ': ' + str(e)
    print(trial, s, res)
