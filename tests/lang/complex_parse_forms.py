# complex(str): every accepted form and the malformed-string error.
forms = ['1+2j', '1-2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '( 1+2j)', '(1+2j', '1+2j)', 'j', '-j', '+j', '2j', '-2J',
         '1e3+1e-3j', '1E3-1E-3J', 'inf+nanj', '-inf-infj', 'nan', 'NaNj', 'infj', '-infinityj', '1+infj', '1_0+2_0j',
         '1__0j', '_1j', '1.j', '.5j', '5.+.5j', '1+2', '1+j2', '1 + 2j', '1+ 2j', '1 +2j', '', ' ', '()', '( )',
         'j1', '1jj', '1+2j+3j', '1e+j', '1e5j', '1.5e-5-2.5e+5j', '0x1j', '1+-2j', '1-+2j', '++1j', '\t1j\n',
         '1\x00j', '\u0661+\u0662j', '1+2i', '3', '-0', '-0j', '-0-0j', '0-0j', 'nanj', '-nan+nanj', '1e400j',
         '1e400+1e400j', '1e-400j', '+1.5', '(3)', '((1))', 'J', '1J', '1.5E3J']
for s in forms:
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ('1', '2'), (b'1',), (None,), ([],), (1, None), (1j, 1j), (1, 1j), (1j, 1),
             (-0.0, -0.0), (0.0, -0.0), (-0.0,), (float('nan'), float('inf')), (True, False), (10 ** 400,), (1, 10 ** 400)]:
    try:
        print(args, repr(complex(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for kw in [dict(real=1), dict(imag=2), dict(real=1, imag=2), dict(real='1+j'), dict(imag='1'), dict(x=1), dict(real=1, x=2)]:
    try:
        print(kw, repr(complex(**kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print(e)
try:
    complex(1, real=2)
except TypeError as e:
    print(e)
class C:
    def __complex__(self):
        return 3 + 4j
class BadC:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(C(), C()), complex(I(), I()))
for obj in (BadC(),):
    try:
        complex(obj)
    except TypeError as e:
        print(e)
class CF(complex):
    pass
for f in [lambda: complex(I(), I()), lambda: complex(1, I()), lambda: complex(1, C()), lambda: complex(C(), 1),
          lambda: complex(1, CF(1j)), lambda: complex(CF(2j), CF(1j))]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
for s in ['1_000j', '1e1_0j', '1_+2j', '1+_2j', '1_j', '(1_j', 'x_', 'x', '1 _j', ' 1_0 ', '\u00a01+2j\u2003',
          '1\u2003+2j', '1.5_5j', '1._5j', '0_0', '(1+2j)_']:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), e)
