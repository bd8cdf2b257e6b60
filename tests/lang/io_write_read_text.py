# Write a text file, read it back several ways, delete it
name = '/tmp/safepy_io_write_read_text.tmp'
f = open(name, 'w')
print(repr(f).startswith("<_io.TextIOWrapper name='/tmp/safepy_io_write_read_text.tmp' mode='w' encoding="))
print(f.write('line 1\n'), f.write('línea 2\n'), f.write('last'))
f.close()
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print([l for l in f])
with open(name, 'r') as f:
    print(repr(f.read(3)), repr(f.read(5)), repr(f.read()), repr(f.read()))
with open(name, encoding='utf-8') as f:
    print(len(f.read()))
import os
os.remove(name)
print(os.path.exists(name))
