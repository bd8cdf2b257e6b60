# Class body scoping: class variables are not visible in methods or comprehensions.
x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    lst = [x for _ in range(1)]
print(C.y, C().m(), C.lst)
def outer():
    v = "outer-local"
    class K:
        w = v
        def get(self):
            return v
    return K
K = outer()
print(K.w, K().get())
def outer2():
    z = 1
    class K2:
        z = 2
        def get(self):
            return z
    return K2().get(), K2.z
print(outer2())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self.count
c = Counter()
c.inc(); print(c.inc())
