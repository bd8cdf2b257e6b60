# bytes.decode / bytearray.decode argument forms and errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray):
    n = C.__name__
    b = C(b'h\xc3\xa9llo \xff')
    t(n + ' default', lambda: b.decode())
    t(n + ' ignore', lambda: b.decode(errors='ignore'))
    t(n + ' replace', lambda: b.decode('utf-8', 'replace'))
    t(n + ' latin-1', lambda: b.decode('latin-1'))
    t(n + ' ascii', lambda: b.decode('ascii'))
    t(n + ' ascii ignore', lambda: b.decode('ascii', 'ignore'))
    t(n + ' backslash', lambda: b.decode('ascii', 'backslashreplace'))
    t(n + ' surrogateescape', lambda: b.decode('utf-8', 'surrogateescape'))
    t(n + ' kw both', lambda: b.decode(encoding='latin-1', errors='strict'))
    t(n + ' enc int', lambda: b.decode(1))
    t(n + ' errors int', lambda: b.decode('utf-8', 1))
    t(n + ' bad kw', lambda: b.decode(foo=1))
    t(n + ' 3 args', lambda: b.decode('a', 'b', 'c'))
    t(n + ' UTF8 spelling', lambda: C(b'abc').decode('UTF8'))
    t(n + ' empty', lambda: C().decode())
    t(n + ' truncated', lambda: C(b'\xe2\x82').decode())
    t(n + ' lone cont', lambda: C(b'a\x80b').decode())
t('str(bytes)', lambda: str(b'abc'))
t('str(bytes, enc)', lambda: str(b'abc', 'ascii'))
t('str(bytearray, enc)', lambda: str(bytearray(b'abc'), 'ascii'))
t('str(bytes, errors)', lambda: str(b'\xff', errors='replace'))
