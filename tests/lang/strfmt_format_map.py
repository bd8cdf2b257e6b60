# str.format_map with dicts, subclasses with __missing__, and mappings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
class M:
    def __getitem__(self, k):
        if k == "boom": raise RuntimeError("boom")
        return k.upper()
t(lambda: "{a} {b}".format_map({"a": 1, "b": 2}))
t(lambda: "{a} {b}".format_map(Default(a=1)))
t(lambda: "{a[0]} {b.real}".format_map({"a": "xyz", "b": 3}))
t(lambda: "{x} {y}".format_map(M()))
t(lambda: "{boom}".format_map(M()))
t(lambda: "{0}".format_map({"0": "str-zero", 0: "int-zero"}))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map([]))
t(lambda: "{a}".format_map(None))
t(lambda: "{a}".format_map(5))
t(lambda: "{a:{w}}".format_map({"a": 1, "w": 5}))
t(lambda: "{a!r}".format_map(Default()))
t(lambda: "plain".format_map(None))
t(lambda: "{{a}}".format_map(None))
t(lambda: "{a}".format_map())
t(lambda: "{a}".format_map({}, {}))
t(lambda: "{a}".format_map(mapping={}))
