# __del__ in subclasses of built-in types (list, dict, set, int, str,
# tuple, bytearray, exceptions): the built-in part of the object must be
# intact when __del__ runs, and after it.
import gc

out = []
class L(list):
    def __del__(self): out.append(("list", len(self), self[:2]))
class D(dict):
    def __del__(self): out.append(("dict", sorted(self.items())[:2]))
class S(set):
    def __del__(self): out.append(("set", len(self)))
class I(int):
    def __del__(self): out.append(("int", int(self) + 1))
class Str(str):
    def __del__(self): out.append(("str", self.upper()))
class Tup(tuple):
    def __del__(self): out.append(("tuple", sum(self)))
class BA(bytearray):
    def __del__(self): out.append(("bytearray", bytes(self[:3])))
class E(Exception):
    def __del__(self): out.append(("exc", self.args))
class KE(KeyError):
    def __del__(self): out.append(("keyerror", str(self)))

L(range(100)); D(a=1, b=2); S({1, 2, 3}); I(41); Str("abc"); Tup((1, 2, 3))
BA(b"xyz" * 100); E("e", 1); KE("k")
try:
    raise E("raised")
except E as e:
    pass
def f():
    raise KE("in function")
try:
    f()
except KeyError:
    pass
gc.collect(); gc.collect()
for item in sorted(out, key=str):
    print(item)

# a big list subclass whose __del__ resurrects it, then is mutated
saved = []
class Big(list):
    def __del__(self):
        saved.append(self)
Big([0] * 100000)
gc.collect()
saved[0].append(1); saved[0][0] = 5
print(len(saved[0]), saved[0][0], saved[0][-1])
saved.clear(); gc.collect()
