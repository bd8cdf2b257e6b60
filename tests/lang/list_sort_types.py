# sorting many value types; stability under many equal keys; reverse on sorted/reversed runs
a = [3, -1, 2.5, True, 0, -0.0, 10**20, -10**20, 1e300, -float('inf'), float('inf'), 7]
print(sorted(a), sorted(a, reverse=True))
print(sorted(['b', 'a', 'B', 'é', 'e', '', 'ab', 'a\x00', '\U0001f600', 'z' * 3]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), (), (0, 'z', 0)]))
print(sorted([[2], [1, 5], [1], []]), sorted([b'b', b'a', b'', b'ab']))
print(sorted([frozenset({1}), frozenset({1, 2}), frozenset()], key=len))
data = [(i % 7, i) for i in range(300)]
s1 = sorted(data, key=lambda p: p[0])
print(all(s1[i][1] < s1[i + 1][1] for i in range(len(s1) - 1) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(data, key=lambda p: p[0], reverse=True)
print(all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]), s2[:3], s2[-3:])
up = list(range(1000)); down = up[::-1]
print(sorted(up) == up, sorted(down) == up, sorted(up, reverse=True) == down, sorted(down, reverse=True) == down)
saw = [i % 50 for i in range(1000)]
print(sorted(saw)[::97], sorted(saw, reverse=True)[::97])
x = 1
rnd = []
for i in range(2000):
    x = (x * 1103515245 + 12345) % 2**31
    rnd.append(x % 1000)
srt = sorted(rnd)
print(srt[::199], all(srt[i] <= srt[i + 1] for i in range(len(srt) - 1)), sum(srt) == sum(rnd))
words = ['%d' % v for v in rnd[:300]]
print(sorted(words)[:10], sorted(words, key=int)[:10], sorted(words, key=len, reverse=True)[:5])
floats = [v / 7 for v in rnd[:300]]
print(sorted(floats)[:3], sorted(floats)[-3:])
print(sorted(rnd[:50], key=lambda v: (v % 3, -v))[:10])
print(sorted([True, False, True, 0, 1]), sorted([None], key=lambda v: 0))
print(sorted(range(10), key=lambda v: v % 3 == 0), sorted('hello world'), sorted({'b': 1, 'a': 2}.items()))
big = [2**64 + i for i in (5, 1, 3)] + [-(2**64), 0]
print(sorted(big))
mixed = [1, 1.0, True, 1 + 0j == 1]
print(sorted(mixed), [type(v).__name__ for v in sorted(mixed)])
