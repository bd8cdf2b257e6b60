# Match, search and fullmatch; groups, named groups, pos/endpos.
import re

p = re.compile(r'(\d+)-(\d+)')
m = p.search('tel: 555-1234 and 777-8888')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(1), m.span(1))
print(m[0], m[1], m[2], m.pos, m.endpos, m.string)
print(p.match('555-1234'), p.match('x555-1234'), p.fullmatch('555-1234'), p.fullmatch('555-1234x'))
print(p.search('tel: 555-1234', 5), p.search('tel: 555-1234', 6), p.search('tel: 555-1234', 0, 10))
print(p.match('ab12-34', 2), p.match('ab12-34', 2, 5), p.fullmatch('ab12-34', 2, 6))
print(p.search('12-34', -10, 100), p.match('12-34', endpos=-1))
m = p.search('xx12-34yy', pos=1, endpos=8)
print(m, m.pos, m.endpos)

n = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<title>Jr\.))?')
m = n.match('Jane Doe')
print(m.group('first'), m['last'], m.group('title'), m.groupdict(), m.groupdict('-'))
print(m.groups(), m.groups(''), m.groups(default=0), m.lastindex, m.lastgroup)
print(m.span('last'), m.start('title'), m.end('title'), m.span('title'))
print(n.groupindex, n.groups, dict(n.groupindex))
m = n.match('John Smith Jr.')
print(m.groupdict(), m.lastindex, m.lastgroup)

# lastindex: the group that closed last
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(a)|(b)', 'b'), (r'((a)|b)', 'b'),
               (r'(?P<x>(?P<y>a))', 'a'), (r'a', 'a'), (r'(a)?b', 'b'), (r'(?:(a)|b)+', 'ab')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())

# empty matches and anchors
print(re.match('', ''), re.match('', 'abc'), re.search('$', 'abc'), re.search('^', 'abc', re.M))
print(re.fullmatch('a*', ''), re.fullmatch('a*?', 'aaa'), re.fullmatch('(a|ab)(c|bcd)', 'abcd'))
print(re.search(r'\Aab', 'xab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'), re.search(r'ab$', 'ab\nc'))
print(re.search(r'(?m)ab$', 'ab\nc'), re.search(r'(?m)^c', 'ab\nc'), re.search('^c', 'ab\nc'))
print(re.match(r'\b', 'abc'), re.search(r'\B', 'abc'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall(r'\b\w', 'one two  three'), re.findall(r'\B\w', 'one two'))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1), re.compile('').fullmatch('abc', 2, 1))
print(re.compile('^').search('abc', 1), re.compile('(?m)^').search('a\nbc', 1))

# the module functions and the cache give the same answers
print(re.match(r'a(b)c', 'abcd').groups(), re.search(r'b', 'abc').span(), re.fullmatch(r'.*', 'x\n'))
print(re.compile(re.compile('a')) is re.compile('a'), re.compile('a').pattern, re.compile(b'a').pattern)
print(re.escape('a.b*c'), re.escape(b'a+b'), re.purge())

# one pattern over several non-ASCII strings in turn, by position (json's
# scanner does this; the decoded text is cached per pattern)
word, space = re.compile(r'\w+'), re.compile(r'\s*')
for text in ['héllo wörld ñ', 'ça va €', 'héllo wörld ñ'[:5]]:
    pos, out = 0, []
    while pos < len(text):
        pos = space.match(text, pos).end()
        m = word.match(text, pos)
        if not m:
            out.append(text[pos:])
            break
        out.append(m.group())
        pos = m.end()
    print(out, word.search('€ ab', 1), word.fullmatch(text, 0, 5))
