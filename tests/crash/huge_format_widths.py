# Format widths and precisions of 10**12 and more: MemoryError /
# OverflowError / ValueError at once.
import sys
M = sys.maxsize
cases = ["'{:10000000000000}'.format(1)", "f'{1:>{10**12}}'", "'%*d' % (10**12, 1)", "'%.*f' % (10**12, 1.5)",
         "'%*s' % (-10**12, 'x')", "format(1, ',' + '9' * 30)", "'{0:{1}}'.format('x', M)",
         "'{:.{}f}'.format(1.5, 10**12)", "'%.1000000000000f' % 1.5", "format(1.5, '1000000000000.3')",
         "format(12, '0%dd' % 2**40)", "'%0*d' % (2**40, 5)", "format('x', '^%d' % (M + 1))",
         "'%*c' % (2**62, 'x')", "f'{\"x\":{2**62}}'", "format(1+2j, '%d' % 2**40)", "'{:{}}'.format(1, 2**62)"]
for c in cases:
    try:
        print(c, "->", len(eval(c)))
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, type(e).__name__, e)
