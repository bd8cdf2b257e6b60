# find/count/replace/split with overlapping and repeated patterns
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
    else:
        print(label, repr(r))

hay = [b'aaaa', b'abababa', b'aXbXcX', b'', b'a', b'xyxyxyx', b'\x00\x00\x00']
pats = [b'a', b'aa', b'aba', b'X', b'xyx', b'\x00\x00', b'', b'zz']
for h in hay:
    for p in pats:
        print(repr(h), repr(p), h.count(p), h.find(p), h.rfind(p), h.replace(p, b'-'), h.replace(p, b'', 1),
              h.split(p) if p else '-', h.rsplit(p, 1) if p else '-', h.partition(p) if p else '-',
              h.rpartition(p) if p else '-', p in h, h.startswith(p), h.endswith(p))
for h in hay:
    ba = bytearray(h)
    print(repr(ba), ba.count(b'a'), ba.find(97), ba.rfind(97), ba.replace(b'a', b'bb'), 97 in ba)
