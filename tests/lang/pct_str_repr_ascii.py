# %s %r %a conversions, precision truncation, width, mappings
class R:
    def __repr__(self): return "R\u00e9pr"
    def __str__(self): return "Str\U00010428"
def t(fmt, v):
    try:
        print(repr(fmt), repr(fmt % v))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for v in ["abc", "é𐐨x", "", 12, 1.5, None, R(), [1, "a"], b"by", (1,), {"k": "é"}]:
    for fmt in ["%s", "%r", "%a", "%5s", "%-5s|", "%.2s", "%5.1r", "%-7.3a|", "%.0s", "%08s", "%+s", "% s", "%#s"]:
        t(fmt, (v,))
t("%s", ())
t("%s", ((),))
t("%s %s", ("a",))
t("%s", ("a", "b"))
t("%s", [1, 2])
t("%s", {"a": 1})
t("%(a)s", {"a": 1})
t("%(a)s %(b)r %(a)a", {"a": "é", "b": "x"})
t("%(a)s", {"b": 1})
t("%(a)s", ("a",))
t("%(a)s %s", {"a": 1})
t("%s %(a)s", {"a": 1})
t("%(a)s", [1])
t("%(a)d %(a)x %(a)05.1f", {"a": 31})
t("%(a)*d", {"a": 1})
t("%(a)s", {})
t("%(a(b))s", {"a(b)": "nested"})
t("%(a", {"a": 1})
t("%()s", {"": "empty"})
t("%(é)s", {"é": "accent"})
t("%(1)s", {1: "int", "1": "str"})
class M:
    def __getitem__(self, k): return "M[" + k + "]"
t("%(x)s-%(y)s", M())
t("no fields", {"a": 1})
t("no fields", [])
t("no fields", ())
t("no fields", "x")
t("no fields", b"x")
t("no fields", 5)
t("no fields", M())
t("%%", ())
t("%%", 5)
t("100%%", {})
t("%s%%%s", (1, 2))
