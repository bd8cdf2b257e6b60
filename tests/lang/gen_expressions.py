# Generator expressions and comprehensions have their own scope.
x = 10
print(sum(i * i for i in range(4)))
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", [1, 2])})
print(sorted({c for c in "hello"}))
print([(i, j) for i in range(3) for j in range(i) if j != 1])
g = (n for n in [1, 2, 3])
print(next(g), list(g))
print(list(y for y in range(5) if y % 2 == 0))
print([[j for j in range(i)] for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def scope():
    n = 5
    return [n + i for i in range(2)]
print(scope())
print([w := i for i in range(3)], w)
