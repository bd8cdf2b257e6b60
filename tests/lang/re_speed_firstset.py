# Patterns whose first-character set is partial, empty, or unknown (the
# search pre-filter must give up or include every possible start), and
# REPEAT_ONE tails that open with MARKs, compared with CPython.
import re

PATTERNS = [
    r"(?:a|)b", r"(?:|a)b", r"a{0}b", r"(?:a{0,3})+?b", r"(?:a*)*b", r"(?:a?)+b",
    r"(?:(?:x)?y|z?)w", r"(?:ab)?c", r"(?:ab)??c", r"(?:ab)*?c", r"(?:ab){2,}c",
    r"(?=a)\w", r"(?!a)\w\w", r"(?<=a)b", r"(?<!a)b", r"(?<=\d)[a-z]", r"\b(?<=\s)\w",
    r"(a)\1", r"(?:(a)|b)(?(1)c|d)", r"(?>a|ab)c", r"(?:ab|a)++c", r"a*+b", r"(?:a|b)?+c",
    r"[^a]b", r"[^\n]x", r".x", r"(?s).x", r"\Dx", r"\Wx", r"\Sx", r"[\x00-\xff]z",
    r"\u0100|a", r"[\u0100-\u0200]+", r"(?i)\u0130", r"(?i)i", r"(?i)k", r"(?i)s", r"(?i)[a-z]\d",
    r"^a|b", r"(?m)^\w", r"(?m)$\n?x", r"\Aab|c", r"\Z|a", r"(?:$|a)b",
    r"(a)(b)?(c)*?d", r"(\w+)(\d)", r"(\w+?)(\d)", r"((\w)\w*)-", r"(?:(\w)(\d))+x",
    r"(a(b)c*)(d)", r"(?:(a)(b)c*(d))+", r"(x)?(\w*)(y)", r"(?P<n>\w+)\.(?P<m>[a-z])",
    r"(\w*)(?:@|(x))", r"(a|b)*(c)", r"(?:a+|b)(?:(c)|d)",
]

SUBJECTS = [
    "", "a", "b", "ab", "aab", "abab", "c", "abc", "ababc", "abababc", "xy", "w", "xyw", "zw",
    "aaac", "abbc", "acd", "bd", "ac ab", "1a b2c a", " a", "aa\nb", "x\nx", "\u0100\u0150a",
    "\u0130i\u0131I", "kK\u212a", "s\u017fS", "\u00df", "Z1 z9 q", "ab\n", "a\n", "word-", "hello12", "a1b2x",
    "abcd abccd ad", "xay xy y", "foo.b foo.", "a@b x xx@", "ababac", "aacd ad d",
]

def show(m):
    if m is None:
        return None
    return (m.span(), m.groups(), m.lastindex, m.lastgroup)

for p in PATTERNS:
    rx = re.compile(p)
    for s in SUBJECTS:
        out = [rx.findall(s), [show(m) for m in rx.finditer(s)], show(rx.search(s, 1)),
               rx.sub("<\\g<0>>", s), rx.split(s)]
        print(ascii(p), ascii(s), ascii(out))
    try:
        bp = p.encode("ascii")
    except UnicodeEncodeError:
        continue
    if "\\u" in p:
        continue
    rb = re.compile(bp)
    for s in SUBJECTS:
        b = s.encode("latin-1", "replace")
        print(ascii(bp), b, rb.findall(b), [show(m) for m in rb.finditer(b)])
