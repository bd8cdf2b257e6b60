def pick(c, a, b):
    return a if c else b
def branches(x):
    if x > 0:
        r = 'pos'
    elif x < 0:
        r = 'neg'
    else:
        return 'zero'
    return r
def loop(xs):
    for x in xs:
        if x:
            return x
    return None
def gen(n):
    yield (1 if n else 2)
    return n if n else -n
print(pick(True, 1, 2), pick(0, 1, 2), branches(3), branches(-1), branches(0), loop([0, 0, 5]), loop([]))
print(list(gen(3)), list(gen(0)))
def nested(a, b):
    try:
        return a.real if b else a.imag
    finally:
        print('finally', a, b)
print(nested(3, True), nested(4, False))
def in_loop(items):
    while True:
        for x in items:
            if x is None:
                continue
            return x if x > 0 else -x
        return 'none'
print(in_loop([None, -4]), in_loop([None]), in_loop([7]))
