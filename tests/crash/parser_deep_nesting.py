# Deeply nested sources must raise (SyntaxError, MemoryError,
# RecursionError), never crash the parser.
srcs = [
    "(" * 201 + ")" * 201,
    "(" * 199 + ")" * 199,
    "[" * 199 + "]" * 199,
    "-" * 100000 + "1",
    "not " * 100000 + "x",
    "lambda: " * 20000 + "x",
    "x" + ".a" * 100000,
    "x" + "[0]" * 50000,
    "x" + "()" * 50000,
    "1" + "+1" * 100000,
    "a if b else " * 20000 + "c",
    "x" + "**x" * 50000,
    "".join("    " * i + "if x:\n" for i in range(120)) + "    " * 120 + "pass\n",
    "f'{" * 50 + "x" + "}'" * 50,
    "match x:\n case " + "[" * 150 + "_" + "]" * 150 + ": pass\n",
    "match x:\n case " + "C(" * 150 + ")" * 150 + ": pass\n",
    "def f(" + ", ".join("a%d" % i for i in range(10000)) + "): pass",
    "x = " + " + ".join(["'s'"] * 20000),
    "x = " + "{" * 100 + "}" * 100,
    "@d\n" * 10000 + "def f(): pass",
    "x = 1\n" * 100000,
]
for s in srcs:
    try:
        compile(s, "<deep>", "exec")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(type(e).__name__)
    else:
        print("ok")
