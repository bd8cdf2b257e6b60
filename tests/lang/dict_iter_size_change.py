def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t(add_during)
def del_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
t(del_during)
def del_add_during():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 0
    return seen
t(del_add_during)
def values_during():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[v + 10] = 0
t(values_during)
def items_during():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)
t(items_during)
def keys_during():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.clear()
t(keys_during)
def modify_value_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d[k] * 10
    return d
t(modify_value_ok)
def pop_add_same_size():
    d = {'a': 1, 'b': 2, 'c': 3}
    out = []
    for k in d:
        out.append(k)
        if k == 'a':
            del d['b']
            d['z'] = 26
    return out
t(pop_add_same_size)
def reversed_during():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 10] = 0
t(reversed_during)
def reversed_keys_changed():
    d = {1: 1, 2: 2, 3: 3}
    for k in reversed(d):
        del d[2]
        d[5] = 5
t(reversed_keys_changed)
def after_stop():
    d = {1: 1}
    it = iter(d)
    next(it)
    d[2] = 2
    return next(it)
t(after_stop)
def exhausted_then_change():
    d = {1: 1}
    it = iter(d)
    r = list(it)
    d[2] = 2
    return r, list(it)
t(exhausted_then_change)
def error_sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    try:
        next(it)
    except RuntimeError as e:
        print('first', e)
    del d[3]
    return list(it)
t(error_sticky)
def setdefault_during():
    d = {1: 1}
    for k in d:
        d.setdefault(k, 0)
    return d
t(setdefault_during)
def update_during():
    d = {1: 1}
    for k in d:
        d.update({k: 2})
    return d
t(update_during)
def popitem_reinsert():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d.popitem()
t(popitem_reinsert)
def items_next_len():
    d = {i: i for i in range(5)}
    it = iter(d.items())
    next(it)
    d.pop(4)
    d[9] = 9
    return list(it)
t(items_next_len)
def comp_during():
    d = {1: 2}
    return [d.__setitem__(5, 5) for k in d]
t(comp_during)
def clear_readd():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.clear()
    d[1] = 1
    d[2] = 2
    return list(it)
t(clear_readd)
def values_changed():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d.values())
    next(it)
    del d[1]
    d[4] = 4
    return list(it)
t(values_changed)
