def f(x, y=None):
    r = []
    if x is None: r.append('a')
    if x is not None: r.append('b')
    if not x is None: r.append('c')
    if not (x is not None): r.append('d')
    if x is None and y is None: r.append('e')
    if x is None or y is not None: r.append('f')
    while x is not None:
        r.append('g'); x = None
    r.append('h' if y is None else 'i')
    assert x is None, "boom"
    r.append([z for z in (1, None, 2) if z is not None])
    r.append(None is None)
    if None is x: r.append('j')
    return r
print(f(None)); print(f(0)); print(f(1, 2)); print(f(None, 0))
