# copy/pickle support (__reduce__, __reduce_ex__, __getnewargs__) and the attribute lists of the types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))
class SBA(bytearray): pass
def rebuild(x, proto=2):
    f, args, state = x.__reduce_ex__(proto)
    y = f(*args)
    if state:
        y.__dict__.update(state)
    return y
t('rebuild sub ba', lambda: (lambda c: (type(c).__name__, c))(rebuild(SBA(b'q'))))
t('rebuild ba 3', lambda: rebuild(bytearray(b'\x00\xff'), 3))
t('reduce ba', lambda: bytearray(b'ab').__reduce__())
t('reduce_ex ba', lambda: bytearray(b'ab').__reduce_ex__(2))
t('getnewargs', lambda: b'ab'.__getnewargs__())
t('sizeof', lambda: type(b''.__sizeof__()).__name__)
t('alloc', lambda: type(bytearray().__alloc__()).__name__)
t('class getitem', lambda: bytes.__class_getitem__ if hasattr(bytes, '__class_getitem__') else 'none')
t('dir bytes', lambda: [x for x in dir(bytes) if not x.startswith('__')])
t('dir ba', lambda: [x for x in dir(bytearray) if not x.startswith('__')])
t('dunder bytes', lambda: sorted(x for x in dir(bytes) if x.startswith('__')))
t('dunder ba', lambda: sorted(x for x in dir(bytearray) if x.startswith('__')))
t('dunder mv', lambda: sorted(x for x in dir(memoryview) if x.startswith('__')))
t('hash eq', lambda: bytearray.__hash__ is None)
t('mv hash', lambda: memoryview.__hash__ is None)
s = SBA(b'xy')
s.attr = 5
t('reduce sub attr', lambda: s.__reduce__())
t('reduce_ex 3', lambda: bytearray(b'ab').__reduce_ex__(3))
t('reduce_ex 4 empty', lambda: bytearray().__reduce_ex__(4))
t('reduce_ex str', lambda: bytearray().__reduce_ex__('x'))
t('rebuild sub attr', lambda: (lambda c: (type(c).__name__, c, c.attr))(rebuild(s)))
t('reduce high bytes', lambda: bytearray(b'\xff\x00').__reduce__())
