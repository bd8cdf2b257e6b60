class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(repr(R()), str(R()), str(S()), repr(Both()), str(Both()), [Both()], f"{Both()}", f"{Both()!r}")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(format(F(), "x>5"), f"{F():abc}", "{:z}".format(F()))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    format(Plain(), "5")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Plain(), "") == str(Plain()).replace("", "") or True)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(ascii("héllo"), ascii([1, "ñ"]), repr(None), repr(NotImplemented), repr(...))
