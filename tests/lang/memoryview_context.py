# memoryview as a context manager, nested, with exceptions
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

ba = bytearray(b'hello')
with memoryview(ba) as m:
    print(m.tobytes(), m.readonly)
    with m[1:3] as s:
        print(s.tobytes())
    t('inner released', lambda: s.tobytes())
    t('outer ok', lambda: m[0])
t('outer released', lambda: m[0])
t('resize ok', lambda: (ba.extend(b'!'), ba))
try:
    with memoryview(ba) as m2:
        raise KeyError('boom')
except KeyError as e:
    print('caught', e)
t('released after exc', lambda: m2.tolist())
t('resize after exc', lambda: (ba.append(33), ba))
def f():
    with memoryview(ba) as m3:
        return m3
r = f()
t('returned released', lambda: len(r))
m4 = memoryview(ba)
t('exit direct', lambda: m4.__exit__(1, 2, 3))
t('exit released', lambda: m4.__exit__(None, None, None))
t('enter released', lambda: m4.__enter__())
m5 = memoryview(b'abc')
with m5:
    pass
t('bytes view released', lambda: m5.obj)
t('release twice', lambda: (m5.release(), m5.release()))
t('release args', lambda: memoryview(b'').release(1))
t('with not released by exit result', lambda: memoryview(b'x').__exit__(None, None, None))
