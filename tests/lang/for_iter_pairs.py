# FOR_ITER + UNPACK_SEQUENCE 2 over enumerate, zip and dict items (the pair
# step that makes no tuple), their single steps without __next__ calls,
# reversed over tuples, and every way those could differ from __next__:
# subclasses, big counters, strict zip, dicts changed mid-loop, errors
# from the inner iterator, targets that are not two names.

def main():
    l = ['a', 'b', 'c']
    print([(i, x) for i, x in enumerate(l)])
    print([t for t in enumerate(l)])
    for t in enumerate(l, 5):
        print(t)
    # counter past small ints / int64
    for i, x in enumerate(l, 2**62 - 2): print(i, x)
    for i, x in enumerate(l, 2**63 - 2): print(i, x)
    for i, x in enumerate(l, -2**63 - 1): print(i, x)
    for i, x in enumerate(l, 2**100): print(i, x)
    # start via __index__
    class I:
        def __index__(self): return 7
    print(list(enumerate('xy', I())))
    # enumerate over various inner iterators
    def g():
        yield 1; yield 2
    for i, x in enumerate(g()): print('g', i, x)
    for i, x in enumerate(range(3)): print('r', i, x)
    for i, x in enumerate(range(2**63, 2**63 + 2)): print('rb', i, x)
    for i, x in enumerate({'k': 1, 'j': 2}): print('d', i, x)
    for i, (k, v) in enumerate({'k': 1}.items()): print('di', i, k, v)
    for i, x in enumerate(iter([9, 8])): print('it', i, x)
    for i, x in enumerate("hé"): print('s', i, x)
    # exhaustion mid-way: the same enumerate reused
    e = enumerate([1, 2, 3, 4])
    for i, x in e:
        if i == 1: break
    print('rest', list(e))
    for i, x in e: print('never')
    # subclass with __next__ override
    class E(enumerate):
        def __next__(self):
            i, x = super().__next__()
            return (i * 10, x)
    for i, x in E('ab'): print('E', i, x)
    class E2(enumerate): pass
    for i, x in E2('ab'): print('E2', i, x)
    # wrong unpack count
    try:
        for a, b, c in enumerate('ab'): pass
    except ValueError as ex: print('VE', ex)
    try:
        for (a,) in enumerate('ab'): pass
    except ValueError as ex: print('VE', ex)
    # zip
    for a, b in zip('abc', [1, 2, 3]): print('z', a, b)
    for a, b in zip('abc', [1, 2]): print('z2', a, b)
    for t in zip('ab', 'cd'): print('zt', t)
    for a, b, c in zip('ab', 'cd', 'ef'): print('z3', a, b, c)
    try:
        for a, b in zip('ab', 'cd', 'ef'): pass
    except ValueError as ex: print('VE', ex)
    try:
        for a, b in zip('abc', [1, 2], strict=True): print('s', a, b)
    except ValueError as ex: print('VE', ex)
    try:
        for a, b in zip('ab', [1, 2, 3], strict=True): print('s', a, b)
    except ValueError as ex: print('VE', ex)
    try:
        for a, b, c in zip('ab', [1, 2], 'xyz', strict=True): print('s', a, b)
    except ValueError as ex: print('VE', ex)
    for a, b in zip('ab', [1, 2], strict=True): print('ok', a, b)
    try:
        print(list(zip('abc', [1, 2], strict=True)))
    except ValueError as ex: print('VE', ex)
    try:
        print(list(zip('ab', [1, 2, 3], strict=True)))
    except ValueError as ex: print('VE', ex)
    class Z(zip):
        def __next__(self):
            return ('Z',) + super().__next__()
    try:
        for a, b in Z('ab', 'cd'): print(a, b)
    except ValueError as ex: print('VE', ex)
    for t in Z('ab', 'cd'): print(t)
    # zip resumes after an exhausted iterator
    class R:
        def __init__(self): self.n = 0
        def __iter__(self): return self
        def __next__(self):
            self.n += 1
            if self.n == 2: raise StopIteration
            return self.n
    z = zip(R(), 'abcd')
    for a, b in z: print('R', a, b)
    for a, b in z: print('R2', a, b)
    # dict items
    d = {'a': 1, 'b': 2, 'c': 3}
    for k, v in d.items(): print('it', k, v)
    for t in d.items(): print('itt', t)
    del d['b']
    for k, v in d.items(): print('it2', k, v)
    try:
        for k, v in d.items(): d['x' + k] = v
    except RuntimeError as ex: print('RE', ex)
    try:
        for k in d: d.pop(k)
    except RuntimeError as ex: print('RE', ex)
    d = {'a': 1, 'b': 2}
    try:
        for k, v in d.items():
            del d[k]; d[k + 'z'] = v
    except RuntimeError as ex: print('RE', ex)
    print(d)
    d = {'a': 1, 'b': 2}
    for k, v in reversed(d.items()): print('rev', k, v)
    print(list(reversed(d.values())), list(reversed(d)))
    it = iter(d.items())
    print(next(it))
    for k, v in it: print('rest', k, v)
    for k, v in it: print('never')
    try:
        for k, v in {'ab': 1}: print(k, v)
    except ValueError as ex: print('VE', ex)
    for k, v in {'ab': 1, 'cd': 2}: print('strkey', k, v)
    for k, v in {}.items(): print('never')
    # reversed
    print(list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(3))))
    r = reversed((1, 2, 3))
    for x in r:
        print('rv', x); break
    print(list(r), list(r))
    class S:
        def __len__(self): return 3
        def __getitem__(self, i):
            if i == 1: raise IndexError
            return i
    print(list(reversed(S())))
    # map in for
    for a, b in map(lambda x: (x, x * 2), [1, 2]): print('m', a, b)
    def stop(x):
        if x == 2: raise StopIteration
        return x
    print(list(map(stop, [1, 2, 3])))
    for x in map(stop, [1, 2, 3]): print('ms', x)
    # errors in the inner iterator
    def bad():
        yield 1
        raise KeyError('boom')
    try:
        for i, x in enumerate(bad()): print('b', i, x)
    except KeyError as ex: print('KE', ex)
    try:
        for a, b in zip([1, 2], bad()): print('zb', a, b)
    except KeyError as ex: print('KE', ex)
    # non-2-tuples from a dict of pairs
    for (a, b), c in {(1, 2): 3}.items(): print('nested', a, b, c)
    # generator expression and comprehension forms
    print(sum(i * x for i, x in enumerate([3, 4, 5])))
    print({k: i for i, k in enumerate('abc')})
    print(dict((v, k) for k, v in {'a': 1}.items()))
