# complex arithmetic: + - * /, ** with int/float/complex exponents, abs,
# conjugate, division by zero, overflow, inf/nan components.
inf, nan = float('inf'), float('nan')
OPS = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b]
vals = [1 + 2j, -3.5j, 2 + 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e300 + 1e300j, 1e-320j, 3, 2.5, -1, 0j]
for a in vals:
    for b in vals:
        res = []
        for op in OPS:
            try:
                res.append(repr(op(a, b)))
            except Exception as e:
                res.append('%s:%s' % (type(e).__name__, e))
        print(repr(a), repr(b), ' '.join(res))
for a, b in [(1j, 0), (1j, 0.0), (1j, 0j), (0j, 0j), (1, 0j), (1.5, 0j), (1j, complex(0.0, -0.0))]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a in [1j, 1 + 1j, -2 - 3j, 0j, 1e200 + 1e200j, complex(inf, 0), complex(0, nan), 0.5 + 0.5j]:
    res = []
    for e in [0, 1, 2, 3, -1, -2, 10, 100, 0.5, 2.0, -1.5, 1j, 1 + 1j, 0j, 2 + 0j, 10 ** 20]:
        try:
            res.append(repr(a ** e))
        except Exception as ex:
            res.append('%s:%s' % (type(ex).__name__, ex))
    print(repr(a), ' '.join(res))
for b, e in [(2, 1j), (2.0, 1 + 1j), (-1, 0.5 + 0j), (0, 1j), (0, -1 + 0j), (0, 0j), (0j, -1), (0j, 1j), (0j, 0.5j)]:
    try:
        print(repr(b ** e))
    except Exception as ex:
        print(type(ex).__name__, ex)
for z in [3 + 4j, -3 - 4j, complex(inf, nan), complex(nan, inf), complex(nan, 1), 1e308 + 1e308j, 5e-324j, 0j]:
    try:
        print(repr(z), abs(z), repr(z.conjugate()), repr(-z), repr(+z), z.real, z.imag, bool(z))
    except OverflowError as e:
        print(repr(z), type(e).__name__, e)
for op in ('//', '%', 'divmod'):
    try:
        if op == 'divmod':
            divmod(1j, 2)
        else:
            eval('1j %s 2' % op)
    except TypeError as e:
        print(e)
for bad in ('<', '>', '<=', '>='):
    try:
        eval('1j %s 2j' % bad)
    except TypeError as e:
        print(e)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 1, (1 + 0j) == True, 0j == 0, 2 ** 53 + 1 + 0j == 2 ** 53 + 1,
      complex(2 ** 53) == 2 ** 53 + 1, 1j == 'x', 1j.__eq__('x'), 1j.__lt__(1j))
try:
    int(1j)
except TypeError as e:
    print(e)
try:
    float(1j)
except TypeError as e:
    print(e)
try:
    round(1j)
except TypeError as e:
    print(e)
