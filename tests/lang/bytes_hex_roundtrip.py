# hex() and fromhex() round trips over many lengths and separators
data = bytes((i * 37 + 11) % 256 for i in range(40))
for n in range(0, 12):
    d = data[:n]
    for sep, per in [(None, None), (':', 1), ('-', 2), (' ', -3), ('_', 4), ('.', -1), (b'|', 5), ('+', -7)]:
        s = d.hex() if sep is None else d.hex(sep, per)
        back = bytes.fromhex(s.replace(':', ' ').replace('-', ' ').replace('_', ' ').replace('.', ' ').replace('|', ' ').replace('+', ' ')) if sep in (None, ' ') else None
        print(n, sep, per, s, back == d if back is not None else '')
    print(bytearray(d).hex(), memoryview(d).hex('/', 3), bytearray.fromhex(d.hex()) == d)
print(bytes.fromhex(''.join('%02X ' % i for i in range(256))) == bytes(range(256)))
