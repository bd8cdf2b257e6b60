# Repeats and backtracking: greedy and lazy, captures after backtracking,
# empty iterations, backreferences, lookaround, conditionals, atomic
# groups and possessive quantifiers.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex))

for pat, s in [
    (r'a*', 'aaa'), (r'a*?', 'aaa'), (r'a+?b', 'aaab'), (r'a{2,}?', 'aaaa'), (r'a{,2}', 'aaaa'), (r'a{3}', 'aa'),
    (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'(ab)*?c', 'ababc'), (r'(ab)+?', 'abab'), (r'(a|ab)*c', 'abac'),
    (r'(a|b)*', 'abba'), (r'(a|b)*?a', 'bba'), (r'(?:(a)|(b))*', 'ab'), (r'(?:(a)|(b))*', 'ba'), (r'(?:(a)|(b))+?b', 'aab'),
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a*|b)*', 'ab'), (r'(a?)+?b', 'aab'), (r'(?:a|())*', 'aa'), (r'(?:()|a)*', 'aa'),
    (r'(a*?)*', 'aa'), (r'((a)|b)*?c', 'abc'), (r'(x)?(?:y|(z))*w', 'xyzyw'), (r'(?:(\d)|x)*', '1x2x'),
    (r'(\w)\1', 'abccd'), (r'(\w+)\s\1', 'the the'), (r'(a)|\1', 'x'), (r'(a)?\1', 'aa'), (r'(a)?\1', 'b'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\''), (r'((a)\2)+', 'aaaa'), (r'(a)(?:b\1)*', 'ababa'),
    (r'(?=(\w+))\w', 'abc'), (r'(?!abc)\w+', 'abc abd'), (r'\w+(?=,)', 'x, y'), (r'(?<=\$)\d+', 'cost $42'),
    (r'(?<!\$)\b\d+', '$42 17'), (r'(?<=(a))(b)', 'ab'), (r'(?<=a|b)c', 'bc'), (r'(?<=ab|cd)e', 'cde'),
    (r'(?<!^)x', 'xx'), (r'(?=a)a*b', 'aab'), (r'(?!a*b)a', 'aaa'), (r'(?=(a|b)*c)', 'abc'),
    (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'b'), (r'(?P<o><)?\w+(?(o)>)', '<abc>'),
    (r'(?P<o><)?\w+(?(o)>)', 'abc>'), (r'^(\()?\d+(?(1)\))$', '(12)'), (r'^(\()?\d+(?(1)\))$', '(12'),
    (r'(?>a*)a', 'aaa'), (r'(?>a*)b', 'aab'), (r'(?>(a|ab))c', 'abc'), (r'(?>x(a)|x(b))', 'xb'),
    (r'a*+a', 'aaa'), (r'a*+b', 'aab'), (r'a++', 'aaa'), (r'a?+a', 'a'), (r'(?:ab)*+a', 'ababa'), (r'(?:ab)++b', 'abab'),
    (r'(a|b)*+c', 'abbc'), (r'(?:a|b)*+b', 'ab'), (r'a{1,2}+a', 'aaa'), (r'(?:a{2})*+a', 'aaaaa'), (r'(a*)++b', 'aab'),
    (r'(?:(a)|b){2}', 'ab'), (r'(?:(a)|b){2}', 'ba'), (r'(a){0}', 'a'), (r'(a){2,3}?', 'aaaa'), (r'x(?:(a)|b)*?y', 'xaby'),
    (r'(a+)+b', 'aaaaaaaaaaaaaaaaaaaab'), (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'), (r'(.+)\1', 'abab'),
]:
    show(pat, s)

# A repeat stops when an iteration matched empty
print(re.findall(r'(?:a|)*', 'aab'), re.findall(r'(a|)+', 'aab'), re.sub(r'(a*)*', '-', 'baac'))
print(re.match(r'(?:(?:)|a)*b', 'aab'), re.match(r'(?:a?)*?b', 'aab').span())
# nested repeats and marks restored on failure
print(re.match(r'((a)|(b))*c', 'abc').groups(), re.match(r'(?:(a)b|(a)c)*', 'abac').groups())
print(re.match(r'((?:a|b)*)(b)', 'abab').groups(), re.match(r'(a(b)?)+', 'aba').groups())
print(re.match(r'(?:x(a)?)+', 'xax').groups(), re.match(r'(?:x(a)?)+?y', 'xaxy').groups())
