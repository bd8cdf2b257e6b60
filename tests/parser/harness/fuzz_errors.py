# Differential check of SyntaxError reporting (not part of the suite):
#   build-parser/safepy tests/parser/harness/fuzz_errors.py > a; python3.11 tests/parser/harness/fuzz_errors.py > b; diff a b
# Mutated programs through compile(): the SyntaxError message, line and
# offset must be CPython's (a differential test of the parser's error
# reporting; the mutations are deterministic).
# a small LCG instead of the random module (keeps the test self-contained)
state = 1234
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n
base = '''
async def f(a, /, b=1, *c, d, **e) -> int:
    x = [i async for i in y if i] + {k: v for k, v in z}
    match x:
        case [1, *r] | [2, *r] if y: pass
        case {"k": _, **kw}: pass
        case C(1, a=b): pass
    try:
        return f"{a!r:>{b}} {c=}" 'tail' if a else lambda q: b'x'
    except* (E, F) as g:
        raise G from g
    finally:
        del a[1:2, ::3], b.c
    with (open(x) as f, g):
        z = await h
'''
alphabet = "()[]{}:;,.=+-*/%@<>!~^|&'\"\\#\n\t fbrux0123456789_abcdefjklmnoqstvwz\u00e9\u20ac"
for n in range(300):
    s = list(base)
    for k in range(rnd(8) + 1):
        i = rnd(len(s))
        op = rnd(3)
        if op == 0:
            del s[i]
        elif op == 1:
            s.insert(i, alphabet[rnd(len(alphabet))])
        else:
            s[i] = alphabet[rnd(len(alphabet))]
    src = "".join(s)
    try:
        compile(src, "<fuzz>", "exec")
        print(n, "ok")
    except SyntaxError as e:
        print(n, type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
