# A table of patterns and subjects: match/search/fullmatch (span, groups,
# lastindex, lastgroup, regs), findall, finditer, sub, subn and split of each.
import re
cases = [
 (r'a*', 'aaab'), (r'a*?', 'aaab'), (r'(a|b)*c', 'ababc'), (r'(a|b)*?c', 'ababc'), (r'(a+)(b+)?', 'aab'), (r'(a)|(b)', 'b'),
 (r'((a)|b)+', 'abab'), (r'(a*)*', 'aaa'), (r'(a*)+', 'aaa'), (r'(a|)*b', 'aab'), (r'(?:a|())*b', 'aab'), (r'(a*?)*?b', 'aab'),
 (r'(\w+)\s+\1', 'hello hello world'), (r'(?i)(\w+)\s+\1', 'Hello HELLO'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'ab cb'), (r'(?=(a+))a', 'aaa'),
 (r'(?!a)\w', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'ab'), (r'(?P<x>a)(?(x)b)', 'ab'), (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'),
 (r'a++b', 'aab'), (r'a++a', 'aaa'), (r'(?:ab)++a', 'ababa'), (r'(?:ab)*+ab', 'abab'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'(ab){2}', 'ababab'),
 (r'\bfoo\b', 'a foo b'), (r'\Bfoo', 'afoo'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'), (r'ab$', 'ab\n'), (r'(?m)^b', 'a\nb'), (r'(?s)a.b', 'a\nb'), (r'a.b', 'a\nb'),
 (r'(?x) a  b # comment', 'ab'), (r'[a-c]+', 'xabcabd'), (r'[^a-c]+', 'abxyz'), (r'[\d\s]+', 'a1 2 b'), (r'\D+', '12ab34'), (r'\W+', 'ab!@cd'),
 (r'(?i)straße', 'STRASSE'), (r'(?i)[a-z]+', 'HeLLo'), (r'(?i)é', 'É'), (r'(?i)[é-ë]', 'Ë'), (r'(?i)ǅ', 'ǆ'), (r'(?i)\u0130', 'i'), (r'(?i)K', '\u212a'), (r'(?i)[k]', '\u212a'),
 (r'(?a)\w+', 'héllo'), (r'\w+', 'héllo'), (r'\d+', '١٢٣'), (r'(?a)\d+', '١٢٣'), (r'\s+', '\u2003x'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
 (r'x*', ''), (r'', 'abc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+|b+)*c', 'aabbc'), (r'((a)|(b))*', 'ab'), (r'(a)|b', 'b'), (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|b)*', 'ba'),
 (r'(a)*', 'aa'), (r'(?:x(a)|y(b))*', 'xaybxa'), (r'(a*)b\1', 'aabaa'), (r'(a)b(?=\1)', 'aba'), (r'(.)(?<=(\1))', 'aa'), (r'(?<=(a))b', 'ab'),
 (r'^(?:(\d+)\.)?(\d+)$', '12.34'), (r'(?:a|b|c|d)+?e', 'abcde'), (r'(?:abc|abd|ab)+', 'abdabcab'), (r'.*?x', 'aaxbx'), (r'.*x', 'aaxbx'),
 (r'[\u0100-\u0200]+', 'aĀĂb'), (r'[^\u0100]', '\u0100a'), (r'(?i)[^a]', 'A'), (r'(?u)\bé\b', ' é '), (r'\bé\b', ' é '), (r'(?a)\bé', ' é'),
 (r'(a)(?:(b)|c)*', 'abcb'), (r'(?:(a)b|(a)c)+', 'abac'), (r'(a*)*b', 'aaab'), (r'(a|b)*?b', 'aab'), (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'),
 (r'(?:a*)*', 'b'), (r'(?:a*|b)*c', 'abc'), (r'(?:()|a)*', 'aa'), (r'(a?)*?b', 'ab'), (r'(a|b)*?(b+)', 'aabb'), (r'[ab]*?b', 'aab'), (r'\d{2,}?', '12345'),
 (r'(?i)ß', 'ẞ'), (r'(?i)[ß]', 'ẞ'), (r'(?i)Σ', 'ς'), (r'(?i)[σ]', 'Σ'), (r'(?i)ﬀ', 'FF'), (r'(?i)\u1fb3', '\u1fbc'), (r'(?i)[\u1fb3]', '\u1fbc'),
 (r'a|b|c', 'xc'), (r'(ab|a)(bc|c)', 'abc'), (r'(?=a)*', 'a'), (r'((?=(a))a)*', 'aa'), (r'(?<=ab)c|(?<=x)y', 'xy'), (r'(?<=\d{3})x', '123x'),
]
for p, s in cases:
    try:
        r = re.compile(p)
        out = []
        for name, f in (('match', r.match), ('search', r.search), ('fullmatch', r.fullmatch)):
            m = f(s)
            out.append((name, m and (m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs)))
        out.append(('findall', r.findall(s)))
        out.append(('finditer', [m.span() for m in r.finditer(s)]))
        out.append(('sub', r.sub('<\\g<0>>', s)))
        out.append(('subn', r.subn(lambda m: '[' + m.group() + ']', s, 2)))
        out.append(('split', r.split(s)))
        print(repr(p), repr(s), out)
    except Exception as e:
        print(repr(p), repr(s), type(e).__name__, e)
