# Repetition and concatenation near sys.maxsize: MemoryError / OverflowError
# at once, without filling memory.
import sys
M = sys.maxsize
cases = ["'a' * 2**62", "[0] * 2**60", "(1,) * (M // 8)", "b'ab' * (M // 2 + 1)", "bytearray(10) * M",
         "[1] * M + [2]", "'ab' + 'c' * (M - 1)", "'-'.join(['ab'] * 10) * (M // 10)", "[None].__mul__(M)",
         "bytes(range(256)) * (M // 256 + 1)", "'é'.encode() * (M // 2 + 1)", "bytearray(b'ab') * (M // 2 + 1)",
         "'x'.replace('x', 'y' * 2**20) * 2**50"]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except (MemoryError, OverflowError) as e:
        print(c, type(e).__name__)
for init, k in [("[1, 2]", M // 2), ("'ab'", M), ("b'ab'", 2**62), ("bytearray(b'ab')", 2**62)]:
    x = eval(init)
    try:
        x *= k
    except (MemoryError, OverflowError) as e:
        print(init, "*=", type(e).__name__, len(x))
