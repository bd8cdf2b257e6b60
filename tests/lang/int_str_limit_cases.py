# CPython 3.11's int/str digit limit: both directions, bases, messages
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4), len(sys.int_info), type(sys.int_info).__name__)
print(sys.flags.int_max_str_digits)
def show(f):
    try:
        r = f()
        print(r if len(str(r)) < 80 else len(str(r)))
    except ValueError as e:
        print(type(e).__name__, e)
big = 10 ** 4300
show(lambda: str(10 ** 4299))
show(lambda: str(big))
show(lambda: str(-big))
show(lambda: repr(big))
show(lambda: "%d" % big)
show(lambda: f"{big}")
show(lambda: format(big, "d"))
show(lambda: format(big, ","))
show(lambda: hex(big)[:10])
show(lambda: bin(big)[:10])
show(lambda: oct(big)[:10])
show(lambda: format(big, "x")[:10])
show(lambda: int("1" * 4300))
show(lambda: int("1" * 4301))
show(lambda: int("-" + "1" * 4301))
show(lambda: int("1_" * 4300 + "1"))
show(lambda: int(" " * 5000 + "1" * 4300))
show(lambda: int("0" * 4301))
show(lambda: int("1" * 5000, 16) > 0)
show(lambda: int("1" * 5000, 2) > 0)
show(lambda: int("1" * 5000, 8) > 0)
show(lambda: int("1" * 5000, 7))
show(lambda: int("1" * 5000, 36))
show(lambda: int("0x" + "1" * 5000, 0) > 0)
show(lambda: int("1" * 5001 + "x"))
for n in (640, 4300, 5000, 0):
    sys.set_int_max_str_digits(n)
    print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
    show(lambda: len(str(10 ** 4500)))
    show(lambda: len(str(10 ** 700)))
    show(lambda: int("9" * 4500) > 0)
for n in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(n)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for a in ("x", 1.5, None):
    try:
        sys.set_int_max_str_digits(a)
    except TypeError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
show(lambda: str(10 ** 699))
show(lambda: str(10 ** 700))
show(lambda: int("5" * 701))
sys.set_int_max_str_digits(4300)
