# seek and tell
name = '/tmp/safepy_io_seek_tell.tmp'
with open(name, 'wb') as f:
    f.write(b'0123456789')
    print(f.tell())
with open(name, 'rb') as f:
    print(f.read(3), f.tell())
    f.seek(5)
    print(f.read(2), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(-4, 1)
    print(f.read(1))
    print(f.seek(0), f.read(1))
with open(name) as f:
    f.seek(4)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readline())
