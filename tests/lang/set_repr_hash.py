print(set(), frozenset(), {1}, frozenset({1}), frozenset([3, 2, 1]))
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]))
print(type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset(['a'])) == hash(frozenset(['a'])))
print(hash(frozenset([frozenset([1]), 2])))
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print({1} in {frozenset([1])}, frozenset([1]) in {frozenset([1])})
s = {frozenset([1, 2])}
print({1, 2} in s, {2, 1} in s)
s.discard({1, 2})
print(s)
try:
    [1] in {1}
except TypeError as e:
    print(e)
d = {frozenset([1]): 'x'}
print(d[frozenset([1])])
print({1,2}.__reduce__(), frozenset([3]).__reduce__())
class S(set): pass
s = S([1]); s.x = 5
print(s.__reduce__())
