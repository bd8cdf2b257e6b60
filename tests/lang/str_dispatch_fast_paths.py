# Operations on exact strs, ints and floats that abstract.c hands straight
# to the type's code: s[k] (str.__getitem__), s % x (str.__mod__) and
# format()/f-strings of ints and floats (their __format__).  Subclasses and
# the reflected operand's priority must behave as through the dunders.

class Idx:
    def __index__(self):
        print("__index__ called")
        return 1
    def __repr__(self):
        return "Idx"

class BadIdx:
    def __index__(self):
        raise ValueError("bad index")

s = "héllo wörld"
for k in [0, 1, -1, -11, 10, True, False, Idx(), slice(1, 4), slice(None, None, -1), slice(2, None, 3),
          slice(Idx(), None), slice(-100, 100)]:
    print(repr(k) if not isinstance(k, Idx) else "Idx", repr(s[k]), repr("ascii text!"[k]))
for k in [11, -12, 2**70, 1.0, "1", None, BadIdx(), slice("a", None), slice(0, 1, 0)]:
    try:
        print(s[k])
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ""[0]
except IndexError as e:
    print("IndexError", e)

class S(str):
    def __getitem__(self, k):
        return "S[%r]" % (k,)
print(S("abc")[1], S("abc")[0:2], str.__getitem__(S("abc"), 1))

# str % x: a str subclass's __rmod__ goes first, other types' __rmod__ never
class R(str):
    def __rmod__(self, other):
        return "R.__rmod__(%r)" % (other,)
class NotStr:
    def __rmod__(self, other):
        return "NotStr.__rmod__"
    def __repr__(self):
        return "<NotStr>"
print("%s!" % R("x"), "%s!" % NotStr(), "%r" % NotStr(), "abc" % R("y"))
class Plain(str):
    pass
print("<%s>" % Plain("p"), type("<%s>" % Plain("p")).__name__, "x%sy" % (Plain("q"),))
try:
    print("abc" % NotStr())
except TypeError as e:
    print("TypeError", e)
print("%d%%" % 5, "%(a)s" % {"a": 1}, "%s" % [1, 2], "%s %s" % ("a", "b"), "no args" % ())
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
x = "%s-%s"
x %= ("a", "b")
print(x)
print(5 % 3, 5.5 % 2, [1] * 2)

# format() and f-strings of ints and floats, subclasses included
class I(int):
    def __format__(self, spec):
        return "I.__format__(%r)" % spec
class F(float):
    def __format__(self, spec):
        return "F.__format__(%r)" % spec
class F2(float):
    def __repr__(self):
        return "F2!"
class SpecS(str):
    pass
for v in [0, -5, 123456789, 2**70, True, 1.5, -0.0, 1e100, float("nan"), I(3), F(2.5), F2(2.5)]:
    print(repr(format(v, "")), repr(format(v, ">8")), f"{v}|{v!r}|{v:^9}", repr(format(v, SpecS(""))))
for spec in ["d", "x", ".2f", "e", "%", ",", "08.3f", "+", "q", ".2s", "=5"]:
    for v in [42, -7.25]:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, "ValueError", e)
for bad in [None, 3, b"x"]:
    try:
        format(1, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        format(1.5, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        (1.5).__format__(bad)
    except TypeError as e:
        print("TypeError", e)
