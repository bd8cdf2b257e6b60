import sys
def deep(n, mk):
    a = mk()
    for i in range(n): a = mk(a)
    return a
for n in (50, 1100):
    for name, mk in (("list", lambda *x: list(x)), ("tuple", lambda *x: tuple(x)), ("dict", lambda *x: {'k': x[0]} if x else {})):
        a = deep(n, mk); b = deep(n, mk)
        for what, f in (("repr", lambda: len(repr(a))), ("str", lambda: len(str(a))), ("eq", lambda: a == b), ("lt", lambda: a < b if name != 'dict' else None)):
            try: print(n, name, what, f())
            except RecursionError as e: print(n, name, what, "RecursionError", e)
def f(n):
    return f(n + 1) if n < 10**6 else n
try: f(0)
except RecursionError as e: print("RecursionError", e)
