d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(k, list(v), len(i))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'})
print(sorted(k & ['b', 'c']), {'a', 'q'} - k, ['a'] & k)
print(i & {('a', 1)}, i - {('a', 1), ('b', 2)})
print(k == {'a', 'b', 'c', 'd'}, k == {'a'}, k < {'a', 'b', 'c', 'd', 'e'}, k >= {'a'})
print(k.isdisjoint({'x'}), k.isdisjoint(['a']))
print(list(reversed(k)), list(reversed(i)))
print(sorted(d.keys()), sorted(d.values(), reverse=True))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(d)).__name__)
try:
    hash(k)
except TypeError as e:
    print(e)
e = {}
print(e.keys(), e.values(), e.items())
print(v == v, v == d.values())
d={1:2}; print(d.keys().mapping, type(d.keys().mapping).__name__)
d={1:2}
m = d.items().mapping
print(m[1], len(m), list(m))
try:
    m[3] = 4
except TypeError as e:
    print(e)
