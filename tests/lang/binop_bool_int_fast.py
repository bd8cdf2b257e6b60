# Arithmetic and bitwise operators between bools and ints: bool is int's
# subclass, so the result is int's (a bool only for & | ^ between two bools).
import operator

ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow),
       ('<<', operator.lshift), ('>>', operator.rshift), ('&', operator.and_),
       ('|', operator.or_), ('^', operator.xor)]
values = [True, False, 0, 1, -1, 5, -7, 2**62, -2**63, 2**70]
for name, fn in ops:
    for a in values:
        for b in values:
            if name in ('**', '<<') and type(b) is int and abs(b) > 64:
                continue
            try:
                r = fn(a, b)
                print(repr(a), name, repr(b), '=', repr(r), type(r).__name__)
            except Exception as e:
                print(repr(a), name, repr(b), 'raises', type(e).__name__, e)

# in-place forms and the idioms that use them
n = 0
for i in range(10):
    n += i % 3 == 0
print(n, type(n).__name__)
bits = 0
for i in range(8):
    bits = (bits << 1) | (i % 2 == 1)
print(bits, type(bits).__name__)
flag = True
flag &= False
print(flag, type(flag).__name__)
flag = True
flag |= 2
print(flag, type(flag).__name__)
x = 3
x ^= True
print(x, type(x).__name__)

# with other types, bools keep their behaviour
print(True + 1.5, False * 2.5, True + 1j)
print([1, 2] * True, 'ab' * False, (1,) * True)
for expr in ('True + None', 'True + "a"', '"a" + False', 'True @ 1'):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)

# subclasses of int keep their own operators
class MyInt(int):
    def __or__(self, other):
        return 'MyInt.__or__'
    def __ror__(self, other):
        return 'MyInt.__ror__'
    def __add__(self, other):
        return 'MyInt.__add__'
print(MyInt(2) | True, True | MyInt(2), MyInt(2) + False)
