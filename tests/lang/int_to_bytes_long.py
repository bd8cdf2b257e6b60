# to_bytes/from_bytes with long lengths, sign extension, and big values
for v in (0, 1, -1, 127, -128, 2**64, -(2**64), 2**255 - 19, -(2**300) + 1):
    for n in (40, 64, 100):
        for order in ("big", "little"):
            b = v.to_bytes(n, order, signed=True)
            assert int.from_bytes(b, order, signed=True) == v
        print(v.bit_length(), n, b.hex()[:16], b.hex()[-16:], int.from_bytes(b, "little", signed=False) % 1000003)
for v in (2**64, 2**64 - 1, 2**80 + 5):
    print(v.to_bytes(20, "big").hex(), v.to_bytes(9, "little").hex() if v < 2**72 else "")
for v, n, s in [(2**64, 8, False), (-(2**63) - 1, 8, True), (2**63, 8, True), (2**8000, 1000, False), (-(2**7999), 1000, True), (-(2**7999) - 1, 1000, True)]:
    try:
        print(len(v.to_bytes(n, "big", signed=s)))
    except OverflowError as e:
        print(type(e).__name__, e)
data = bytes(range(256)) * 4
x = int.from_bytes(data, "big")
print(x.bit_length(), x % 10**9, int.from_bytes(data, "little") % 10**9, int.from_bytes(data, "big", signed=True) % 10**9)
print(x.to_bytes(1024, "big") == data, (-x).to_bytes(1025, "big", signed=True)[:4].hex())
print(int.from_bytes(b"\xff" * 50, "big", signed=True), int.from_bytes(b"\x80" + b"\x00" * 49, "big", signed=True) == -(2**399))
