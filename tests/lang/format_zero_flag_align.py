# The 0 flag combined with explicit alignments and fills, for every kind of value.
for spec in ['<05', '^05', '>05', '=05', 'x<05', '<005', '0', '00', '000', '0005', '<0', '+05', '-<05', '#<08x', '<08,', '<08_']:
    for v in [5, -5, 1.5, 'ab', 2j]:
        try:
            print(spec, repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(spec, repr(v), e)
