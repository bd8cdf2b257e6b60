# Scopes nested deep for the symbol table: comprehensions in comprehensions,
# classes and functions alternating, lambdas in defaults.
def ind(n):
    return " " * n
srcs = ["[" * 190 + "x" + " for x in y]" * 190,
        "".join("[x%d for x%d in " % (i, i) for i in range(1000)) + "y" + "]" * 1000,
        "".join(ind(i) + ("class C:\n" if i % 2 else "def f():\n") for i in range(99)) + ind(99) + "x = nonlocal_x\n",
        "".join(ind(i) + "def f%d(a=lambda: x%d):\n" % (i, i) for i in range(99)) + ind(99) + "return a\n",
        "def f():\n return " + "lambda: " * 3000 + "0\n",
        "def f():\n x = 1\n" + "".join(ind(i + 1) + "def g():\n" for i in range(98)) + ind(99) + "nonlocal x\n"]
for s in srcs:
    try:
        compile(s, "<scopes>", "exec")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, str(e)[:40])
