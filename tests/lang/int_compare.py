# Comparisons between ints of all sizes and with floats, exactly.
vals = [-(2 ** 100), -(2 ** 62) - 1, -5, 0, 5, 2 ** 62, 2 ** 100]
print([[a < b for b in vals] for a in vals])
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 == 2.0 ** 53)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 > 1e308)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 3 <= 3.0, float("nan") == 1, float("nan") != 1, 1 < float("nan"))
print(2 ** 1023 * 3 > 1.7976931348623157e308, 0 == -0.0, True == 1, False < 0.5)
print(sorted([3, 1.5, -2, 2 ** 70, -0.5, True]))
print(max(2 ** 100, 1e30), min(-1e30, -(2 ** 100)))
