def f(n):
    c = 0
    i = 0
    while i < n:
        if i % 3 == 0: c += 1
        if not (i > 5): c += 10
        if i >= 2 and i != 7 or i == 1: c += 100
        x = 1.5 * i
        if x < 4.5: c += 1000
        if x != x: c = -1
        b = i < 4
        c += b
        i += 1
    return c
print(f(10), f(0), f(3))
nan = float('nan')
print([nan < 1.0, nan == nan, 1.0 <= 1.0, 2 > 10**30])
print(1 < 2 < 3, 3 > 2 > 2)
def ident(a, b):
    out = []
    if a is b: out.append('is')
    if a is not b: out.append('is not')
    if not (a is b): out.append('not is')
    while a is not b:
        out.append('loop'); a = b
    out.append(a is b)
    return out
o = object()
print(ident(o, o), ident(o, object()), ident(1, 1), ident(None, 0))
