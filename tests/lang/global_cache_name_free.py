# LOAD_GLOBAL's cache entry keeps the name: the hit must still notice every
# change of the module dict (rebinding, deletion, reordering, shadowing a
# builtin, a dict key that is an equal str of another type).
import builtins

X = 1
def get_x():
    return X
def get_len():
    return len

print([get_x() for _ in range(3)])
X = 2
print(get_x())
del X
try:
    get_x()
except NameError as e:
    print("NameError:", e)
builtins.X = "from builtins"
print(get_x())
X = "global again"
print(get_x())
del builtins.X

# reordering the module dict: X moves to another entry
g = globals()
saved = dict(g)
for k in list(g):
    if k not in ("g", "saved", "__builtins__", "get_x", "get_len", "print", "builtins"):
        del g[k]
g.update({k: v for k, v in saved.items() if k not in g})
print(get_x())

# shadow a builtin, then remove the shadow
print(get_len() is builtins.len)
len = lambda x: "shadow"
print(get_len()(1))
del len
print(get_len() is builtins.len)

# a str subclass key equal to the name
class K(str):
    pass
del g["X"]
g[K("X")] = "subclass key"
print(get_x())

# exec'd code with its own globals dict shares the function's cache site
src = "def h():\n    return Y\n"
d1 = {"Y": 1}
exec(src, d1)
d2 = {"Y": 2}
exec(src, d2)
print(d1["h"](), d2["h"](), d1["h"](), d2["h"]())
d1["Y"] = 10
print(d1["h"](), d2["h"]())
