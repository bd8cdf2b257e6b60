# list.index / count / remove / `in` / min / max / sorted / tuple() while
# __eq__ / __lt__ / __gt__ of an element replaces the list with a longer
# or shorter one.  CPython rechecks the length at each step.
lst = []
class Grow:
    def __eq__(self, other):
        if len(lst) < 200:
            lst.extend([0] * 50)
        return False
    def __lt__(self, other):
        lst[:] = [Grow()] * 3
        return False
    def __gt__(self, other):
        del lst[:]
        return True
class Shrink:
    def __eq__(self, other):
        lst[:] = lst[:1]
        return False
for cls in (Grow, Shrink):
    for name in ('index', 'count', 'remove', 'in'):
        lst[:] = [cls() for _ in range(10)]
        try:
            if name == 'in':
                r = 5 in lst
            else:
                r = getattr(lst, name)(5)
            print(cls.__name__, name, r)
        except ValueError as e:
            print(cls.__name__, name, type(e).__name__, e)
for f in (min, max, sorted):
    lst[:] = [Grow() for _ in range(10)]
    r = f(lst)
    print(f.__name__, type(r).__name__, len(lst))
lst[:] = [Grow() for _ in range(10)]
print(len(tuple(lst)))
# list.index with start/stop while shrinking
lst[:] = [Shrink() for _ in range(10)]
try:
    lst.index(3, 2, 9)
except ValueError as e:
    print(e)
