# Subclasses of int keep their value and behave as ints.
class MyInt(int):
    def double(self):
        return self * 2
class Big(int):
    pass
a = MyInt(21)
b = Big(10 ** 30)
print(a, a.double(), a + 1, type(a + 1).__name__, type(a).__name__, isinstance(a, int))
print(b, b // 10 ** 29, -b, b == 10 ** 30, hash(b) == hash(10 ** 30), repr(b))
print(MyInt("ff", 16), MyInt(3.7), int(a), type(int(a)).__name__, a.bit_length(), b.bit_length())
print(a.real, type(a.real).__name__, f"{a:05d}", [1, 2, 3][MyInt(1)], a.to_bytes(2, "big"))
class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(WithNew(5), WithNew(5) + 0)
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
