# math.log/log2/log10 with bases, huge ints, ints beyond the float range,
# and exp/expm1/cosh overflow texts.
import math
for x in [1, 2, 8, 10, 100, 10 ** 20, 2 ** 1023, 2 ** 1024, 2 ** 10000, 10 ** 400, 3 ** 5000, 1.0, 0.5, math.e, math.inf, True]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log(x, 2)), repr(math.log(x, 10)),
          repr(math.log(x, 10 ** 300)))
for x, b in [(8, 2), (100, 10), (1, 10), (10, 1), (2, 0.5), (0.5, 2), (10 ** 500, 10 ** 250), (2, 2 ** 2000), (math.inf, 2),
             (2, math.inf), (math.nan, 2), (2, math.nan), (1, 1), (1.0, 1.0), (5, -1), (0, 2), (2, 0), (-1, 2), (2, -2),
             (0.0, 0.5), (10 ** 400, 1)]:
    try:
        print(x if x < 10 ** 20 else 'big', b if b < 10 ** 20 else 'big', repr(math.log(x, b)))
    except Exception as e:
        print(type(e).__name__, e)
for x in [0, -1, -10 ** 400, 0.0, -0.0, -math.inf, -2.5, False]:
    for f in (math.log, math.log2, math.log10, math.log1p):
        try:
            print(f.__name__, repr(f(x)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for x in [709.0, 709.8, 710.0, 1000, 10 ** 20, -1000, -math.inf, math.inf, math.nan]:
    for f in (math.exp, math.expm1, math.cosh, math.sinh, math.exp2):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
for bad in ['1', None, 1j, [1]]:
    try:
        math.log(bad)
    except TypeError as e:
        print(e)
try:
    math.exp(10 ** 400)
except OverflowError as e:
    print(e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print(e)
try:
    math.sqrt(-10 ** 400)
except Exception as e:
    print(type(e).__name__, e)
