def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1}
for key in ([], {}, set(), bytearray(b'x'), [1, 2], ([],), (1, {}), frozenset([1]), (1, (2, [3]))):
    t(lambda: d[key])
    t(lambda: d.get(key))
    t(lambda: key in d)
    t(lambda: d.pop(key, None))
    t(lambda: d.setdefault(key, 0))
t(lambda: {[]: 1})
t(lambda: {1: 2, []: 3})
t(lambda: dict([([], 1)]))
t(lambda: dict.fromkeys([{}]))
t(lambda: {{}: 1})
t(lambda: {set(): 1})
t(lambda: {1: 2}.update({}) or {1: 2}.__setitem__([], 3))
def delit():
    del d[[]]
t(delit)
def setit():
    d[{}] = 1
t(setit)
class NoHash:
    __hash__ = None
t(lambda: {NoHash(): 1})
t(lambda: d[NoHash()])
class EqOnly:
    def __eq__(self, other):
        return True
t(lambda: {EqOnly(): 1})
class HashRaises:
    def __hash__(self):
        raise RuntimeError('hash failed')
t(lambda: {HashRaises(): 1})
t(lambda: d.get(HashRaises()))
class HashStr:
    def __hash__(self):
        return 'x'
t(lambda: {HashStr(): 1})
class HashFloat:
    def __hash__(self):
        return 1.5
t(lambda: {HashFloat(): 1})
class HashBig:
    def __hash__(self):
        return 2**100
t(lambda: hash(HashBig()) == hash(2**100))
t(lambda: len({HashBig(): 1}))
class HashBool:
    def __hash__(self):
        return True
t(lambda: hash(HashBool()))
class HashIntSub:
    def __hash__(self):
        class I(int):
            pass
        return I(7)
t(lambda: hash(HashIntSub()))
class HashNeg1:
    def __hash__(self):
        return -1
t(lambda: hash(HashNeg1()))
t(lambda: {1} | {[]} if False else {frozenset(): 1})
t(lambda: hash(slice(1, 2)))
t(lambda: {slice(1, 2): 1})
t(lambda: {1: 2}.keys() & [[1]])
