# math.floor/ceil/trunc and round() through __floor__/__ceil__/__trunc__/__round__/__float__.
class X:
    def __floor__(self): return 1.5
    def __ceil__(self): return None
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'T'
x = X()
print(math.floor(x), math.ceil(x), round(x), round(x, 2), math.trunc(x))
class Y:
    def __float__(self): return 2.7
print(math.floor(Y()), math.ceil(Y()), math.sqrt(Y()), math.isnan(Y()), math.copysign(Y(), -1))
for bad in [Y, 'x', [1.0]]:
    try:
        round(bad)
    except TypeError as e:
        print(e)
try:
    int(Y())
except TypeError as e:
    print(e)
class Z(float):
    def __floor__(self): return 'Z.floor'
    def __round__(self, n=None): return 'Z.round'
print(math.floor(Z(1.5)), round(Z(1.5)), round(Z(1.5), 1), math.ceil(Z(1.5)), math.trunc(Z(1.5)))
