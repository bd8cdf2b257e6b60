# translate and maketrans
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

tab = bytes.maketrans(b'abc', b'xyz')
t('maketrans len', lambda: len(tab))
t('maketrans part', lambda: tab[95:101])
t('maketrans ba', lambda: bytearray.maketrans(b'a', bytearray(b'b'))[97])
t('maketrans type ba', lambda: type(bytearray.maketrans(b'', b'')).__name__)
t('maketrans mv', lambda: bytes.maketrans(memoryview(b'q'), b'r')[113])
t('maketrans len mismatch', lambda: bytes.maketrans(b'ab', b'c'))
t('maketrans str', lambda: bytes.maketrans('a', 'b'))
t('maketrans int', lambda: bytes.maketrans(1, b'b'))
t('maketrans 1 arg', lambda: bytes.maketrans(b'a'))
t('maketrans 3 args', lambda: bytes.maketrans(b'a', b'b', b'c'))
t('maketrans via inst', lambda: b''.maketrans(b'a', b'b')[97])
t('maketrans dup', lambda: bytes.maketrans(b'aa', b'xy')[97])
for C in (bytes, bytearray):
    n = C.__name__
    b = C(b'abcabc-xyz')
    t(n + ' tr', lambda: b.translate(tab))
    t(n + ' tr None', lambda: b.translate(None))
    t(n + ' tr None del', lambda: b.translate(None, b'ab'))
    t(n + ' tr del', lambda: b.translate(tab, b'c-'))
    t(n + ' tr del kw', lambda: b.translate(tab, delete=b'a'))
    t(n + ' tr del ba', lambda: b.translate(None, bytearray(b'z')))
    t(n + ' tr del mv', lambda: b.translate(None, memoryview(b'y')))
    t(n + ' tr table ba', lambda: b.translate(bytearray(tab)))
    t(n + ' tr table mv', lambda: b.translate(memoryview(tab)))
    t(n + ' tr short', lambda: b.translate(b'abc'))
    t(n + ' tr str', lambda: b.translate('x' * 256))
    t(n + ' tr del str', lambda: b.translate(None, 'a'))
    t(n + ' tr del None', lambda: b.translate(None, None))
    t(n + ' tr no args', lambda: b.translate())
    t(n + ' tr 3 args', lambda: b.translate(None, b'', b''))
    t(n + ' tr table kw', lambda: b.translate(table=None))
    t(n + ' tr empty', lambda: C().translate(tab, b'a'))
    t(n + ' tr all deleted', lambda: b.translate(None, bytes(range(256))))
    t(n + ' tr full', lambda: C(range(256)).translate(bytes(range(255, -1, -1)))[:8])
t('identity none', lambda: (lambda x: x.translate(None) is x)(b'abc'))
t('identity del nothing', lambda: (lambda x: x.translate(None, b'z') is x)(b'abc'))
t('identity table', lambda: (lambda x: x.translate(bytes(range(256))) is x)(b'abc'))
class SB(bytes): pass
t('sub type', lambda: type(SB(b'abc').translate(None)).__name__)
