# Exception groups: deep nesting (except* must not overflow the C stack),
# a group that contains itself through __context__/__cause__ of its
# members, split/subgroup with predicates that raise or mutate, derive()
# returning odd things, and an uncaught nested group printed (depth cap).
import sys
def nest(n):
    g = ValueError('leaf')
    for i in range(n):
        g = ExceptionGroup('level %d' % i, [g, KeyError(i)])
    return g
for n in (5, 60):
    try:
        try:
            raise nest(n)
        except* ValueError as eg:
            print(n, 'caught ValueError part', type(eg).__name__)
    except* KeyError as eg:
        print(n, 'caught KeyError part', len(eg.exceptions))
# members with cycles to the group
a = ValueError('a')
b = TypeError('b')
g = ExceptionGroup('cyc', [a, b])
a.__context__ = g
b.__cause__ = g
g.__context__ = a
try:
    raise g
except* ValueError as e1:
    print('value part', [type(x).__name__ for x in e1.exceptions])
except* TypeError as e2:
    print('type part', [type(x).__name__ for x in e2.exceptions])
# split / subgroup with a predicate that raises or mutates its argument
g = ExceptionGroup('p', [ValueError(1), TypeError(2), ExceptionGroup('q', [KeyError(3)])])
def boom(e):
    raise RuntimeError('pred')
try:
    g.split(boom)
except RuntimeError as e:
    print('split', type(e).__name__, e)
def mutating(e):
    e.args = ('changed',)
    return isinstance(e, KeyError)
m, r = g.split(mutating)
print('split', m.exceptions[0].exceptions[0].args, len(r.exceptions))
print(g.subgroup(lambda e: False), g.subgroup(lambda e: True) is g)
# derive returning a non-group / raising
class Odd(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Odd('o', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print('derive', type(e).__name__)
class Raiser(ExceptionGroup):
    def derive(self, excs):
        raise KeyError('derive')
try:
    Raiser('r', [ValueError(), TypeError()]).subgroup(ValueError)
except KeyError as e:
    print('derive raised', e)
# constructor misuse
for args in [('m', []), ('m', [1]), ('m', ValueError()), (1, [ValueError()]),
             ('m', [KeyboardInterrupt()])]:
    try:
        x = ExceptionGroup(*args)
        print('built', type(x).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# except* with a naked exception, and raising inside except*
try:
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('naked wrapped in', type(eg).__name__, eg.exceptions)
        raise KeyError('inside')
except ExceptionGroup as eg:
    print('reraised', [type(x).__name__ for x in eg.exceptions])
except KeyError as e:
    print('plain KeyError', e)
# uncaught deep group: printed to stderr (CPython caps the depth)
sys.setrecursionlimit(300)
print('uncaught follows', flush=True)
raise nest(30)
