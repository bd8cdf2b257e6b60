# upper/lower/title/capitalize/swapcase/casefold with full Unicode mappings
samples = ["ß", "ﬁ", "ﬀl", "ﬃ", "İ", "ı", "i̇", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ẖ", "ẞ",
           "ǅ", "ǆ", "Ǆ", "ǈ", "ǋ", "ǲ", "𐐨", "𐐀", "𞤢", "𞤀", "Σ", "σ", "ς",
           "ΑΣ", "ΑΣΑ", "Σ.", "ΑΣ.", "Α.Σ", "ᾳ", "ᾼ", "ᾀ", "ᾈ", "ﬓ", "Ⅻ", "ⓐ", "Ⓐ",
           "ꭰ", "Ꭰ", "ᏸ", "Ᏸ", "µ", "ÿ", "Ÿ", "ǰabc", "ß ß", "ﬁx ﬁx", "ǆa ǆb", "hello WORLD", "x\u0345",
           "ᾷ", "ῲ", "ῼ", "ſ", "K", "Å", "ϐ", "ϑ", "ϕ", "ϖ", "ϰ", "ϱ", "ϵ", "ẛ", "ᲀ", "\u1e9e", "ǈǈ",
           "a\U0001e900b", "\U00016e40", "\U00016e60", "\U0001d400", "ǅungla", "ŉx", "'s", "they're bill's", "a1b2", "ǲz"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
# final sigma rules
for s in ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣ'", "ΑΣ'Α", "ΑΣ\u0345", "Α\u0345Σ", "ΑΣ\u00ad", "ΑΣ\u00adΒ", "ΑΣ1", "1Σ", "Α Σ", "ΑΣΣ", "ΑΣ\U0001d400", "ΣΑΣ"]:
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
