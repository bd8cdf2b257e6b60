# exec, eval, compile, globals(), locals().
print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("a = 5\ndef f():\n    return a * 2", ns)
print(ns["a"], ns["f"]())
code = compile("y = 7", "<str>", "exec")
g = {}
exec(code, g)
print(g["y"], type(code).__name__, code.co_filename)
print(eval(compile("3 ** 2", "<e>", "eval")))
def fn():
    local_var = 1
    return sorted(locals().items())
print(fn())
print("fn" in globals(), globals()["__name__"])
loc = {}
exec("z = 1", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
x = 10
def uses_eval():
    return eval("x + 1")
print(uses_eval())
print(eval("  42"))
class K:
    exec("q = 3")
print(K.q)
