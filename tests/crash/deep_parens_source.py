# Deeply nested brackets in source must give SyntaxError/RecursionError/MemoryError, never a crash.
for opener, closer in ["()", "[]", "{}"]:
    for depth in (100, 1000, 100000):
        src = opener * depth + closer * depth
        try:
            eval(src)
            print(depth, "ok")
        except (SyntaxError, RecursionError, MemoryError, TypeError) as e:
            print(depth, type(e).__name__)
