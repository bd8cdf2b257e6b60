# str.join / bytes.join / ''.join(generator) where consuming the
# iterable or an element's __str__... (join never calls __str__) mutates
# the list being joined: a generator that clears its source, a list whose
# elements' __index__ / __iter__ mutate it, and a non-str element found
# after the list changed.  CPython: TypeError for non-str items, and the
# join works on a snapshot (PySequence_Fast).
parts = ['a', 'b', 'c']
def g():
    for p in parts:
        parts.append(p)
        if len(parts) > 10:
            return
        yield p
print('-'.join(g()), len(parts))
parts[:] = ['a', 'b', 'c']
def g2():
    yield 'x'
    parts.clear()
    yield 'y'
print('+'.join(g2()), parts)
# a list subclass whose __iter__ mutates it
class L(list):
    def __iter__(self):
        self.clear()
        self.extend(['p', 'q'])
        return list.__iter__(self)
print(','.join(L(['a', 'b', 'c'])))
# a non-str item: the error names its index in the snapshot
class S:
    def __str__(self):
        parts.clear()
        return 'S'
parts[:] = ['a', S(), 'c']
try:
    ''.join(parts)
except TypeError as e:
    print(type(e).__name__, e)
# bytes.join with a bytearray item that the generator resizes
ba = bytearray(b'xy')
def g3():
    yield ba
    ba.extend(b'zzz')
    yield b'-'
    yield ba
print(b''.join(g3()))
print(bytearray(b'|').join([ba, ba, bytearray(b'q')]))
# join of a huge list of the same string: must be fast and right
big = ['ab'] * 100000
s = ''.join(big)
print(len(s))
# str.join over a dict whose keys are yielded while it changes size
d = {'a': 1, 'b': 2}
def g4():
    for k in d:
        yield k
        d['c' + k] = 0
try:
    ''.join(g4())
except RuntimeError as e:
    print(type(e).__name__, e)
