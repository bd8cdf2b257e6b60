# Argument-count and keyword errors of complex's methods and float/complex slot wrappers.
for m in ['__neg__','__pos__','__abs__','__bool__','__hash__','__repr__','conjugate','__getnewargs__','__complex__', '__add__', '__eq__', '__pow__', '__rpow__', '__format__', '__int__', '__float__']:
    f = getattr(1+2j, m, None)
    if f is None:
        print(m, 'missing'); continue
    for call in (lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1,2,3), lambda: f(x=1)):
        try: r = call(); print(m, 'ok', r)
        except Exception as e: print(m, type(e).__name__, e)
for m in ['__add__', '__rsub__', '__truediv__', '__floordiv__', '__mod__', '__divmod__', '__rdivmod__', '__eq__', '__lt__',
          '__ge__', '__pow__', '__rpow__']:
    f = getattr(2.5, m)
    for call in (lambda: f(), lambda: f(2), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(x=1)):
        try:
            print(m, 'ok', call())
        except Exception as e:
            print(m, type(e).__name__, e)
