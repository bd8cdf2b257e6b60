# Tokenizer errors: literals, strings, indentation, brackets.
cases = [
    "'abc",
    "x = '''abc\n\n",
    "1abc",
    "012",
    "0x",
    "0b2",
    "0o8",
    "1_",
    "1__0",
    "1e",
    "1.2j3",
    "$",
    "a ? b",
    "x = 1 \\ 2",
    "  x = 1",
    "if x:\npass",
    "if x:\n  a\n b",
    "if x:\n\tif y:\n        pass",
    "f'{}'",
    "f'}'",
    "f'{x!z}'",
    "f'{a#}'",
    "b'\u00e9'",
    "'a' b'b'",
    "'\\x4'",
    "'\\N{DASH}'",
    "(" * 201 + ")" * 201,
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
