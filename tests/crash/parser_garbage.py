# Random bytes and mutated programs through the parser: any exception is
# fine, a crash is not.
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
alphabet = "()[]{}:;,.=+-*/%@<>!~^|&'\"\\#\n\t fbrux0123456789_abcdefjklmnoqstvwz\u00e9\u20ac\x00"
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
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "<fuzz>", mode)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            pass
for n in range(100):
    b = bytes([rnd(256) for _ in range(rnd(200))])
    try:
        compile(b, "<bytes>", "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        pass
print("done")
