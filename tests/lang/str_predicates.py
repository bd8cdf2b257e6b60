# isX predicates over ASCII and Unicode.
samples = ["", "abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", " \t\n", "\u3000",
           "é", "日本", "a b", "Hello World", "Hello world", "_id", "1id", "id1", "ǅ", "\x00", "\u200b", "\U0001F600"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
