# object.__new__ and the built-in __new__ methods called on the wrong
# classes: object.__new__(int), int.__new__(str), list.__new__(dict),
# tuple.__new__ of a list subclass, BaseException.__new__(int), ... and
# methods called on what comes back.  TypeError, or an object whose layout
# is its class's.
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__, repr(r)[:40])
    except (TypeError, ValueError) as e:
        print(label, 'TypeError' if isinstance(e, TypeError) else 'ValueError', e)
class L(list): pass
class D(dict): pass
class I(int): pass
class T(tuple): pass
class E(Exception): pass
class Plain: pass
for new_owner, cls in [(object, int), (object, list), (object, L), (object, D), (object, I), (object, E),
                       (object, Plain), (object, type), (object, type(None)), (int, str), (int, I), (int, L),
                       (list, dict), (list, L), (list, D), (dict, L), (dict, D), (tuple, L), (tuple, T),
                       (str, bytes), (bytes, str), (BaseException, int), (BaseException, E), (Exception, L),
                       (type, int), (type, Plain), (float, I), (complex, I), (set, frozenset), (frozenset, set),
                       (range, range), (property, L), (staticmethod, L)]:
    t('%s.__new__(%s)' % (new_owner.__name__, cls.__name__), lambda: new_owner.__new__(cls))
# Using the survivors.
l = list.__new__(L)
l.append(1)
print(l, len(l), type(l).__name__)
d = dict.__new__(D)
d['k'] = 'v'
print(d, type(d).__name__)
e = BaseException.__new__(E, 'msg')
print(repr(e), e.args)
i = int.__new__(I, 42)
print(i + 1, type(i).__name__)
tup = tuple.__new__(T, (1, 2))
print(tup, type(tup).__name__)
p = object.__new__(Plain)
p.x = 1
print(p.x)
# __init__ returning a value.
class RetInit:
    def __init__(self):
        return 5
t('__init__ returns 5', RetInit)
class RetNone:
    def __init__(self):
        return None
t('__init__ returns None', RetNone)
class NewOther:
    def __new__(cls):
        return 7
    def __init__(self):
        raise AssertionError('not called')
t('__new__ returns int', NewOther)
