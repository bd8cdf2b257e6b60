print(repr(list.append), repr(list.__dict__["append"]), repr(dict.__dict__["fromkeys"]).startswith("<method 'fromkeys'"))
print(repr(len), repr(int.__dict__["real"]), repr(type.__dict__["__name__"]))
print(type(len).__name__, type(list.append).__name__, type([].append).__name__, type(dict.__dict__["fromkeys"]).__name__, type(int.real).__name__)
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__, len.__name__, len.__self__.__name__)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__dict__["fromkeys"](1)
except TypeError as e:
    print(type(e).__name__, e)
l = []
list.append(l, 1)
print(l, list.append.__get__(l)(2), l)
print([].append == [].append, len == len)
m = list.__dict__["append"]
try:
    m.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys([1, 2]), dict.__dict__["fromkeys"].__get__(None, dict)([3]))
print(int.__dict__["real"].__get__(5), int.real.__name__)
try:
    int.real.__set__(5, 1)
except AttributeError as e:
    print(type(e).__name__, e)
