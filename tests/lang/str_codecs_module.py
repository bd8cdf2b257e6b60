# _codecs and the stdlib codecs module: registry, charmap codecs (cp1252, cp437), incremental UTF-8.
import _codecs
print(_codecs.utf_8_decode(b'ab\xc3', 'strict', False), _codecs.utf_8_decode(b'ab', None, True), _codecs.utf_8_encode('é'))
print(_codecs.charmap_decode(b'\x80', 'strict', '\u20ac' + 'x' * 255))
print(_codecs.utf_16_encode("a"), _codecs.utf_16_encode("a", None, 1), _codecs.latin_1_decode(b"\xe9"))
print(_codecs.lookup_error("strict").__name__)
import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name)
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"\xe9", "latin-1"))
print("€".encode("cp1252"), b"\x80abc".decode("cp1252"), "é".encode("cp437"), b"\x82".decode("cp437"))
try:
    "\u4e00".encode("cp1252")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("\u4e00x".encode("cp1252", "replace"), b"\x81x".decode("cp1252", "replace"))
print(codecs.getencoder("utf-8")("xy"), codecs.getdecoder("ascii")(b"q"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")), repr(d.decode(b"", True)))
try:
    "x".encode("nope-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.utf_8_encode("z"))
