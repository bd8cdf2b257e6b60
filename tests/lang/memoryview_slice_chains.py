# chains of memoryview slices: strides, offsets, tolist, nbytes, writes through
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

ba = bytearray(range(20))
m = memoryview(ba)
views = {'m': m, 'm[2:]': m[2:], 'm[::2]': m[::2], 'm[::-1]': m[::-1], 'm[::2][1::3]': m[::2][1::3],
         'm[::-1][::2]': m[::-1][::2], 'm[5:15][::-3]': m[5:15][::-3], 'm[15:5:-2]': m[15:5:-2],
         'm[100:]': m[100:], 'm[-3:]': m[-3:], 'm[3:3]': m[3:3], 'm[::7]': m[::7]}
for k, v in views.items():
    print(k, v.tolist(), len(v), v.nbytes, v.strides, v.shape, v.contiguous, v.c_contiguous, v.f_contiguous,
          v.tobytes() == bytes(v.tolist()), v.obj is ba, v.readonly)
v = m[::-1][::2]
v[0] = 200
v[-1] = 201
print(ba[-1], ba[1], v[0], v[-1])
w = m[1:10:2]
w[1:3] = b'\xaa\xbb'
print(list(ba[:10]))
t('index past', lambda: m[::2][10])
t('index neg past', lambda: m[::2][-11])
t('slice of slice type', lambda: type(m[::2][1:]).__name__)
t('cast of slice', lambda: m[2:10].cast('i').tolist())
t('cast of step slice', lambda: m[::2].cast('B'))
t('cast of reversed', lambda: m[::-1].cast('B'))
t('len1 stepped contig', lambda: (m[::100].contiguous, m[::100].cast('B').tolist()))
t('empty stepped', lambda: (m[5:5:2].contiguous, m[5:5:2].cast('B').tolist()))
t('eq slices', lambda: m[::2] == bytes(ba[::2]))
t('eq rev', lambda: m[::-1] == bytes(ba[::-1]))
t('hex slice', lambda: m[::5].hex())
t('step0', lambda: m[::0])
