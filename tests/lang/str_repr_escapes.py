# repr: quote choice and escape sequences.
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("cr\r"), repr("back\\slash"))
print(repr("\x00\x01\x1f\x7f"), repr("\x80\x9f\xa0\xad"), repr("\xe9\xff"))
print(repr("\u0100\u2028\u200b\ufeff"), repr("\ud800"), repr("\U0001F600"), repr("\U000e0001"))
print(repr("日本"), repr("\u0378"), repr("\U0010ffff"), repr(" "), repr("\u3000"))
print(ascii("héllo"), ascii("日\U0001F600"), ascii("plain"), ascii(["é"]))
print(str("é"), [str("é")], ("é",), {"k": "é"})
print(repr(""), repr("'"), repr('"'), repr("'\""))
