"""Cases for tests/unit/num_harness.c: prints one line per case (or, with
--expect, CPython's answer for each).  See the harness for the format."""
import sys, math, itertools

expect = '--expect' in sys.argv

def enc(v):
    if v is None: return 'N'
    if v is True: return 'T'
    if v is False: return 'F'
    if isinstance(v, type): return 't:' + v.__name__
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + (repr(v) if not math.isfinite(v) else v.hex())
    if isinstance(v, complex):
        return 'c:%s,%s' % (enc(v.real)[2:], enc(v.imag)[2:])
    if isinstance(v, str): return 's:' + v.encode().hex()
    if isinstance(v, bytes): return 'b:' + v.hex()
    raise TypeError(v)

def run(tname, meth, args):
    t = {'int': int, 'float': float, 'complex': complex, 'bool': bool}[tname]
    try:
        if meth == 'format':
            r = format(*args)
        elif meth == 'builtin':
            r = __builtins__.__dict__[args[0]](*args[1:]) if hasattr(__builtins__, '__dict__') else getattr(__builtins__, args[0])(*args[1:])
        elif meth.startswith('.'):
            r = getattr(args[0], meth[1:])
        elif meth in ('from_bytes', 'fromhex'):
            r = getattr(t, meth)(*args[1:])
        else:
            r = getattr(t, meth)(*args)
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

cases = []
def case(tname, meth, *args):
    cases.append((tname, meth, args))

ints = [0, 1, -1, 2, -2, 7, -7, 10, 255, -256, 2**31 - 1, 2**31, 2**32, -2**32, 2**62 - 1, 2**62, -2**62, -2**62 - 1,
        2**63 - 1, 2**63, -2**63, 2**64, 2**64 + 1, 10**18, 10**19, -10**20, 3**100, -3**100, 2**200 + 12345,
        7**77, -(7**77), 10**50 + 1, 12345678901234567890123456789, 2**1000 - 1]
small = [0, 1, -1, 3, -3, 7, 64, 100, -100, 2**62, 2**64 - 1]
for a in ints:
    case('int', '__repr__', a)
    case('int', '__hash__', a)
    case('int', '__float__', a)
    case('int', 'bit_length', a)
    case('int', 'bit_count', a)
    case('int', '__neg__', a)
    case('int', '__invert__', a)
    case('int', '__abs__', a)
    for fmt in ['x', '#X', 'o', '#b', ',', '_', '>40', '+d', ' d', '=+30', '030_', 'e', '.3f', '%', 'n', 'g', '#o']:
        case('int', 'format', a, fmt)
pairs = list(itertools.product(ints[::2], ints[1::3])) + list(itertools.product(small, small))
for a, b in pairs:
    for m in ['__add__', '__sub__', '__mul__', '__floordiv__', '__mod__', '__divmod__', '__truediv__',
              '__and__', '__or__', '__xor__', '__lt__', '__eq__', '__ge__']:
        case('int', m, a, b)
    if 0 <= b < 300:
        case('int', '__lshift__', a, b)
        case('int', '__rshift__', a, b)
        case('int', '__pow__', a, b % 50)
    if b < 0 and abs(b) < 100:
        case('int', '__rshift__', a, b)
        case('int', '__pow__', a, b)
    if b != 0:
        case('int', '__pow__', a, 12345, b)
        case('int', '__pow__', a, -1, b)
        case('int', '__pow__', a, 0, b)
for a in [10**40 + 7, 2**100, 3**70, 1, 5, -5]:
    for b in [3, 7**30, -(7**30), 2**70 - 1, 10**12 + 39]:
        case('int', '__truediv__', a, b)
        case('int', '__truediv__', b, a)
        case('int', '__truediv__', a * 10**300, b)
case('int', '__truediv__', 10**400, 3)
case('int', '__truediv__', 1, 2**1100)
case('int', '__truediv__', 2**1100, 2**50)
case('int', '__truediv__', 2**1080 + 1, 2**57 + 3)
case('int', '__truediv__', 3, 2**1080)
for s in ['0', '-0', ' 12 ', '1_000', '0x_1f', '0b101', '0o17', '08', '00', '0_0', '1__2', '_1', '1_', '',
          ' ', '+', '-', '12a', '９', '123456789012345678901234567890', '-000123']:
    case('int', '__new__', int, s)
    case('int', '__new__', int, s, 0)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('777', 8),
             ('0b1', 16), ('0b1', 2), ('1' * 50, 7), ('10', 1), ('10', 37), ('1' * 5000, 10), ('1' * 5000, 16)]:
    case('int', '__new__', int, s, b)
