# str(), str(obj), str(bytes, encoding, errors) and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str())
t(lambda: str(""))
t(lambda: str(12))
t(lambda: str(1.5))
t(lambda: str(None))
t(lambda: str(b"abc"))
t(lambda: str(bytearray(b"ab")))
t(lambda: str(b"abc", "ascii"))
t(lambda: str(b"h\xc3\xa9", "utf-8"))
t(lambda: str(b"h\xe9", "utf-8"))
t(lambda: str(b"h\xe9", "utf-8", "replace"))
t(lambda: str(b"h\xe9", "utf-8", "ignore"))
t(lambda: str(b"h\xe9", "utf-8", "surrogateescape"))
t(lambda: str(b"h\xe9", "utf-8", "backslashreplace"))
t(lambda: str(b"h\xe9", "latin-1"))
t(lambda: str(b"h\xe9", errors="strict"))
t(lambda: str(b"h\xe9", errors="replace"))
t(lambda: str(b"h", encoding="ascii"))
t(lambda: str(b"\xff", "ascii"))
t(lambda: str(b"\xed\xa0\x80", "utf-8"))
t(lambda: str(b"\xed\xa0\x80", "utf-8", "surrogatepass"))
t(lambda: str(b"\xf0\x90\x90", "utf-8"))
t(lambda: str(b"\xf0\x90\x90", "utf-8", "replace"))
t(lambda: str(b"\xc0\x80", "utf-8", "replace"))
t(lambda: str(b"a\xf4\x90\x80\x80b", "utf-8", "replace"))
t(lambda: str(memoryview(b"mv"), "ascii"))
t(lambda: str(bytearray(b"ba"), "ascii"))
t(lambda: str("abc", "ascii"))
t(lambda: str(1, "ascii"))
t(lambda: str([], "ascii"))
t(lambda: str(b"x", 1))
t(lambda: str(b"x", "ascii", 1))
t(lambda: str(b"x", "nope"))
t(lambda: str(b"x", "ascii", "nope"))
t(lambda: str(b"\xff", "ascii", "nope"))
t(lambda: str(b"x", "ascii", "strict", 1))
t(lambda: str(object=5))
t(lambda: str(object=b"x", encoding="ascii"))
t(lambda: str(obj=5))
t(lambda: str(5, object=5))
class St:
    def __str__(self): return 42
t(lambda: str(St()))
class St2:
    def __str__(self): return "st2"
    def __repr__(self): return "rep2"
t(lambda: (str(St2()), repr(St2())))
class St3:
    def __repr__(self): return "only-repr"
t(lambda: str(St3()))
class SubS(str):
    def __str__(self): return "sub-str"
t(lambda: str(SubS("x")))
class Ret(str): pass
class St4:
    def __str__(self): return Ret("r")
t(lambda: type(str(St4())).__name__)
t(lambda: str.__new__(Ret, "q"))
t(lambda: type(str.__new__(Ret, "q")).__name__)
t(lambda: str.__new__(int, "q"))
t(lambda: str.__new__(5))
t(lambda: str.__new__())
t(lambda: str.__new__(str, 1, 2, 3, 4))
t(lambda: str(bogus=1))
t(lambda: str.__new__(str, object="z"))
t(lambda: str(b"x", encoding=None))
t(lambda: str(errors="strict"))
t(lambda: str(encoding="ascii"))
t(lambda: str(b"\xe9", "latin-1", errors="ignore"))
