# The compiler on deeply nested constructs: SyntaxError / RecursionError /
# MemoryError are fine, a crash is not.
srcs = [
    "x = " + "-" * 100000 + "1",
    "x = " + "(" * 5000 + ")" * 5000,
    "x = " + "[" * 5000 + "]" * 5000,
    "def f():\n" + "".join("    " * (i + 1) + "if x:\n" for i in range(90)) + "    " * 91 + "pass\n",
    "x = " + " + ".join(["a"] * 100000),
    "x = " + "lambda: " * 2000 + "1",
    "f(" + ", ".join("a%d=1" % i for i in range(5000)) + ")",
    "x = [" + ", ".join(str(i) for i in range(100000)) + "]",
    "while 1:\n" + "".join("    " * (i + 1) + "try:\n" + "    " * (i + 2) + "pass\n" + "    " * (i + 1) + "finally:\n" for i in range(30)) + "    " * 31 + "break\n",
    "match x:\n" + "".join("    case %d:\n        pass\n" % i for i in range(3000)),
    "x = f'" + "{" * 3 + "1" + "}" * 3 + "'",
]
for s in srcs:
    try:
        compile(s, "<deep>", "exec")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
