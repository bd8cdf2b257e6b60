nan = float('nan')
other = float('nan')
s = {nan}
print(nan in s, other in s, len({nan, nan}), len({nan, other}))
d = {nan: 'a'}
print(d.get(nan), d.get(other), nan in d, other in d)
d[other] = 'b'
print(len(d), sorted(d.values()))
print({nan} == {nan}, {nan} == {other}, [nan] == [nan], (nan,) == (nan,))
print({1: nan} == {1: nan}, {1: nan} == {1: other})
print({nan} <= {nan, 1}, {other} <= {nan, 1})
print(len({nan} | {other}), len({nan} & {other}), len({nan} - {other}), len({nan} ^ {nan}))
print(list({nan: 1}.keys() & {nan}), list({nan: 1}.items() & {(nan, 1)}))
print((nan, 1) in {nan: 1}.items(), (other, 1) in {nan: 1}.items(), (1, nan) in {1: nan}.items())
print(nan in [nan], nan in (nan,), [nan].count(nan), [nan].index(nan))
print(hash(nan) == hash(nan))
inf = float('inf')
print({inf: 1}[float('inf')], {-inf: 1}.get(float('-inf')), hash(inf), hash(-inf))
print({0.0: 'z'}[-0.0], {-0.0: 'z'}[0], len({0.0, -0.0, 0}))
l = [nan]
print(l == l, [l] == [l], {1: l} == {1: l})
fs = frozenset([nan])
print(fs == frozenset([nan]), fs == fs, nan in fs)
