# Non-ASCII strings: code point indexing, length, slicing, iteration.
s = "héllo wörld ñ 日本語 \U0001F600!"
print(len(s), s[1], s[7], s[14], s[18], s[-2], s[-1])
print(s[::-1])
print(s[14:17], s[::3])
print([c for c in "aé日\U0001F600"])
print(list(map(ord, "aé日\U0001F600")))
long = "é" * 100 + "x" + "日" * 50
print(len(long), long[100], long[99], long[101], long[149], long[-1])
print(long.find("x"), long.index("日"), long.rfind("é"), long.count("日"))
print(chr(0x1F600) == "\U0001F600", ord("\U0001F600"), len("\U0001F600"))
for i in range(0, 151, 37):
    print(i, long[i], long[i:i + 3])
