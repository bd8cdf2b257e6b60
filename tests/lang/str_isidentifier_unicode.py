# isidentifier, isdecimal and friends on non-Latin scripts.
for s in ("π", "日本語", "ℕ", "x₁", "٣", "_", "__init__", "a-b", "1a", "ä", "𝔘𝔫𝔦", "Ⅸ", "·a", "a·"):
    print(repr(s), s.isidentifier(), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
print(int("٣٤"), int("１２"), float("１.５"))
