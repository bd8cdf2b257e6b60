# protocol results of the wrong type: __bool__, __hash__, __format__, __len__, __iter__, __next__
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
class B:
    def __bool__(self): return 1
class BN:
    def __bool__(self): return None
class H:
    def __hash__(self): return 1.5
class Fm:
    def __format__(self, s): return 1
class L:
    def __len__(self): return -5
class LB:
    def __len__(self): return 2**100
class NoRepr:
    pass
def f(**kw): return kw
class IterBad:
    def __iter__(self): return [1]
class NextNone:
    def __iter__(self): return self
    __next__ = None
for s in '''bool(B())
bool(BN())
not B()
[1][B()] if False else 0
1 if B() else 2
hash(H())
format(Fm())
f'{Fm()}'
len(L())
bool(L())
len(LB())
bool(LB())
f(**{1: 2})
f(**{'a': 1}, **{'a': 2})
dict(**{1: 2})
iter(IterBad())
next(NextNone())
list(NextNone())
str.upper(1)
str.upper()
str.upper(x=1)
int.__add__('a', 1)
dict.fromkeys.__get__(1)
dict.__dict__['fromkeys'](1, [])
dict.__dict__['fromkeys']()
dict.__dict__['fromkeys'](dict, [1])
dict.__dict__['fromkeys'](int, [1])
list.append([], 1, 2)
[].__class__.__len__([1,2])
3 * [1]
[1] * 'a'
'a' * []
(1,) * 2.5
b'a' * None
range(3) * 2
'''.strip().split('\n'):
    e(s)
