a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
try:
    raise a
except ValueError as e:
    print("caught", e)
a.__cause__ = a
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError as e:
    print("caught", e, type(e.__context__).__name__)
