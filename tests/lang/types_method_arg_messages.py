import math
class L(list): pass
for t in ["L().append()", "list.append(L())", "L.append(L())", "[].append()", "\"a\".ljust(x=1)", "math.sqrt()", "math.sqrt(x=1)", "len()", "len(x=1)", "dict.fromkeys()", "{}.fromkeys(x=1)", "{}.keys(1)", "bytearray().extend()", "object().__reduce_ex__()", "L().copy(1)", "abs(x=1)", "set().union(x=1)", "divmod(1)", "dict.fromkeys(x=1)", "print(1, x=2)", "sorted()", "[].sort(1)", "max()", "''.join()", "''.join(x=1)", "{}.get()", "(1,2).index()", "b''.hex(1,2,3)", "range(3).count()", "(1).to_bytes(x=1)", "str.maketrans()", "math.floor()", "math.gcd(x=1)", "math.pow(1)", "iter()", "next()", "hash()", "id()", "ord()", "chr()", "repr()", "ascii()", "callable()", "vars(1, 2)", "dir(1, 2)", "getattr(1)", "globals(1)", "isinstance(1)", "issubclass(1)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
