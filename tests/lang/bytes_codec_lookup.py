# bytes/bytearray with encodings found through the codec registry
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)
    else:
        print(label, repr(r))

for C in (bytes, bytearray):
    n = C.__name__
    t(n + ' bad enc', lambda: C('a', 'no-such-codec'))
    t(n + ' decode bad', lambda: C(b'a').decode('nope'))
    t(n + ' utf-16', lambda: C(b'\xff\xfeh\x00i\x00').decode('utf-16'))
    t(n + ' cp1252', lambda: C('\u20ac', 'cp1252'))
    t(n + ' decode cp437', lambda: C(b'\x80\xff').decode('cp437'))
