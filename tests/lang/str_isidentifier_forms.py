# isidentifier: ASCII rules, keywords, Unicode ID_Start/ID_Continue, Other_ID_*
import keyword
cands = ["a", "_", "_1", "1a", "a1", "", " ", "a b", "a-b", "def", "class", "None", "True", "match", "_" * 10, "é", "ñandú",
         "℘", "℮", "゛", "゜", "·", "a·", "·a", "΄", "a\u0387", "\u1369", "a\u1369", "\u19da", "a\u19da", "ⅷ", "Ⅻx", "〇",
         "x\u200c", "x\u200d", "\u200cx", "x\u00b7y", "ǅ", "𐐨", "𝔘𝔫𝔦", "\U00010000", "a\U000e0100", "\U000e0100", "ᢅ", "ᢆ", "\u2118x",
         "x\u0300", "\u0300x", "x\u0903", "x\u203f", "x\u2040", "\u203f", "x\u30fb", "x\uff65", "\uff3f", "x\uff10", "ªº", "ʰ",
         "x$", "x!", "x.y", "a\tb", "ä" * 3, "日本", "١", "a١", "\ud800", "a\udc00", "\U0001f600", "a\U0001f600", "ℑ", "ℜ", "ℵ",
         "ᨀ", "\u1885", "\u1886", "\u2e2f", "a\u2e2f", "\ufe33", "\ufe34", "x\ufe4d", "\U0001e94b", "\U00016ff0", "x\U00016ff0"]
for c in cands:
    print(repr(c), c.isidentifier(), keyword.iskeyword(c))
