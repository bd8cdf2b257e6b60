# from __future__ import annotations: annotations kept as source strings.
from __future__ import annotations
def f(x: Undefined, y: list[int] = None) -> Later:
    return x
print(f.__annotations__)
class C:
    attr: Forward
    other: dict[str, int] = {}
    def m(self) -> C:
        return self
print(C.__annotations__, C.m.__annotations__)
value: Missing = 3
print(__annotations__, value)
