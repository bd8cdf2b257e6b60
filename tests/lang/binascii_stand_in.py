# binascii (lib/binascii.py): base64 both ways (strict and not), hex
# with separators, CRC-32, and base64.py on top of it.
import binascii

cases = [b"YWJj", b"YWJj\n", b"YW Jj", b"YWJ", b"YW", b"Y", b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZA===",
         b"=YWJj", b"YW=Jj", b"YWJjZ", b"!!YWJj!!", b"YWJjZA==YQ==", b"YQ==YQ", b"", b"====", b"Y===", b"YQ=a",
         b"YQ=", "YWJj", "Y\u20ac", b"YWJjZGU", b"YW\x00Jj", b"YWJj====", b"YWJj=", b"YWJjZ===", b"YWJjZA=a",
         b"YW==Jj", b"YWJjZA==\n", b"YWJjZA= =", b"YWJj\n=", b"\n=YWJj", b"YWJjZA=\n=", b"YWJjZ=",
         b"YWJjZGVmZw", b"YWJjZGVmZw==", bytearray(b"YWJj"), memoryview(b"YWJj"), 5]
for t in cases:
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(t, strict_mode=strict)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(strict, repr(t) if not isinstance(t, memoryview) else "memoryview", r)
for n in range(0, 12):
    data = bytes(range(200, 200 + n))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.hexlify(b"\x01\xab\xcd", b":", 2),
      binascii.hexlify(b"\x01\xab\xcd\xef", ":", -2), binascii.b2a_hex(b"", ":"), binascii.hexlify(b"\x00\xff", ":", 5))
print(binascii.unhexlify(b"01abCD"), binascii.a2b_hex("ff00"), binascii.unhexlify(bytearray(b"")))
for bad in [b"0", b"zz", "a\u00e9", 3.5]:
    try:
        print(binascii.unhexlify(bad))
    except Exception as e:
        print(type(e).__name__, e)
for fn in (binascii.hexlify, binascii.b2a_base64, binascii.crc32):
    try:
        fn("ab")
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", 5), binascii.crc32(b""), binascii.crc32(b"a" * 1000, 0xFFFFFFFF),
      binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))

import base64
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b16encode(s), base64.b32encode(s),
          base64.b64decode(base64.b64encode(s)) == s, base64.b16decode(base64.b16encode(s)) == s)
print(base64.b64decode("Zm9v\nYmFy"), base64.standard_b64decode(b"Zm9vYg=="), base64.b64decode(b"-_8=", altchars=b"-_"))
try:
    base64.b64decode(b"Zm9vYg=", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.encodebytes(b"x" * 100))
