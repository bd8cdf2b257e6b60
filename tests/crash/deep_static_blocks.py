# Nested loops / with / try beyond CPython's 20 static blocks, and mixed
# deep nesting of if/try/with: SyntaxError at the right place, no crash.
def ind(n):
    return "    " * n
for kw in ("while x:", "for x in y:", "with x:", "async with x:"):
    for depth in (20, 21, 200):
        src = "async def f():\n" + "".join(ind(i + 1) + kw + "\n" for i in range(depth)) + ind(depth + 1) + "pass\n"
        try:
            compile(src, "f", "exec")
            print(kw, depth, "ok")
        except SyntaxError as e:
            print(kw, depth, e.msg, e.lineno)
src = ""
for i in range(95):
    src += ind(i) + ("if x:" if i % 3 else "try:" if i % 2 else "with y:") + "\n"
src += ind(95) + "pass\n"
try:
    compile(src, "m", "exec")
    print("mixed ok")
except SyntaxError as e:
    print("mixed", e.msg)
