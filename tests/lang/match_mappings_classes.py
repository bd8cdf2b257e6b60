# match: mapping patterns, class patterns with __match_args__ and keywords.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    def __init__(self, r):
        self.r = r

def m(v):
    match v:
        case {"type": "pt", "x": x, **rest}:
            return f"pt {x} {rest}"
        case {"a": 1}:
            return "a1"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case Circle(r=r) if r > 1:
            return f"big circle {r}"
        case Circle():
            return "circle"
        case int() | float():
            return "number"
        case str(s):
            return "string " + s
        case _:
            return "?"
for v in [{"type": "pt", "x": 1, "z": 2}, {"a": 1, "b": 2}, {"b": 1}, Point(0, 0), Point(5, 0),
          Point(1, 2), Circle(3), Circle(0.5), 7, 2.5, "s", [1]]:
    print(m(v))
try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print(e)
