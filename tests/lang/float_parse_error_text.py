# The text of parse errors: float(), complex() and float.fromhex() with odd characters
# (surrogates, NUL, quotes, emoji) in the argument.
for s in ['\ud800', '1\ud800', 'a\x00b', '\U0001f600', '1.5\U0001f600', "it's", '"q"', '\\', '\t\n', '1e5' * 3, 'é', '٣.٥x']:
    for f in (float, complex):
        try:
            print(f(s))
        except ValueError as e:
            print(f.__name__, e)
    try:
        float.fromhex(s)
    except ValueError as e:
        print('fromhex', e)
