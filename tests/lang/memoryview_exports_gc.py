# memoryviews that become garbage give their export back
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
def temp():
    return memoryview(ba)[1]
t('temp view', lambda: (temp(), ba.append(101), ba))
t('bytes of view', lambda: (bytes(memoryview(ba)[::2]), ba.extend(b'xy'), ba))
t('tolist of view', lambda: (memoryview(ba).tolist()[:2], ba.pop(), ba))
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
for i in range(50):
    memoryview(ba)
    ba.append(i)
t('loop', lambda: (len(ba), ba[-1]))
