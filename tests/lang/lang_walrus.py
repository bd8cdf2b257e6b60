# Assignment expressions.
data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4], y)
def f():
    total = 0
    while (nxt := total + 3) < 10:
        total = nxt
    return total, nxt
print(f())
print([last := i for i in range(3)], last)
