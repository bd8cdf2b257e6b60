# Binary mode: bytes in, bytes out
name = '/tmp/safepy_io_binary_files.tmp'
with open(name, 'wb') as f:
    print(f.write(b'\x00\x01abc\xff\n'), f.write(bytearray(b'xyz')))
    print(repr(f).startswith('<_io.BufferedWriter'))
with open(name, 'rb') as f:
    print(f.read(2), f.read(), f.read())
with open(name, 'rb') as f:
    print(f.readline(), f.readline(), f.readline())
with open(name, 'rb') as f:
    try:
        f.write(b'x')
    except Exception as e:
        print(type(e).__name__, e)
    print(f.mode, f.readable(), f.writable(), f.seekable())
with open(name, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
