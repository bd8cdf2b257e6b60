# _sre.compile with hand-made code lists: a bad list is refused with
# RuntimeError("invalid SRE code") or fails cleanly, never a crash.
import _sre, re

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9), _sre.unicode_iscased(0xe9))
print(_sre.unicode_iscased(0x2160), _sre.unicode_iscased(ord('1')), _sre.ascii_tolower(ord('Q')), _sre.ascii_tolower(0xc9))
print(_sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x1e9e), _sre.unicode_tolower(0x212a))

def comp(code, groups=0, s='abc'):
    try:
        p = _sre.compile('x', 0, code, groups, {}, (None,) * (groups + 1))
    except Exception as e:
        print(code[:12], 'compile:', type(e).__name__, e)
        return
    try:
        m = p.match(s)
        print(code[:12], 'match:', m and m.span())
    except Exception as e:
        print(code[:12], 'match:', type(e).__name__, e)

SUCCESS, FAILURE, LITERAL, JUMP, MARK, BRANCH, REPEAT_ONE, IN, REPEAT, MAX_UNTIL = 1, 0, 16, 15, 17, 7, 24, 13, 23, 18
comp([SUCCESS])
comp([LITERAL, 97, SUCCESS])
comp([LITERAL, 98, SUCCESS])
comp([999])
comp([])
comp([LITERAL])
comp([JUMP, 100, SUCCESS])
comp([JUMP, 0, SUCCESS])
comp([MARK, 0, LITERAL, 97, MARK, 1, SUCCESS], 1)
comp([MARK, 4, SUCCESS], 1)
comp([11, 3, SUCCESS], 1)
comp([BRANCH, 5, LITERAL, 97, JUMP, 200, 0, SUCCESS])
comp([BRANCH, 50, LITERAL, 97, SUCCESS])
comp([REPEAT_ONE, 6, 0, 10, LITERAL, 97, SUCCESS, SUCCESS])
comp([REPEAT_ONE, 6, 5, 1, LITERAL, 97, SUCCESS, SUCCESS])
comp([REPEAT_ONE, 60, 0, 10, LITERAL, 97, SUCCESS, SUCCESS])
comp([IN, 4, LITERAL, 97, FAILURE, SUCCESS])
comp([IN, 4, 99, 97, FAILURE, SUCCESS])
comp([IN, 3, 22, 97, FAILURE, SUCCESS])
comp([REPEAT, 5, 0, 10, LITERAL, 97, MAX_UNTIL, SUCCESS])
comp([REPEAT, 5, 0, 10, LITERAL, 97, SUCCESS, SUCCESS])
comp([MAX_UNTIL, SUCCESS])
comp([6, 99, SUCCESS])
comp([8, 99, SUCCESS])
comp([LITERAL, 2**32, SUCCESS])
comp([LITERAL, -1, SUCCESS])
comp([LITERAL, 'a', SUCCESS])

# the re module's own code for a few patterns round-trips
for pat in [r'(a|b)*?c', r'[^\W\d_]+', r'(?i)[\u0100-\u2000\U00010000-\U0001ffff]+', r'(?<=x)(?!y)\b']:
    p = re.compile(pat)
    print(pat, p.search('xxab\u0101c\U00010001') and p.search('xxab\u0101c\U00010001').span())
