# sys.get/set_int_max_str_digits and the int<->str limit
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1500)
except ValueError as e:
    print(e)
try:
    int('1' * 1500)
except ValueError as e:
    print(e)
print(len(str(10 ** 900)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
