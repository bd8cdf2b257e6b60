# bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio & co.
for v in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1):
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator, v.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (10 ** 30).to_bytes(13, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
for args in ((256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True)):
    try:
        print(args[0].to_bytes(args[1], args[2], signed=args[3]))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
print((-128).to_bytes(1, "big", signed=True), (2 ** 63).to_bytes(8, "big"))
# signed= is keyword-only
for call in (lambda: (1).to_bytes(1, "big", True), lambda: int.from_bytes(b"1", "big", True)):
    try:
        call()
    except TypeError as e:
        print(e)
