def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: dict.fromkeys({'b': 1, 'a': 2}))
t(lambda: dict.fromkeys({'b', 'a', 'c'}) .keys() == {'a', 'b', 'c'})
t(lambda: list(dict.fromkeys({5, 3, 9, 1})))
t(lambda: list(dict.fromkeys(frozenset('hello'))))
t(lambda: dict.fromkeys({'x': 1}.keys(), 0))
t(lambda: dict.fromkeys({'x': 1}.items()))
t(lambda: dict.fromkeys(range(3), None))
t(lambda: dict.fromkeys('abcabc'))
t(lambda: dict.fromkeys(iter('xy'), []))
d = dict.fromkeys('ab', [])
d['a'].append(1)
t(lambda: d)
class D(dict):
    pass
t(lambda: type(D.fromkeys('a')).__name__)
t(lambda: D.fromkeys({'k': 1}))
class WithInit(dict):
    def __init__(self, *a, **k):
        print('init', a, k)
        super().__init__(*a, **k)
t(lambda: WithInit.fromkeys('q'))
class NotDict:
    def __init__(self):
        self.items = []
    def __setitem__(self, k, v):
        self.items.append((k, v))
t(lambda: dict.fromkeys.__func__ if hasattr(dict.fromkeys, '__func__') else 'builtin')
t(lambda: dict.fromkeys.__self__ is dict)
t(lambda: D.fromkeys.__self__ is D)
t(lambda: {}.fromkeys('z'))
class BadSet(dict):
    def __setitem__(self, k, v):
        raise ValueError('no set ' + k)
t(lambda: BadSet.fromkeys('a'))
t(lambda: dict.fromkeys([1, 2], value := 7))
