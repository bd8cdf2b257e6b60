# bool: a subclass of int with two instances.
print(True, False, repr(True), str(False), int(True), True + True, True * 10, -True, ~False)
print(bool(), bool(0), bool(1), bool(-0.0), bool(""), bool([1]), bool(None), bool(2 ** 100))
print(True & True, True | False, False ^ True, True & 3, 3 | False, type(True ^ False).__name__)
print(isinstance(True, int), issubclass(bool, int), True == 1, hash(True), True is (1 == 1))
print(f"{True}", f"{True:d}", f"{False:>5}", format(True, "x"), f"{True!r}")
print(True / 2, True // 2, True ** 10, divmod(True, 2), True.real, True.bit_length())
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
