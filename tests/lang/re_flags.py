# Flags: IGNORECASE (ASCII, Unicode, LOCALE for bytes), MULTILINE, DOTALL,
# VERBOSE, ASCII, inline and scoped flags, Unicode classes.
import re

def find(pat, s, flags=0):
    try:
        print(repr(pat), repr(s), flags, re.findall(pat, s, flags))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

find(r'abc', 'ABC aBc abc', re.I)
find(r'[a-c]+', 'ABCdabc', re.I)
find(r'[^a-c]+', 'ABCdabc', re.I)
find(r'\w+', 'Straße Ünïcode ĳ', 0)
find(r'\w+', 'Straße Ünïcode', re.A)
find(r'\d+', '12 ٣٤ ５6', 0)
find(r'\d+', '12 ٣٤ ５6', re.A)
find(r'\s+', 'a\u00a0b\u2003c\x1cd', 0)
find(r'\s+', 'a\u00a0b\u2003c\x1cd', re.A)
find(r'straße', 'STRASSE Straße STRAẞE', re.I)
find(r'ß', 'ẞß', re.I)
find(r'[ß]', 'ẞß', re.I)
find(r'é', 'É é', re.I)
find(r'[à-ÿ]+', 'ÀÉÎõü', re.I)
find(r'σ', 'Σσς', re.I)
find(r'[σ]', 'Σσς', re.I)
find(r'k', 'K k \u212a', re.I)
find(r'[k]', 'K k \u212a', re.I)
find(r'k', 'K k \u212a', re.I | re.A)
find(r'i', 'I i \u0130 \u0131', re.I)
find(r'[i-j]', 'I \u0130 \u0131', re.I)
find(r'ǆ', 'Ǆ ǅ ǆ', re.I)
find(r'\u1f80', '\u1f88 \u1f80 \u1fb3', re.I)
find(r'[^x]', 'X', re.I)
find(r'(a)\1', 'aA Aa', re.I)
find(r'(é)\1', 'éÉ', re.I)
find(r'(é)\1', 'éÉ', re.I | re.A)
find(r'x.y', 'x\ny xzy', 0)
find(r'x.y', 'x\ny xzy', re.S)
find(r'(?s:x.)y', 'x\ny', 0)
find(r'^\w', 'ab\ncd\n', 0)
find(r'^\w', 'ab\ncd\n', re.M)
find(r'\w$', 'ab\ncd\n', 0)
find(r'\w$', 'ab\ncd\n', re.M)
find(r'$', 'a\nb\n', re.M)
find(r'''
    (\d+)   # digits
    \s* -   # a dash
    [ ]x    # escaped space
''', '12 - x 3- x', re.X)
find(r'(?i)abc(?-i:D)', 'ABCD ABCd')
find(r'(?i:a)b', 'Ab AB')
find(r'(?x) a b (?-x: c)', 'ab c abc')
find(r'(?a)\w+', 'héllo')
find(r'(?u)\w+', 'héllo')
find(r'\bé', ' é ')
find(r'\bé', ' é ', re.A)
find(r'\Bé', 'xé', re.A)

# bytes patterns: ASCII classes, LOCALE
for pat, s, fl in [(rb'\w+', b'caf\xe9 ok', 0), (rb'[a-z]+', b'ABC def', re.I), (rb'\xe9', b'\xc9\xe9', re.I),
                   (rb'abc', b'ABC', re.L | re.I), (rb'[a-c]+', b'ABCabc', re.L | re.I), (rb'\w+', b'a_1\xe9', re.L),
                   (rb'\bx', b'ax x', re.L), (rb'(a)\1', b'aA', re.L | re.I), (rb'\d\s', b'1 2\t', 0), (rb'[^a]', b'A', re.L | re.I)]:
    print(pat, s, fl, re.findall(pat, s, fl))

# flags reported and refused
print(re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('(?x)a').flags, re.compile('(?s)a', re.M).flags)
for pat, fl in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'(?u)a', 0), ('(?L)a', 0), ('(?a)(?u)a', 0)]:
    try:
        re.compile(pat, fl)
        print(pat, 'ok')
    except Exception as e:
        print(pat, type(e).__name__, e)
