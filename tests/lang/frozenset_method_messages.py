class S(set): pass
class F(frozenset): pass
for name, o in (('S', S()), ('set', set()), ('F', F()), ('fs', frozenset())):
    for m in ('union', 'intersection', 'difference', 'update', 'intersection_update', 'difference_update', 'copy', '__reduce__', 'issubset', 'issuperset', 'isdisjoint', 'symmetric_difference', 'add', 'pop', '__contains__'):
        if not hasattr(o, m): continue
        src = 'o.%s(x=1)' % m
        try: eval(src)
        except TypeError as e: print(name, 'kw', e)
        if m in ('copy', '__reduce__', 'pop'):
            try: eval('o.%s(1)' % m)
            except TypeError as e: print(name, 'n', e)
        elif m not in ('union', 'intersection', 'difference', 'update', 'intersection_update', 'difference_update'):
            try: eval('o.%s()' % m)
            except TypeError as e: print(name, 'n', e)
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class L(list): pass
for T in (dict, set, frozenset, list, tuple, D, S, F, L):
    for f in (lambda: T.__class_getitem__(), lambda: T.__class_getitem__(1, 2), lambda: T.__class_getitem__(x=1), lambda: T().__class_getitem__(), lambda: T[int]):
        try: print(f())
        except TypeError as e: print(e)
