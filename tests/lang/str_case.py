# upper / lower / capitalize / title / swapcase / casefold, incl. non-ASCII.
for s in ("hello World", "ÉCOLE élève", "straße", "ǅemal", "ﬃ", "İstanbul", "ΌΣΟΣ ΣΑΣ", "Σ", "aΣ", "aΣb", "a.Σ.",
          "they're bill's friends", "123abc", "ⅷ", "ǉ"):
    print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ΑΣ'Σ".lower(), "Σ'".lower())
