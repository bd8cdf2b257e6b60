import codecs
tests = [("\u00e9\U00017000\uac01\U00020000\x80\U0001F600x", "ascii"), ("\u00e9\u20ac", "latin-1"),
         ("ab\u20acc\ud800", "utf-16-le"), ("\u00e9\u20ac\u2603", "cp1252"), ("\u0394\u00e9x", "cp437"),
         ("a\u2028b\ufffd", "ascii"), ("\U0010ffff\U000e0001", "ascii"), ("\u3042\u4e00\uf900", "latin-1")]
for s, enc in tests:
    try: print(enc, s.encode(enc, "namereplace"))
    except Exception as e: print(enc, type(e).__name__, e)
h = codecs.lookup_error("namereplace")
print(h is codecs.namereplace_errors)
print(h(UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "x")))
for bad in [UnicodeDecodeError("ascii", b"\xff", 0, 1, "x"), ValueError("v")]:
    try: h(bad)
    except Exception as e: print(type(e).__name__, e)
try: b"\xff".decode("ascii", "namereplace")
except Exception as e: print(type(e).__name__, e)
codecs.register_error("myname", codecs.namereplace_errors)
print(codecs.lookup_error("myname") is h)
# Characters without a name, and backslashreplace's own escapes of astral ones.
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "\x05\U00010000\U0010ffff\U000e0080", 0, 4, "x")))
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "\x05\u0101\U00010000\U0010ffff", 0, 4, "x")))
print("\U00010000\U0010ffff".encode("latin-1", "backslashreplace"), "\U0010ffff".encode("cp1252", "namereplace"))
