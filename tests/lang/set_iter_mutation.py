def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def add_during():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(add_during)
def discard_during():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(discard_during)
def pop_during():
    s = {1, 2, 3}
    for x in s:
        s.pop()
t(pop_during)
def clear_during():
    s = {1, 2, 3}
    for x in s:
        s.clear()
t(clear_during)
def remove_add_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.remove(2)
            s.add(20)
    return out
t(remove_add_same_size)
def update_noop():
    s = {1, 2, 3}
    for x in s:
        s.update([1, 2])
    return s
t(update_noop)
def after_exhausted():
    s = {1}
    it = iter(s)
    r = list(it)
    s.add(2)
    return r, list(it)
t(after_exhausted)
def sticky():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(3)
    try:
        next(it)
    except RuntimeError as e:
        print('first', e)
    s.discard(3)
    return list(it)
t(sticky)
def length_hint():
    s = {1, 2, 3}
    it = iter(s)
    a = it.__length_hint__()
    next(it)
    b = it.__length_hint__()
    s.add(9)
    c = it.__length_hint__()
    return a, b, c
t(length_hint)
def comprehension_over_self():
    s = {1, 2}
    return {s.add(x * 10) for x in s}
t(comprehension_over_self)
def frozen_iter():
    f = frozenset([1, 2])
    it = iter(f)
    return type(it).__name__, sorted(it), list(it)
t(frozen_iter)
def intersection_update_during():
    s = {1, 2, 3}
    for x in s:
        s.intersection_update({1, 2, 3})
    return s
t(intersection_update_during)
def sym_update_during():
    s = {1, 2, 3}
    for x in s:
        s.symmetric_difference_update({x})
t(sym_update_during)
def iand_during():
    s = {1, 2, 3}
    for x in s:
        s &= {1}
t(iand_during)
def set_of_self_iter():
    s = {1, 2, 3}
    s.update(iter(s))
    return s
t(set_of_self_iter)
def update_from_own_iterator_growing():
    s = {1, 2, 3}
    s.update(x + 10 for x in s)
t(update_from_own_iterator_growing)
