# sys.version_info is a tuple with named fields
import sys
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], tuple(v[:2]) == (3, 11))
print(v >= (3, 8), v < (4,), isinstance(v, tuple), len(v))
print(v.releaselevel, v.serial)
print(sys.version.startswith('3.11'))
print(sys.hexversion >= 0x030b0000)
print(type(v).__name__)
