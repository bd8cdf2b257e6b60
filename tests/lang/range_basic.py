print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[5:1], list(r[-2:]))
print(r.start, r.stop, r.step, r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 7.0 in r)
print(range(3) == range(3), range(0) == range(5, 5), range(1, 2) == range(1, 5, 10), range(3) == [0, 1, 2])
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(bool(range(0)), bool(range(1)))
for key in (100, 'x'):
    try:
        r[key]
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1, 2, 0), (1.0,), (1, 2, 3, 4)]:
    try:
        range(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.index(8)
except ValueError as e:
    print(e)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10)[2:5], range(0, 10, 3)[:], range(10)[::-1], range(10)[-3:])
