# Long chains of attribute access, subscripts, calls, slices, ** and unary
# ~ in source: RecursionError / MemoryError from the parser or compiler.
srcs = ["a" + ".b" * 300000, "a" + "[0]" * 200000, "f" + "(1)" * 200000, "x" + "[1:2:3]" * 100000,
        "2" + "**2" * 100000, "~" * 300000 + "1", "a" + "@a" * 100000, "(a)()" + ".x" * 100000,
        "a" + ".b()" * 100000, "a" + "[0].b" * 100000]
for s in srcs:
    for mode in ("eval", "exec"):
        try:
            compile(s, "<chain>", mode)
            print(mode, "ok")
        except (SyntaxError, RecursionError, MemoryError) as e:
            print(mode, type(e).__name__)
