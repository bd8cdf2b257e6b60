# global and nonlocal declarations.
g = 0
def set_global():
    global g
    g = 42
set_global()
print(g)

def new_global():
    global created
    created = "yes"
new_global()
print(created)

def del_global():
    global created
    del created
del_global()
try:
    created
except NameError as e:
    print(e)

def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
    mid()
    return a
print(outer())

def unbound_local():
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
    v = 1
unbound_local()
