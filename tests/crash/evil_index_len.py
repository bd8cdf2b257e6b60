class BigIndex:
    def __index__(self):
        return 2**100
class NegLen:
    def __len__(self):
        return -1
class HugeLen:
    def __len__(self):
        return 2**100
class StrLen:
    def __len__(self):
        return "3"
class StrIndex:
    def __index__(self):
        return "x"
for f in [lambda: [1, 2, 3][BigIndex()], lambda: len(NegLen()), lambda: len(HugeLen()),
          lambda: len(StrLen()), lambda: [1][StrIndex()], lambda: "abc"[BigIndex():],
          lambda: bool(NegLen()), lambda: range(BigIndex()), lambda: "ab" * BigIndex()]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)
