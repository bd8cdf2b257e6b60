[1, 2, *a]
{1: 2, **a, 3: 4}
{1, 2, *a}
{}
()
(1,)
(1)
[]
[x for x in y if x if z for w in x]
{x: y for x, y in z}
{x for x in y}
(x for x in y)
[(a, b) for a in range(3) for b in range(a)]
[i for i in range(10) if i % 2 if i > 3]
x = [
    1,
    2,
]
{**a, **b}
[*a]
