# A set display of 3+ constants is, in CPython 3.11, a folded frozenset
# constant merged into a new set (BUILD_SET 0; LOAD_CONST frozenset;
# SET_UPDATE), so its table is sized for the merge -- a different order
# from adding the elements one by one (which displays with a non-constant
# element, and comprehensions, do).
x = 'a'
print({'a', 'b', 'c', 'd', 'e', 'f'})
print({x, 'b', 'c', 'd', 'e', 'f'})
print({'a', 'b'}, {x, 'b'})
print({1, 2, 3, 40, 50, 60, 77, -3})
print({x for x in 'abcdef'})
for c in {'a', 'b', 'c', 'd', 'e', 'f'}:
    print(c, end=' ')
print()
print(frozenset({'a', 'b', 'c', 'd', 'e', 'f'}))
