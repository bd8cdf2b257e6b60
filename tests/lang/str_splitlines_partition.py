# splitlines (all line boundaries) and partition / rpartition.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print("a\nb\r\n".splitlines(True), "a\nb\r\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x".splitlines(), "\n\n".splitlines(True))
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
print("日本=語".partition("="), "key: value".partition(": "))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
