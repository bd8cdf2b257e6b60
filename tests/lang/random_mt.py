# _random.Random: the Mersenne Twister, seeded and read as CPython does.
import _random

R = _random.Random


def tr(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, R) else 'Random')
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(R, R.__mro__, sorted(x for x in dir(R) if not x.startswith('__')))
print(sorted(x for x in dir(_random) if not x.startswith('__')))
r = R(42)
print(r.random(), r.getrandbits(100), r.getrandbits(32), r.getrandbits(1), r.getrandbits(0), r.getrandbits(33))
print([r.getrandbits(k) for k in (1, 2, 31, 32, 33, 63, 64, 65, 95, 96, 97)])
big = R(1).getrandbits(10000)
print(big.bit_length(), big % (2**61 - 1))

# seeds: ints by absolute value, words least significant first; other
# objects by hash
for seed in [0, 1, -1, 5, -5, 2**32 - 1, 2**32, 2**64 + 1, 2**100, -(2**100), 2**19937, True, False,
             3.5, -1.5, 0.0, (1, 2), 'abc', b'xy']:
    x = R(seed)
    print(type(seed).__name__, x.random(), x.getrandbits(40))
print(R(-5).random() == R(5).random(), R(None).random() != R(None).random(), R().getstate() != R().getstate())


class Big(int):
    def __abs__(self):
        return 99


print(R(Big(7)).random() == R(7).random())

# many outputs: the twist runs several times
x = R(2023)
acc = 0
for i in range(3000):
    acc = (acc * 1000003 + x.getrandbits(32)) % (2**61 - 1)
print(acc)

# state
x = R(7)
s = x.getstate()
print(type(s), len(s), s[-1], s[:3])
a = [x.random() for _ in range(700)]
x.setstate(s)
print(a == [x.random() for _ in range(700)], x.getstate()[-1])
x.setstate((2**32 + 5,) * 624 + (624,))
print(x.getstate()[:2], x.random())
x.setstate((0,) * 623 + (1,) + (0,))
print(x.getstate()[-1], x.getrandbits(32), x.getstate()[-1])
for bad in [[0] * 625, (0,) * 624, (0,) * 626, (0,) * 624 + (625,), (0,) * 624 + (-1,), (-1,) * 624 + (624,),
            (2**64,) * 624 + (624,), ('x',) * 624 + (624,), (0,) * 624 + ('x',), (0,) * 624 + (2**64,),
            (1.5,) * 624 + (0,), (0,) * 624 + (True,)]:
    tr(x.setstate, bad)
print(x.getstate()[:2])

# argument errors
tr(R, 1, 2)
tr(R, x=1)
tr(R, [1])
tr(r.seed, 1, 2)
tr(r.seed, n=1)
tr(r.seed)
tr(r.seed, None)
tr(r.getrandbits, -1)
tr(r.getrandbits, 1.5)
tr(r.getrandbits, 2**40)
tr(r.getrandbits, 2**31)
tr(r.getrandbits, -2**31 - 1)
tr(r.getrandbits)
tr(r.getrandbits, k=3)
tr(r.random, 1)
tr(r.getstate, 1)
tr(r.setstate)
try:
    R.random(1)
except TypeError as e:
    print('TypeError', type(e).__name__)


class I:
    def __index__(self):
        return 40


print(R(3).getrandbits(I()) == R(3).getrandbits(40), R(3).getrandbits(True))


# subclasses: __new__ leaves the state unseeded; __init__ seeds
class S(R):
    def __init__(self, a, b=0):
        self.b = b


s = S(1, b=2)
print(s.b, s.random(), s.getstate()[-1], s.getstate()[0])


class T(R):
    pass


tr(T, x=1)
tr(T, 1, 2)
print(T(5).random() == R(5).random(), isinstance(T(1), R))


class U(R):
    def __new__(cls, *a, **k):
        return super().__new__(cls)


tr(lambda: U(1, 2, x=3).random())


class V(R):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


tr(lambda: V(4, x=1).random() == R(4).random())
print(R.__doc__)
