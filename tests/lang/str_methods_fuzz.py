# Differential fuzz of str methods over mixed-script strings.
alphabet = "aAbBzZ09 \t\n\r\x0b\x1c\x85\xa0\u2028\u3000.,'\"\\-_%{}é\xdfǅΣσςİıﬃ日本\U0001F600\u0301\u2167\u0663"
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
def rstr(maxlen):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
noarg = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isalpha", "isalnum", "isdigit",
         "isdecimal", "isnumeric", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable",
         "isascii", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]
out = []
for i in range(60):
    s = rstr(12)
    t = rstr(3)
    res = [getattr(s, m)() for m in noarg]
    res.append(s.split(t) if t else None)
    res.append(s.rsplit(t, 1) if t else None)
    res.append(s.partition(t) if t else None)
    res.append(s.rpartition(t) if t else None)
    res.append((s.find(t), s.rfind(t), s.count(t), s.find(t, 2, 7), s.rfind(t, -5), s.count(t, 1, -1)))
    res.append((s.startswith(t), s.endswith(t), s.startswith(t, 2), s.endswith(t, 0, 5)))
    res.append(s.replace(t, "<>") if t else s.replace("", "|", 3))
    res.append((s.strip(t), s.lstrip(t), s.rstrip(t)))
    res.append((s.center(15, "*"), s.ljust(14), s.rjust(13, "é"), s.zfill(14)))
    res.append((s[::2], s[::-3], s[1:-1], s[-4:], s[rnd(5):rnd(20)]))
    res.append((repr(s), ascii(s), len(s), s.splitlines(True), s.expandtabs(3)))
    res.append(s.encode("utf-8", "surrogatepass"))
    res.append((s.encode("ascii", "replace"), s.encode("latin-1", "xmlcharrefreplace"), s.encode("utf-16")))
    res.append(("%s|%r|%a|%-8s|%8.3s" % (s, s, s, t, s)))
    res.append(("{}|{!r}|{:>10}|{:*^9.4}".format(s, s, t, s)))
    res.append(s.translate({ord("a"): "AA", ord("é"): None, 0x65e5: 0x41}))
    res.append(sorted([s, t, s + t, t + s]))
    res.append((s < t, s == t, s + t == t + s, hash(s) == hash(s[:] + "")))
    print(i, ascii(res))
