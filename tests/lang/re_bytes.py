# bytes patterns over bytes, bytearray and memoryview; the type errors
# between str and bytes.
import re

p = re.compile(rb'(\w+)=(\d+)')
for s in [b'a=1 bb=22', bytearray(b'a=1 bb=22'), memoryview(b'a=1 bb=22')]:
    m = p.search(s)
    print(type(s).__name__, m, m.groups(), type(m.group(1)).__name__, type(m.string).__name__, m.string is s)
    print(p.findall(s), p.sub(rb'\2=\1', bytes(s)), p.split(s), [m.span() for m in p.finditer(s)], p.subn(b'-', s))
print(re.sub(b'a', bytearray(b'x'), b'aba'), re.sub(b'a', memoryview(b'y'), b'aba'), re.sub(b'a', lambda m: bytearray(b'z'), b'aa'))
print(re.split(b'', b'ab'), re.findall(b'[\x80-\xff]+', b'a\x80\xffb'), re.match(b'\xe9', b'\xe9'))
print(re.fullmatch(rb'.*', b'\x00\n'), re.fullmatch(rb'(?s).*', b'\x00\n'), re.escape(b'\x00a.'))
ba = bytearray(b'hello world')
it = re.compile(rb'\w+').finditer(ba)
print(next(it))
print(list(m.group() for m in it), ba)

def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: re.match('a', b'a'))
err(lambda: re.match(b'a', 'a'))
err(lambda: re.match('a', bytearray(b'a')))
err(lambda: re.match(b'a', 1))
err(lambda: re.match('a', None))
err(lambda: re.sub(b'a', 'x', b'a'))
err(lambda: re.sub('a', b'x', 'a'))
err(lambda: re.sub(b'a', r'\1', b'a'))
err(lambda: re.compile(b'\\w', re.U))
err(lambda: re.findall(b'a', ['a']))
err(lambda: re.compile(b'a').match(memoryview(b'a')).group(2))
