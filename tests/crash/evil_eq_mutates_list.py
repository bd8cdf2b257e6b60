# list.index / count / remove / in with __eq__ shrinking the list.
class Shrink:
    def __eq__(self, other):
        lst.clear()
        return False
lst = [Shrink() for _ in range(10)]
print(5 in lst)
lst = [Shrink() for _ in range(10)]
print(lst.count(5))
lst = [Shrink() for _ in range(10)]
try:
    lst.index(5)
except ValueError as e:
    print("ValueError", e)
lst = [Shrink() for _ in range(10)]
try:
    lst.remove(5)
except ValueError as e:
    print("ValueError", e)
lst = [Shrink() for _ in range(10)]
print(lst == [1] * 10)
