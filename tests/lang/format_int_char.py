# The c presentation type: width, fill, align, and every flag that is refused with it.
for spec in ['c', '5c', '<5c', '^5c', '=5c', '*>5c', '05c', '0=5c', ',c', '_c', '+c', '#c', '.1c', 'zc', ' c', '-c', '0c', '00c']:
    for v in [65, 0x1F600, 0, True, -1, 0x110000]:
        try:
            print(spec, v, repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            print(spec, v, type(e).__name__, e)
for spec in ['=5', '=5s', '^=5', '0=5', '05s', '00s']:
    try:
        print(spec, repr(format('ab', spec)))
    except ValueError as e:
        print(spec, e)
