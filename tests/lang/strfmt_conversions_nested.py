# str.format conversions (!r !s !a) combined with nested and computed specs
class Obj:
    def __repr__(self): return "Obj<é>"
    def __str__(self): return "obj-str"
    def __format__(self, spec): return "fmt(" + spec + ")"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
o = Obj()
t(lambda: "{0} {0!s} {0!r} {0!a}".format(o))
t(lambda: "{0:xyz} {0!s:>10} {0!r:*^12} {0!a:.4}".format(o))
t(lambda: "{0!r:{1}{2}}".format("é", "<", 8))
t(lambda: "{!a}".format("𐐨\n'"))
t(lambda: "{!r}".format("'\""))
t(lambda: "{!s:}".format(12))
t(lambda: "{!r:}".format(12))
t(lambda: "{0!s:{0}}".format(5))
t(lambda: "{0:{1}}".format(3.14159, ".2f"))
t(lambda: "{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=9))
t(lambda: "{:{}}{:{}}".format("a", 3, "b", 4))
t(lambda: "{0:{1}}".format(o, "{}"))
t(lambda: "{0:}}".format(1))
t(lambda: "{0:{{}}".format(1))
t(lambda: "{0:{1!r}}".format(o, "q"))
t(lambda: "{0:{1:>3}}".format(o, "z"))
t(lambda: "{0:{1.real}}".format(o, 7))
t(lambda: "{0:{1[0]}}".format(o, ["w"]))
t(lambda: "{0!r:{1}}".format(o, ">12"))
t(lambda: "{0!S}".format(o))
t(lambda: "{0!R}".format(o))
t(lambda: "{0!é}".format(o))
t(lambda: "{0!\U00010428}".format(o))
t(lambda: "{0!:}".format(o))
t(lambda: "{0!r!s}".format(o))
t(lambda: "{0!r:}".format(o))
t(lambda: "{!r}{}".format(1, 2))
t(lambda: "{a!r:>{w}}".format(a="x", w=5))
t(lambda: "{:*^{}.{}}".format("abcdef", 9, 3))
t(lambda: ("{:%d}" % 5).format("x"))
class BadFmt:
    def __format__(self, spec): return 5
t(lambda: "{}".format(BadFmt()))
class BadRepr:
    def __repr__(self): return 5
t(lambda: "{!r}".format(BadRepr()))
class Boom:
    def __format__(self, spec): raise ValueError("boom " + spec)
t(lambda: "{:abc}".format(Boom()))
t(lambda: "{:{}}".format(1, Boom()))
