# Argument-count and keyword errors of float's methods, CPython's wording.
noargs = ['__neg__', '__pos__', '__abs__', '__bool__', '__float__', '__int__', '__trunc__', '__floor__', '__ceil__',
          'conjugate', '__hash__', '__repr__', 'is_integer', 'as_integer_ratio', 'hex', '__getnewargs__']
for m in noargs:
    f = getattr(2.5, m)
    print(m, f() if m not in ('__hash__',) else f() == hash(2.5))
    for call in (lambda: f(1), lambda: f(1, 2), lambda: f(x=1)):
        try:
            call()
        except TypeError as e:
            print(' ', e)
for m in ['__round__', '__format__', '__getformat__', 'fromhex']:
    f = getattr(2.5, m)
    for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(x=1)):
        try:
            r = call()
            print(m, 'ok', r)
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__, e)
for args in [(), (1,), ('2.5',), (1, 2)]:
    try:
        print(float(*args))
    except TypeError as e:
        print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
for t in ('double', 'float', 'int', 1, b'double'):
    try:
        print(float.__getformat__(t))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float.__new__(float), float.__new__(float, '3'))
for bad in (int, 1, None):
    try:
        float.__new__(bad)
    except TypeError as e:
        print(e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).real, (1e300).imag)
try:
    (2.5).real = 1
except AttributeError as e:
    print(e)
try:
    (2.5).foo
except AttributeError as e:
    print(e)
