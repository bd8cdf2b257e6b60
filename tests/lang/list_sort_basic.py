a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted('hello'))
print(sorted({3: 1, 1: 2}))
print(sorted([]), sorted([1]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
try:
    a.sort(1)
except TypeError as e:
    print(e)
try:
    a.sort(cmp=1)
except TypeError as e:
    print(e)
