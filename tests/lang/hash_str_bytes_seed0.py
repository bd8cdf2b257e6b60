# str and bytes hashes under PYTHONHASHSEED=0 (the test runner's seed) are
# CPython's exact SipHash-1-3 values
words = ['', 'a', 'ab', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world',
         'The quick brown fox jumps over the lazy dog', 'x' * 100, 'é', 'ñandú',
         'ÿ', 'Ā', '中文', '\u20ac', '\U0001f600', 'a\U0001f600b', '\x00', '\x00\x00',
         'mixed é 中 \U00010348', '\ud800' if False else 'z', 'A' * 7, 'B' * 8, 'C' * 9]
for w in words:
    print(repr(w)[:30], hash(w))
for b in [b'', b'a', b'ab', b'\x00', b'\xff' * 9, b'hello world', bytes(range(256))]:
    print(repr(b)[:30], hash(b))
print(hash('abc') == hash(b'abc'), hash('') == hash(b''), hash('é') == hash('é'.encode('latin-1')))
print(hash(bytearray(b'x')) if False else 'bytearray unhashable')
print(hash(memoryview(b'abc')) == hash(b'abc'))
print(hash('a' + 'bc') == hash('abc'), hash(''.join(['x', 'y'])) == hash('xy'))
class S(str):
    pass
class B(bytes):
    pass
print(hash(S('abc')) == hash('abc'), hash(B(b'abc')) == hash(b'abc'))
print(hash(('a', 'b')), hash(('abc', 1, 2.5)), hash((b'x', ('y',))))
print(hash(frozenset(['a', 'b', 'c'])), hash(frozenset([b'k'])))
print(hash('\u0100' * 3), hash('\u00ff' * 3), hash('\U00010000' * 3))
print(hash(str(10 ** 50)), hash('-0'), hash('1'))
