class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.norm1(), p.dims, Point.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__ is Point)
print(sorted(p.__dict__.items()))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.__bases__, Point.__base__)
print(repr(Point))
print(str(p).startswith("<__main__.Point object at 0x"))
class Inner:
    class Nested:
        pass
print(Inner.Nested.__qualname__, repr(Inner.Nested))
