# io.StringIO and io.BytesIO
import io
s = io.StringIO('ab\ncd')
print(repr(s.read(1)), s.tell(), repr(s.readline()), s.readlines(), repr(s.getvalue()))
s = io.StringIO()
s.write('x')
s.write('yz')
s.seek(1)
s.write('Q')
print(s.getvalue(), s.tell())
print('via print', 1, file=s)
print(repr(s.getvalue()))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
b = io.BytesIO(b'abc')
print(b.read(2), b.read(), b.getvalue(), b.tell())
b.write(b'de')
print(b.getvalue())
print(list(io.StringIO('a\nb\n')))
with io.StringIO() as f:
    f.write('x')
print(f.closed)
