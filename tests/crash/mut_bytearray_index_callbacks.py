# bytearray operations whose __index__ / iterator callbacks resize the
# bytearray being written: item assignment, slice assignment from a
# mutating iterable, extend, insert, append, count/find/index, in, join,
# and bytearray(iterable) where __index__ clears.  No crash; CPython's
# results or exceptions.  (CPython 3.11 itself segfaults on the
# 'grow setitem' case: the bytearray is resized under the store.)
ba = bytearray(b'abcdefgh')
class Idx:
    def __init__(self, v, act):
        self.v = v
        self.act = act
    def __index__(self):
        self.act()
        return self.v
def shrink():
    ba.clear()
def grow():
    ba.extend(b'x' * 1000)
for act in (shrink, grow):
    for name, f in [
        ('setitem', lambda: ba.__setitem__(Idx(3, act), 65)),
        ('setitem value', lambda: ba.__setitem__(3, Idx(66, act))),
        ('getitem', lambda: ba[Idx(5, act)]),
        ('insert', lambda: ba.insert(Idx(4, act), 67)),
        ('insert value', lambda: ba.insert(4, Idx(67, act))),
        ('append', lambda: ba.append(Idx(68, act))),
        ('pop', lambda: ba.pop(Idx(6, act))),
        ('count', lambda: ba.count(Idx(97, act))),
        ('find', lambda: ba.find(Idx(99, act))),
        ('index', lambda: ba.index(98, Idx(0, act))),
        ('contains', lambda: Idx(100, act) in ba),
        ('slice', lambda: ba[Idx(1, act):Idx(7, act)]),
        ('delslice', lambda: ba.__delitem__(slice(Idx(1, act), Idx(7, act)))),
        ('setslice', lambda: ba.__setitem__(slice(Idx(1, act), Idx(3, act)), b'ZZZZ')),
        ('extslice', lambda: ba.__setitem__(slice(0, 8, Idx(2, act)), b'QQQQ')),
        ('extend', lambda: ba.extend([Idx(70, act), Idx(71, act)])),
    ]:
        ba[:] = b'abcdefgh'
        try:
            r = f()
            print(act.__name__, name, r if not isinstance(r, bytearray) else bytes(r), bytes(ba[:20]), len(ba))
        except (IndexError, ValueError, BufferError) as e:
            print(act.__name__, name, type(e).__name__, e, len(ba))
# slice assignment from an iterator that mutates the target
def gen():
    for i in range(10):
        ba.extend(b'-')
        yield 48 + i
ba[:] = b'abcdefgh'
ba[2:4] = gen()
print(bytes(ba))
ba[:] = b'abcdefgh'
ba.extend(gen())
print(bytes(ba))
# extend with itself and slice assignment from itself
ba[:] = b'abc'
ba.extend(ba)
ba[1:2] = ba
try:
    ba += ba     # CPython: BufferError (ba is exported to itself)
except BufferError as e:
    print(type(e).__name__, e)
print(bytes(ba))
# join over a list whose element __index__... (join takes buffers) - mutating list
parts = [bytearray(b'ab'), b'cd']
class Buf(bytes):
    pass
print(bytearray(b'-').join(parts))
