"""The shared body of hash_md5.py, hash_sha1.py, hash_sha256.py and
hash_sha512.py: digests at the block-boundary lengths, a 1 MB input,
update() in odd-sized chunks against one shot, copy(), attributes."""


def data(n, seed=0):
    return bytes((i * 131 + seed * 7 + (i >> 8)) & 255 for i in range(n))


def check(*ctors):
    """Print the digests and checks of each hash constructor."""
    for ctor in ctors:
        print(ctor.__name__, ctor.__module__)
        h = ctor()
        print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
        print(' empty', ctor().hexdigest(), ctor(b'').digest())
        print(' abc', ctor(b'abc').hexdigest())
        for n in (1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 255, 256, 1000):
            print(' ', n, ctor(data(n, n)).hexdigest())
        big = bytes(range(256)) * 4096          # 1 MB
        one = ctor(big)
        print(' 1MB', one.hexdigest())
        # odd chunks, so the buffered partial block is exercised at every offset
        h = ctor()
        pos, step = 0, 1
        while pos < len(big):
            h.update(big[pos:pos + step])
            pos += step
            step = step * 3 % 1021 + 1
        print(' chunks', h.hexdigest() == one.hexdigest(), h.digest() == one.digest())
        # copy: the copy and the original go on independently
        h = ctor(b'hello ')
        c = h.copy()
        c.update(b'world')
        h.update(b'there')
        print(' copy', c.hexdigest() == ctor(b'hello world').hexdigest(),
              h.hexdigest() == ctor(b'hello there').hexdigest(), type(c) is type(h))
        # digest() does not finish the object: update after it
        h = ctor(b'ab')
        d1 = h.digest()
        h.update(b'c')
        print(' again', d1 == ctor(b'ab').digest(), h.hexdigest() == ctor(b'abc').hexdigest(),
              h.digest().hex() == h.hexdigest(), len(h.digest()) == h.digest_size)
        # bytes-like inputs and keywords
        print(' like', ctor(bytearray(b'abc')).hexdigest() == ctor(memoryview(b'xabcx')[1:4]).hexdigest()
              == ctor(string=b'abc', usedforsecurity=False).hexdigest())
