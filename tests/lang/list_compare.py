print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [1], [2] > [1, 5], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([1, 2] == (1, 2), [1] == [1.0], [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], [n] < [n])
try:
    [1] < ['a']
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print([[1, 2], [3]] == [[1, 2], [3]])
