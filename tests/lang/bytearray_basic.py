# bytearray construction and mutation.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], repr(bytearray()), bytearray(3), bytearray([1, 2]))
print(bytearray("ab", "ascii"), bytearray(b"x") == b"x", b"x" == bytearray(b"x"))
ba[0] = 72
ba[1:3] = b"EY"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 60)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(63)
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.copy(), ba.copy() is ba)
b = bytearray(b"hello")
b[1:3] = b"XYZ"
print(b)
del b[::2]
print(b)
b[0:0] = [65, 66]
print(b)
b[::2] = b"xyz"
print(b)
b[1:2] = bytearray(b"")
print(b)
b.clear()
print(b, len(b))
print(bytearray(b"ab") + b"c", b"ab" + bytearray(b"c"), bytearray(b"abc")[1:], type(bytearray(b"a").upper()).__name__)
print(list(bytearray(b"xy")), bytearray(b"a\tb").split(), bytearray(b" x ").strip())
print(repr(bytearray(b"a'")), repr(bytearray(b"a'\"")))
