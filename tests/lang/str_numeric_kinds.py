# isdecimal / isdigit / isnumeric differences across numeric kinds
chars = ["0", "9", "٣", "۴", "߅", "९", "৯", "๓", "０", "𝟎", "𝟿", "𑁦", "²", "³", "¹", "⁰", "₉", "①", "⑳", "⓪", "❶", "➀",
         "½", "¼", "⅓", "Ⅻ", "ⅻ", "〇", "一", "二", "兆", "零", "፩", "፲", "𐄇", "𐄳", "𒐀", "𝍠", "🄀", "🄁", "𑇡", "\u2189",
         "a", "A", "-", "+", ".", " ", "", "12", "1²", "½½", "٣3", "\U0001fbf0", "\U0001fbf9", "\u3405", "\u5146", "\uf96b", "\U0002f890"]
for c in chars:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isidentifier(), c.isprintable())
print([c for c in chars if c.isdigit() and not c.isdecimal()])
print([c for c in chars if c.isnumeric() and not c.isdigit()])
print([c for c in chars if c.isalnum() and not c.isalpha() and not c.isnumeric()])
