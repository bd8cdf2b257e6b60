# casefold vs lower for caseless matching
pairs = [("Straße", "STRASSE"), ("ß", "ss"), ("ẞ", "ss"), ("ﬁ", "fi"), ("İ", "i̇"), ("ı", "I"), ("ſ", "s"), ("K", "k"),
         ("Å", "å"), ("µ", "μ"), ("ς", "σ"), ("ΣΑΣ", "σας"), ("ᾼ", "ᾳ"), ("ﬀ", "FF"), ("ŉ", "ʼn"), ("Ꭰ", "ꭰ"), ("𐐀", "𐐨"),
         ("ǅ", "ǆ"), ("ΐ", "ΐ"), ("ϐ", "β"), ("ẛ", "ṡ"), ("\u1e9e", "SS"), ("ǰ", "ǰ")]
for a, b in pairs:
    print(repr(a), repr(b), a.casefold() == b.casefold(), a.lower() == b.lower(), repr(a.casefold()), repr(b.casefold()),
          repr(a.lower()), repr(a.upper()))
print(sorted(["b", "A", "ß", "ss", "a", "B"], key=str.casefold))
print("".join(sorted(set("Hello WORLD ßẞ".casefold()))))
