# \b and \B of each kind (Unicode str, ASCII str, bytes, LOCALE bytes) at
# the ends of the subject, beside non-ASCII letters and digits, with pos
# and endpos, compared with CPython.
import re

STRS = ["", "a", " ", "_", "\u00e9", "ab cd", " ab ", "a\u00e9b", "\u00e9t\u00e9 x", "1\u0661 2\u00b2 \u2167x",
        "x\u0300y", "\u4e2d\u6587 ok", "\U0001d400b c", "a-b_c", "tab\there", "\u00aa\u00ba\u00b5", "\u0130\u212a\u00df"]
BYTES = [b"", b"a", b" ", b"_", b"\xe9", b"ab cd", b" ab ", b"a\xe9b", b"\xe9t\xe9 x", b"1\xb2 3", b"a-b_c", b"\xaa\xba\xb5"]

for flags in (0, re.A, re.I, re.A | re.I):
    for p in (r"\b", r"\B", r"\b\w", r"\w\b", r"\B\w", r"\b.", r".\b", r"\b\w+\b", r"\B\w+\B", r"(?:\b|\B)x", r"\b(?=\w)", r"(?<=\w)\b"):
        rx = re.compile(p, flags)
        for s in STRS:
            print(flags, ascii(p), ascii(s), [m.span() for m in rx.finditer(s)], [m.span() for m in rx.finditer(s, 1, max(len(s) - 1, 0))],
                  ascii(rx.sub("|", s)), ascii(rx.split(s)))

for flags in (0, re.L, re.I, re.L | re.I):
    for p in (rb"\b", rb"\B", rb"\b\w", rb"\w\b", rb"\B\w", rb"\b\w+\b", rb"\B\w+\B", rb"\b(?:ab|cd|\xe9)"):
        rx = re.compile(p, flags)
        for s in BYTES:
            print(flags, p, s, [m.span() for m in rx.finditer(s)], [m.span() for m in rx.finditer(s, 1, max(len(s) - 1, 0))],
                  rx.sub(b"|", s), rx.split(s))

# search with pos beyond endpos, and the boundary at the very end
rx = re.compile(r"\b\w")
print(rx.search("ab cd", 4, 2), rx.search("ab cd", 3, 5), rx.search("ab cd", 5), re.search(r"\w\b", "ab"), re.search(r"\b$", "ab "))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.fullmatch(r"\B", ""), re.findall(r"\B", "a"), re.findall(r"\b", "a"))
