# the right operand of %: tuple/dict subclasses, mappings, str subclasses
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class T(tuple): pass
class D(dict):
    def __missing__(self, k): return "miss-" + k
class S(str): pass
t(lambda: "%s-%s" % T((1, 2)))
t(lambda: "%s" % T((1,)))
t(lambda: "%s" % T())
t(lambda: "%(a)s %(b)s" % D(a=1))
t(lambda: "%s" % D(a=1))
t(lambda: "%(x)s" % S("abc"))
t(lambda: S("%s!") % "x")
t(lambda: type(S("%s!") % "x").__name__)
t(lambda: "%s" % S("x"))
t(lambda: "%(a)s" % {"a": S("y")})
t(lambda: type("%(a)s" % {"a": S("y")}).__name__)
t(lambda: "%s %s" % [1, 2])
t(lambda: "%s" % range(3))
t(lambda: "%d%%" % 50)
t(lambda: "%.1f%%" % 99.5)
t(lambda: "%c%c%c" % (72, "i", 0x10428))
t(lambda: "%-3s|%3s|" % ("€", "€"))
t(lambda: "%(a)s%(a)r" % {"a": "'"})
t(lambda: "%(a)d" % {"a": "x"})
t(lambda: "%()d" % {"": 5})
t(lambda: "%(a)s" % D())
t(lambda: "%s %(a)s" % D())
