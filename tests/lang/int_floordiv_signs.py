# // and % and divmod sign rules on small, boundary and big values
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, 2**63, -2**63, 2**64 + 5, -(2**64 + 5), 10**30 + 7, -(10**30 + 7)]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a
        row.append((q, r))
    print(a, row[:6], row[-4:])
for a, b in [(2**200, 3), (-2**200, 3), (2**200, -3), (-2**200, -3), (3, 2**200), (-3, 2**200), (3, -2**200), (-3, -2**200),
             (2**200 + 1, 2**100), (-(2**200 + 1), 2**100), (2**200, 2**100), (-(2**200), 2**100)]:
    print(divmod(a, b), a // b, a % b)
for a in (0, 5, -5, 2**100, -2**100):
    for b in (0, False):
        for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            try:
                print(op())
            except ZeroDivisionError as e:
                print(type(e).__name__, e)
print(True // True, True % True, divmod(True, True), False // True, -True // 2, True % -2)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, divmod(-7, 2.5), divmod(7, -2.5))
try:
    print(1 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(1, 0.0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
