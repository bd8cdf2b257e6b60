# Lone surrogates are valid in str (but not encodable as UTF-8).
s = "a\ud800b\udfff"
print(len(s), ascii(s), ascii(s[1]), s.isprintable(), s[1] == "\ud800")
print(ascii(s.upper()), ascii("\ud83d\ude00"), len("\ud83d\ude00"))
print(ascii(chr(0xd800) + chr(0xdc00)), ord(chr(0xdbff)))
print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "backslashreplace"))
