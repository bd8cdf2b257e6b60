# Annotations in modules, classes and functions.
a: int = 1
b: str
print(__annotations__)
class C:
    x: int
    y: "list[int]" = []
    def f(self, p: int, *args: str, q: float = 1.0, **kw: bool) -> None:
        z: int = 5
        return z
print(C.__annotations__)
print(C.f.__annotations__)
def g(): pass
print(g.__annotations__)
