# match statements with deep or wide patterns.  (SafePy limits a pattern to
# 64 values on the stack: "too many sub-patterns", where CPython has none.)
srcs = ["match x:\n case " + " | ".join(str(i) for i in range(20000)) + ": pass\n",
        "match x:\n case " + "(" * 150 + "1" + " | 2)" * 150 + ": pass\n",
        "match x:\n case " + "{'k': " * 150 + "_" + "}" * 150 + ": pass\n",
        "match x:\n case " + "[" * 1000 + "_" + "]" * 1000 + ": pass\n",
        "match x:\n case [1, *r]: pass\n"]
for s in srcs:
    try:
        compile(s, "<match>", "exec")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
x = 1
for i in range(5):
    x = [x]
match x:
    case [[[[[1]]]]]:
        print("matched")
