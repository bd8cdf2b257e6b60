class Data:
    def __get__(self, obj, owner):
        return "data-get" if obj is not None else "class-get"
    def __set__(self, obj, value):
        print("data-set", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"

class Host:
    d = Data()
    n = NonData()

h = Host()
print(h.d, Host.d)
h.__dict__["d"] = "instance"
print(h.d)
h.d = 5
print(h.n)
h.__dict__["n"] = "instance wins"
print(h.n)
h.n = "via setattr"
print(h.n)

class Named:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner):
        return self.name
class C:
    first = Named()
    second = Named()
print(C().first, C.second)

class DelOnly:
    def __get__(self, obj, owner): return 1
    def __delete__(self, obj): print("deleted")
class H2:
    x = DelOnly()
h2 = H2()
del h2.x
try:
    h2.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
