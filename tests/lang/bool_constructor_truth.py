# bool(): truth of many objects, argument errors, subclassing refused
for v in (0, 1, -1, 2**100, 0.0, -0.0, float("nan"), 1e-300, 0j, 1j, "", " ", "0", "False", b"", b"\x00", bytearray(), [], [0], (), ((),), {}, {0: 0}, set(), frozenset([0]), range(0), range(1), None, ..., NotImplemented if False else 1, object(), bool, type):
    print(repr(v)[:20], bool(v))
print(bool(), bool(x=1) if False else "")
class Z:
    def __len__(self):
        return 0
class NZ:
    def __len__(self):
        return 5
class B:
    def __bool__(self):
        return False
class BL:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Z()), bool(NZ()), bool(B()), bool(BL()), not Z(), not NZ())
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**100
class FloatLen:
    def __len__(self):
        return 1.5
class NoneBool:  # __bool__ = None: see findings
    __bool__ = None
for o in (BadBool(), BadLen(), BigLen(), FloatLen()):
    try:
        print(bool(o))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(1, 2)]:
    try:
        print(bool(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(True) is True, bool(0) is False, bool.__new__(bool, 5), bool.__new__(bool))
for a in [(), (5,), (int,), (object, 1)]:
    try:
        print(bool.__new__(*a))
    except TypeError as e:
        print(type(e).__name__, e)
print(True.__bool__(), False.__bool__(), (5).__bool__(), (0).__bool__(), (2**100).__bool__())
