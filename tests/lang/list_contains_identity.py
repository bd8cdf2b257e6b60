# 'in', count, index, remove use identity before ==; NaN and objects whose __eq__ says False
nan = float('nan')
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = Never()
for seq in ([nan, 1], (nan, 1), [n, 2], (n, 2)):
    x = seq[0]
    print(type(seq).__name__, x in seq, seq.count(x), seq.index(x), seq == type(seq)([x] + list(seq[1:])))
l = [nan, n, nan]
print(l.count(nan), l.count(float('nan')), l.index(nan), float('nan') in l)
l.remove(n); print(len(l))
print([nan] == [nan], [nan] != [nan], (nan,) == (nan,), [n] == [n], [n] != [n])
print([float('nan')] == [float('nan')], [Never()] == [Never()])
class Always:
    def __eq__(self, o): return True
a = Always()
print(a in [1], [1, 2].count(a), [5, 6].index(a), [3] == [a], [a] == [3], (a,) == (3,))
print(1 in [a], [a].count(1), [a].index(1), [a, a].count(a))
