# REPEAT_ONE only tries tail positions where the tail's first character
# (a literal or a set, after MARKs of groups not yet reached) can match;
# BRANCH skips alternatives whose first item (any one-character op,
# case-insensitive ones too) can't match.  Groups, lastindex and the
# marks left by failed attempts must stay as CPython has them.
import re

CASES = [
    (r"(\w+)@(\w+)", ["a@b", "user1@example.com x@ @y ab@@cd", "\u00e9\u00e9@\u00e0", "@@", "a@", "aaaa"]),
    (r"(\w+)(@)(\w)", ["ab@c", "ab@ c@d"]),
    (r"(\w*)([.@])", ["ab.c", "x@", ".", "abc"]),
    (r"(\w+)((a)|b)", ["xxa", "xxb", "xab", "b", "ab"]),
    (r"(\d+)(?P<x>[a-c])", ["12a3b", "99z", "1c"]),
    (r"(a(b)c*)(d)", ["abccd", "abd", "abcx"]),
    (r"((\w)\w*)-", ["ab-", "a-b-", "-"]),
    (r"(?:(\w)(\w*)(-))+", ["ab-cd-", "a-", "-"]),
    (r"(?:(x)|(y))+(\w*)(!)", ["xy!", "xyab!", "yx", "x!y!"]),
    (r"(a)?(\w*)(b)", ["ab", "aab", "xb", "b"]),
    (r"(?:(a)|b)*(\w*)(c)", ["abc", "bbc", "c", "abab"]),
    (r"(\w+?)(\d)", ["ab12", "x", "9"]),
    (r"(?i)(\w+)(k)", ["ak", "a\u212a", "AK", "akx"]),
    (r"(?i)(?:error|failed|timeout|\u212a|\u00df|\u0130)", ["ERROR k \u212a K \u00df SS \u0130 i\u0307 Failed tImEoUt"]),
    (r"(?i)(?:e|f)(?:r|a)", ["ER fa Fr eA \u00c9R"]),
    (r"(?:[ab]c|[ab]d|x)+", ["acbdx", "adxbc", "x"]),
    (r"(?:\d|\s|x)y", ["1y y xy \u0661y"]),
    (r"(?:.a|\nb)", ["xa\nb\na"]),
    (rb"(\w+)@(\w+)", [b"ab@cd \xe9@x", b"@"]),
    (rb"(?i)(?:error|k)\b", [b"ERROR K k errors \xcbk"]),
]

for pat, subjects in CASES:
    rx = re.compile(pat)
    for s in subjects:
        ms = [(m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs) for m in rx.finditer(s)]
        print(ascii(pat), ascii(s), ascii(ms))
        print("  ", ascii(rx.sub(r"[\g<0>]" if isinstance(s, str) else rb"[\g<0>]", s)), ascii(rx.split(s)), ascii(rx.fullmatch(s) and rx.fullmatch(s).groups()))
