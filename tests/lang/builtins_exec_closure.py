# exec/eval of code objects with free variables; exec(..., closure=)
def outer():
    x = 1
    def inner():
        return x
    return inner
code = outer().__code__
for src in ["eval(code)", "exec(code)", "exec(code, {}, {}, closure=None)", "exec(code, {}, closure=())", "exec(code, {}, closure=(1,))", "exec(compile('1','f','exec'), {}, closure=())", "exec(compile('1','f','exec'), {}, closure=None)", "exec(code, {}, closure=outer().__closure__)", "eval(compile('a=1', 'f', 'exec'))", "eval(compile('1+1', 'f', 'eval'), {})", "exec(compile('1+1', 'f', 'eval'))", "exec(compile('print(5)', 'f', 'single'))", "eval(compile('print(6)', 'f', 'single'))", "compile('x: int = 1', 'f', 'exec', 0x1000000) and None"]:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as ex:
        print(src, '->', type(ex).__name__, ex)
def maker():
    secret = 'from the cell'
    def show():
        print('show sees', secret)
    return show
s = maker()
exec(s.__code__, {'print': print}, closure=s.__closure__)
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        print('n is', n)
    return bump
b = counter()
exec(b.__code__, {}, closure=b.__closure__)
exec(b.__code__, {}, closure=b.__closure__)
b()
try:
    exec(b.__code__, {}, closure=(1,))
except TypeError as ex:
    print('TypeError', ex)
try:
    exec(b.__code__, {}, closure=[b.__closure__[0]])
except TypeError as ex:
    print('TypeError', ex)
