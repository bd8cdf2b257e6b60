# iter() of exact lists, tuples, dicts and of the iterators that are their
# own (made without calling __iter__), against subclasses that override
# __iter__ and the error of a non-iterable.

def main():
    l, t, d = [1, 2], (3, 4), {'a': 1, 'b': 2}
    print(type(iter(l)).__name__, type(iter(t)).__name__, type(iter(d)).__name__)
    print(list(iter(l)), list(iter(t)), list(iter(d)))
    for it in (enumerate(l), zip(l, t), map(str, l), (x for x in l), iter(l), iter(d), iter(d.items())):
        print(type(it).__name__, iter(it) is it)
    class L(list):
        def __iter__(self):
            return iter(['L-iter'])
    class D(dict):
        def __iter__(self):
            return iter(['D-iter'])
    class T(tuple):
        pass
    print(list(L([1])), [x for x in L([1])], list(D(a=1)), [k for k in D(a=1)], list(T((5, 6))))
    class E(enumerate):
        def __iter__(self):
            return iter([('E', 'iter')])
    print([p for p in E('ab')])
    for i, x in E('ab'):
        print('E', i, x)
    try:
        iter(5)
    except TypeError as e:
        print(e)
    # mutation of the list after iter(): the iterator sees the live list
    it = iter(l)
    l.append(9)
    print(list(it))
    # dict changed after iter()
    it = iter(d)
    d['c'] = 3
    try:
        next(it)
    except RuntimeError as e:
        print(e)

main()
