# _string.formatter_parser / formatter_field_name_split (behind string.Formatter)
import _string
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def fs(name):
    first, rest = _string.formatter_field_name_split(name)
    return first, list(rest)
for n in ["", "0", "a", "a.b", "a[0]", "a[x].y[1]", "0.real", "12[3][4]", "a.", "a[", "a[]", "a]", "a..b", "a[0]b", "[0]", ".x", "a[0].", "999999999999999999999", "a[999999999999999999999]", "é.ü[ß]"]:
    t(lambda: fs(n))
t(lambda: _string.formatter_field_name_split(1))
t(lambda: _string.formatter_parser(1))
t(lambda: list(_string.formatter_parser("")))
t(lambda: list(_string.formatter_parser("abc")))
t(lambda: list(_string.formatter_parser("{}")))
t(lambda: list(_string.formatter_parser("a{0}b{1:x}c{2!r}d{3!s:>{4}}e")))
t(lambda: list(_string.formatter_parser("{{}}")))
t(lambda: list(_string.formatter_parser("}}{{")))
t(lambda: list(_string.formatter_parser("a}")))
t(lambda: list(_string.formatter_parser("a{")))
t(lambda: list(_string.formatter_parser("{:{:{}}}")))
t(lambda: list(_string.formatter_parser("{[}]}")))
