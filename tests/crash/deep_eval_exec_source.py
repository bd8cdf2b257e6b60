# eval()/exec() of deeply nested source reach the same limits as compile().
for src in ["(" * 250 + ")" * 250, "[" * 100000 + "]" * 100000, "-" * 200000 + "1", "lambda: " * 50000 + "0",
            "{1:" * 300 + "1" + "}" * 300, "not " * 200000 + "1", "a" + ".b" * 200000]:
    for fn in (eval, exec):
        try:
            fn(src, {"a": 1})
            print(fn.__name__, "ok")
        except (SyntaxError, RecursionError, MemoryError, AttributeError, TypeError) as e:
            print(fn.__name__, type(e).__name__)
src = "x = " + "(" * 150 + "1" + ")" * 150
code = compile(src, "<s>", "single")
ns = {}
exec(code, ns)
print(ns["x"])
