# str.split / rsplit with sep=None over every Unicode whitespace character.
cands = list(range(0x100)) + [0x1680, 0x180e, 0x205f, 0x3000, 0xfeff] + list(range(0x2000, 0x2030))
ws = [chr(c) for c in cands if chr(c).isspace()]
print(len(ws), [hex(ord(c)) for c in ws])
for c in ws:
    s = "a" + c + "b" + c + c + "c"
    print(hex(ord(c)), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
# near-whitespace that is not whitespace
for c in "\u200b\u180e\ufeff\u2060\x1b\xa0\u202f":
    print(hex(ord(c)), ("x" + c + "y").split(), c.isspace())
print("\x1c\x1d\x1e\x1f".split())
print(" a b ".split(None, 0), " a b ".rsplit(None, 0))
print("  a  b  ".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1))
print("a b c".split(maxsplit=-5), "a b c".rsplit(maxsplit=-1))
print("a b c".split(maxsplit=10**30 if False else 100))
print("\u3000\u3000x\u3000".split(), "\U00010000 \U00010001".split())
