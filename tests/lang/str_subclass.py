# Subclasses of str keep str behaviour.
class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("hello")
print(s, repr(s), len(s), s.shout(), s[1:3], type(s[1:3]).__name__, type(s + "x").__name__)
print(s == "hello", "hello" == s, hash(s) == hash("hello"), isinstance(s, str), type(str(s)).__name__)
print(s.split("l"), "-".join([s, s]), s in {"hello": 1}, {"hello": 1}[s])
s.extra = 5
print(s.extra, s.find("l"), f"{s:>8}|", "%s" % s)
