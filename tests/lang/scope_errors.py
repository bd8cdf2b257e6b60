# Symbol-table and compiler errors (SyntaxError messages).
srcs = [
    "return 1",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "nonlocal x",
    "def f():\n    nonlocal y",
    "yield 1",
    "await x",
    "def f(a, a): pass",
    "def f(a):\n    global a",
    "break",
    "for x in y:\n    def g():\n        continue",
    "class C:\n    return 1",
    "f(x=1, x=2)",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    x: int = 1\n    global x",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "[(yield 1) for x in y]",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiled:", repr(s))
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno)
