# title() and istitle(): word boundaries, digraphs, apostrophes, digits, non-ASCII
samples = ["hello world", "HELLO WORLD", "hello_world", "hello-world", "they're bill's friends", "3rd place", "a1b2c3",
           "ǆemal ǉubljana ǌ", "ǅ", "ǅa", "aǅ", "ß is sharp", "ﬁsh ﬂy", "σας πας", "ÉCOLE éTÉ", "ıi İI", "𐐨𐐨 𐐀𐐨",
           "x\u0301y z", "\u0345a", "日本 english", "a.b.c", "hello\tworld\nnew", "ŉ word", "ǰ-x", "", "  ", "123", "Abc Def",
           "Abc def", "ABC Def", "aBC", "A", "a", "A1", "1A", "Ⅻ roman", "ⓐⓑ", "ǈ Ǉ ǉ"]
for s in samples:
    t = s.title()
    print(repr(s), repr(t), s.istitle(), t.istitle(), repr(s.capitalize()), s.capitalize().istitle())
