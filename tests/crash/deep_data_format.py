# Text conversions of data nested 100,000 deep: format(), f-strings, %r/%s,
# ascii(), print(), exceptions holding it, dict views, slices.
import io
N = 100000
L = []
for i in range(N):
    L = [L]
D = {}
for i in range(N):
    D = {1: D}
for name, f in [("format", lambda: "{}".format(L)), ("fstring", lambda: f"{L!r:>10}"), ("%r", lambda: "%r" % (L,)),
                ("%s", lambda: "%s" % (L,)), ("format()", lambda: format(L)), ("ascii", lambda: ascii(L)),
                ("print", lambda: print(L, file=io.StringIO())), ("str(exc)", lambda: str(ValueError(L))),
                ("repr(exc)", lambda: repr(KeyError(L))), ("values", lambda: repr(D.values())),
                ("items", lambda: repr(D.items())), ("slice", lambda: repr(slice(L))),
                ("str.format field", lambda: "{0[0][0]}".format(L)[:10])]:
    try:
        r = f()
        print(name, "ok", len(r) if r else r)
    except RecursionError:
        print(name, "RecursionError")
