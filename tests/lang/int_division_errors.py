# ZeroDivisionError messages for every int division form.
for expr in ("5 // 0", "5 % 0", "divmod(5, 0)", "5 / 0", "(10**30) // 0", "(10**30) % 0",
             "pow(0, -1)", "0 ** -1", "pow(5, 2, 0)", "5 .__truediv__(0)"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
