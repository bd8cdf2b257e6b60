# Huge integers: int<->str digit limit, shifts, to_bytes, math functions.
import math, sys
M = sys.maxsize
cases = ["len(str(int('7' * 10**6)))", "int('7' * 5000)", "str(10**5000)", "1 << 2**62", "1 << M",
         "(1 << 2**100)", "1 >> 2**100", "-1 >> 2**100", "(1 << 10**6).bit_length()",
         "(1).to_bytes(2**62, 'little')", "math.ldexp(1.0, 2**100)", "math.ldexp(1.0, -2**100)",
         "math.log(1 << 100000)", "math.sqrt(1 << 100000)", "math.exp(10**100)", "math.pow(2, 10**100)",
         "float(1 << 100000)", "(1 << 100000) / 3", "pow(2, 10**100, 1)", "pow(2, -1, 4)", "round(1.0, M)",
         "math.isqrt(1 << 10**5).bit_length()", "math.comb(10**9, 3)", "(10**1000).__format__(',')[:5]",
         "hex(1 << 100000)[:4]", "int('1' * 100000, 2).bit_length()", "chr(M)"]
for c in cases:
    try:
        print(c, "->", str(eval(c))[:40])
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, type(e).__name__, str(e)[:60])