main()

def more():
    # a tuple subclass with its own __getitem__: reversed must call it
    class T(tuple):
        def __getitem__(self, i):
            return ('T', tuple.__getitem__(self, i))
    print(list(reversed(T((1, 2)))))
    # enumerate objects made by a subclass' __new__, with __next__ left alone
    class E(enumerate):
        pass
    print([(i, x) for i, x in E('xy', 3)])
    # zip over a generator that raises StopIteration via next(): ends (PEP 479 inside gens only)
    class Stop:
        def __iter__(self): return self
        def __next__(self): raise StopIteration
    print(list(enumerate(Stop())), list(zip(Stop(), 'ab')), list(zip('ab', Stop())))
    for a, b in zip(Stop(), 'ab'): print('never')
    # the loop variable targets: attributes, subscripts, starred
    class O: pass
    o = O(); t = [0, 0]
    for o.a, t[1] in enumerate('pq'): print(o.a, t)
    for i, *rest in enumerate(['ab', 'cd']): print(i, rest)
    for *first, last in zip('ab', 'cd'): print(first, last)
    # break/continue/else with the pair step
    for i, x in enumerate('abc'):
        if i == 0: continue
        if x == 'c': break
        print('mid', i, x)
    else:
        print('no')
    for k, v in {}.items(): pass
    else: print('else after empty items')
    # values mutated (same size) while iterating items: allowed
    d = {'a': 1, 'b': 2}
    for k, v in d.items(): d[k] = v * 10
    print(d)
    # nested pair loops on the same iterator
    it = enumerate(range(6))
    for i, x in it:
        for j, y in it:
            print('nest', i, x, j, y)
            break
    # a generator body with a pair loop
    def g(d):
        for k, v in d.items():
            yield k + str(v)
    print(list(g({'x': 1, 'y': 2})))
    # huge counter start via a Python int
    for i, x in enumerate('ab', -2**62 - 1): print(i)
    for i, x in enumerate('ab', 2**62 - 1): print(i)
more()
