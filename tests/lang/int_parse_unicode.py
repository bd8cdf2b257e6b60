# int(str) with Unicode digits and whitespace (str only; bytes use ASCII rules)
cases = ["\x1c5", "5\x1f", "\x1d\x1e7", "\x85 8", "\xa09\xa0", "\u3000 12 \u3000", "\u2028 3", "\u200b4",
         "١٢٣", "۱۲", "߁", "०१२", "১২", "๑๒๓", "１２３", "𝟏𝟐", "𝟘", "1٢3", "-١", "+１", "١_٢", "1_２",
         "²", "½", "Ⅻ", "①", "\ud800", "1\udcff", "٣.٥", "0x١", "٠x1", "٠b1", "٠٠", "٠٧"]
for s in cases:
    for base in (10, 0, 16):
        try:
            print(ascii(s), base, int(s, base))
        except ValueError as e:
            print(ascii(s), base, type(e).__name__, ascii(str(e)))
for b in (b"\x1c5", b"\x0b5\x0c", b"\xa05", b"\x855"):
    try:
        print(b, int(b))
    except ValueError as e:
        print(b, type(e).__name__, e)
