# The loop's attribute-cache hits read an instance's __dict__ word and
# __slots__ words inline (typeobj.h's *_hot accessors, type.c's memo of
# the allocation size): instances of many layouts at the same sites --
# plain, __slots__ only, __slots__ plus __dict__, subclasses adding slots,
# subclasses of built-ins -- with __class__ assignment, a replaced or
# cleared __dict__, deleted slots, and instances made before and after
# the site's cache filled.
class P:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class S:
    __slots__ = ("v", "w")
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v

class SD:
    __slots__ = ("v", "__dict__")
    def __init__(self, v):
        self.v = v
        self.extra = -v
    def get(self):
        return self.v

class SS(S):
    __slots__ = ("x",)
    def __init__(self, v):
        S.__init__(self, v)
        self.x = v + 100

class PS(P):
    __slots__ = ("z",)

class L(list):
    def __init__(self, v):
        list.__init__(self, [v])
        self.v = v

class D(dict):
    pass

def read_v(objs):
    out = []
    for o in objs:
        try:
            out.append(o.v)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out

def read_w(objs):
    out = []
    for o in objs:
        try:
            out.append(o.w)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out

def write_v(objs, k):
    for o in objs:
        o.v = k

def call_get(objs):
    return [o.get() for o in objs]

def main():
    objs = [P(1), S(2), SD(3), SS(4), PS(5), L(6), P(7), S(8)]
    for _ in range(3):
        print(read_v(objs), read_w(objs))
        print(call_get(objs[:5]))
    write_v(objs, 9)
    print(read_v(objs))
    for o in objs:
        o.v = len(read_v([o])) + 10
    print(read_v(objs))

    # Replaced and cleared __dict__ under a warm cache.
    p = P(1)
    for _ in range(3):
        read_v([p])
    p.__dict__ = {"v": "new dict"}
    print(read_v([p]))
    p.__dict__ = {"w": 1, "v": "second slot"}
    print(read_v([p]), read_w([p]))
    p.__dict__.clear()
    print(read_v([p]))
    p.v = 5
    print(read_v([p]), p.__dict__)

    # __dict__ of a slots-plus-dict class, and its slot.
    sd = SD(1)
    sd.__dict__["v"] = "shadowed?"
    print(read_v([sd]), sd.__dict__, call_get([sd]))
    del sd.v
    print(read_v([sd]))
    sd.v = 2
    print(read_v([sd]))

    # Deleted slots.
    s = S(1)
    for _ in range(3):
        read_v([s]); read_w([s])
    del s.w
    print(read_w([s]), read_v([s]))
    s.w = "back"
    print(read_w([s]))

    # __class__ assignment between compatible layouts at a warm site.
    a = P(1)
    class P2:
        def __init__(self):
            pass
        def get(self):
            return "P2.get"
    for _ in range(3):
        call_get([a]); read_v([a])
    a.__class__ = P2
    print(call_get([a]), read_v([a]))
    a.__class__ = P
    print(call_get([a]), read_v([a]))
    b = SS(1)
    class SS2(S):
        __slots__ = ("x",)
    b.__class__ = SS2
    print(read_v([b]), read_w([b]), b.x, type(b).__name__)

    # Instance attributes shadowing methods, on every layout with a dict.
    q = P(3)
    q.get = lambda: "instance get"
    r = SD(4)
    r.get = lambda: "instance get SD"
    print(call_get([P(1), q, r, SD(5)]))

    # Class attribute changes after the caches filled.
    objs = [P(1), P(2)]
    for _ in range(3):
        call_get(objs)
    P.get = lambda self: "patched %s" % self.v
    print(call_get(objs))
    P.v = property(lambda self: "property wins")
    print(read_v(objs))
    del P.v
    print(read_v(objs))

    # Many attributes (big dicts) and many instances.
    class Big:
        pass
    bs = []
    for i in range(40):
        o = Big()
        for k in range(i % 12):
            setattr(o, "a%d" % k, k)
        o.v = i
        bs.append(o)
    print(sum(read_v(bs)), read_v(bs)[-3:])
main()
