# ZeroDivisionError / OverflowError texts of float operations.
for expr in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0", "0.0 ** -1", "(-0.0) ** -1",
             "2.0 ** 10000", "10.0 ** 400", "(-2.0) ** 10001", "1.0 / 0.0", "float('inf') // 0", "pow(2.0, 3, 5)"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
