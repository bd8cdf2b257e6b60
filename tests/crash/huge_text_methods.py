# Padding, tab expansion, replace and join whose result would not fit.
import sys
M = sys.maxsize
cases = ["'x'.ljust(M)", "'x'.rjust(2**62)", "'x'.center(M + 1)", "'x'.zfill(M)", "'\\t'.expandtabs(M)",
         "'a\\tb'.expandtabs(2**31)", "('ab' * 1000).replace('a', 'c' * 2**40)", "'ab'.replace('', 'x' * (M // 2))",
         "bytearray(10).zfill(M)", "bytes(10).ljust(2**62)", "bytearray().center(M, b'x')",
         "b'\\t\\t'.expandtabs(2**40)", "'é'.ljust(2**40, 'ü')", "'x'.join(['y' * 2**20] * 2**20)",
         "b''.join([b'y' * 2**20] * 2**20)", "('\\t' * 100).expandtabs(2**60)"]
for c in cases:
    try:
        print(c, "->", len(eval(c)))
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, type(e).__name__)
