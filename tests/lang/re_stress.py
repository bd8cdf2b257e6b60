# Long subjects and deep backtracking: the matcher's stacks live on the
# heap, so neither the subject length nor the nesting depth is bounded by
# the C stack.
import re

s = 'ab' * 500000 + 'c'
m = re.match(r'(a|b)*c', s)
print(m.span(), m.group(1), m.lastindex)
m = re.match(r'(?:(a)|b)*?c', s)
print(m.span(), m.groups())
print(re.fullmatch(r'(?:ab)+c', s) is not None, re.fullmatch(r'(?:ab)*+c', s) is not None)
print(re.match(r'((a)(b))*', s).span(), len(re.findall(r'(a)(b)', s[:20000])), re.search(r'b(c)', s).span())
print(re.match(r'(a|b)*d', s[:20000]), re.search(r'[ab]*d', s[:2000]))
print(len(re.sub(r'a', 'xy', s[:20000])), len(re.split(r'b', s[:20000])), re.subn(r'(?<=a)b', '', s[:1000])[1])
t = '(' * 3000 + 'x' + ')' * 3000
print(re.fullmatch(r'(\(*)x(\)*)', t).span(1), len(re.compile('(' * 90 + 'x' + ')' * 90).match('x').groups()))
u = 'é' * 200000 + 'ß'
print(re.search(r'ß', u).span(), re.match(r'(é|e)*ß', u).span(), len(re.findall(r'é', u[:5000])))
print(re.match(r'(?:a*)*b', 'a' * 18), re.match(r'(x+x+)+y', 'x' * 16))
