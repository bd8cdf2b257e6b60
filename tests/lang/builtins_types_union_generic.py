u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, (int | str) == (str | int))
print(int | str | int, (int | str) | (float | None), list[int] | None)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)
g = list[int]
print(g, g.__origin__, g.__args__, g.__parameters__, dict[str, list[int]], tuple[int, ...])
print(g == list[int], g != list[str], hash(g) == hash(list[int]), g(), g((1, 2)))
print(g.__name__, g.__mro_entries__((g,)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([1]).__class__.__name__)
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__, f(3))
import types
print(types.GenericAlias(list, (int,)), types.UnionType, types.GenericAlias)
print(repr(type[int]), type(None) | int)
