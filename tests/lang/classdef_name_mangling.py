# Private name mangling inside class bodies.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    def __secret(self):
        return "secret of " + self.__owner
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann")
Account("bob")
print(a.owner(), a.reveal(), Account.count())
print(sorted(k for k in vars(a)), "_Account__count" in vars(Account))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError", e)
class _Under:
    def __init__(self):
        self.__v = 1
print(vars(_Under()))
class ___:
    def __init__(self):
        self.__v = 2
print(vars(___()))
class Dunder:
    __x__ = "not mangled"
print(Dunder.__x__)
def outer():
    class Inner:
        def m(self):
            __local = 5
            return __local + len([__q for __q in range(2)])
    return Inner().m()
print(outer())
class C:
    def f(self, *, __x=1, y: int = 2, __z: str = "z"):
        return __x, y, __z
    def g(self, __a: int):
        return __a
print(C().f(), C.f.__kwdefaults__, C.f.__annotations__, C().g(5), C.g.__annotations__)
