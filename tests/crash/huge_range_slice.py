# range and slice bounds at and beyond +-sys.maxsize.
import sys
M = sys.maxsize
cases = ["len(range(-M - 1, M))", "range(-M - 1, M)[-1]", "range(0, 2**100)[2**99]", "len(range(0, 2**100))",
         "range(M)[M - 1]", "range(M)[M]", "range(-M, M, M)[::-1]", "list(range(M)[M-3:M+10])",
         "slice(-2**100, 2**100, 2**99).indices(10)", "slice(0, 10, 0).indices(5)",
         "slice(None, None, -2**100).indices(M)", "'abc'[::M]", "'abc'[::-M-1]", "[1,2,3][-2**100:2**100]",
         "'abc'[-2**100:2**100:2**99]", "memoryview(b'abc')[::M].tobytes()", "b'abc'[M:-M-1:-1]",
         "list(reversed(range(-M - 1, M)))[:1]", "range(2**64)[-1]", "range(-2**64, 2**64, 2**63)[3]",
         "list(range(10))[2**63:]", "(1, 2)[-2**63]", "[1, 2][2**63]", "range(0, M, 2**62).index(2**62)",
         "range(M).count(M - 1)", "2**70 in range(2**71)", "bytearray(b'x').insert(-2**100, 1)",
         "'abc'.count('', -M-1, M)", "'abc'.find('b', -2**100, 2**100)", "[1,2,3].index(3, -2**100, 2**100)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except (MemoryError, OverflowError, IndexError, ValueError) as e:
        print(c, type(e).__name__, e)
