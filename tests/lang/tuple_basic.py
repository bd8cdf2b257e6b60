t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[5:])
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t + (4,), t * 2, 0 * t, 2 * (1,))
print(t.count(2), t.index(3), 2 in t, 5 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1,))
a, b, c = t
print(a, b, c)
print(tuple(t) is t, t[:] is t)
x = ((1, 2), [3, 4])
x[1].append(5)
print(x)
for key in (3, -4, 'a'):
    try:
        print(t[key])
    except Exception as e:
        print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    tuple(5)
except TypeError as e:
    print(e)
print(t.index(2, 1), t.index(3, -1))
print(repr((1, 'a', (2,), [])))