for v in [0.0, -0.0, 1.5, -2.5, 1e300, -1e300, 2.0**63, 1e18 + 0.5, float('inf'), float('nan'), 123456789.9]:
    case('int', '__new__', int, v)
for a, n, bo, sg in [(5, 1, 'big', False), (255, 1, 'little', True), (-129, 1, 'little', True), (-1, 1, 'little', False),
                     (-1, 4, 'big', True), (2**64 - 1, 8, 'little', False), (-2**63, 8, 'big', True), (10**30, 16, 'big', False),
                     (-128, 1, 'big', True), (0, 0, 'big', False), (1, 0, 'big', False)]:
    case('int', 'to_bytes', a, n, bo)
for b, bo, sg in [(b'\xff\xff', 'big', True), (b'\xff\xff', 'big', False), (b'\x01\x02', 'little', False), (b'', 'big', True),
                  (b'\x80' + b'\x00' * 20, 'big', True), (b'\x00\x80', 'little', True)]:
    case('int', 'from_bytes', int, b, bo)
for a in [0, 5, -5, 15, 25, 35, -25, 1234, 1250, 1350, 10**30 + 5 * 10**9, -(10**20) - 50]:
    case('int', '__round__', a)
    for nd in [0, 2, -1, -2, -10, -40]:
        case('int', '__round__', a, nd)
case('int', '.real', 5)
case('int', '.imag', 5)
case('int', '.numerator', -7)
case('int', '.denominator', -7)
case('int', 'as_integer_ratio', -7)
case('bool', '__repr__', True)
case('bool', '__repr__', False)
case('bool', '__and__', True, False)
case('bool', '__or__', True, False)
case('bool', '__xor__', True, True)
case('bool', '__and__', True, 3)
case('int', '__add__', True, True)
case('int', '__mul__', True, 10**30)
case('int', '__invert__', True)
case('int', '__neg__', False)
case('int', 'format', True, 'd')
case('int', 'format', True, '>5')
case('int', 'format', True, 's')

floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1.5, 2.5, -2.5, 0.5, 1e16, 1e15, 9999999999999998.0,
          1e-5, 1e-4, 0.0001234, 1e22, 1e23, 123456789012345678.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 3.14159, 100.0, 1e100, -1e-100, 12345.678, 0.000001, 2**53 + 0.0,
          2.675, 1.005, 0.125, 0.375, 1234567.891, 4.35, 5e-5, 99.5, 0.05]
for x in floats:
    case('float', '__repr__', x)
    case('float', '__hash__', x) if not math.isnan(x) else None
    case('float', 'is_integer', x)
    case('float', 'as_integer_ratio', x)
    case('float', 'hex', x)
    case('float', '__trunc__', x)
    case('float', '__floor__', x)
    case('float', '__ceil__', x)
    for nd in [None, 0, 1, 2, 3, -1, -2, 400, -400]:
        case('float', '__round__', x, nd)
    for fmt in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.1', '.2', '.3', '.10', '.17', '.0e', '.3e', '.0f',
                '.2f', '#.0f', '.20f', '.0g', '.3g', '#g', '#', ',', '_', ',.2f', '010.3f', '+', ' ', '-', '=+15.4',
                '*^20', '<12', 'z', 'z.1f', 'z.0f', '.1%', 'x', 'd', 's', '#.3', '.0%', '015,.3f', '.5n']:
        case('float', 'format', x, fmt)
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (5.0, 0.0),
          (1e308, 10.0), (-1e-300, 1e300), (1.0, 3.0), (2.0, 0.5), (-8.0, 1 / 3), (-2.0, 0.5), (0.0, -1.0), (-0.0, -1.0),
          (0.0, float('-inf')), (2.0, 10000.0), (10.0, -400.0), (float('inf'), 2.0), (float('nan'), 0.0), (1.0, float('nan')),
          (-1.0, float('inf')), (float('inf'), float('inf')), (3.0, 7), (7, 3.0), (1e300, 10**400), (0.1, 1), (-3.5, 2**70)]
for a, b in fpairs:
    for m in ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__', '__pow__',
              '__rsub__', '__rtruediv__', '__rpow__', '__eq__', '__lt__', '__ge__', '__ne__']:
        if isinstance(a, float):
            case('float', m, a, b)
cmp_ints = [2**53 + 1, 2**53, -2**53 - 1, 10**400, -10**400, 0, 1, 2**1023 * 3, 2**63]
cmp_floats = [2.0**53, -2.0**53, float('inf'), float('-inf'), float('nan'), 0.5, 1.0, 1.7976931348623157e308, 9.223372036854776e18]
for f in cmp_floats:
    for i in cmp_ints:
        for m in ['__eq__', '__lt__', '__gt__', '__le__']:
            case('float', m, f, i)
