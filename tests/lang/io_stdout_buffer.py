# sys.stdout.buffer, TextIOWrapper over it, reconfigure: output stays in order
import sys, io
print('text first')
n = sys.stdout.buffer.write(b'bytes second\n')
print('text third', n)
print(sys.stdout.buffer.writable())
w = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
w.write('via wrapper\n')
sys.stdout.reconfigure(line_buffering=True)
print('after reconfigure', sys.stdout.line_buffering)
sys.stdout.buffer.write('ünï\n'.encode())
print('end')
