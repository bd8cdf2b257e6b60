# slices of ranges are ranges; composed slicing agrees with list slicing
r = range(-7, 40, 3)
L = list(r)
ok = True
count = 0
for start in [None, -20, -5, -1, 0, 1, 4, 15, 100]:
    for stop in [None, -20, -3, 0, 2, 9, 15, 100]:
        for step in [None, -7, -2, -1, 1, 2, 5]:
            s = slice(start, stop, step)
            sub = r[s]
            count += 1
            if list(sub) != L[s] or type(sub) is not range:
                ok = False
                print('mismatch', s, sub, L[s])
print(ok, count)
print(r[::2][1::3], r[::-1][::-1] == r, r[::-1][2:5], r[5:][::-2], r[1:-1][1:-1][1:-1])
print(range(10)[::-1][::-1], range(0)[::-1], range(5)[5:0:-1], range(5)[-1:-6:-1], range(5)[-1:-7:-1])
print(range(0, 100, 10)[3:7][::-1], range(100, 0, -10)[::3], range(3)[10:], range(3)[:-10])
print(hash(range(10)[::2]) == hash(range(0, 10, 2)), range(10)[::2] == range(0, 9, 2))
big = range(0, 2**80, 2**70)
print(big[3:7], big[::-3], big[-2:], list(big[-2:]))
