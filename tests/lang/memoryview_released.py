# memoryview every operation on a released view
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))
ba = bytearray(b'abc')
with memoryview(ba) as m5:
    pass
t('released attrs', lambda: m5.obj)
for a in ('format', 'itemsize', 'ndim', 'shape', 'strides', 'readonly', 'nbytes', 'contiguous', 'c_contiguous', 'f_contiguous', 'suboffsets'):
    t('released ' + a, lambda: getattr(m5, a))
for a in ('tobytes', 'tolist', 'hex', 'toreadonly', 'release', '__enter__'):
    t('released ' + a + '()', lambda: getattr(m5, a)())
t('released cast', lambda: m5.cast('B'))
t('released len', lambda: len(m5))
t('released idx', lambda: m5[0])
t('released slice', lambda: m5[0:1])
t('released set', lambda: m5.__setitem__(0, 1))
t('released eq self', lambda: m5 == m5)
t('released eq other', lambda: m5 == memoryview(b''))
t('released ne', lambda: m5 != b'')
t('released bytes', lambda: bytes(m5))
t('released mv', lambda: memoryview(m5))
t('released repr', lambda: repr(m5).startswith('<released memory at 0x'))
t('repr', lambda: repr(memoryview(b'')).startswith('<memory at 0x'))
t('released exit', lambda: m5.__exit__(None, None, None))
t('enter', lambda: (lambda z: z.__enter__() is z)(memoryview(b'')))
t('exit args', lambda: memoryview(b'').__exit__())
