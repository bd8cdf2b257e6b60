# float(str): correctly rounded parsing, accepted forms and error messages.
cases = ['1', ' 1.5 ', '\t-2.5\n', '1_000.000_1', '1e1_0', '+.5', '-.5e-3', '5.', '.e1', '1e', 'e5',
         '1__0', '_1', '1_', '1._5', '1_.5', '1e_5', 'inf', '-inf', '+inf', 'INF', 'Infinity', '-Infinity',
         'iNfInItY', 'infinit', 'infinityy', 'nan', '-nan', '+NaN', 'nan(1)', 'nani', '', ' ', '0x10',
         '1.0.0', '--1', '+-1', '1e+', '1e-', '1e+5', '1E5', '1e-400', '1e400', '-1e400', '4.9e-324',
         '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308',
         '1.7976931348623158e308', '1.7976931348623159e308', '0.000', '-0', '00012.5000', '\u0661\u0662',
         '\u00a0 3.25 \u2003', '１２.５', 'abc', '1 2', '1\x00', 'nan\x00', '   inf   ', '12345678901234567890',
         '0.1000000000000000055511151231257827021181583404541015625',
         '0.1000000000000000055511151231257827021181583404541015624',
         '0.1000000000000000055511151231257827021181583404541015626',
         '9007199254740993', '9007199254740993.0000000000000000001', '9007199254740992.9999999999999',
         '1' * 400, '0.' + '0' * 350 + '1', '1' + '0' * 308, '1' + '0' * 309, '.' + '9' * 500,
         '2.2250738585072011e-308', '2.2250738585072012e-308', '1e-320', '123.456e-2', '1e0000000000000000000005',
         '1e-99999999999999999999', '1e99999999999999999999', '0e99999999999999999', '-0.0e-5']
for s in cases:
    try:
        v = float(s)
        print(repr(s[:60]), repr(v), v.hex() if v == v else 'nan')
    except Exception as e:
        print(repr(s[:60]), type(e).__name__, str(e)[:120])
for b in (b'1.5', b' -3e2 ', bytearray(b'7.25'), b'x', b'1_0', memoryview(b'2.5')):
    try:
        print(float(b))
    except Exception as e:
        print(type(e).__name__, e)
for obj in (None, [], 1j, '1.5j', object):
    try:
        print(float(obj))
    except Exception as e:
        print(type(e).__name__, e)
# halfway cases between adjacent doubles, written as exact decimals
state = 99
def rnd():
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state
def dec(n, k):
    # the decimal string of n / 10**k
    s = str(n).rjust(k + 1, '0')
    return s[:len(s) - k] + '.' + s[len(s) - k:] if k else s
for _ in range(80):
    m = (1 << 52) + (rnd() * (1 << 21) + rnd()) % (1 << 52)
    e = rnd() % 240 - 120
    # halfway point (2m+1) * 2**(e-1) between m*2**e and (m+1)*2**e
    if e - 1 >= 0:
        n, k = (2 * m + 1) << (e - 1), 0
    else:
        k = 1 - e
        n = (2 * m + 1) * 5 ** k
    print(float(dec(n, k)).hex(), float(dec(n * 10 + 1, k + 1)).hex(), float(dec(n * 10 - 1, k + 1)).hex(),
          float(dec(n * 10 ** 30 + 1, k + 30)).hex())
