# super() with wrong arguments, outside methods, with the __class__ cell
# tampered, in staticmethods, nested functions and class bodies; and
# super objects used on mismatched instances.  TypeError/RuntimeError,
# never a bad downcast.
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(label, type(e).__name__, e)
class A:
    def m(self):
        return 'A.m'
class B(A):
    def m(self):
        return 'B>' + super().m()
    @staticmethod
    def s():
        return super().m()
    def nested(self):
        def inner():
            return super().m()
        return inner()
t('no args at module level', lambda: super())
t('super(int)', lambda: super(int).__get__)
t('super(int, "x")', lambda: super(int, 'x'))
t('super(5, 5)', lambda: super(5, 5))
t('super(B, A())', lambda: super(B, A()).m())
t('super(A, B())', lambda: super(A, B()).m())
t('super(B, B)', lambda: super(B, B).m)
t('super(object, object())', lambda: super(object, object()).__repr__())
t('super(type, int)', lambda: super(type, int).__repr__())
t('staticmethod super', B.s)
t('nested super', lambda: B().nested())
t('normal', lambda: B().m())
t('unbound B.m(A())', lambda: B.m(A()))
t('B.m(5)', lambda: B.m(5))
t('B.m(None)', lambda: B.m(None))
s = super(B, B())
t('super attr missing', lambda: s.nothing)
t('super setattr', lambda: setattr(s, 'x', 1))
t('super __get__ other', lambda: s.__get__(A()).m())
t('super __thisclass__', lambda: (s.__thisclass__.__name__, type(s.__self__).__name__))
t('super(B, B()).__init__(1)', lambda: super(B, B()).__init__(1))
t('super in lambda in class', lambda: type('C', (A,), {'m': lambda self: super().m()})().m())
def outside(self):
    return super().m()
B.outside = outside
t('function defined outside', lambda: B().outside())
class Meta(type):
    def __call__(cls, *a):
        return super().__call__(*a)
t('metaclass super', lambda: type(Meta('X', (), {})()).__name__)