for s in ['1.5', ' -1.5e3 ', '1_0.5', '1__0', '1_.5', '1._5', '.5', '5.', '.', 'e5', '1e', '1e+', '1e5_0', 'iNfInItY', '-nan',
          '+inf', 'infx', '0x10', '', ' ', '1.7976931348623159e308', '2.4703282292062328e-324', '0.1' + '0' * 200 + '1',
          '1' * 400, '-0', '١٢']:
    case('float', '__new__', float, s)
for v in [5, -(10**400), True, 2**1024 - 1]:
    case('float', '__new__', float, v)
for s in ['0x1.8p1', '1.8', ' -0X.8P-1 ', 'inf', '-infinity', 'nan', '0x1p10000', 'zz', '0x1.fffffffffffff8p1023', '0x.p1', '1p',
          '0x1.0000000000000001p0', '0x0.0000000000001p-1022', '0x1p-1075', '0x1.8p-1074']:
    case('float', 'fromhex', float, s)

cpx = [0j, 1j, -1j, 1 + 2j, -1 - 2j, complex(-0.0, -1.0), complex(0.0, -0.0), complex(-0.0, 0.0), 1.5 + 0.5j,
       complex(float('inf'), float('nan')), complex(1e16, 1e-5), 3 + 0j, complex(1, float('-inf'))]
for c in cpx:
    case('complex', '__repr__', c)
    case('complex', '__hash__', c) if not math.isnan(c.imag) else None
    case('complex', '__abs__', c)
    case('complex', '__neg__', c)
    case('complex', 'conjugate', c)
    case('complex', '.real', c)
    case('complex', '.imag', c)
    for fmt in ['', '.2f', '>20', 'e', 'g', '=', '010', '+', '%', '.3', '<15', 'n']:
        case('complex', 'format', c, fmt)
    for d in [1 + 1j, 0j, 2.0, 3, -1j, 0.5 - 2j]:
        for m in ['__add__', '__sub__', '__mul__', '__truediv__', '__pow__', '__eq__', '__rtruediv__', '__rpow__']:
            case('complex', m, c, d)
for s in ['1+2j', '(1+2j)', ' 1j ', 'j', '-j', '1+j', '1-j', '1e5+1e-5j', '1e+5-2j', '(1 + 2j)', '1 +2j', 'x', '', '()',
          '1', '-1.5', 'inf+nanj', '( 3j )', '1+2', '+1J', '1_0+2_0j', '1j1']:
    case('complex', '__new__', complex, s)
case('complex', '__new__', complex, 1.5, 2.5)
case('complex', '__new__', complex, 1 + 1j, 1 + 1j)
case('complex', '__new__', complex, -0.0, -0.0)
case('complex', '__new__', complex, 0, -0.0)

strs = ['abc', 'é', '🐍x', '']
for s in strs:
    for fmt in ['', 's', '>10', '^10', '*<10', '.2', '10.2', '+', 'd', ',', '_', '=', '#', '0', '010', 'z', ' ', 'x', '🐍^7', '^', '<']:
        case('int', 'format', s, fmt)
for v, fmt in [(42, 'x<'), (42, '\x00<5'), (42, '🐍^7'), (1, 'abc'), (1, '.'), (1, '10.'), (1, ',_'), (1, '_,'), (1, ',,'),
               (1, '1000000000000000000000000d'), (65, 'c'), (65, '+c'), (65, '#c'), (-1, 'c'), (0x110000, 'c'), (65, '>5c'),
               (1, 'z'), (1, '.2'), (1234, '08,'), (1234, '09_x'), (-1234, '=+012,'), (1234, '012_x'), (12, '#_b'),
               (0, '#x'), (-5, '#010b'), (1234567, ',x'), (1234567, '_x'), (1234567, ',n'), (3, '\x01')]:
    case('int', 'format', v, fmt)
for x in [255, -255, 0, 2**100, -(2**100)]:
    for b in ['hex', 'oct', 'bin']:
        case('int', 'builtin', b, x)
for x, nd in [(2.5, None), (3.5, None), (-0.5, None), (2.675, 2), (1e300, -300), (float('inf'), None), (float('nan'), None), (float('nan'), 2)]:
    if nd is None:
        case('float', 'builtin', 'round', x)
    else:
        case('float', 'builtin', 'round', x, nd)

for t, m, args in cases:
    if expect:
        print(run(t, m, args))
    else:
        print(t, m, ' '.join(enc(a) for a in args))
