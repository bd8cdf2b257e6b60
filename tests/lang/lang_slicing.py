# Slicing and slice assignment.
s = "abcdefgh"
print(s[1:3], s[:2], s[5:], s[::2], s[::-1], s[-3:-1], s[100:], s[1:6:2])
l = list(range(10))
print(l[2:8:3], l[-2:], l[:-7])
l[2:4] = ["a", "b", "c"]
print(l)
l[::3] = [0, 0, 0, 0]
print(l)
t = (1, 2, 3, 4)
print(t[1:3], t[::-2])
print(slice(1, 5, 2), s[slice(2, 4)])
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[1:2, 3], S()[::], S()[...])
