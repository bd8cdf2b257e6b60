# Universal newlines on reading, newline='' keeps them
name = '/tmp/safepy_io_newlines.tmp'
with open(name, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name, newline='') as f:
    print(f.readlines())
with open(name, newline='\n') as f:
    print(f.readlines())
with open(name, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(name, 'rb') as f:
    print(f.read())
