# base.__new__(cls) checks that cls is a subtype of base (no type confusion)
for f in [lambda: tuple.__new__(int, [1]), lambda: list.__new__(int), lambda: range.__new__(int, 5), lambda: slice.__new__(int, 1),
          lambda: enumerate.__new__(int, []), lambda: zip.__new__(int), lambda: map.__new__(int, abs, []), lambda: filter.__new__(int, None, []),
          lambda: reversed.__new__(int, []), lambda: tuple.__new__(5), lambda: tuple.__new__(), lambda: list.__new__(dict), lambda: tuple.__new__(list),
          lambda: range.__new__(range, 3), lambda: slice.__new__(slice, 3), lambda: tuple.__new__(object)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class L(list): pass
class T(tuple): pass
for f in [lambda: list.__new__(L), lambda: tuple.__new__(T, 'ab'), lambda: L.__new__(list), lambda: T.__new__(tuple, [1]),
          lambda: list.__new__(T), lambda: tuple.__new__(L), lambda: list(enumerate.__new__(enumerate, 'a')), lambda: list(zip.__new__(zip, 'a')),
          lambda: type(map.__new__(map, abs, [1])).__name__, lambda: reversed.__new__(reversed, [1]) is not None, lambda: range.__new__(bool, 1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
