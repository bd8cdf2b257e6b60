# list comparisons: mixed element types, lengths, identity shortcut, NotImplemented
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1] <= [1], [2] > [1, 9], [1, 2] >= [1, 2])
print([1, 'a'] == [1, 'a'], [1, 'a'] != [1, 'b'], [1] == (1,), [1] != (1,))
t(lambda: [1, 2] < [1, 'x'])
t(lambda: [1, 'x'] < [1, 2])
t(lambda: [1] < (1,))
t(lambda: [1] <= 'a')
t(lambda: [1] > None)
t(lambda: [1] >= 1)
t(lambda: [None] < [None])
t(lambda: [None] < [1])
print([None] == [None], [None] < [None, 1], [1, None] < [2, None])
t(lambda: [[1], 2] < [[1], 'a'])
t(lambda: [1j] < [2j])
print([1j] == [1j], [1j] < [1j, 0])
nan = float('nan')
print([nan] == [nan], [float('nan')] == [float('nan')], [nan] < [nan], [nan] <= [nan])
x = [nan]; print(x == x, x < x, x <= x)
print([1, 2.0] == [1.0, 2], [True] == [1], [0.1 + 0.2] == [0.3])
print([1, [2, [3]]] < [1, [2, [4]]], [[]] < [[0]], [[0]] > [[]])
class AlwaysEq:
    def __eq__(self, o): return True
    def __lt__(self, o): return 'lt!'
print([AlwaysEq(), 1] == [5, 1], [AlwaysEq()] < [0], [1, AlwaysEq()] < [1, 0])
class NoCmp:
    pass
t(lambda: [NoCmp()] < [NoCmp()])
print([NoCmp()] == [NoCmp()])
n = NoCmp(); print([n] == [n])
class Raise:
    def __eq__(self, o): raise ValueError('eq')
r = Raise()
print([r] == [r])
t(lambda: [Raise()] == [Raise()])
t(lambda: [Raise()] < [1])
class Sub(list): pass
print(Sub([1]) == [1], [1] < Sub([2]), Sub() == Sub())
print([1, 2].__lt__((1, 2)), [1].__eq__(1), list.__eq__([1], [1]))
t(lambda: list.__eq__((1,), [1]))
print(sorted([[3], [1, 2], [1], [], [2, 0]]))
