# Differential fuzz of bytes.decode: every codec x error handler on byte soup.
state = 777
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff, 0xd8, 0xdc, 0x3d]
for i in range(50):
    b = bytes(pool[rnd(len(pool))] for _ in range(rnd(9)))
    res = []
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32", "ascii", "utf-8-sig"):
        for err in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"):
            try:
                res.append(ascii(b.decode(enc, err)))
            except UnicodeDecodeError as e:
                res.append((e.start, e.end, e.reason, str(e)))
            except Exception as e:
                res.append(type(e).__name__)
    print(i, b, res)
