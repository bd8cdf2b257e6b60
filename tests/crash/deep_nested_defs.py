# Functions nested thousands deep in source.
for depth in (50, 500, 5000):
    lines = [" " * i + "def f%d():" % i for i in range(depth)]
    lines.append(" " * depth + "return 1\n")
    src = "\n".join(lines)
    try:
        exec(compile(src, "<nested>", "exec"), {})
        print(depth, "ok")
    except (SyntaxError, RecursionError, MemoryError, IndentationError) as e:
        print(depth, type(e).__name__)
