# Unpacking assignment, starred targets, and their errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
[p, q] = "pq"
print(p, q)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
tests = [
    "a, b, c = [1, 2]",
    "a, b = [1, 2, 3]",
    "a, b = 1",
    "a, *b, c = [1]",
    "a, b = iter([1, 2, 3])",
]
for t in tests:
    try:
        exec(t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
