# dir(), vars(), globals(), locals() at module level
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

print(dir())
x = 1
print(dir())
print(sorted(globals()))
print(globals() is locals())
print(vars() is globals())
print(__name__, __doc__, __package__, __spec__)
print(type(__builtins__).__name__)
print('__annotations__' in dir())
y: int = 5
print('__annotations__' in dir(), __annotations__)
def f():
    print(globals() is vars(__import__('__main__')) if False else 'g' in globals())
g = 1
f()
