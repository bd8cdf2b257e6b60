# Iterating a file, with-statement closes, writelines
name = '/tmp/safepy_io_file_iteration_with.tmp'
with open(name, 'w') as f:
    f.writelines(['%d\n' % i for i in range(5)])
    print(f.closed)
print(f.closed)
total = 0
with open(name) as f:
    for line in f:
        total += int(line)
print(total)
with open(name) as f:
    print(next(f), end='')
    print(next(iter(f)), end='')
    rest = list(f)
print(rest)
f = open(name)
print(f.name, f.mode, f.encoding, type(f.fileno()).__name__)
f.close()
