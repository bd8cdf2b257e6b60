# min / max / sorted / list.sort / any / all / sum / enumerate over a list
# that the key function (or the element's __lt__/__bool__/__add__)
# clears, grows or replaces while it is walked.  min/max/sum iterate live
# (CPython's list iterator stops at the current length); sorted copies.
lst = []
def key_clear(x):
    lst.clear()
    return x
def key_grow(x):
    if len(lst) < 50:
        lst.append(len(lst))
    return x
def key_replace(x):
    lst[:] = [100, 200]
    return -x
for key in (key_clear, key_grow, key_replace):
    for f in (min, max, sorted):
        lst[:] = list(range(10))
        r = f(lst, key=key)
        print(key.__name__, f.__name__, r, len(lst))
    lst[:] = list(range(10))
    try:
        lst.sort(key=key)
        print(key.__name__, 'sort', lst)
    except ValueError as e:
        print(key.__name__, 'sort', type(e).__name__, e)
# __bool__ that mutates, for any/all/filter
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        lst.append(B(0))
        if len(lst) > 30:
            lst.clear()
        return bool(self.v)
lst[:] = [B(0) for _ in range(5)]
print(any(lst), len(lst))
lst[:] = [B(1) for _ in range(5)]
print(all(lst), len(lst))
lst[:] = [B(0) for _ in range(5)]
print(len(list(filter(None, lst))), len(lst))
# __add__ that grows the list being summed
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if len(lst) < 20:
            lst.append(A(1))
        return A(self.v + getattr(o, 'v', o))
    __radd__ = __add__
lst[:] = [A(1) for _ in range(3)]
print(sum(lst, A(0)).v, len(lst))
# enumerate / zip / reversed over a list changing under them
lst[:] = list(range(5))
out = []
for i, x in enumerate(lst):
    if i < 3:
        lst.insert(0, -i)
    out.append(x)
print(out)
lst[:] = list(range(5))
out = []
for x in reversed(lst):
    out.append(x)
    if lst:
        lst.pop()
        lst.pop(0) if lst else None
print(out)
lst[:] = list(range(5))
print(list(zip(lst, (lst.clear() or 1 for _ in range(3)))))
