# bytes % args: %b %s %a %r %c, numbers, mappings and errors
def t(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class B:
    def __bytes__(self): return b"<B>"
    def __repr__(self): return "B()"
class R:
    def __repr__(self): return "r\u00e9pr"
print(b"%s|%b|%-4b|%.1s" % (memoryview(b"ef"), memoryview(b"gh"), memoryview(b"i"), memoryview(b"jk")))
for v in [b"ab", bytearray(b"cd"), B(), "str", 5, None, R(), [b"x"]]:
    for fmt in [b"%b", b"%s", b"%a", b"%r", b"%5b|", b"%-5s|", b"%.1b", b"%3.1a"]:
        t(fmt, (v,))
t(b"%c", (65,))
t(b"%c", (b"z",))
t(b"%c", (bytearray(b"z"),))
t(b"%c", (256,))
t(b"%c", (-1,))
t(b"%c", ("a",))
t(b"%c", (b"ab",))
t(b"%3c|%-3c|", (b"x", 66))
t(b"%d %i %u %x %X %o %e %f %g %%", (1, 2, 3, 255, 255, 8, 1.5, 2.5, 3.5))
t(b"%05.1f|%+d|% d|%#x|%#o", (3.14159, 5, 6, 255, 8))
t(b"%(a)s %(b)d", {b"a": b"A", b"b": 2})
t(b"%(a)s", {"a": b"A"})
t(b"%(a)s", [1])
t(b"%s %s", (b"x",))
t(b"%s", (b"x", b"y"))
t(b"%z", (1,))
t(b"%", ())
t(b"%lld", (1,))
t(b"% %", ())
t(b"%5%", (1,))
t(b"%*d|%-*d|", (4, 1, 4, 2))
t(b"%.*f", (2, 3.14159))
t(b"%d", (b"1",))
t(b"%x", (1.5,))
t(b"x", b"y")
t(b"x", bytearray(b"y"))
t(b"x", "y")
t(b"x", memoryview(b""))
t(b"x", {})
t(b"x", [])
t(b"x", ())
t(b"x", 5)
t(bytearray(b"%s-%d"), (b"q", 3))
t(b"%s", ((1, 2),))
t(b"%b", (1,))
t(b"%a", ("\U00010428",))
t(b"%r", ("é",))
t(b"%zd", (1,))
t(b"%z", (1,))
t(b"a%zb", (b"q",))
t(b"%5z", (1,))
