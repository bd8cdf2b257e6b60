# safepy-options: --max-heap 256M --max-time 1
# Attack: regular expressions that backtrack exponentially or need huge
# matcher stacks -- (a+)+b over 40 a's (2**40 paths), nested groups 400
# deep, a long subject under a starred group, and a
# lookahead-heavy findall over a long subject; the exponential one
# last, as the time limit ends it.  Must: no signal, no C
# stack overflow; each either finishes or ends in ResourceLimitError /
# MemoryError from the matcher's polls (no "time limit exceeded" from the
# watchdog: the matcher polls as it runs).
import re

def attempt(name, fn):
    try:
        r = fn()
        print(name, 'finished', r if isinstance(r, (int, bool, type(None))) else type(r).__name__)
    except BaseException as ex:
        print(name, type(ex).__name__)

deep = '(' * 400 + 'a' + ')' * 400
print('deep groups', re.compile(deep).match('a').span())
print('long alternation', len(re.findall(r'(?=(a|b)*c)', 'ab' * 2000)))
print('starred group', re.match(r'(a|b)*c', 'ab' * 200000 + 'c').span())
attempt('exponential', lambda: re.match(r'(a+)+b', 'a' * 40))
