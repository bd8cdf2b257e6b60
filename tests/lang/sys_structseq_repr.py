# Struct sequences: repr, indexing, fields
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.algorithm, sys.hash_info.inf, sys.hash_info[0])
print(sys.version_info[:3] >= (3, 11, 0), sys.version_info.major == sys.version_info[0])
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info[0] == sys.float_info.max)
print(type(sys.float_info).__name__, isinstance(sys.float_info, tuple), len(sys.int_info))
a, b, *rest = sys.version_info
print(a, b, len(rest))
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, type(sys.flags.dev_mode).__name__)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError')
print(sys.implementation.name in ('cpython', 'safepy'), sys.implementation.version[:2])
