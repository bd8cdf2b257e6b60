# argument errors of int's slot wrappers and methods (CPython's wording)
calls = [
    lambda: (5).__format__(), lambda: (5).__format__(1, 2), lambda: (5).__format__(spec=""), lambda: (5).__format__(1),
    lambda: (5).__sizeof__(1), lambda: (5).__getnewargs__(1), lambda: (5).__getnewargs__(),
    lambda: (5).__eq__(1, 2), lambda: (5).__eq__(), lambda: (5).__lt__(x=1),
    lambda: (5).__pow__(), lambda: (5).__pow__(1, 2, 3), lambda: (5).__pow__(1, mod=2), lambda: (5).__rpow__(),
    lambda: (5).__pow__(2, None), lambda: (5).__rpow__(2, None), lambda: (5).__rpow__(2, 3),
    lambda: (5).__hash__(1), lambda: (5).__repr__(x=1), lambda: (5).__neg__(1), lambda: (5).__abs__(x=1),
    lambda: (5).__add__(), lambda: (5).__add__(1, 2), lambda: (5).__add__(x=1), lambda: (5).__radd__(1.5),
    lambda: (5).__bool__(1), lambda: (5).__float__(1), lambda: (5).__invert__(1), lambda: (5).__pos__(1),
    lambda: (5).__index__(1), lambda: (5).__int__(1), lambda: (5).__trunc__(1), lambda: (5).__floor__(x=1),
    lambda: (5).__ceil__(1), lambda: (5).conjugate(1), lambda: (5).bit_length(1), lambda: (5).bit_count(y=2),
    lambda: (5).as_integer_ratio(1), lambda: (5).__round__(1, 2), lambda: (5).__round__(x=1),
    lambda: int.__new__(int, 1, 2, 3), lambda: int(1, 2, 3), lambda: int("1", 2, base=3), lambda: int(x="5"),
    lambda: int(y=1), lambda: int.__new__(), lambda: int.__new__(5), lambda: int.__new__(str, 5),
    lambda: int.__new__(bool, 5), lambda: (5).__divmod__(), lambda: (5).__truediv__(0), lambda: (5).__rtruediv__(0),
    lambda: (5).__rfloordiv__(0), lambda: (5).__rmod__(0), lambda: (0).__rdivmod__(5), lambda: (5).__rlshift__(-1),
    lambda: (5).__lshift__(1.0), lambda: True.__and__(), lambda: True.__or__(1, 2), lambda: True.__xor__(x=1),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
