# sys.float_info, sys.hash_info and the limits they describe.
import sys, math
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_repr_style)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.width)
print(sys.int_info.bits_per_digit if False else '')
print(math.ulp(sys.float_info.max), math.nextafter(sys.float_info.max, math.inf), sys.float_info.min / 2 ** 52)
