# The z flag (negative zero coercion), # (alternate form) and sign flags
# across float types and precisions, including values that round to zero.
vals = [-0.0, 0.0, -0.0001, -0.004, -0.005, -0.5, -1e-300, -0.06, 1e-7, -1.5, -1e20, float('-inf'), float('nan'), -float('nan')]
specs = ['z', 'z.0f', 'z.1f', 'z.2f', '+z.1f', ' z.1f', '-z.1f', 'z.0e', 'z.1e', 'z.0g', 'z.3g', 'z.0%', 'z.1%', 'z%',
         'zg', 'ze', 'z,.1f', 'z>8.1f', 'z=+8.1f', '#z.0f', 'z#.0f', 'zF', 'zE', 'zG', 'zn', '#', '#.0', '#.1', '#e',
         '#.0e', '#g', '#.0g', '#.1g', '#.2g', '#G', '#.0%', '#f', '#F', '#n', '+#.0f', ' #.0e']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('!' + str(e))
    print(repr(v), '|'.join(row))
for s in ['zd', 'z', 'zx', 'zs', 'z5', 'zc', 'zb']:
    for v in (-0, 5, 'x'):
        try:
            print(s, repr(format(v, s)))
        except ValueError as e:
            print(s, e)
for v in [-0.0 - 0.0j, complex(-0.0, 0.0), complex(-0.001, -0.001), complex(0.0, -0.0)]:
    for s in ['z', 'z.1f', 'z.0e', 'zg', '#z.0f', 'z.2']:
        try:
            print(repr(v), s, repr(format(v, s)))
        except ValueError as e:
            print(repr(v), s, e)
