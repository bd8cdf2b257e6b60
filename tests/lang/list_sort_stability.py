seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % 10
data = [(rnd(), i) for i in range(500)]
s = sorted(data, key=lambda t: t[0])
ok = all(s[i][0] < s[i+1][0] or (s[i][0] == s[i+1][0] and s[i][1] < s[i+1][1]) for i in range(len(s) - 1))
print(ok)
r = sorted(data, key=lambda t: t[0], reverse=True)
ok = all(r[i][0] > r[i+1][0] or (r[i][0] == r[i+1][0] and r[i][1] < r[i+1][1]) for i in range(len(r) - 1))
print(ok)
# already sorted, reversed, and runs
print(sorted(range(20, 0, -1))[:5])
x = list(range(100)) + list(range(50))
x.sort()
print(x[:6], x[-3:])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
