# translate / maketrans.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("hello".translate({ord("l"): "LL", ord("o"): None, ord("h"): 72}))
print(str.maketrans({"a": "b", 99: None}))
print("日本".translate({ord("日"): "ni"}))

class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            return "X"
        raise LookupError(k)

print("xyx".translate(Table()))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1})):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (lambda: str.maketrans(5), lambda: "a".translate({97: 1.5}), lambda: str.maketrans({1.5: 2})):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
