class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v

a = Single(1)
b = Single(2)
print(a is b, a.v)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self, a): self.a = a
print(InitOnly(5).a)
class NewOnly:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(NewOnly(6).a)
try:
    object.__new__(NewOnly, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(InitOnly(1), 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__dict__["__new__"]).__name__)
