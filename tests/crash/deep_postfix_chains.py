# Long chains of attribute access, subscripts, calls, slices, ** and unary
# ~ in source: RecursionError / MemoryError from the parser or compiler.
srcs = ["a" + ".b" * 60000, "a" + "[0]" * 60000, "f" + "(1)" * 60000, "x" + "[1:2:3]" * 60000,
        "2" + "**2" * 60000, "~" * 60000 + "1", "a" + "@a" * 60000, "(a)()" + ".x" * 60000,
        "a" + ".b()" * 60000, "a" + "[0].b" * 60000]
for s in srcs:
    for mode in ("eval", "exec"):
        try:
            compile(s, "<chain>", mode)
            print(mode, "ok")
        except (SyntaxError, RecursionError, MemoryError) as e:
            print(mode, type(e).__name__)
