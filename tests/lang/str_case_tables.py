# Case mappings over every code point at once: the whole range decoded
# from UTF-32 (built without per-char objects, so GC stress stays fast),
# mapped, and summarised by length and hash.
N = 0x110000
buf = bytearray(4 * N)
for i in range(N):
    j = 4 * i
    buf[j] = i & 255
    buf[j + 1] = (i >> 8) & 255
    buf[j + 2] = i >> 16
s = buf.decode("utf-32-le", "surrogatepass")
print(len(s), hash(s))
for name in ["upper", "lower", "title", "swapcase", "casefold", "capitalize"]:
    r = getattr(s, name)()
    print(name, len(r), hash(r))
print(len(s.split()), hash("".join(s.split())))
print(len(s.splitlines()), hash("".join(s.splitlines())))
# per-block slices, so a mismatch points at a block
for lo in range(0, 0x110000, 0x1000):
    blk = s[lo:lo + 0x1000]
    u, l, f = blk.upper(), blk.lower(), blk.casefold()
    if u != blk or l != blk or f != blk:
        print(hex(lo), len(u), hash(u) & 0xFFFF, len(l), hash(l) & 0xFFFF, len(f), hash(f) & 0xFFFF)
