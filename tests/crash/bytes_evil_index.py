# __index__/__float__ callbacks that clear a bytearray or release a memoryview in the middle of an
# operation: the only acceptable outcomes are results or Python exceptions.
ba = bytearray(b'abcdefgh')
class E:
    def __index__(self):
        ba.clear()
        return 0
try:
    ba[E():8:2] = b'wxyz'
    print('ok', ba)
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
try:
    del ba[E():8:2]
    print('ok', ba)
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
try:
    print(ba[E():8:2])
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
class F:
    def __index__(self):
        m.release()
        return 0
try:
    print(m[F():4])
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
try:
    ba[E():8] = b'zz'
    print('ok', ba)
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
class G:
    def __index__(self):
        m.release()
        return 0
for f in (lambda: m[G()], lambda: m.__setitem__(G(), 1), lambda: m.__setitem__(slice(G(), 2), b'zz')):
    ba = bytearray(b'abcdefgh'); m = memoryview(ba)
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class H:
    def __float__(self):
        m.release()
        ba.clear()
        return 1.0
ba = bytearray(8); m = memoryview(ba).cast('d')
try:
    m[0] = H()
except Exception as e:
    print(type(e).__name__, e)
src = bytearray(b'xy')
d = memoryview(bytearray(4))
d[0:2] = src
src.append(1)
print(src, d.tolist())
