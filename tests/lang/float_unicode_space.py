# Unicode whitespace and digits around numbers: float(), complex() and float.fromhex.
for s in ['\u20030x1p0', '0x1p0\u00a0', '\x0b0x1p0\x0c', '\x1c0x1p0', '0x\u0661p0', '\uff10x1p0', '0x1p\u0661', '0x1.\u00e9p0']:
    try:
        print(repr(s), float.fromhex(s))
    except ValueError as e:
        print(repr(s), e)
for s in ['\x1c1.5\x1d', '\x1e2\x1f', '\x851.5', '1.5\u2028', '\u180e1', '\u200b1', '\ufeff1']:
    for f in (float, complex):
        try:
            print(repr(s), f(s))
        except ValueError as e:
            print(repr(s), e)
