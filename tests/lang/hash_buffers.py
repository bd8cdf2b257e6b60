# Bytes-like inputs of the hash constructors: subclasses, memoryview casts,
# non-contiguous and released views, str subclasses.
import _sha256
class B(bytes): pass
class BA(bytearray): pass
print(_sha256.sha256(B(b'abc')).hexdigest()[:16], _sha256.sha256(BA(b'abc')).hexdigest()[:16])
m = memoryview(b'abcdef')
for a in (m[::2], m.cast('c'), memoryview(bytearray(8)).cast('i')):
    try: print(_sha256.sha256(a).hexdigest()[:16])
    except Exception as e: print(type(e).__name__, e)
m2 = memoryview(b'x'); m2.release()
try: _sha256.sha256(m2)
except Exception as e: print(type(e).__name__, e)
class S(str): pass
try: _sha256.sha256(S('x'))
except Exception as e: print(type(e).__name__, e)
h = _sha256.sha256()
print(type(h).update(h, b'b'), h.hexdigest())
