# deterministic pseudo-random operands through every int operator; residues printed
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def operand():
    k = rnd() % 6
    bits = [3, 30, 62, 64, 130, 700][k]
    v = rnd() % (2**bits) if bits <= 64 else int.from_bytes(bytes(rnd() % 256 for _ in range(bits // 8)), "big")
    return -v if rnd() % 2 else v
M = 2**61 - 1
acc = []
for i in range(40):
    a, b = operand(), operand()
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a), a == b, a < b, a >= b]
    if b:
        r += [a // b, a % b, divmod(a, b)[0] - a // b]
    s = b % 200
    r += [a >> s, a << (s % 70)]
    if b > 0:
        r.append(pow(a, 3, b))
    r.append(hash(a) == hash(a % M if a >= 0 else -((-a) % M)) or hash(a) == -2)
    acc.append(sum(hash(x) for x in r) % 1000003)
print(acc[:20])
print(sum(acc), max(acc), min(acc))
