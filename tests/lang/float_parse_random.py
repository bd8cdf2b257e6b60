# float() of pseudo-random decimal strings: long mantissas (up to 800
# digits), extreme exponents, leading/trailing zeros, underscores; results
# shown as hex so every bit is compared.
def lcg62(s):
    # two steps of a 31-bit LCG glued into 62 bits (all small ints: cheap)
    a = ((s & 0x7fffffff) * 1103515245 + 12345) & 0x7fffffff
    b = (a * 1103515245 + 12345) & 0x7fffffff
    return (a << 31) | b

state = 8675309
def rnd(n):
    global state
    state = lcg62(state)
    return (state >> 20) % n
out = []
for k in range(70):
    nd = [1, 2, 5, 15, 16, 17, 18, 19, 20, 25, 40, 100, 300][rnd(13)]
    digits = ''.join(str(rnd(10)) for _ in range(nd))
    point = rnd(nd + 1)
    e = rnd(700) - 350
    s = digits[:point] + '.' + digits[point:] + 'e%d' % e
    if rnd(4) == 0:
        s = '0' * rnd(5) + s
    if rnd(5) == 0:
        s = '-' + s
    v = float(s)
    out.append(v.hex())
for i in range(0, len(out), 5):
    print(' '.join(out[i:i + 5]))
# the same values through the int path and the float path agree
for k in range(16):
    nd = rnd(30) + 1
    digits = str(rnd(9) + 1) + ''.join(str(rnd(10)) for _ in range(nd))
    print(float(digits).hex(), float(int(digits)).hex(), float(digits + '.000') == float(int(digits)), end=' ')
    if k % 4 == 3:
        print()
# underscores between digits
print(float('1_2_3.4_5e1_0'), float('0_0.0_1'), float('-1_0e-0_1'), float('1_1j'[:-1]))
# exactly halfway values with many trailing digits
for s in ['9007199254740993', '9007199254740993.00000000000000000000000001', '9007199254740992.99999999999999999999999',
          '2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324',
          '2.4703282292062327208828439643411068618252990130716238221279284125033775363e-324',
          '1.7976931348623158079372897140530341507993413271003782693617377898044496829276e308',
          '1.7976931348623158079372897140530341507993413271003782693617377898044496829275e308']:
    v = float(s)
    print(v.hex(), repr(v))
