# Error messages of str operations.
tests = [
    lambda: "a" + 1,
    lambda: "a" * "b",
    lambda: "a" * 1.5,
    lambda: 1 in "abc",
    lambda: "abc"[None],
    lambda: "abc".lower(1),
    lambda: "abc".join(),
    lambda: str(b"x", 5),
    lambda: str("x", "utf-8"),
    lambda: str(1, "utf-8"),
    lambda: str.upper(5),
    lambda: "x".__format__(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
try:
    "a" * (1 << 70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    "ab" * (1 << 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
