# list slice assignment, extend, insert, += and list() from an iterable
# that mutates the target list while it is consumed (generator,
# __iter__/__next__, __len__ hint that lies), and extend(self) / a[:] = a.
# CPython 3.11 segfaults on 'shrink extslice' (it stores at the indices
# computed before the iterable shrank the list); SafePy recomputes them
# and raises ValueError.  tests/lang/list_slice_assign_mutating.py holds
# the other cases with CPython's output.
lst = list(range(10))
def gen(n, act):
    for i in range(n):
        act()
        yield -i
def grow():
    lst.append(99)
def shrink():
    if lst:
        lst.pop()
def clear():
    lst.clear()
for act in (grow, shrink, clear):
    for name in ('slice', 'extslice', 'extend', 'iadd', 'delslice-then', 'insert'):
        if not (name == 'extslice' and act is not grow):
            continue    # the other cases: tests/lang/list_slice_assign_mutating.py
        lst[:] = range(10)
        try:
            if name == 'slice':
                lst[2:5] = gen(4, act)
            elif name == 'extslice':
                lst[::2] = gen(5, act)
            elif name == 'extend':
                lst.extend(gen(4, act))
            elif name == 'iadd':
                lst += gen(4, act)
            elif name == 'delslice-then':
                lst[3:] = gen(2, act)
            elif name == 'insert':
                lst.insert(3, list(gen(3, act)))
            print(act.__name__, name, lst)
        except ValueError as e:
            print(act.__name__, name, type(e).__name__, e, len(lst))
# __len__ that lies and mutates, __length_hint__ huge
class Liar:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        lst.clear()
        return 10 ** 6
    def __length_hint__(self):
        return 2 ** 62
    def __iter__(self):
        return iter(range(self.n))
lst[:] = range(5)
lst.extend(Liar(3))
print(lst)
lst[:] = range(5)
lst[1:2] = Liar(3)
print(lst)
print(list(Liar(4)), len(lst))
# self-referential operations
lst[:] = [1, 2, 3]
lst.extend(lst)
lst[1:1] = lst
lst += lst
lst[::2] = lst[::2]
print(lst)
lst[:] = lst
print(lst)
lst *= 2
print(len(lst))
# an iterator returning itself and mutating the list in __next__
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 5:
            raise StopIteration
        lst.insert(0, self.i)
        return self.i
lst[:] = [0]
lst[0:1] = It()
print(lst)
lst[:] = [0]
lst.extend(It())
print(lst)
