# Closures: cells, nonlocal, late binding, closures over arguments.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
c(); c(5)
print(c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner
    return middle()()
print(outer(21))

def arg_cell(a, b):
    def get():
        return a + b
    a = 100
    return get()
print(arg_cell(1, 2))

x = "global"
def reads_global():
    return x
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(reads_global(), shadow())

def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound_free()
print(c.__closure__[0].cell_contents)
