# Attribute and name lookups find their entries whatever key object the
# dict holds: the interned name, an equal str made at run time, a str
# subclass, or a key of another type with the same hash.

class S(str):
    pass

class Eq:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return other == self.name

class O:
    pass

o = O()
runtime = "".join(["at", "tr"])
o.__dict__[runtime] = "runtime str"
print(o.attr, getattr(o, "attr"), hasattr(o, "attrx"))
o.__dict__.clear()
o.__dict__[S("attr")] = "str subclass"
print(o.attr)
o.__dict__.clear()
o.__dict__[Eq("attr")] = "same hash, other type"
print(o.attr)
o.__dict__.clear()
for k in range(40):
    o.__dict__["k%d" % k] = k
o.__dict__["".join(["wi", "de"])] = "wide table"
print(o.wide, o.k0, o.k39, hasattr(o, "missing"))

class C:
    pass
setattr(C, "".join(["me", "th"]), lambda self: "method via runtime name")
print(C().meth())
g = {"__builtins__": __builtins__, "".join(["x", "y"]): 5}
exec("print(xy * 2)", g)
ns = {}
ns[S("v")] = 7
exec("print(v)", {"__builtins__": __builtins__}, ns)
m = {Eq("name"): "eq key"}
print(m["name"], "name" in m, m.get("other"))
