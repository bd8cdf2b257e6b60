print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[int], enumerate[str])
print(type(list[int]).__name__, list[int].__origin__, dict[str, int].__args__)
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int])
class C(list[int]):
    pass
print(C.__bases__, C([3]))
def f(x: list[int], y: dict[str, tuple[int, ...]]) -> set[int]:
    return set(x)
print(f([1, 1, 2], {}), f.__annotations__['x'])
