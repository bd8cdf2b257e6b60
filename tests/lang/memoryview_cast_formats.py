# memoryview cast: format strings, byte/non-byte rules, shape argument errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))
t('fmt', lambda: m.format)
t('cast @B', lambda: m.cast('@B').format)
t('cast =B', lambda: m.cast('=B'))
t('cast BB', lambda: m.cast('BB'))
t('cast x', lambda: m.cast('x'))
t('cast int', lambda: m.cast(1))
t('cast e', lambda: m.cast('e').tolist()[:3])
t('cast P', lambda: m.cast('P').tolist())
t('cast i', lambda: m.cast('i').tolist())
t('cast i->h', lambda: m.cast('i').cast('h'))
t('cast i->B', lambda: m.cast('i').cast('B').tolist())
t('cast i->c', lambda: m.cast('i').cast('c').tolist()[:3])
t('cast 5', lambda: m[:5].cast('i'))
t('cast shape', lambda: m.cast('B', (2, 3, 4)).tolist())
t('cast shape list', lambda: m.cast('i', [2, 3]).tolist())
t('cast shape bad', lambda: m.cast('i', [2, 2]))
t('cast shape 0', lambda: m.cast('i', [0, 6]))
t('cast shape neg', lambda: m.cast('i', [-1, 6]))
t('cast shape str', lambda: m.cast('i', ['a']))
t('cast shape int', lambda: m.cast('i', 6))
t('cast shape empty', lambda: m.cast('i', []))
