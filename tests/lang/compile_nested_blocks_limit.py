# CPython allows 20 statically nested blocks (loops, with, try): the 21st
# is a SyntaxError located at the statement that opens it.
def ind(n):
    return "    " * n
for kw in ("while x:", "for x in y:", "with x:", "async with x:", "async for x in y:"):
    src = "async def f():\n" + "".join(ind(i + 1) + kw + "\n" for i in range(21)) + ind(22) + "pass\n"
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(kw, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    ok = "async def f():\n" + "".join(ind(i + 1) + kw + "\n" for i in range(20)) + ind(21) + "pass\n"
    compile(ok, "f", "exec")
src = "with " + ", ".join("a" for _ in range(21)) + ": pass\n"
try:
    compile(src, "f", "exec")
except SyntaxError as e:
    print("with items", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
compile("with " + ", ".join("a" for _ in range(20)) + ": pass\n", "f", "exec")
for handler in ("except E:", "finally:"):
    src = ("".join(ind(i) + "try:\n" for i in range(21)) + ind(21) + "pass\n"
           + "".join(ind(i) + handler + "\n" + ind(i + 1) + "pass\n" for i in reversed(range(21))))
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(handler, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# Plain if statements are not blocks: 99 levels are fine, 100 is the
# tokenizer's indentation limit.
for depth in (99, 100):
    src = "".join(ind(i) + "if x:\n" for i in range(depth)) + ind(depth) + "pass\n"
    try:
        compile(src, "f", "exec")
        print(depth, "ok")
    except (SyntaxError, IndentationError) as e:
        print(depth, type(e).__name__, e.msg)
