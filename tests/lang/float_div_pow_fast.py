# / and ** on floats and small ints at sites run many times (the loop's
# arithmetic fast paths), with their special cases and errors.

def div(a, b):
    return a / b


def pw(a, b):
    return a ** b


def idiv(a, b):
    a /= b
    return a


vals = [7, -7, 2, 0, 1, 3.0, -2.5, 0.0, -0.0, 1e308, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 10**20,
        float("inf"), float("nan"), True]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(div(a, b)))
        except ZeroDivisionError as e:
            row.append("ZDE(%s)" % e)
        except OverflowError as e:
            row.append("OE(%s)" % e)
    print(repr(a), " ".join(row))
for a in [2.0, -8.0, 0.0, -0.0, 1.5, 10.0, 2, -2, 0, float("inf"), float("nan"), 1e300]:
    row = []
    for b in [0.5, 2, -1, -1.5, 0, 0.0, 3.0, 1 / 3, 1000, float("inf"), float("nan"), -2.0]:
        try:
            row.append(repr(pw(a, b)))
        except ZeroDivisionError as e:
            row.append("ZDE(%s)" % e)
        except OverflowError as e:
            row.append("OE(%s)" % e)
    print(repr(a), " ".join(row))
print(idiv(1.0, 4), idiv(9, 3), idiv(2**53, 3))
for _ in range(2):
    try:
        idiv(1.5, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        div(3, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
s = 0.0
for i in range(1, 1000):
    s += 1 / i + i ** 0.5 / (i * 1.5)
print(s)
