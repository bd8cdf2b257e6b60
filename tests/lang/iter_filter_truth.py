# filter(None, ...) uses truth values: __bool__, __len__, numbers, containers
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __repr__(self): return 'B(%r)' % self.v
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __repr__(self): return 'Ln(%d)' % self.n
vals = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', ' ', b'', b'\x00', [], [0], (), ((),), {}, {0: 0}, set(),
        frozenset({0}), range(0), range(1), None, True, False, B(True), B(False), Ln(0), Ln(3), 2**100, Ellipsis]
print(list(filter(None, vals)))
print(list(filter(bool, vals)) == list(filter(None, vals)))
print(list(filter(lambda v: not v, vals)))
print(list(filter(len, ['', 'a', [], [1]])), list(filter(str.isupper, 'aBcD')), list(filter(int, ['0', '1', '00', '2'])))
class BadBool:
    def __bool__(self): return 'yes'
try:
    list(filter(None, [BadBool()]))
except TypeError as e:
    print('TypeError', e)
class NegLen:
    def __len__(self): return -1
try:
    list(filter(None, [NegLen()]))
except ValueError as e:
    print('ValueError', e)
