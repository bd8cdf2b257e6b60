print('\N{EMPTY SET}', '\N{LATIN CAPITAL LETTER A WITH DIAERESIS}', '\N{greek small letter alpha}', '\N{NO-BREAK SPACE}' == '\xa0')
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}'), ascii('\N{HANGUL SYLLABLE GAG}'), ascii('\N{HANGUL SYLLABLE A}'))
print(f'\N{BULLET} {1+1}', len('\N{SPACE}'), ascii('\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))
for s in [r"'\N{NOT A NAME}'", r"'\N'", r"'\N{'", r"'\N{EMPTY SET'", r"b'\N{EMPTY SET}'"]:
    try:
        print(ascii(eval(s)))
    except SyntaxError as e:
        print(e.msg, e.offset)
