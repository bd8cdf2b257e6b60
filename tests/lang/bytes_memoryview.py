# memoryview over bytes and bytearray (format B).
m = memoryview(b'abc'); print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj, m.contiguous, m.c_contiguous)
print(m[0], m[-1], m[1:].tobytes(), m[::2].tolist(), m.hex(), list(m), m == b'abc', m == memoryview(b'abc'), hash(m) == hash(b'abc'), bytes(m[::-1]))
for e in ['memoryview("x")', 'memoryview(b"a")[5]', 'memoryview(b"a").__setitem__(0, 1)', 'hash(memoryview(bytearray(b"a")))', 'memoryview(bytearray(b"ab")).__setitem__(slice(0,2), b"x")', 'memoryview(bytearray(b"ab")).__setitem__(0, 300)', 'memoryview(b"a")["x"]']:
  try: eval(e)
  except Exception as x: print(type(x).__name__, x)
m.release()
try: m[0]
except Exception as x: print(type(x).__name__, x)
try: len(m)
except Exception as x: print(type(x).__name__, x)
print(repr(m)[:14])
ba = bytearray(b'xyz'); mv = memoryview(ba); mv[0] = 65; mv[1:3] = b'BC'; print(ba, mv.readonly)
with memoryview(b'q') as w: print(w.tobytes())
print(bytes(memoryview(b"hello")[1:4]), b"-".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"xy")), b"ab" + memoryview(b"cd"))
print(memoryview(b"abcdef")[1:5][::2].tolist(), memoryview(b"abc")[::-1].tobytes())
print(isinstance(memoryview(b""), memoryview), memoryview(b"ab") != b"ab", str(memoryview(b"ab").tobytes(), "ascii"))
