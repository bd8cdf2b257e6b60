# Grouping separators with zero padding at every width (the separators run
# on into the padding), for ints, floats, and huge values.
for v in [0, 5, -5, 1234, -1234567, 0.5, -1234.5, 1e300, -2 ** 80, 12345.678]:
    for sep in (',', '_'):
        row = []
        for w in range(0, 16):
            for t in ('', 'f' if isinstance(v, float) else 'd'):
                try:
                    row.append(format(v, '0%d%s%s' % (w, sep, t)))
                except ValueError as e:
                    row.append('!' + str(e))
        print(repr(v)[:12], sep, '|'.join(row)[:400])
for spec in ['0=20,', '0<20,', '0>20,', '0^20,', '*=20,', '=+020,', '+020_', ' 020,.1f', '-020_.3e', '020,%']:
    print(spec, repr(format(-98765.4321, spec)), repr(format(98765, spec)) if '.' not in spec and '%' not in spec else '')
print(pow(2.0, 3, None), (2.0).__pow__(3, None), (2.0).__rpow__(3, None), pow(2j, 2, None))
print(repr(format(-1e300, '0=330,.2f'))[:60], len(format(1e300, ',.2f')), format(2 ** 200, '_x'), format(2 ** 200, ',o' if False else '_o'))
