# 100,000 elif branches, deep nested ternaries and boolean chains: each
# compiles or ends in RecursionError / MemoryError, never a crash.
srcs = ["if x:\n pass\n" + "elif x:\n pass\n" * 100000 + "else:\n pass\n",
        "if x:\n pass\n" + "elif x:\n pass\n" * 500,
        "y = " + "1 if x else " * 100000 + "0\n",
        "y = a" + " and a or a" * 100000 + "\n",
        "y = a" + " < b > c == d != e <= f >= g is h is not i in j not in k" * 10000 + "\n"]
for s in srcs:
    try:
        compile(s, "<elif>", "exec")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
ns = {"x": 0}
exec("if x == 1:\n r = 1\n" + "".join("elif x == %d:\n r = %d\n" % (i, i) for i in range(2, 300)) + "else:\n r = -1\n", ns)
print(ns["r"])
