# printf-style % with ints and single arguments: the paths that format a
# small int's digits in place and take a lone non-tuple argument without
# packing it (strformat.c), and the builder's inline buffer (str.c) on
# both sides of its 64-byte limit.

def show(fmt, args):
    try:
        r = fmt % args
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class I(int):
    def __repr__(self):
        return "I!"

class S(str):
    pass

class Idx:
    def __index__(self):
        return 42

class IntOnly:
    def __int__(self):
        return 7

vals = [0, 1, -1, 7, 42, -42, 99999, 100000, -100000, 2**31, -2**31, 2**62 - 1, -2**62,
        2**63, -2**63, 2**64 + 5, -(10**30), True, False, I(5), I(-17), 3.99, -3.99]
fmts = ["%d", "%i", "%u", "%05d", "%-6d|", "%+d", "% d", "%+05d", "%.3d", "%8.4d", "%-08d|",
        "%x", "%X", "%#x", "%#X", "%o", "%#o", "%#08x", "%-#8X|", "w%d", "item%05d", "%d%%",
        "%3d:%-3d", "%*d", "%-*d|", "%.*d"]
for f in fmts:
    for v in vals:
        if "*" in f:
            show(f, (7, v))
            show(f, (-7, v))
        elif f.count("%d") + f.count("%-3d") > 1 or "%3d" in f:
            show(f, (v, v))
        else:
            show(f, v)
            show(f, (v,))

# __index__ / __int__ objects and errors
for f in ["%d", "%x", "%o", "%X", "%c"]:
    for v in [Idx(), IntOnly(), "s", None, [1], 2.5]:
        show(f, v)

# argument count errors with and without a tuple
show("%d %d", 5)
show("%d", (1, 2))
show("%d", ())
show("no conversions", 5)
show("no conversions", ())
show("no conversions", (5,))
show("", 5)
show("%s", (1, 2))
show("%s", ((1, 2),))
show("%s %s", (1, 2))
show("%%", 5)
show("%%", ())
show("%(a)d-%(b)05x", {"a": 3, "b": 255})
show("%(a)s", {"a": [1]})
show("%s", {"a": 1})
show("%d", {"a": 1})
show("%c%c", (65, "é"))
show("%c", 0x110000)
show("%5c|%-5c|", ("x", 0x263A))

# a str subclass template and argument
show(S("%d"), 5)
show(S("plain"), ())
show("%s", S("sub"))
show("%s", S(""))
show("%r", S("x"))

# results around the builder's inline buffer (64 bytes)
for n in [0, 1, 60, 61, 62, 63, 64, 65, 66, 100, 200]:
    r = "%s|%d" % ("a" * n, n)
    print(len(r), r[-6:])
    r = "%s|%d" % ("é" * n, n)
    print(len(r), len(r.encode()), r[-6:])
    r = "%*d" % (n, -5)
    print(len(r), repr(r[-4:]))
print(("%s" % ("x" * 70 + "€" + "y" * 70)).count("y"))
print(repr("%5s|%-5s|%.2s" % ("ab", "é", "xyz")))
print(repr("%-70d|" % 3))
print(repr("%070d" % -3))
print(repr("%.70d" % 3))

# the simple templates (%s, %d, %0Nd, %Nd, %Ns, %%) written in one pass,
# and their neighbours that take the general path
simple = ["w%d", "%s", "%d", "%s%s", "a%sb%dc", "%%%d%%", "%05d", "%5d", "%03d|%-3d", "%2s|", "%10s|",
          "%99d", "%100d", "%05s", "%0%", "%5%", "%.2d", "%+d", "% d", "%s %s", "%d: %d %08x %s", "€%s€", "%s€",
          "%1d", "%00d", "%010d"]
argsets = [5, -5, 0, 123456, -99, "x", "é€", "", "long string " * 6, (1, 2), (1, "b"), ("a", -7), (3,), ("€",),
           2**70, True, 2.5, None, [1], (), {"a": 1}, (1, 2, 3, "x")]
for f in simple:
    for a in argsets:
        show(f, a)
s1 = "same"
print(("%s" % s1) is s1, ("%s" % (s1,)) is s1, ("%d" % 7) == "7", "%s" % "")
