# argument-count and keyword errors of every bytes/bytearray method
for C in (bytes, bytearray):
    for m in sorted(dir(C)):
        if m.startswith('__'):
            continue
        f = getattr(C(b'a'), m)
        for label, args, kw in [('kw', (), {'zzz': 1}), ('kw1', (b'a',), {'zzz': 1}),
                                ('none', (), {}), ('many', (b'a',) * 5, {}),
                                ('three', (b'a', b'b', b'c'), {})]:
            try:
                r = f(*args, **kw)
            except Exception as e:
                print(C.__name__, m, label, type(e).__name__, e)
            else:
                print(C.__name__, m, label, 'ok', type(r).__name__)
