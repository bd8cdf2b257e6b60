# Chained comparisons evaluate each operand once.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1 != 2, 1 is 1 is not None)
x = 5
print(0 <= x < 10, 0 <= x < 3)
print(1 in [1, 2] in [[1, 2]], "a" not in "bcd")
print([1, 2] < [1, 3], (1, 2) == (1, 2), "abc" > "abd")
