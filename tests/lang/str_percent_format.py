# printf-style % formatting.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %x %X %o" % (42, -7, 3, 255, 255, 8))
print("%.3d|%5.2x|%-5d|%05d|%+d|% d|%#x|%#o|%#X" % (5, 255, 3, -42, 7, 7, 255, 8, 255))
print("%e %g %.3f %G %E" % (12345.678, 0.0001, 3.14159, 1e20, 1.5))
print("%5.1f%%" % 99.44, "%*.*f" % (8, 2, 3.14159), "%-8.3s|" % "abcdef", "%c%c" % (65, "é"))
print("%(a)s %(b)r %(a)s" % {"a": 1, "b": "x"})
print("%s" % [1], "%s" % (1,), "%s" % {}, "abc" % (), "abc" % [], "%d" % 3.7, "%i" % True)
print("%x" % -255, "%#.3x" % 5, "%-#8x|" % 255, "%08.3f" % -3.14159, "%u" % -5)
print("%s and %s" % ("a", "b"), "%%" % (), "%5s|%-5s|" % ("x", "y"))
for fmt, args in (("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%c", "ab"), ("%*d", ("x", 1)),
                  ("%(a)s", 5), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("%d", None)):
    try:
        print(fmt % args)
    except TypeError as e:
        print(type(e).__name__, e)
for fmt, args in (("%(a", {"a": 1}), ("%", ()), ("%z", 1)):
    try:
        print(fmt % args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "%c" % -1
except OverflowError as e:
    print(type(e).__name__, e)
