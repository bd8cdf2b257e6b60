# title() word boundaries and istitle().
for s in ("hello world", "HELLO WORLD", "they're", "o'neil mc-donald", "3rd place", "ǆ", "ßa", "a1b2",
          "ﬁre ﬂy", "άλφα βήτα", "хорошо дом"):
    t = s.title()
    print(repr(t), t.istitle(), s.istitle(), repr(s.capitalize()))
