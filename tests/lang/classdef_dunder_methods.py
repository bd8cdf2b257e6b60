# Python-level dunder methods called from C (sp_function_call from protocol code).
class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "V(%s)" % ", ".join(map(repr, self.xs))
    def __eq__(self, other):
        return isinstance(other, V) and self.xs == other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, other):
        return V(*[a + b for a, b in zip(self.xs, other.xs)])
    def __lt__(self, other):
        return self.xs < other.xs
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __bool__(self):
        return bool(self.xs)
    def __call__(self, k):
        return self.xs[k]
print(V(1, 2) + V(3, 4), V(1) == V(1), len(V(1, 2, 3)), V(5, 6)[1])
print(sorted([V(3), V(1), V(2)]), {V(1): "one"}[V(1)], 2 in V(1, 2), bool(V()), V(7, 8)(0))
print(list(V(1, 2)), [x for x in V(3, 4)], max(V(1, 9, 4)))
