def t(f):
    try:
        r = f()
        print(type(r).__name__, r if not isinstance(r, (set, frozenset)) else sorted(r, key=repr))
    except Exception as e:
        print(type(e).__name__, e)
def run(meth, *args):
    s = {1, 2, 3, 4}
    r = getattr(s, meth)(*args)
    return (r, sorted(s, key=repr))
for meth in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
    print('--', meth)
    t(lambda: run(meth))
    t(lambda: run(meth, [1, 9]))
    t(lambda: run(meth, [1, 9], (2, 8)))
    t(lambda: run(meth, {3: 'x', 10: 'y'}))
    t(lambda: run(meth, 'ab'))
    t(lambda: run(meth, frozenset({4, 5})))
    t(lambda: run(meth, 5))
    t(lambda: run(meth, [[]]))
    t(lambda: run(meth, [1], 5))
    t(lambda: run(meth, iter(range(3))))
    t(lambda: run(meth, x=1))
s = {1, 2}
s.update(s)
print(s)
s.intersection_update(s)
print(s)
s.symmetric_difference_update(s)
print(s)
s = {1, 2}
s.difference_update(s)
print(s)
fs = frozenset([1])
for meth in ('add', 'update', 'remove', 'discard', 'pop', 'clear', 'intersection_update'):
    print(meth, hasattr(fs, meth))
t(lambda: set.update(fs, [1]))
t(lambda: set.add(fs, 1))
t(lambda: set.add([], 1))
t(lambda: set.update(1))
def iops():
    a = {1, 2, 3}
    b = a
    a |= {4}
    a &= {1, 2, 4, 5}
    a -= {1}
    a ^= {2, 7}
    return a is b, a
t(iops)
def iops_bad(op):
    a = {1}
    if op == '|':
        a |= [2]
    elif op == '&':
        a &= [2]
    elif op == '-':
        a -= [2]
    else:
        a ^= [2]
    return a
for op in '|&-^':
    t(lambda: iops_bad(op))
def ifrozen():
    a = frozenset([1, 2])
    b = a
    a |= {3}
    a -= {1}
    return a is b, type(a).__name__, a
t(ifrozen)
def iself():
    a = {1, 2}
    a ^= a
    b = {1, 2}
    b -= b
    c = {1, 2}
    c &= c
    d = {1, 2}
    d |= d
    return a, b, c, d
t(iself)
