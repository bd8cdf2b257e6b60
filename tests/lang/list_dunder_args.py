# argument-count errors of the sequence types' own dunder methods (slot wrappers vs methods)
objs = {'list': [1, 2], 'tuple': (1, 2), 'range': range(3), 'slice': slice(1, 2), 'listiter': iter([1]),
        'tupleiter': iter((1,)), 'rangeiter': iter(range(2)), 'longrangeiter': iter(range(2**64, 2**64 + 1)),
        'enum': enumerate('a'), 'zip': zip('a'), 'map': map(abs, [1]), 'filter': filter(None, [1]),
        'reversed': reversed('ab'), 'listrev': reversed([1]), 'calliter': iter(int, 1), 'seqiter': iter(type('S', (), {'__getitem__': lambda s, i: i})())}
skip = {'__init_subclass__', '__subclasshook__', '__new__', '__init__', '__reduce_ex__', '__format__', '__dir__',
        '__sizeof__', '__getstate__', '__reduce__', '__setstate__', '__class_getitem__', '__getattribute__',
        '__setattr__', '__delattr__', '__class__', '__doc__', '__str__'}
for name, o in objs.items():
    own = set(vars(type(o)))
    for meth in sorted(own - skip):
        if not callable(getattr(o, meth)): continue
        for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
            try:
                o2 = list(o) if name == 'list' else o
                r = getattr(o2, meth)(*args)
                r = type(r).__name__
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print(name, meth, len(args), r)
        try:
            getattr(o, meth)(x=1)
        except TypeError as e:
            print(name, meth, 'kw', e)
