"""crypto: pure-Python AES-128 (tables derived at start-up from GF(2^8)
arithmetic, key expansion, CBC encryption and decryption of a buffer);
byte and integer operations, bytearray indexing."""
import sys

DEFAULT = 8000


def gf_mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return r


def make_tables():
    inverse = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gf_mul(a, b) == 1:
                inverse[a] = b
                break
    sbox = [0] * 256
    for a in range(256):
        x = inverse[a]
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox[a] = s ^ 0x63
    inv_sbox = [0] * 256
    for a in range(256):
        inv_sbox[sbox[a]] = a
    mul = {k: [gf_mul(a, k) for a in range(256)] for k in (2, 3, 9, 11, 13, 14)}
    return sbox, inv_sbox, mul


SBOX, INV_SBOX, MUL = make_tables()
M2, M3, M9, M11, M13, M14 = (MUL[k] for k in (2, 3, 9, 11, 13, 14))


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = list(words[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = gf_mul(rcon, 2)
        words.append([a ^ b for a, b in zip(words[i - 4], t)])
    return [sum(words[4 * r:4 * r + 4], []) for r in range(11)]


def add_round_key(s, k):
    for i in range(16):
        s[i] ^= k[i]


def shift_rows(s):
    # state is column-major: byte (row r, column c) is s[4 * c + r]
    for r in range(1, 4):
        row = [s[4 * c + r] for c in range(4)]
        row = row[r:] + row[:r]
        for c in range(4):
            s[4 * c + r] = row[c]


def inv_shift_rows(s):
    for r in range(1, 4):
        row = [s[4 * c + r] for c in range(4)]
        row = row[-r:] + row[:-r]
        for c in range(4):
            s[4 * c + r] = row[c]


def mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        s[c] = M2[a0] ^ M3[a1] ^ a2 ^ a3
        s[c + 1] = a0 ^ M2[a1] ^ M3[a2] ^ a3
        s[c + 2] = a0 ^ a1 ^ M2[a2] ^ M3[a3]
        s[c + 3] = M3[a0] ^ a1 ^ a2 ^ M2[a3]


def inv_mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        s[c] = M14[a0] ^ M11[a1] ^ M13[a2] ^ M9[a3]
        s[c + 1] = M9[a0] ^ M14[a1] ^ M11[a2] ^ M13[a3]
        s[c + 2] = M13[a0] ^ M9[a1] ^ M14[a2] ^ M11[a3]
        s[c + 3] = M11[a0] ^ M13[a1] ^ M9[a2] ^ M14[a3]


def encrypt_block(block, rounds):
    s = list(block)
    add_round_key(s, rounds[0])
    for r in range(1, 10):
        s = [SBOX[b] for b in s]
        shift_rows(s)
        mix_columns(s)
        add_round_key(s, rounds[r])
    s = [SBOX[b] for b in s]
    shift_rows(s)
    add_round_key(s, rounds[10])
    return s


def decrypt_block(block, rounds):
    s = list(block)
    add_round_key(s, rounds[10])
    inv_shift_rows(s)
    s = [INV_SBOX[b] for b in s]
    for r in range(9, 0, -1):
        add_round_key(s, rounds[r])
        inv_mix_columns(s)
        inv_shift_rows(s)
        s = [INV_SBOX[b] for b in s]
    add_round_key(s, rounds[0])
    return s


def cbc_encrypt(data, rounds, iv):
    out = bytearray()
    prev = list(iv)
    for i in range(0, len(data), 16):
        block = [a ^ b for a, b in zip(data[i:i + 16], prev)]
        prev = encrypt_block(block, rounds)
        out.extend(prev)
    return bytes(out)


def cbc_decrypt(data, rounds, iv):
    out = bytearray()
    prev = list(iv)
    for i in range(0, len(data), 16):
        block = list(data[i:i + 16])
        plain = decrypt_block(block, rounds)
        out.extend(a ^ b for a, b in zip(plain, prev))
        prev = block
    return bytes(out)


def main(nblocks):
    # FIPS-197 appendix C.1: a known answer first
    key = bytes(range(16))
    rounds = expand_key(key)
    known = bytes(encrypt_block(bytes.fromhex("00112233445566778899aabbccddeeff"), rounds))
    assert known.hex() == "69c4e0d86a7b0430d8cdb78070b4c55a", known.hex()
    plain = bytes((i * 7 + (i >> 3)) & 0xFF for i in range(16 * nblocks))
    iv = bytes(range(100, 116))
    cipher = cbc_encrypt(plain, rounds, iv)
    back = cbc_decrypt(cipher, rounds, iv)
    assert back == plain
    h = 0
    for b in cipher:
        h = (h * 257 + b) % 4294967291
    return "crypto %d blocks: %s %d" % (nblocks, cipher[-16:].hex(), h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
