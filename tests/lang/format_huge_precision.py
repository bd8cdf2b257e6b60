# Precisions and widths at the limits: "precision too big", "Too many decimal digits",
# and huge precisions with g-like types (short results, no huge buffers).
for spec in ['.2147483648f', '.999999999999f', '.9223372036854775807f', '.9223372036854775808f', '9223372036854775808d',
             '.2147483647', '.2147483646g', '.99999999999999999999g', '99999999999999999999', ',.2147483648f', '.2147483648e',
             '.2147483648%', '.2147483648s', '.2147483648']:
    for v in (1.5, 1j, 7, 'ab'):
        try:
            r = format(v, spec)
            print(spec, 'len', len(r))
        except (ValueError, OverflowError, MemoryError) as e:
            print(spec, type(e).__name__, e)
print(format(1.5, '.2147483646g'), format(1j, '.2147483647'), format(0.1, '.2147483646'), format(-1e-300, '.2147483647'))
print(format(1e300, '.2147483646g'))
print(format(2 + 3j, '.2147483647g'), format(5e-324, '.999999999'), format(123456789.0, '.2000000000G'))
