tests = ['(1).__add__(1,2)', '(1).__add__()', '(1).__neg__(1)', '(1).__pow__(1,2,3)', '(1).__pow__()', '(1).__add__(x=1)', '[].__len__(1)', '[].__setitem__(1)', '[].__contains__()', '(1).__repr__(1)', '(1).__hash__(2)', '[].__iter__(1)', 'iter([]).__next__(1)', '(1).__bool__(1)', '(1).__lt__()', '(1).__eq__(1,2)', 'int.__add__(1)', 'int.__add__()', '[].__delitem__()', 'object().__setattr__(1)', 'object().__getattribute__()', '(1).__index__(2)', '[].__iadd__()', '(1).__divmod__()', '(1).__rpow__(1,2,3)', 'slice(4).__lt__()', '(1j).__add__(1, 2)', 'range(3).__len__(1)', 'property().__get__()', 'property().__set__(1)', '(1).__neg__(x=1)', 'int.__neg__(1, 2)', 'int.__add__(x=1)', '(1).__pow__(2, 3)', '(1).__add__(2)', 'int.__add__(1, 2)', '[1].__contains__(1)', 'dict.__setitem__({}, 1, 2)', '{}.__len__()', '(2.5).__pow__(2)', '(lambda: 0).__get__(1)', 'str.__str__("x")']
for t in tests:
    try: r = eval(t); print(t, "->", r if not callable(r) else "callable")
    except Exception as e: print(t, "->", type(e).__name__, repr(str(e)))
for t in ["(1,).__mul__()", "[1].__mul__(1,2)", "\"a\".__mul__()", "b\"a\".__rmul__()", "[].__imul__()", "bytearray().__imul__()", "(1,).__add__()", "[].__iadd__(1,2)", "\"a\".__add__()", "(1).__mul__()", "(2.0).__rmul__()", "(1,).__mul__(2)", "[1].__rmul__(2)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, repr(str(e)))
for t in ["{}.__contains__()", "set().__contains__(1, 2)", "{}.__contains__(x=1)", "type.__new__(int, 'X', (), {})", "[].__contains__()", "{}.keys().__contains__()"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
