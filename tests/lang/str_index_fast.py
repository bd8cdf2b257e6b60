# s[i] at a site run many times: ASCII and non-ASCII strs, negative and
# out-of-range indices, bools, str subclasses.

def at(s, i):
    return s[i]


class S(str):
    def __getitem__(self, i):
        return "S" + str.__getitem__(self, i)


for s in ["hello", "héllo", "h€llo😀", "", "x"]:
    out = []
    for i in (0, 1, 4, -1, -5, 5, -6, True, False):
        try:
            out.append(at(s, i))
        except IndexError as e:
            out.append("IndexError: %s" % e)
    print(repr(s), out)
print([at(S("abc"), i) for i in range(3)], [at("abc", i) for i in range(3)])
try:
    at("abc", "1")
except TypeError as e:
    print("TypeError:", e)
print(at("abcdef", slice(1, 4)), at("abc", 2**70 - 2**70 + 1))
try:
    at("abc", 2**70)
except IndexError as e:
    print("IndexError:", e)
print(sum(ord(at("abcdefghij" * 10, i)) for i in range(100)))
