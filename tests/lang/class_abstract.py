from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).area(), isinstance(Sq(1), Shape), issubclass(Sq, Shape))
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
