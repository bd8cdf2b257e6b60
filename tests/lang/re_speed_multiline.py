# ^ in MULTILINE at the start of a pattern with a first-character set:
# the search jumps from line start to line start.  Empty lines, a last
# line without a newline, \r\n, pos/endpos inside a line, bytes.
import re

PATTERNS = [r"(?m)^\d+", r"(?m)^(\d{4})-(\d\d) \[(?P<l>[A-Z]+)\]", r"(?m)^(\w)(\d)?", r"(?m)^[a-c]",
            r"(?m)^\s", r"(?m)^\n", r"(?m)^.", r"(?m)^(?:ab|\d)", r"(?m)^$", r"(?m)^", r"(?m)^x|y", r"(?m)^(?=a)\w"]
SUBJECTS = ["", "\n", "1", "a\n1\n\n22\nb3", "2026-01 [INFO] x\n2026-02 [ERR] y\nz 2026-03 [OK]\n",
            "ab\r\n12\r\n", "\n\n\na", "x1\ny2\n3", "abc\nbcd\ncde", " \n\t\n", "\u00e9\n\u0661\u0662\n1"]

for p in PATTERNS:
    rx = re.compile(p)
    for s in SUBJECTS:
        print(ascii(p), ascii(s), ascii([(m.span(), m.groups()) for m in rx.finditer(s)]),
              ascii([(m.span() if m else None) for m in (rx.search(s, 1), rx.search(s, 2, 5), rx.search(s, 5, 2))]),
              ascii(rx.sub("^", s)))
    rb = re.compile(p.encode())
    for s in SUBJECTS:
        b = s.encode("utf-8")
        print(p, b, [(m.span(), m.groups()) for m in rb.finditer(b)], [m.span() for m in rb.finditer(b, 2)])
