# indexing and slicing with steps over ASCII, mixed, and astral strings
abc = "abc"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
strs = ["abcdefghij", "aé𐐨b€c\U0010ffffdé", "𐐨𐐩𐐪𐐫𐐬", "", "x", "\ud800a\udfffb"]
idx = [None, 0, 1, 2, -1, -2, 3, -3, 5, -5, 9, 10, 11, -11, 100, -100]
for s in strs:
    for step in [None, 1, 2, 3, -1, -2, -3, 7, -7, 100, -100]:
        out = []
        for a in [None, 0, 2, -2, 9, -9, 50]:
            for b in [None, 0, 3, -3, 8, -8, 50]:
                out.append(s[a:b:step])
        print(repr(s), step, out)
    print([s[i] if -len(s) <= i < len(s) else "IE" for i in idx if i is not None])
t(lambda: abc[3])
t(lambda: abc[-4])
t(lambda: ""[0])
t(lambda: abc["1"])
t(lambda: abc[1.0])
t(lambda: abc[None])
t(lambda: abc[::0])
t(lambda: abc[1:2:0])
t(lambda: abc["a":])
t(lambda: abc[:1.5])
t(lambda: abc[::"x"])
t(lambda: abc[10**30:])
t(lambda: abc[-10**30:10**30:10**30])
t(lambda: abc[::-10**30])
t(lambda: abc[True])
t(lambda: abc[False:True])
t(lambda: abc[slice(None, None, -1)])
t(lambda: abc[slice(1)])
class I:
    def __index__(self): return 1
t(lambda: abc[I()])
t(lambda: abc[I():])
t(lambda: abc[(1, 2)])
t(lambda: abc[[1]])
long = "é" * 40 + "abc" + "𐐨" * 40
print(long[39:44], long[-41:-38], long[::17], long[::-13], long[83], long[-1], len(long))
print([long[i] for i in range(0, len(long), 9)])
t(lambda: "abc".__getitem__(1))
t(lambda: "abc".__getitem__(slice(0, 2)))
t(lambda: str.__getitem__("abc", -1))
