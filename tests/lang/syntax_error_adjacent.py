# "Perhaps you forgot a comma?" with adjacent expressions nested in
# brackets, closed and unclosed: the second expression is parsed without
# the error rules, and a call or subscript that does not parse ends it
# (CPython's expression_without_invalid).  The deep cases once took time
# doubling per nesting level.
cases = [
    "x = (a b(c))",
    "x = (a b(c d))",
    "x = (a b(a b(a b())))",
    "x = [\n" + "a(b c(\n" * 3,
    "f(" + "x=a b(" * 3,
    "with (" + "a b (" * 3,
    "x = [" + "a b[" * 3,
    "x = {" + "a: b c {" * 3,
    "x = (" + "a if b c (" * 3,
    "x = [\n" + "foasyncr range(-s.\n" * 4,
    "x = [a b.]",
    "x = [a b.c d]",
    "x = [a b[1 2]]",
    "f(a, b c(1, 2 3))",
    "[a b(c) d]",
]
deep = [
    "x = [\n" + "foasyncr range(-s.\n" * 150,
    "x = (" + "a b(" * 150 + ")" * 150 + ")",
    "f(" + "x=a b(" * 150,
    "with (" + "a b (" * 150,
    "x = [\n" + "a(b c(\n" * 150,
]
for src in cases + deep:
    try:
        compile(src, "<case>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print(repr(src[:30]), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
