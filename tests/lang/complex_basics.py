# complex: repr rules, arithmetic, abs, equality and hashing.
for c in (0j, 1j, -1j, 1 + 2j, -1 - 2j, complex(-0.0, -1.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          1.5 + 0.5j, complex(float("inf"), float("nan")), complex(1e16, 1e-5), 3 + 0j):
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c) if c != complex(float("inf"), float("nan")) else "-")
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a * 2, 2 * a, a / 2, 1 / a, a + 1.5, a ** 2, a ** 0.5, a ** b)
print(abs(3 + 4j), (3 + 4j) == 3 + 4j, 1 + 0j == 1, 1j == 1, hash(1 + 0j) == hash(1), hash(2 + 3j))
print(1j ** 2, (-1) ** 0.5, (-8) ** (1 / 3), 0j ** 0, (1 + 1j) ** -2)
for expr in ("1 / 0j", "0j ** -1", "0j ** 1j", "1j // 1", "1j % 1", "1j < 2j", "complex(1e200, 0) ** 2"):
    try:
        print(eval(expr))
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
