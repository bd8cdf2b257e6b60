# int.from_bytes: argument forms, iterables, signed, subclasses
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: int.from_bytes(b"\x01\x00"))
show(lambda: int.from_bytes(b"\x01\x00", "little"))
show(lambda: int.from_bytes(bytes=b"\x01\x00", byteorder="little"))
show(lambda: int.from_bytes(b"\xff\xff", signed=True))
show(lambda: int.from_bytes(b"\x7f\xff", signed=True))
show(lambda: int.from_bytes(b"\x80" + b"\x00" * 15, signed=True))
show(lambda: int.from_bytes(b"\x00" * 15 + b"\x80", "little", signed=True))
show(lambda: int.from_bytes(b"", signed=True))
show(lambda: int.from_bytes(b"\x00\x00\x00"))
show(lambda: int.from_bytes(bytearray(b"\x01\x02")))
show(lambda: int.from_bytes(memoryview(b"\x01\x02")))
show(lambda: int.from_bytes([255, 0]))
show(lambda: int.from_bytes((1, 2, 3), "little"))
show(lambda: int.from_bytes(iter([1, 2])))
show(lambda: int.from_bytes(range(5)))
show(lambda: int.from_bytes([256]))
show(lambda: int.from_bytes([-1]))
show(lambda: int.from_bytes(["a"]))
show(lambda: int.from_bytes("ab"))
show(lambda: int.from_bytes(1))
show(lambda: int.from_bytes(None))
show(lambda: int.from_bytes(b"a", "middle"))
show(lambda: int.from_bytes(b"a", 1))
show(lambda: int.from_bytes(b"a", "big", True))
show(lambda: int.from_bytes(b"a", "big", signed=1, x=2))
show(lambda: int.from_bytes())
show(lambda: bool.from_bytes(b"\x01"))
show(lambda: bool.from_bytes(b"\x00"))
show(lambda: bool.from_bytes(b"\x02"))
class MyInt(int):
    pass
show(lambda: MyInt.from_bytes(b"\x05"))
class WithNew(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 10)
show(lambda: WithNew.from_bytes(b"\x05"))
class WithInit(int):
    def __init__(self, v):
        print("init", v)
show(lambda: WithInit.from_bytes(b"\x06"))
show(lambda: (5).from_bytes(b"\x07"))
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64, -2**64, 10**30, -10**30):
    for order in ("big", "little"):
        l = (n.bit_length() + 8) // 8
        b = n.to_bytes(l, order, signed=True)
        print(n, b.hex(), int.from_bytes(b, order, signed=True) == n)
