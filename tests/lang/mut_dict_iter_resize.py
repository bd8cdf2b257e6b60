# Iterating a dict (keys, values, items, the dict itself, reversed) while
# the loop body inserts or deletes: CPython raises RuntimeError
# "dictionary changed size during iteration"; a same-size change
# (delete one, add one) raises "dictionary keys changed during iteration".
def attack(view_of, mutate):
    d = {i: i for i in range(8)}
    try:
        for x in view_of(d):
            mutate(d)
        print('finished')
    except RuntimeError as e:
        print(type(e).__name__, e)
views = [lambda d: d, lambda d: d.keys(), lambda d: d.values(),
         lambda d: d.items(), lambda d: reversed(d),
         lambda d: reversed(d.items())]
def add(d):
    d[len(d) + 100] = 0
def delete(d):
    del d[next(iter(d))]
def swap(d):
    k = next(iter(d))
    del d[k]
    d[k + 1000] = 0
def clear(d):
    d.clear()
for v in views:
    for m in (add, delete, swap, clear):
        attack(v, m)
# dict comprehension over itself
d = {1: 1}
try:
    d.update((k + 1, v) for k, v in d.items())
except RuntimeError as e:
    print(e)
print(d)
