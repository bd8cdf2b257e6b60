# Every str method called with a bad keyword, too many and too few arguments.
names = sorted(n for n in dir(str) if not n.startswith("_") or n in ("__format__", "__getnewargs__"))
for n in names:
    m = getattr("abc", n)
    # (the find family's keyword error names "str.find()" or "find()"
    # depending on CPython's call path: tested directly below)
    cases = [((1, 2, 3, 4, 5), {}), ((), {})]
    if n not in ("count", "endswith", "find", "index", "rfind", "rindex", "startswith"):
        cases.insert(0, ((), {"bogus": 1}))
    for args, kw in cases:
        try:
            r = m(*args, **kw)
            print(n, len(args), "->", repr(r)[:40])
        except Exception as e:
            print(n, len(args), type(e).__name__, e)
for f in [lambda: "a".find(sub="a"), lambda: "a".rfind("a", start=0), lambda: "a".index("a", end=1),
          lambda: "a".rindex(x=1), lambda: "a".count("a", bogus=1), lambda: "a".startswith(prefix="a"),
          lambda: "a".endswith("a", end=0)]:
    try:
        f()
    except TypeError as e:
        print(e)
