# list.index/count/remove/__contains__/== with __eq__ that mutates the list
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Clear:
    def __init__(self, l): self.l = l
    def __repr__(self): return 'Clear()'
    def __eq__(self, o):
        self.l.clear()
        return False
a = [1, 2, 3, 4]
t(lambda: a.index(Clear(a)))
print(a)
a = [1, 2, 3, 4]
t(lambda: a.count(Clear(a)))
print(a)
a = [1, 2, 3, 4]
t(lambda: a.remove(Clear(a)))
print(a)
a = [1, 2, 3, 4]
print(Clear(a) in a, a)
class Grow:
    def __init__(self, l): self.l = l; self.n = 0
    def __repr__(self): return 'Grow()'
    def __eq__(self, o):
        self.n += 1
        if self.n < 5: self.l.append(o)
        return False
a = [1, 2]
g = Grow(a)
print(a.count(g), a, g.n)
a = [1, 2]
g = Grow(a)
t(lambda: a.index(g)); print(a)
class PopEq:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        if self.l: self.l.pop()
        return True
a = [1, 2, 3]
a.remove(PopEq(a)); print(a)
a = [1, 2, 3]
print(a.index(PopEq(a)), a)
class MutEq:
    def __init__(self, other): self.other = other
    def __eq__(self, o):
        self.other.clear()
        return True
x = [1, 2, 3]
y = [MutEq(x), 2, 3]
print(y == [0, 2, 3] if False else len(y))
x2 = [5, 6, 7]
y2 = [MutEq(x2), MutEq(x2), 0]
print(x2 == y2, x2, y2 == x2)
class Raise:
    def __eq__(self, o): raise ZeroDivisionError('eq!')
t(lambda: [1, 2].index(Raise()))
t(lambda: [1, 2].count(Raise()))
t(lambda: Raise() in [1, 2])
t(lambda: [1, 2] == [1, Raise()])
t(lambda: [Raise()] != [1])
r = Raise()
print(r in [r], [r].count(r), [r].index(r), [r] == [r])
class NotBool:
    def __eq__(self, o): return NotBool2()
class NotBool2:
    def __bool__(self): raise TypeError('no bool')
t(lambda: NotBool() in [1])
t(lambda: [NotBool()] == [1])
t(lambda: [1].index(NotBool()))
