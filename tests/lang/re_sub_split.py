# sub, subn, split, findall and finditer, with the empty-match rules of
# Python 3.7+, templates, callables and counts.
import re

print(re.sub(r'\d', '#', 'a1b22c333'), re.subn(r'\d', '#', 'a1b22c333'), re.sub(r'\d', '#', 'a1b22', count=2))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'), re.sub(r'(?P<a>x)(?P<b>y)', r'\g<b>\g<a>\g<0>', 'xyxy'))
print(re.sub(r'(a)', r'[\1\\n\n\t]', 'bab'), re.sub('a', r'\101\0', 'a'), re.sub('(a)|b', r'<\1>', 'ab'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.subn('a', lambda m: '', 'banana', 2))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'))
print(re.subn('a|', '-', 'bab'), re.sub(r'\b', '|', 'ab cd'), re.sub('^', '>', 'a\nb', flags=re.M))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', -1), re.sub('a', r'\\', 'a'), re.sub(b'a', b'\\0', b'a'))
print(re.sub('(?P<n>a)', r'\g<n>\g<1>', 'a'), re.sub('a', lambda m: None or 'z', 'aa'))
for tmpl in [r'\2', r'\g<x>', r'\g<1', '\\', r'\q', r'\g<-1>']:
    try:
        print(re.sub('(a)', tmpl, 'a'))
    except Exception as e:
        print(repr(tmpl), type(e).__name__, e)

print(re.split(r',', 'a,b,,c'), re.split(r'(,)', 'a,b'), re.split(r',', 'a,b,c', maxsplit=1), re.split(',', 'a,b', 0))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split('', 'ab'), re.split(r'(?=b)', 'abab'))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'\s*', ' a b '), re.split(r'(x)?,', 'a,bx,c'), re.split('a', 'aaa', -1))
print(re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M), re.split(',', ''))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\d)?', '1 23'), re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'abc'), re.findall('x*', 'axxb'), re.findall(r'\b', 'ab cd'), re.findall('a|', 'bab'))
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'a*?', 'aa'), re.findall('(a)(b)', 'ababab'))
print(re.compile(r'\w').findall('abcdef', 2, 4), re.compile('x*').findall('axx', 1))
print([m.span() for m in re.finditer(r'x*', 'axxb')], [m.group() for m in re.finditer(r'\w+', 'a bc def')])
print([(m.span(), m.groups()) for m in re.finditer(r'(a)|(b)', 'abc')], list(re.finditer('', '')))
it = re.compile(r'\d').finditer('1a2b3', 1, 5)
print(next(it), next(it), next(it, 'end'), type(it).__name__)

# a callable that returns bytes for a str pattern and the reverse
for pat, s, repl in [('a', 'a', lambda m: b'x'), (b'a', b'a', lambda m: 'x'), ('a', 'a', lambda m: 3)]:
    try:
        print(re.sub(pat, repl, s))
    except Exception as e:
        print(type(e).__name__, e)

# re.Scanner (built on the scanner object)
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None)])
print(sc.scan('abc 12 de 3 !'))
s = re.compile(r'\w').scanner('ab c')
print(s.match(), s.match(), s.match(), s.match(), s.search(), s.pattern)
s = re.compile(r'x*').scanner('axb')
print(s.search(), s.search(), s.search(), s.search(), s.search())
