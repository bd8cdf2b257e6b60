# %, //, divmod of floats: signs, zeros, inf, nan, and mixed with ints.
inf, nan = float('inf'), float('nan')
vals = [7.0, -7.0, 2.5, -2.5, 0.0, -0.0, 1e-300, 1e300, inf, -inf, nan, 3, -3, 0.1, 5e-324]
for a in vals:
    row = []
    for b in vals:
        try:
            q, r = divmod(a, b)
            row.append('%r,%r|%r|%r' % (q, r, a // b, a % b))
        except ZeroDivisionError as e:
            try:
                a // b
            except ZeroDivisionError as e2:
                try:
                    a % b
                except ZeroDivisionError as e3:
                    row.append('Z(%s/%s/%s)' % (e, e2, e3))
    print(repr(a), ' '.join(row))
for a, b in [(1e308, 1e-308), (-1e308, 1e-308), (10 ** 400, 1.5), (1.5, 10 ** 400)]:
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(-1e-300 % 1.0, 1e-300 % -1.0, -0.0 % 5.0, 0.0 % -5.0, (-0.0) // 5.0, 0.0 // -5.0)
print(6.0 % 2.0, -6.0 % 2.0, 6.0 % -2.0, -6.0 % -2.0)
print(divmod(-6.0, 2.0), divmod(6.0, -2.0), divmod(-1.0, 3.0), divmod(1.0, -3.0))
print(7.5.__mod__(2), 7.5.__rmod__(2), 7.5.__floordiv__(2), 7.5.__rfloordiv__(20), 7.5.__divmod__(2), 7.5.__rdivmod__(20))
print(7.5.__mod__('x'), 7.5.__divmod__([]), 7.5.__rfloordiv__(None))
try:
    divmod(1.0, 'a')
except TypeError as e:
    print(e)
try:
    1.0 % None
except TypeError as e:
    print(e)
try:
    [] // 1.0
except TypeError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    True % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(0.0, False)
except ZeroDivisionError as e:
    print(e)
