# del of names, attributes, items, slices.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
c = C()
c.x = 1
del c.x
print(hasattr(c, "x"))
try:
    del c.y
except AttributeError as e:
    print(e)
x, y = 1, 2
del x, y
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(e)
