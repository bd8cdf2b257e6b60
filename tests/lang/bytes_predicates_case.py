# is* predicates and ASCII case mapping on bytes and bytearray
samples = [b'', b'abc', b'ABC', b'Abc', b'aBC', b'abc123', b'123', b' ', b' \t\n\r\x0b\x0c',
           b'Hello World', b'hello world', b'HELLO WORLD', b'Hello world', b'hELLO', b'a1b2',
           b'\xe9', b'\xc9t\xe9', b'A\xe9B', b'\x80abc', b'Abc Def-Ghi', b"they're bill's", b'a_b',
           b'1a', b'A1 B2', b'\x00', b'Title Case 123 Ok', b'  x  ', b'\x7f']
for C in (bytes, bytearray):
    for d in samples:
        b = C(d)
        print(C.__name__, repr(d), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(),
              b.isspace(), b.istitle(), b.isupper())
        print('  ', b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
class SB(bytes): pass
for m in ('upper', 'lower', 'swapcase', 'title', 'capitalize'):
    print(m, type(getattr(SB(b'aB'), m)()).__name__, getattr(b'', m)() is b'')
for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'upper'):
    try:
        getattr(b'a', m)(1)
    except TypeError as e:
        print(m, e)
    try:
        getattr(bytes, m)('a')
    except TypeError as e:
        print(m, e)
    try:
        getattr(bytearray, m)(b'a')
    except TypeError as e:
        print(m, e)
