# bytes % formatting.
print(b"%s %d" % (b"x", 3), b"%5s|%-5s|" % (b"ab", b"c"), b"%x %o %X" % (255, 8, 255))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % "é", b"%%", b"%(k)s" % {b"k": b"v"})
print(b"%.2f" % 3.14159, b"%05d" % -42, bytearray(b"%s!") % b"hi")
for bad in ((b"%s", "x"), (b"%d", b"x"), (b"%c", 256), (b"%s %s", (b"a",))):
    try:
        print(bad[0] % bad[1])
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
