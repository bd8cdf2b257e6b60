# Lambdas: defaults, closures, nested, as keys.
sq = lambda x: x * x
print(sq(7), (lambda: "none")(), (lambda *a: a)(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adder = lambda n: lambda x: x + n
print(adder(3)(4))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(sq.__name__, sq.__qualname__)
f = lambda: (yield 1)
print(list(f()))
