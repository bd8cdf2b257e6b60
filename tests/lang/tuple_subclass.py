class P(tuple):
    def total(self):
        return sum(self)
p = P([1, 2, 3])
print(p, type(p).__name__, p.total(), len(p), p[1], p[1:], type(p[1:]).__name__)
print(p == (1, 2, 3), isinstance(p, tuple))
class Q(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
q = Q(1, 2)
print(q, q[0] + q[1])
print(tuple(q), type(tuple(q)).__name__)
print(P() + (1,))
