# round(): half to even on the exact decimal value of the double.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.005, 0.125, 0.375, 4.35, 99.5, 1e300, -2.5e-5, 5e-324):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(1e300, -300), round(5e-324, 400))
print(round(-0.001, 2), round(0.001, -400), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
