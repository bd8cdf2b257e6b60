class A:
    pass
a = A()
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).bit_length = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(a, "nope", "default"))
print(hasattr(a, "nope"), hasattr(a, "__class__"))
