# A local followed by an attribute load or method load (the assembler
# pairs them): hits, misses, properties, unbound locals, errors, and a
# jump that lands on the attribute load.
import sys

class C:
    __slots__ = ('s',)
class D:
    def __init__(self, v):
        self.v = v
    def m(self):
        return 'm%d' % self.v
    @property
    def p(self):
        return self.v * 10

def loads(objs):
    out = []
    for o in objs:
        out.append(o.v)
        out.append(o.p)
        out.append(o.m())
    return out

print(loads([D(1), D(2), D(3)]))

def slot(c):
    return c.s

c = C()
try:
    slot(c)
except AttributeError as e:
    print('AttributeError', e)
c.s = 'slot'
print(slot(c), slot(c))

def unbound(flag):
    if flag:
        x = D(5)
    return x.v

try:
    unbound(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e, e.__traceback__.tb_next.tb_lineno)
print(unbound(True))

def missing(o):
    return o.nope

try:
    missing(D(1))
except AttributeError as e:
    print('AttributeError', e, e.__traceback__.tb_next.tb_lineno)

def join(c, a, b):
    return (a if c else b).v

print(join(True, D(7), D(8)), join(False, D(7), D(8)))

def shadow(o):
    return [o.m() for _ in range(2)]

d = D(4)
print(shadow(d))
d.m = lambda: 'shadowed'
print(shadow(d))

def method_of_builtin(l, s):
    l.append(s.upper())
    return l.count('X'), s.startswith('x')

print(method_of_builtin([], 'x'), method_of_builtin(['X'], 'y'))

def type_change(o):
    return o.real, o.imag

print([type_change(v) for v in (1, 2.5, 3j, True)])
