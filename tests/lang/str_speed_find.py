# find / index / count / in / startswith on short ranges (a byte loop for
# a one-byte needle) and long ones (memchr), ASCII and non-ASCII, with
# start/end (negative, huge), subclasses and wrong types.
class S(str):
    pass

hays = ["", "9", "item09999", "item12345", "aé9€9\U0001F6009", "x" * 31 + "9", "x" * 32 + "9", "x" * 33 + "9",
        "9" + "x" * 40, "é" * 20 + "9", S("sub9str9")]
for h in hays:
    res = []
    for sub in ["9", "99", "é", "€9", "", "x9", "\U0001F600", "42"]:
        res.append((h.find(sub), h.rfind(sub), h.count(sub), sub in h, h.startswith(sub), h.endswith(sub)))
        for a, b in [(1, None), (-3, None), (2, -1), (5, 3), (-100, 100), (2**70, None), (0, -(2**70))]:
            res.append((h.find(sub, a, b), h.rfind(sub, a, b), h.count(sub, a, b), h.startswith(sub, a, b)))
    print(repr(h[:12]), res[:4], hash(tuple(res)) == hash(tuple(res)), len(res))
    print("  ", [r[0] for r in res])
try:
    "abc".index("9")
except ValueError as e:
    print("ValueError", e)
print("a9".index("9"), "a9b9".rindex("9"))
for bad in [(9,), ("9", "x"), ("9", 1.5), (), ("9", 1, 2, 3), (None,)]:
    for m in ("find", "rfind", "index", "count", "startswith"):
        try:
            print(m, getattr("abc9", m)(*bad))
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__, e)
try:
    "abc".find(sub="a")
except TypeError as e:
    print(e)
name = "item00042"
acc = 0
for i in range(2000):
    name = "item%05d" % (i * 37 % 100000)
    acc += name.find("9") + ("42" in name) + name.startswith("item0")
print(acc)
