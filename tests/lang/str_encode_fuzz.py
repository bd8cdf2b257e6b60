# Differential fuzz of str.encode: every codec x error handler, with surrogates.
state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
pool = [0x41, 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdc80, 0xdcff, 0xdfff, 0xfffd, 0x1f600, 0x10ffff]
for i in range(40):
    s = "".join(chr(pool[rnd(len(pool))]) for _ in range(rnd(6)))
    res = []
    for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32-le", "ascii", "latin-1", "utf-8-sig"):
        for err in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
            try:
                res.append(s.encode(enc, err))
            except UnicodeEncodeError as e:
                res.append((e.start, e.end, e.reason, str(e)))
            except Exception as e:
                res.append(type(e).__name__)
    print(i, ascii(s), res)
