# SyntaxError messages and locations for common mistakes (CPython 3.11).
cases = [
    "f() = 1",
    "1 = x",
    "a+b = 3",
    "x = yield = 3",
    "(a, b) += 1",
    "del 1",
    "del f()",
    "def f(a=1, b): pass",
    "def f(*): pass",
    "for x in 1: pass\nelse",
    "if x\n  pass",
    "class A\n  pass",
    "print 'x'",
    "a b",
    "f(a b)",
    "[1, 2 3]",
    "d = {'a': 1 'b': 2}",
    "f(a for a in b, c)",
    "f(**a, *b)",
    "f(a=1, b)",
    "x = (",
    "x = [1,\n2",
    "x)",
    "(]",
    "(\n]",
    "try:\n    pass\nx = 1",
    "True = 1",
    "f(True=1)",
    "x = 1 if 2",
    "lambda: (yield) = 1",
    "from x import",
    "from a import b,",
    "import a.b as",
    "def f(a, /, /): pass",
    "{1: 2, 3}",
    "x = a < b = 1",
    "try:\n    pass\nexcept A, B:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
