# Long operator chains and deeply nested unary operators in source.
for src in ["1" + "+1" * 100000, "-" * 100000 + "1", "not " * 100000 + "1",
            "x" + ".y" * 100000, "f" + "()" * 100000, "a if b else " * 10000 + "c",
            "lambda: " * 10000 + "0"]:
    try:
        compile(src, "<deep>", "eval")
        print("compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
