# hash() of strs as CPython computes it under PYTHONHASHSEED=0
samples = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "x" * 100, "é", "ÿ", "ā", "héllo",
           "€", "\uffff", "\u0100\u0101", "𐐨", "a𐐨", "\U0010ffff", "\ud800", "\udc80abc", "ab\x00cd", "\x00", "\x00" * 5,
           "日本語", "日本語テキスト", "Ǆǅǆ", "\x80", "\xff" * 10, "a" * 7 + "é", "€" * 9, "𐐨" * 5]
for s in samples:
    print(repr(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("e\u0301"), hash("a" * 1000) == hash("".join(["a"] * 1000)))
print(hash("é"[0:1]), hash("aé"[1:]), hash("𐐨x"[:1]))
class S(str): pass
print(hash(S("abc")) == hash("abc"), hash(S("")) == hash(""))
d = {s: i for i, s in enumerate(samples)}
print(list(d)[:10])
print(list({"z", "y", "x", "é", "𐐨", "w", "ab", "cd"}))
print(str.__hash__("xyz"), "xyz".__hash__())
