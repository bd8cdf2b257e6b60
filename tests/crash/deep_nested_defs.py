# Functions nested thousands deep in source.
for depth in (50, 500, 5000):
    src = ""
    for i in range(depth):
        src += " " * i + "def f%d():\n" % i
    src += " " * depth + "return 1\n"
    try:
        exec(compile(src, "<nested>", "exec"), {})
        print(depth, "ok")
    except (SyntaxError, RecursionError, MemoryError, IndentationError) as e:
        print(depth, type(e).__name__)
