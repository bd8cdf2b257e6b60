# __slots__ tricks: a slot named __dict__ / __weakref__, duplicated names,
# non-str items, a str instead of a sequence, mangled names, a slot that
# conflicts with a class variable, slots on int/tuple/bytes subclasses,
# many slots, and deleting/reading unset slots.  TypeError/ValueError or a
# consistent class, never an out-of-range slot access.
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
def mk(slots, base=object, ns=None):
    d = {'__slots__': slots}
    d.update(ns or {})
    return type('C', (base,), d)
t('__dict__ slot', lambda: sorted(vars(mk(('__dict__',))())))
t('__dict__ twice', lambda: mk(('__dict__', '__dict__')))
t('__weakref__ twice', lambda: mk(('__weakref__', '__weakref__')))
t('duplicate', lambda: mk(('a', 'a')))
t('non-str', lambda: mk((1,)))
t('bytes item', lambda: mk((b'a',)))
t('not identifier', lambda: mk(('a b',)))
t('empty str', lambda: mk(('',)))
t('str', lambda: mk('abc')().__class__.__slots__)
t('dict', lambda: sorted(mk({'a': 'doc', 'b': None}).__dict__)[:3])
t('generator', lambda: mk(x for x in ('p', 'q')).q.__class__.__name__)
t('int', lambda: mk(5))
t('conflict', lambda: mk(('a',), ns={'a': 1}))
t('mangled', lambda: sorted(k for k in vars(mk(('__priv',))) if 'priv' in k))
t('int subclass', lambda: mk(('a',), int))
t('tuple subclass', lambda: mk(('a',), tuple))
t('bytes subclass', lambda: mk(('a',), bytes))
t('int subclass empty', lambda: mk((), int)(7) + 1)
t('__dict__ on dict-having base', lambda: mk(('__dict__',), mk(('__dict__',))))
C = mk(tuple('s%d' % i for i in range(2000)))
c = C()
c.s1999 = 'last'
print(c.s1999, hasattr(c, 's0'))
t('unset read', lambda: c.s5)
t('unset del', lambda: delattr(c, 's5'))
t('no dict', lambda: setattr(c, 'other', 1))
t('__dict__', lambda: c.__dict__)
D = mk(('x',))
d = D()
d.x = 1
t('descriptor on other type', lambda: D.x.__get__(C()))
t('descriptor set on other', lambda: D.x.__set__(5, 1))
t('descriptor get None', lambda: D.x.__get__(None, D) is D.x)
del D.x
t('descriptor deleted', lambda: d.x)
D.x = 'class attr'
print(d.x)
