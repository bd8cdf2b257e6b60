# Beginners' mistakes and the exact CPython 3.11 hints.
cases = [
    "if x = 1:\n    pass",
    "while x = 1: pass",
    "def f(x):\nreturn x",
    "if x:\n    pass\nelse if y:\n    pass",
    "for i in range(10)\n    print(i)",
    'print("hello"',
    "x = [1, 2, 3\nprint(x)",
    "def f()\n    pass",
    "class A:\n    def f(self)\n        pass",
    "x = 5\nif x > 3:\nprint(x)",
    "print('hello)",
    "elif x:\n    pass",
    "x ++",
    "lambda x: pass",
    "with open('f') as f\n    pass",
    "try:\n    x = 1\nexcept ValueError\n    pass",
    "if True:\n    x = 1\n     y = 2",
    "print 'hello'",
    "def f[T](x): pass",
    "x = 1e+",
    "foo(**kwargs, x)",
    "x = [1,, 2]",
    "x = 1\ndel x,",
    "match x:\n    case 1:\n        pass\n    case:\n        pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", repr(e.text))
