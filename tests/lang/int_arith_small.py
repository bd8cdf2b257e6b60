# Basic int arithmetic on small values, including the floor semantics of
# // and % with negative operands.
for a in (7, -7, 0, 1, -1, 13):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, (-2) ** 3, 0 ** 0, 10 ** 0)
print(-(5), +(5), abs(-5), ~5, ~-1, ~0)
