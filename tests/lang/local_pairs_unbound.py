# Pairs of local loads/stores (the assembler pairs them): an unbound
# local in the second place raises there, with its own name and line.
def second_unbound(flag):
    if flag:
        b = 2
    a = 1
    return a + b

def store_then_unbound(flag):
    if flag:
        y = 5
    x = 3
    return x * y

def const_after(v):
    return v + 10, v * 2.5, v - 1

def global_call(n):
    return len(range(n)), abs(-n), sorted([n, 1])

def jump_into_second(c, a, b):
    x = a if c else b
    y = b
    return x, y

for f, args in ((second_unbound, (True,)), (second_unbound, (False,)),
                (store_then_unbound, (True,)), (store_then_unbound, (False,))):
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, 'UnboundLocalError:', e, e.__traceback__.tb_next.tb_lineno)
print(const_after(4), global_call(3), jump_into_second(0, 'a', 'b'), jump_into_second(1, 'a', 'b'))

def floats(x, y):
    # float temporaries across pairs of loads
    return x * x - y * y + x, (x * y) * (y + x) - x / y
print(floats(1.5, 0.25), floats(3.0, -2.0))
