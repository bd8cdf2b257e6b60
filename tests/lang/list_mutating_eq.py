# __eq__ that mutates the list being searched must not crash.
class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
a = [1, 2, 3, 4]
s = Shrink(a)
print(s in a, a)
a = [1, 2, 3, 4]
s = Shrink(a)
print(a.count(s), a)
a = [1, 2, 3, 4]
s = Shrink(a)
try:
    a.index(s)
except ValueError as e:
    print('ValueError')
print(a)
a = [1, 2, 3, 4]
s = Shrink(a)
try:
    a.remove(s)
except ValueError as e:
    print(e)
print(a)
b = [Shrink(None)]
class Grow:
    done = False
    def __eq__(self, other):
        if not Grow.done:
            Grow.done = True
            big.extend(range(100))
        return False
big = [1, 2]
print(Grow() in big, len(big))
x = [1, 2, 3]
y = [1, 2, 3]
class EqMut:
    def __eq__(self, other):
        x.clear()
        y.clear()
        return True
x = [EqMut(), 1, 2]
y = [EqMut(), 1, 2]
print(x == y, x, y)
