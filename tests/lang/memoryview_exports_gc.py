# memoryviews bound to names: dropping the last reference gives the export back
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

ba = bytearray(b'abc')
m = memoryview(ba)
del m
t('after del', lambda: (ba.append(100), ba))
views = [memoryview(ba) for _ in range(5)]
t('five live', lambda: ba.append(1))
views.clear()
t('five dropped', lambda: (ba.append(1), len(ba)))
keep = memoryview(ba)[2:4]
t('slice keeps export', lambda: ba.append(2))
keep = None
t('slice dropped', lambda: (ba.append(2), len(ba)))
class Holder:
    pass
h = Holder()
h.v = memoryview(ba)
t('held by object', lambda: ba.clear())
del h
t('holder gone', lambda: (ba.clear(), ba))
