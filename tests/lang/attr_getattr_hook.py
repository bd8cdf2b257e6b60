class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

l = Lazy()
print(l.real, l.xyz)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(l, "xa"), hasattr(l, "b"))
print(getattr(l, "b", 42))

class Trace:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
t = Trace()
t.v = 5
print(t.v, t.secret, t.nothing)

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Prop().broken)
