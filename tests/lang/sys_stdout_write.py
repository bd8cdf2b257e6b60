# Writing through sys.stdout directly
import sys
n = sys.stdout.write('hello\n')
print(n)
sys.stdout.write('a')
sys.stdout.write('b\n')
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.encoding.lower())
sys.stdout.writelines(['x\n', 'y\n'])
sys.stdout.flush()
print(repr(sys.stdout.name), sys.stdout.mode)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
sys.stderr.write('to stderr\n')
print('end')
