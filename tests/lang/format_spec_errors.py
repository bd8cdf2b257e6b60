# Error messages of invalid format specs for int, float, str, bool, complex.
objs = [42, -7, True, 3.5, -0.0, 'abc', 1 + 2j, 2 ** 100]
specs = [',s', '_s', ',c', '_c', ',b', '_b', ',o', ',x', ',X', '_x', ',n', '_n', ',%', '_%', ',d', '_d', ',e', '_g',
         ',,', '__', ',_', '_,', '+s', '-s', ' s', '#s', '=s', 'zs', '.3d', '.0x', '.2c', '+c', '#c', ' c', 'zd', 'z.1f',
         'q', 'Z', '\x01', '\u00e9', '\U0001f600', 'ss', 'dd', '.f', '..2f', '.2.2f', '1.2.3', '0000', '=', '<<', 'xx',
         '>>10', '10=', '.-1f', '-.1f', '+-d', '++d', '  d', '.5', '#', '#0', 'z', 'z+', '+z', '#z', '0z', '_0',
         '99999999999999999999', '.99999999999999999999', 's.2', 'c', 'n', '%', '.2147483648f', '.4294967296e']
for spec in specs:
    row = []
    for o in objs:
        try:
            row.append(repr(format(o, spec))[:30])
        except Exception as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(repr(spec), ' | '.join(row))
for bad in (1, b'd'):
    for o in (1, 1.5, 's', 1j):
        try:
            format(o, bad)
        except TypeError as e:
            print(e)
for o in (1.5, 1j):
    for bad in (None, 1):
        try:
            o.__format__(bad)
        except TypeError as e:
            print(e)
    try:
        o.__format__()
    except TypeError as e:
        print(e)
    try:
        o.__format__('', '')
    except TypeError as e:
        print(e)
print(format(object(), ''), end='|') if False else None
try:
    format(object(), 'd')
except TypeError as e:
    print(e)
try:
    format([], '>5')
except TypeError as e:
    print(e)
