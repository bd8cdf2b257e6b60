# help(cls): pydoc's plain-text layout for simple classes
class C:
    """A class.

    Two lines."""
    def m(self, x):
        "Method m."
    def n(self):
        pass
    y = 3
    z = 'abc'
help(C)
class D(C):
    "D doc"
    def k(self):
        "k doc"
    w = [1, 2]
help(D)
class E:
    pass
help(E)
class F:
    "Has a long attribute."
    long = 'x' * 200
    t = (1, 2, 3)
help(F)
class G(D):
    pass
help(G)
