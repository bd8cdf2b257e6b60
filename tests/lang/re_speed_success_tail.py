# A REPEAT_ONE whose tail is the pattern's end (or a lookaround's or an
# atomic group's end) decides without a child context: the longest count
# that SUCCESS accepts (fullmatch needs the end; findall/sub/split refuse
# an empty match where the last one ended).
import re

PATTERNS = [r"a*", r"a+", r"a*?", r"a{2,3}", r"a{0,2}", r"[ab]*", r"\w*", r"x\w*", r"(x)\d*", r"(?=a*)", r"(?=a+)b*",
            r"(?!a*)", r"(?<=a)a*", r"(?>a*)", r"(?>a+)b", r"(?:a*)+", r"(?:ab*)*", r"(a*)*", r"(?:b|a*)", r"a*+", r"[;\[\]\s]+",
            r"(?i)k*", r"\s*", r".*", r"(?s).*"]
SUBJECTS = ["", "a", "aa", "aaa", "b", "ab", "ba", "aab", "abab", "baa", "xa1 x12 x", "a;b [c] d\te", "k\u212aK", "a\nb\n"]

for p in PATTERNS:
    rx = re.compile(p)
    for s in SUBJECTS:
        fm = rx.fullmatch(s)
        print(ascii(p), ascii(s), ascii([(m.span(), m.groups()) for m in rx.finditer(s)]), fm and fm.span(),
              ascii(rx.sub("-", s)), ascii(rx.split(s)), rx.fullmatch(s, 1) and rx.fullmatch(s, 1).span(),
              [m.span() for m in rx.finditer(s, 1)], rx.match(s, 1, max(len(s) - 1, 1)) and rx.match(s, 1, max(len(s) - 1, 1)).span())
    rb = re.compile(p.encode("utf-8"))
    for s in SUBJECTS[:12]:
        b = s.encode("latin-1")
        print(p, b, [m.span() for m in rb.finditer(b)], rb.sub(b"-", b), rb.fullmatch(b) and rb.fullmatch(b).span())
