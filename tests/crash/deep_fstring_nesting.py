# f-strings nested and filled with deep expressions: SyntaxError /
# RecursionError / MemoryError, never a crash.
srcs = ["f'{x:{y:{z}}}'", "f'{x:{y}}'", "f'{f\"{1}\"}'", "f'{" + "(" * 198 + "1" + ")" * 198 + "}'",
        "f'{" + "(" * 300 + "1" + ")" * 300 + "}'", "f'{" + "-" * 100000 + "1}'", "f'{x" + ".a" * 100000 + "}'",
        "f'{(" + "lambda: " * 10000 + "1)}'", "f'{" * 3 + "1" + "}'" * 3, "f'" + "{x}" * 2000 + "'",
        "f'{x!r:{" + "[" * 150 + "]" * 150 + "}}'"]
for s in srcs:
    try:
        compile(s, "<f>", "eval")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, str(e)[:50])
