# Literal values as the parser builds them.
print(0xFF, 0o17, 0b101, 1_000, 0XAB_CD, 0B1_0, 0O7_7, 00, 0_0)
print(1.5, 1e10, .5, 5., 1.5e-3, 1_000.000_1, 1E5)
print(2j, 1.5e-3j, 1j + 0j)
print(123456789012345678901234567890, 0xdeadbeefdeadbeefdeadbeef)
print('a' 'b' "c", b'a' b"\x00\xff")
print(r'\n', R"\d", rb'\x', BR'\\')
print('\n\t\\\'\"\a\b\f\v\0\101\x41\u0041\U0001F600' == '\n\t\\\'"\x07\x08\x0c\x0b\x00AAA\U0001F600')
print(len('''triple
quoted'''), """a\
b""")
print('é€😀', len('é€😀'))
print('\d\q', b'\d', '\777', len('\x7f\x80'))
print(u'a' 'b', "it's", 'say "hi"')
