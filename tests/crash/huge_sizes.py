import sys
tests = [
    lambda: "a" * 2**62,
    lambda: [0] * 2**60,
    lambda: (0,) * 2**61,
    lambda: b"x" * sys.maxsize,
    lambda: "ab" * (sys.maxsize // 2 + 1),
    lambda: [1, 2] * (sys.maxsize // 2),
    lambda: range(sys.maxsize + 1).__len__(),
    lambda: range(-sys.maxsize, sys.maxsize)[sys.maxsize * 2],
    lambda: "x"[sys.maxsize:sys.maxsize + 1],
    lambda: [1, 2, 3][-sys.maxsize - 1:sys.maxsize:sys.maxsize],
    lambda: "{:1000000000000}".format(1),
    lambda: bytearray(2**62),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", type(r).__name__)
    except (MemoryError, OverflowError, IndexError, ValueError) as e:
        print(i, type(e).__name__)
