# __build_class__: arguments and __prepare__/__mro_entries__
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
print(A.prepared)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class B(metaclass=BadPrep):
        pass
except TypeError as ex:
    print('TypeError', ex)
class ME:
    def __mro_entries__(self, bases):
        return (int,)
class C(ME()):
    pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__)
class BadME:
    def __mro_entries__(self, bases):
        return 5
try:
    class D(BadME()):
        pass
except TypeError as ex:
    print('TypeError', ex)
run("""
__build_class__()
__build_class__(1)
__build_class__(1, 2)
__build_class__(lambda: None, 1)
__build_class__(lambda: None, 'C').__name__
__build_class__(lambda: None, 'C', int).__mro__
__build_class__(lambda: None, 'C', metaclass=Meta).__name__
__build_class__(lambda: None, 'C', metaclass=lambda *a: a)
""")
class M1(type):
    pass
class M2(type):
    pass
class P1(metaclass=M1):
    pass
class P2(metaclass=M2):
    pass
try:
    class Q(P1, P2):
        pass
except TypeError as ex:
    print('TypeError', ex)
try:
    class S(int, int):
        pass
except TypeError as ex:
    print('TypeError', ex)
