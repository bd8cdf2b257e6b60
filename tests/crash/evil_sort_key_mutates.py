# Sorting while the key / __lt__ mutates the list.
data = list(range(100))
def key(x):
    data.append(x)
    return -x
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError", e)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.clear()
        return self.v < other.v
lst = [Bad(i) for i in range(50)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e)
print(len(lst) >= 0)
