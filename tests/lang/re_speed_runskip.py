# sre_search skips over the run of a leading greedy repeat whose tail's
# literal is nowhere in reach ((\w+)@, [\w.+-]+@...): the matches, their
# groups and the empty-subject, end-of-subject and pos/endpos cases must
# be CPython's.
import re

CASES = [
    r"(\w+)@(\w+)", r"\w+@", r"[\w.+-]+@[\w-]+\.(?:com|org|net)", r"(a+)(b)", r"a+a", r"a{1,}ab",
    r"[ab]+b", r"(?:x)?a+b", r"(\d+)(?P<z>\.)(\d)", r"[^@]+@", r".+\n", r"(\w{2,})\1", r"(\w+)@?x",
    r"(?i)\w+@", r"(?i)k+s", r"a{2,}b", r"a{3,}@", r"\w+?@", r"(\w)+@", r"(?:\w)+@", r"\w*@",
]
SUBJECTS = [
    "", "@", "a@", "@a", "a@b", "aa@bb cc@dd", "user1@example.com x.y+z@a-b.org bad@x.c", "ab", "aab abb",
    "aaaab aaab", "12.3 4.56. 7.", "xx\ny", "abab xyxy", "a@x ax x", "\u00e9\u00e9@\u00e0\u00e0 \u00e9@", "\u212a\u212as kKS",
    "aaa@ aa@ a@", "a" * 50 + "@" + "b" * 50, "a" * 3000 + "b", "@@a@@",
]

for p in CASES:
    rx = re.compile(p)
    for s in SUBJECTS:
        print(ascii(p), ascii(s[:60]), ascii([(m.span(), m.groups(), m.lastindex) for m in rx.finditer(s)]),
              ascii(rx.search(s, 2) and rx.search(s, 2).span()), ascii(rx.search(s, 0, len(s) - 1) and rx.search(s, 0, len(s) - 1).span()),
              ascii(rx.split(s)[:6]), ascii(rx.subn("#", s)[1]))
    bp = p.encode("latin-1") if all(ord(ch) < 128 for ch in p) else None
    if bp is not None:
        rb = re.compile(bp)
        for s in SUBJECTS:
            b = s.encode("latin-1", "replace")
            print(bp, b[:60], [(m.span(), m.groups()) for m in rb.finditer(b)])
