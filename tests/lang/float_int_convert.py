# Converting between huge ints and floats: rounding and overflow.
for v in (2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 63 - 1, 2 ** 64 + 2 ** 11, 2 ** 1023, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1, 10 ** 22, 10 ** 23, -(3 ** 300)):
    print(float(v))
for v in (2 ** 1024, 2 ** 1024 - 2 ** 970, -(10 ** 400)):
    try:
        print(float(v))
    except OverflowError as e:
        print(type(e).__name__, e)
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300, int(2.0 ** 1023), int(-1.5e20))
