# is* predicates over a sample of code points from every plane in use
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
cps = list(range(0, 0x250)) + list(range(0x250, 0x3400, 7)) + list(range(0xa000, 0x10000, 23)) + \
      list(range(0x10000, 0x20000, 97)) + list(range(0x1d400, 0x1d800, 11)) + list(range(0x1e900, 0x1e960)) + \
      [0x20000, 0x2a6df, 0x2a6e0, 0x30000, 0x3134a, 0x3134b, 0xe0000, 0xe0001, 0xe0020, 0xe007f, 0xe0100, 0xe01ef, 0xf0000, 0x10fffd, 0x10ffff]
chars = [chr(c) for c in cps]
for p in preds:
    f = getattr(str, p)
    n = 0
    h = 0
    for ch in chars:
        if f(ch):
            n += 1
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    print(p, n, h)
for p in preds:
    f = getattr(str, p)
    print(p, f(""), [f(x) for x in ["a", "A", "1", "½", "²", "٣", "Ⅻ", " ", "\t", "_", "a1", "Ab", "AB", "ab", "A b", "ǅ", "ǅa", "Ǆa", "a\u0300", "\u00ad", "\x7f", "\u2028", "𐐨", "𝟘", "𑁦", "\U000e0001", "\ud800", "ⅿ", "〇", "一", "𝑎", "ª", "ʰ", "ß", "İi", "ΑΣ", "Hello World", "Hello world", "1A", "A1", "a A", "\u0345"]])
