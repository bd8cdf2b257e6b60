# abs divmod pow round hex oct bin on numbers.
print(abs(-5), abs(5.5), abs(-2 ** 100), abs(3 + 4j), abs(True), abs(-0.0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(2, 10, 1000), pow(base=3, exp=4), pow(3, 4, mod=5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7), round(1.23456, ndigits=3))
print(hex(255), hex(-255), hex(0), oct(64), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 100))
class I:
    def __index__(self): return 10
print(hex(I()), bin(I()), oct(I()))
for expr in ("hex(1.5)", "divmod('a', 1)", "abs('x')", "round('x')", "pow('a', 2)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 2))
# divmod tries a subclass's __rdivmod__ first, as binary operators do.
class I(int):
    def __rdivmod__(self, o): return "rdivmod"
class K:
    def __rdivmod__(self, o): return ("K", o)
print(divmod(7, I(2)), divmod(I(7), 2), divmod(7, K()), divmod(7.5, I(2)))
