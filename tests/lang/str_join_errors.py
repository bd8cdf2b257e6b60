# join with every kind of iterable and item error
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "-".join(["a", 1]))
t(lambda: "-".join(["a", "b", 2.5]))
t(lambda: "-".join([None]))
t(lambda: "-".join([b"a"]))
t(lambda: "-".join(("a", ["b"])))
t(lambda: "-".join(x for x in ["a", 3]))
t(lambda: "-".join(1))
t(lambda: "-".join(None))
t(lambda: "-".join())
t(lambda: "-".join("a", "b"))
t(lambda: "-".join(iterable=["a"]))
t(lambda: "-".join({"b": 1, "a": 2}))
t(lambda: "-".join({"x"}))
t(lambda: "-".join("xyz"))
t(lambda: "-".join(""))
t(lambda: "-".join(["", ""]))
t(lambda: "𐐨".join(["é", "a", ""]))
t(lambda: "".join(["a" * 3, "é" * 2]))
t(lambda: "-".join(range(3)))
t(lambda: "-".join(map(str, range(5))))
class S(str): pass
r = "-".join([S("a")])
print(type(r).__name__, r)
r = "".join([S("a")])
print(type(r).__name__, r)
r = S("-").join(["a", "b"])
print(type(r).__name__, r)
class G:
    def __getitem__(self, i):
        if i < 3: return "g%d" % i
        raise IndexError
t(lambda: ",".join(G()))
class BadIter:
    def __iter__(self): raise RuntimeError("boom")
t(lambda: ",".join(BadIter()))
t(lambda: str.join("a", ["b", "c"]))
t(lambda: str.join(1, ["b"]))
