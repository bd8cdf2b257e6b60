# results of str methods called on a str subclass are exact strs
class S(str):
    def __repr__(self): return "S(" + str.__repr__(self) + ")"
s = S("Hello World éß 𐐨")
calls = [("upper", ()), ("lower", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("casefold", ()),
         ("strip", ()), ("lstrip", ("H",)), ("rstrip", ("x",)), ("center", (30,)), ("center", (3,)), ("ljust", (5,)),
         ("rjust", (25, "*")), ("zfill", (2,)), ("zfill", (25,)), ("expandtabs", ()), ("replace", ("o", "0")), ("replace", ("q", "0")),
         ("translate", ({},)), ("translate", ({ord("o"): "0"},)), ("format", ()), ("__format__", ("",)), ("__format__", ("^30",)),
         ("__add__", ("",)), ("__mul__", (1,)), ("__rmul__", (1,)), ("__getitem__", (slice(None),)),
         ("__getitem__", (0,)), ("__str__", ()), ("join", ([],)), ("join", (["a"],)), ("removeprefix", ("",)), ("removesuffix", ("𐐨",))]
for name, args in calls:
    r = getattr(s, name)(*args)
    print(name, args, type(r).__name__, repr(r))
for name in ["split", "rsplit", "splitlines", "partition", "rpartition"]:
    r = getattr(s, name)()  if name.startswith(("split", "rsplit")) else getattr(s, name)(" ")
    print(name, [type(x).__name__ for x in r], r)
print(type(str(s)).__name__, type(s + s).__name__, type(s * 2).__name__, type(s[:]).__name__, type(s[1:3]).__name__, type("%s" % s).__name__, type(f"{s}").__name__)
print(s == "Hello World éß 𐐨", hash(s) == hash(str(s)), len(s), s[0], s[-1], list(s)[:3], s.isupper(), s.istitle())
class T(str):
    def __new__(cls, v): return super().__new__(cls, v * 2)
t = T("ab")
print(t, type(t).__name__, len(t), t.upper(), T.__mro__[1].__name__)
