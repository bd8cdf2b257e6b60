# Indexing and slicing, positive, negative, steps, out of range.
s = "abcdefg"
print(s[0], s[6], s[-1], s[-7])
print(s[1:4], s[:3], s[4:], s[-3:], s[:-3], s[::2], s[::-1], s[5:1:-2])
print(repr(s[10:]), repr(s[3:3]), s[-100:100], repr(s[4:2]))
for i in (7, -8, 100):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True])
print(""[:], repr(""[::-1]))
