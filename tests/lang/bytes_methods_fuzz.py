# Differential fuzz of bytes/bytearray methods.
alphabet = b"aAbBzZ09 \t\n\r\x0b\x0c\x1c.,'\"\\-_%{}\x00\x7f\x80\xe9\xff"
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
def rb(maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
noarg = ["upper", "lower", "title", "capitalize", "swapcase", "isalpha", "isalnum", "isdigit",
         "isspace", "isupper", "islower", "istitle", "isascii", "split", "rsplit", "splitlines", "strip",
         "lstrip", "rstrip", "expandtabs", "hex"]
for i in range(50):
    s = rb(12)
    t = rb(3)
    for x in (s, bytearray(s)):
        res = [getattr(x, m)() for m in noarg]
        res.append(x.split(t) if t else None)
        res.append(x.rsplit(t, 1) if t else None)
        res.append(x.partition(t) if t else None)
        res.append((x.find(t), x.rfind(t), x.count(t), x.find(t, 2, 7), x.rfind(t, -5), x.count(t, 1, -1)))
        res.append((x.startswith(t), x.endswith(t), x.replace(t, b"<>") if t else x.replace(b"", b"|", 3)))
        res.append((x.strip(t), x.center(15, b"*"), x.zfill(14), x[::2], x[::-3], x[1:-1]))
        res.append((repr(x), len(x), x.splitlines(True), x.decode("latin-1"), x.decode("utf-8", "replace")))
        res.append((x.decode("utf-8", "backslashreplace"), x.decode("ascii", "ignore"), x.hex(":", 2)))
        res.append((b"%s|%5s|%-4s|%r" % (x, t, x, x)))
        res.append((x < t, x == t, x + t, x * 2, t in x, list(x)[:3]))
        print(i, ascii(res))
