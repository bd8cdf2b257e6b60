# The search pre-filter (first-character set of a pattern that must
# consume a character), BRANCH's first-item skip, REPEAT_ONE's tail scan
# through MARKs, and word boundaries: every pattern against every
# subject, str (ASCII and not) and bytes, compared with CPython.
import re

PATTERNS = [
    r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b",
    r"\b(?:error|failed|timeout)\b",
    r"(\w+)@(\w+)",
    r"(\w+)(@)?(\w)",
    r"(a(b)c*)d",
    r"(?:(x)|y)(\d*)(z)",
    r"\b\d+",
    r"\B\d+",
    r"\b(?=\d)\w+",
    r"\b(?!1)\d\d",
    r"(?<=-)\d+",
    r"(?<!\d)\d{2}\b",
    r"^\w+",
    r"\w+$",
    r"$",
    r"\b",
    r"\B",
    r"x*",
    r"(?:ab|a)(?:bc|c)?",
    r"(?:a|ab)(c|bcd)(d*)",
    r"((a)|b)+",
    r"(?:(\d)|(\w))+?!",
    r"(a|b)*?c",
    r"(?:k|s)\w",
    r"\b[ßs]\w*",
    r"\b(?:İ|i)\w",
    r"[^\W\d]+\b",
    r"\b\w",
    r"\w\b",
    r"(?:\bfoo|bar)\b",
    r"(?:\d+|x?)y",
    r"\b(?:a?|b)c",
    r"(?:(?:a)?)*b",
    r"\d{2,}?-",
    r"(\w)(?:\w*?)(\1)",
    r"[a-c]+?(\d)",
    r"(?:x|[0-9])\.",
    r"(?:(?:1)?2)+3",
    r"(?i)\b(?:error|k|ß)\b",
    r"(?i)[k-m]+\d",
    r"(?a)\b\w+\b",
    r"(?s).\b",
]

STRS = [
    "",
    "error",
    "an error: failed, TIMEOUT; Errors timeout_x failed.",
    "2026-01-02 10.0.0.1 255.255.255.255 256.1.1.1 1.2.3 01.2.3.4x 9.9.9.9",
    "user1@example user_2@host a@b @x y@ @",
    "abcd abccd ad abd xz x12z yz y1z z",
    "\u00e9t\u00e9 caf\u00e9 \u0661\u0662\u0663 \u00b2\u00b3 12\u0663 \u00e912 na\u00efve",
    "\u212a \u212aelvin k K \u00df\u00df SS stra\u00dfe \u0130i \u0131I \u0130stanbul",
    "abab abcd ababc aab aabbb abcbcd acbcd",
    "12!ab!1a! 1111!",
    "xx.5. 1.2.x.3",
    "11123 12123 1223 123 23",
    "foo bar foobar barfoo foo_bar bar",
    "x\ny\n-12-34\n56",
    "aaab ab b xyz",
    "\u00e9\u00e9 -1-22 \u00e9-333",
]

def show(m):
    if m is None:
        return None
    return (m.span(), m.groups(), m.lastindex, m.lastgroup, [m.span(i) for i in range(1, m.re.groups + 1)])

def run(pat, subjects):
    try:
        rx = re.compile(pat)
    except re.error as e:
        print("error", pat, e)
        return
    for s in subjects:
        out = [rx.findall(s), [show(m) for m in rx.finditer(s)], show(rx.search(s)), show(rx.match(s)),
               show(rx.fullmatch(s)), rx.sub(lambda m: m.group(0)[:0] + m.group(0) * 2, s), rx.split(s),
               show(rx.search(s, 3)), show(rx.search(s, 1, max(len(s) - 2, 0)))]
        print(ascii(pat), ascii(s), ascii(out))

for p in PATTERNS:
    run(p, STRS)
    try:
        bp = p.encode("ascii")
    except UnicodeEncodeError:
        continue
    run(bp, [s.encode("latin-1", "replace") for s in STRS])
    run(bp, [s.encode("utf-8") for s in STRS[:8]])

# flags given separately
for flags in (re.I, re.A, re.I | re.A, re.U, re.I | re.U):
    for p in [r"\b(?:error|failed|timeout)\b", r"\bk\w*", r"\b\w+\b", r"[\w.+-]+@[\w-]+\.(?:com|org|net)", r"\bst\w"]:
        rx = re.compile(p, flags)
        for s in STRS:
            print(flags, ascii(p), ascii(s), rx.findall(s), [m.span() for m in rx.finditer(s)])

# swapping, as bench/regex.py does, and sub with an empty-matching pattern
text = "a user1@example.com b x@y z@ @w " * 3
print(re.sub(r"(\w+)@(\w+)", r"\2@\1", text))
print(re.sub(r"\b", "|", "ab cd\u00e9 \u0661x"))
print(re.sub(rb"\b", b"|", b"ab cd\xe9 1x"))
print(re.split(r"\b", "ab, cd"))
print(re.findall(r"\B", "ab, cd"))
print(re.findall(r"(?:\d+|)\b", "12 ab 3"))

# long subjects
long = ("abc 1.2.3.4 " * 500) + "\u00e9 5.6.7.8"
print(len(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", long)))
print(len(re.findall(r"(\w+)@(\w+)", "ab" * 300 + "@cd " + "x" * 2000)))

# subclasses of str and bytes as subjects
class S(str):
    pass
class B(bytes):
    pass
print(re.findall(r"\b\d+\b", S("a 12 b34 56")), re.findall(rb"\b\d+\b", B(b"a 12 b34 56")))
print(re.findall(rb"\b\d+\b", bytearray(b"7 x8 9")), re.findall(rb"\b\d+\b", memoryview(b"7 x8 9")))

# the wrong types
for bad in (12, None, [1]):
    try:
        re.findall(r"\b\d", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    re.findall(r"\b\d", b"12")
except TypeError as e:
    print("TypeError", e)
