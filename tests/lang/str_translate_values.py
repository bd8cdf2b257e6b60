# translate with unusual table values and maketrans with unusual mappings
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return "?"
t(lambda: "abc".translate(D({97: "A"})))
t(lambda: "abc".translate({97: True}))
t(lambda: "abc".translate({97: False}))
class I(int): pass
t(lambda: "abc".translate({97: I(66)}))
class S(str): pass
t(lambda: "abc".translate({97: S("zz")}))
t(lambda: "abc".translate({97: 2**70}))
t(lambda: "abc".translate({97: -2**70}))
t(lambda: sorted(str.maketrans(D({"a": 1})).items()))
t(lambda: str.maketrans({"a": 1, 2.5: 3}))
t(lambda: str.maketrans({2.5: 3, "ab": 1}))
t(lambda: str.maketrans({I(5): "x"}))
t(lambda: type(list(str.maketrans({I(5): "x"}))[0]).__name__)
t(lambda: str.maketrans({S("q"): "x"}))
t(lambda: str.maketrans(S("ab"), S("cd"), S("e")))
t(lambda: str.maketrans("ab", "cd", ""))
t(lambda: str.maketrans({}, "x"))
t(lambda: str.maketrans("a", {}))
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 1
t(lambda: str.maketrans(M()))
t(lambda: "a\u0100\U00010000".translate(str.maketrans("a\u0100\U00010000", "\U00010000a\u0100")))
t(lambda: "hello".translate({ord("l"): "L" * 3, ord("o"): None}))
t(lambda: "x" * 3 + "y".translate({}))
