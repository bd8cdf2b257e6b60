# the memoryview iterator reads the view live
ba = bytearray(b'abcd')
m = memoryview(ba)
it = iter(m)
print(type(it).__name__, next(it), iter(it) is it)
ba[1] = 90
print(list(it))
print(next(it, 'end'))
it2 = iter(memoryview(b'xy').cast('c'))
print(list(it2))
m3 = memoryview(b'abc')
it3 = iter(m3)
next(it3)
m3.release()
try:
    next(it3)
except ValueError as e:
    print('ValueError', e)
print(list(memoryview(b'\x01\x00\x02\x00')[::2]), list(reversed(memoryview(b'abc'))), 98 in memoryview(b'abc'))
