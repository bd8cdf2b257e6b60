# '*' width and precision in % formatting, including negative and empty precision
def t(fmt, v):
    try:
        print(repr(fmt), v, repr(fmt % v))
    except Exception as e:
        print(repr(fmt), v, type(e).__name__, e)
for fmt in ["%*.a|", "%*.s|", "%*.r|", "%*.d|", "%*.f|", "%*.x|", "%*.c|", "%*.e|"]:
    for w in [-3, -1, 0, 1, 4]:
        arg = "ab" if fmt[-2] in "sra" else ("q" if fmt[-2] == "c" else 5)
        t(fmt, (w, arg))
for fmt in ["%-*s|", "%-*d|", "%0*d|", "%+*d|", "%*.*s|", "%*.*f|", "%-*.*e|"]:
    t(fmt, (6, 2, 3.14159) if fmt.count("*") == 2 else (6, 7))
    t(fmt, (-6, 3, 2.5) if fmt.count("*") == 2 else (-6, 7))
t("%.*s|", (-1, "abc"))
t("%.*d|", (-2, 5))
t("%.a|", (5,))
t("%5.s|", ("abc",))
t("%-1.a|", (5,))
t(b"%*.a|", (-1, 5))
t(b"%*.b|", (3, b"xy"))
t("%*d", (2**31, 1) if False else (3, 1))
t("%.*d", (2**31, 1))
t("%5.*%", (4294967296,))
t("% *.10%% 00.0e", (True, 1))
t("%0.0% %d", (1,))
t("%*s", ("3", "x"))
t("%*s", (3.0, "x"))
t("%.*s", (None, "x"))
t("%(a)*s", {"a": 3})
