# Modes a, x, r+, w+
import os
if os.path.exists('/tmp/safepy_io_modes_append_excl.tmp'):
    os.remove('/tmp/safepy_io_modes_append_excl.tmp')
name = '/tmp/safepy_io_modes_append_excl.tmp'
with open(name, 'w') as f:
    f.write('one\n')
with open(name, 'a') as f:
    f.write('two\n')
with open(name) as f:
    print(repr(f.read()))
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(name, 'r+') as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write('ONE')
with open(name) as f:
    print(repr(f.read()))
with open(name, 'w+') as f:
    f.write('fresh')
    f.seek(0)
    print(repr(f.read()))
os.remove(name)
with open(name, 'x') as f:
    f.write('new')
with open(name) as f:
    print(f.read())
os.remove(name)
