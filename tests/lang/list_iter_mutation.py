a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
a = [1, 2, 3, 4, 5]
for x in a:
    a.remove(x)
print(a)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
a = [1, 2, 3]
it = iter(a)
next(it)
a.clear()
print(list(it))
a.extend([7, 8])
print(list(it))
r = reversed([1, 2, 3])
print(next(r), list(r))
a = [1, 2, 3]
r = reversed(a)
a.pop()
a.pop()
print(list(r))
print(list(reversed([])))
it = iter([1, 2, 3])
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
