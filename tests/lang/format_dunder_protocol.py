# format() and str.format/f-strings dispatch to __format__ of float, int and
# complex subclasses; the built-in __format__ ignores subclass __str__ for
# non-empty specs.
class F(float):
    def __format__(self, spec):
        return 'F[%s]' % spec
class G(float):
    def __str__(self):
        return 'G-str'
class H(float):
    def __repr__(self):
        return 'H-repr'
class Z(complex):
    def __str__(self):
        return 'Z-str'
class I(int):
    def __format__(self, spec):
        return 'I[%s]' % super().__format__(spec)
for v in [F(1.5), G(2.5), H(3.5), Z(1j), I(42)]:
    print(format(v), format(v, ''), format(v, '.2f' if not isinstance(v, int) else '05d'), '{}|{:>8}'.format(v, v), f'{v}|{v!r}|{v!s}')
print(float.__format__(G(2.5), ''), float.__format__(F(1.5), '.1f'), complex.__format__(Z(1j), ''), complex.__format__(Z(1j), '.1f'))
print(float.__format__(2.5, ''), float.__format__(2.5, 'g'), type(float.__format__(G(1.0), '')).__name__)
try:
    float.__format__(1, '')
except TypeError as e:
    print(e)
try:
    complex.__format__(1.0, '')
except TypeError as e:
    print(e)
