# bytes and bytearray iterators; bytearray changed while iterating
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

it = iter(b'abc')
t('iter iter', lambda: iter(it) is it)
t('next', lambda: (next(it), next(it), next(it)))
t('exhausted', lambda: next(it))
t('exhausted again', lambda: next(it, 'done'))
t('hint done', lambda: it.__length_hint__())
ba = bytearray(b'abcd')
it = iter(ba)
t('first', lambda: next(it))
ba.append(101)
t('sees append', lambda: list(it))
ba = bytearray(b'abcd')
it = iter(ba)
next(it)
del ba[1:]
t('after shrink', lambda: list(it))
ba.extend(b'xyz')
t('stays exhausted', lambda: list(it))
ba = bytearray(b'abcdef')
out = []
for x in ba:
    out.append(x)
    if x == 98:
        ba[3] = 90
t('modify during', lambda: out)
t('enumerate', lambda: list(enumerate(b'ab')))
t('zip', lambda: list(zip(b'ab', bytearray(b'cd'))))
t('sum', lambda: sum(b'\x01\x02\x03'))
t('max min', lambda: (max(b'azb'), min(bytearray(b'azb'))))
t('sorted', lambda: sorted(b'cab'))
t('set', lambda: sorted(set(b'abca')))
t('unpack', lambda: (lambda a, b: (a, b))(*b'xy'))
t('in loop types', lambda: [type(x).__name__ for x in b'a' + bytearray(b'b')])
t('iter type name', lambda: (type(iter(b'')).__name__, type(iter(bytearray())).__name__))
