# sys.int_info, sys.maxsize and limits of index-sized conversions
import sys
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
print(ii[2], ii[3], len(ii), tuple(ii)[2:], ii.n_fields if hasattr(ii, "n_fields") else 4)
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
L = [1, 2, 3]
for i in (sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, 2**100, -(2**100)):
    try:
        print(L[i])
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(L[i:], L[:i], L[::max(1, i % 5)])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for n in (sys.maxsize, 2**63, 2**64):
    try:
        print(len(range(n)))
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        print("x" * n)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(range(2**100)[2**99], len(range(0, 2**62, 2**61)), (2**100).__index__() == 2**100)
try:
    print(chr(2**100))
except OverflowError as e:
    print(type(e).__name__, e)
