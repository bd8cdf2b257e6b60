# Iterating strs, bytes and bytearrays: the for loop and the C loops
# (list(), sum(), join, zip, ...) step their iterators directly
# (contutil.c's sp_cont_iternext -> str.c / bytes.c) instead of calling
# __next__; next() and __next__ still raise StopIteration.

for s in ["", "a", "abc", "héllo", "€𝄞x", "x" * 70, "ascii only text"]:
    out = []
    for ch in s:
        out.append(ch)
    print(repr(s), out[:8], len(out), "".join(out) == s, list(s) == out, [ord(c) for c in s][:6])

it = iter("ab")
print(next(it), next(it), next(it, "done"), next(it, "again"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = iter("é€")
print(it.__next__(), it.__length_hint__(), it.__next__(), it.__length_hint__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
it = iter("xyz")
next(it)
print(list(it), list(it))

class S(str):
    def __iter__(self):
        return iter("overridden")
print(list(S("abc")), [c for c in S("abc")], "".join(S("abc")), sorted(set("hello")))
class S2(str):
    pass
print(list(S2("sub")), [type(c).__name__ for c in S2("sub")])

h = 0
for ch in "The quick brown fox" * 20:
    h = (h * 31 + ord(ch)) & 0xFFFFFFFF
print(h, sum(1 for c in "a1b2c3" if c.isdigit()), max("hello"), dict(zip("abc", "xyz")))
print(list(enumerate("ab")), list(map(str.upper, "ab")), "-".join(reversed("abc")))

for b in [b"", b"a", b"\x00\xff\x80 abc", bytes(range(250, 256))]:
    print(b, list(b), sum(b), [x for x in b][:4], bytes(iter(b)) == b)
it = iter(b"hi")
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
h = 0
for x in "fasta line\n".encode("ascii") * 10:
    h = (h * 31 + x) & 0xFFFFFFFF
print(h)

ba = bytearray(b"abcdef")
out = []
for x in ba:
    out.append(x)
    if x == ord("b"):
        del ba[3:]        # shrink during iteration
print(out, ba)
ba = bytearray(b"ab")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 5:
        ba.append(ord("z"))   # grow during iteration
print(out, ba)
it = iter(bytearray(b"q"))
print(list(it), list(it), it.__length_hint__())
class B(bytes):
    pass
print(list(B(b"xy")), list(iter(memoryview(b"mv"))))
try:
    iter(b"").__next__()
except StopIteration:
    print("StopIteration")
g = (c for c in "gen")
print(list(g), list(g))
