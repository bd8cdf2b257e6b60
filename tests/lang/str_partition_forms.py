# partition / rpartition
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["a=b=c", "abc", "", "=", "==", "é=ü=𐐨", "𐐨𐐨𐐨"]:
    for sep in ["=", "==", "b", "𐐨", "é=", "zz"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(None))
t(lambda: "abc".rpartition(1))
t(lambda: "abc".partition(b"b"))
t(lambda: "abc".partition())
t(lambda: "abc".partition("a", "b"))
t(lambda: "abc".partition(sep="b"))
class S(str): pass
r = S("xay").partition("a")
print(r, [type(x).__name__ for x in r])
r = S("xay").partition("q")
print(r, [type(x).__name__ for x in r])
r = "xay".partition(S("a"))
print(r, [type(x).__name__ for x in r])
