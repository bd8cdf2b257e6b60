# Scoping corner cases: class-level names in defaults, comprehension first
# iterable, closures over loop variables in class bodies, del of cells.
class C:
    base = 10
    def m(self, x=base):
        return x
    items = [1, 2]
    scaled = [i * 2 for i in items]
print(C().m(), C.scaled)

def cell_del():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print(e)
cell_del()

def generator_closure():
    fs = [(lambda: n) for n in range(3)]
    return [f() for f in fs]
print(generator_closure())

def shadowing(x):
    def inner(x=x * 2):
        return x
    return inner()
print(shadowing(4))

x = 1
def uses_global_in_nested():
    def inner():
        global x
        x += 1
        return x
    return inner()
print(uses_global_in_nested(), x)

def class_in_function(val):
    class K:
        attr = val
        def get(self):
            return val + self.attr
    return K().get()
print(class_in_function(5))
print(sorted((lambda: [locals() for _ in range(1)])()[0]))
