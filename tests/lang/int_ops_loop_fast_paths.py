# The loop's inline small-int operators (* & | ^ << >> // % besides + -,
# in place or not) against CPython: at the edges of the small-int range
# (2**62 on SafePy) where results must become big ints, negative
# operands (floor division and modulo take the divisor's sign), zero and
# -1 divisors, negative and huge shift counts, and the errors.
# (In a function: locals are the loop's LOAD_FAST/STORE_FAST.)
def main():
    edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 100, -100,
             2**31, -2**31, 2**61 - 1, 2**61, -2**61, 2**62 - 1, -2**62,
             2**62, 2**63, -2**63 - 1]
    ops = [
        ("*", lambda x, y: x * y), ("&", lambda x, y: x & y),
        ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
        ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y),
        ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
        ("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
    ]
    h = 0
    lines = []
    for name, f in ops:
        row = []
        for x in edges:
            for y in edges:
                if name == "<<" and y > 200:
                    continue
                try:
                    r = f(x, y)
                except Exception as e:
                    r = "%s(%s)" % (type(e).__name__, e)
                row.append(r)
        lines.append("%s %d %s" % (name, len(row), hash(tuple(row)) if False else row[:40]))
        for v in row:
            for ch in str(v):
                h = (h * 31 + ord(ch)) % 1000000007
            h = (h * 7 + 1) % 1000000007
    for l in lines:
        print(l)
    print("checksum", h)
    # The results themselves, checked one by one against ints built
    # another way.
    bad = 0
    for x in edges:
        for y in edges:
            if x * y != int(str(x)) * int(str(y)):
                bad += 1
    print("bad", bad)

    # In place, in a loop.
    acc, bits, m = 1, 0, 0
    for i in range(200):
        acc *= 3
        acc &= (1 << 64) - 1
        bits |= 1 << (i % 70)
        bits ^= i * 7919
        m += acc % 1000 - acc // 10**17
        m <<= 1
        m >>= 1
    print(acc, bits, m)
    x = 5
    x //= 2; print(x)
    x %= 2; print(x)
    x <<= 62; print(x, type(x).__name__)
    x >>= 61; print(x)
    x ^= -1; print(x)
    x |= 8; print(x)
    x &= 12; print(x)
    x *= -2**61; print(x)

    # Floor semantics.
    for a in (7, -7, 0, 1, -1, 2**62 - 1, -2**62):
        for b in (2, -2, 3, -3, 1, -1, 2**62 - 1, -2**62):
            print(a, b, a // b, a % b, divmod(a, b), end=" | ")
        print()

    # Errors.
    for a, b in ((1, 0), (0, 0), (-5, 0)):
        for f in (lambda: a // b, lambda: a % b):
            try:
                f()
            except ZeroDivisionError as e:
                print("ZeroDivisionError", e)
    for a, b in ((1, -1), (0, -64), (-2**62, -1)):
        try:
            print(a << b)
        except ValueError as e:
            print("ValueError", e)
        try:
            print(a >> b)
        except ValueError as e:
            print("ValueError", e)
    print(-2**62 // -1, -2**62 % -1, (-2**62) * -1, 1 << 61, 1 << 62, 3 << 61, -1 << 62, -3 << 61)
    print(12345 >> 64, -12345 >> 64, -1 >> 1000, 1 >> 1000, 0 << 100, (-1) << 0)

    # Bools and int subclasses are not small ints here: their own results.
    print(True & 1, True | 2, True ^ True, True * 5, False << 3, True // 1, True % 2, type(True & True).__name__)
    class I(int):
        def __and__(self, o):
            return "I.__and__"
        def __rmul__(self, o):
            return "I.__rmul__"
    print(I(3) & 1, 2 * I(3), I(3) | 1, type(I(3) | 1).__name__)

    # Conditions on small ints.
    n = 0
    for i in range(-5, 6):
        if i & 1:
            n += 1
        if not i % 3:
            n += 100
        while i > 0:
            i //= 2
            n += 1
        while i < -1:
            i //= 3
            n += 1000
    print(n)
main()
