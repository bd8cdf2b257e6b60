# The hash constructors' and methods' errors, with CPython's messages.
import _md5, _sha1, _sha256, _sha512

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r if not hasattr(r, 'hexdigest') else r.hexdigest())

for ctor in (_sha512.sha512, _sha512.sha384, _sha256.sha256, _sha256.sha224, _md5.md5, _sha1.sha1):
    n = ctor.__name__
    attempt(n + '(str)', ctor, 'abc')
    attempt(n + '(string=str)', ctor, string='abc')
    attempt(n + '(int)', ctor, 1)
    attempt(n + '(None)', ctor, None)
    attempt(n + '(list)', ctor, [1, 2])
    attempt(n + '(2 args)', ctor, b'a', b'b')
    attempt(n + '(data=)', ctor, data=b'a')
    attempt(n + '(usedforsecurity)', ctor, b'a', usedforsecurity=False)
    h = ctor(b'x')
    attempt(n + '.update(str)', h.update, 'abc')
    attempt(n + '.update(int)', h.update, 5)
    attempt(n + '.update(None)', h.update, None)
    attempt(n + '.update()', h.update)
    attempt(n + '.update(2)', h.update, b'a', b'b')
    attempt(n + '.update(kw)', h.update, data=b'a')
    attempt(n + '.digest(1)', h.digest, 1)
    attempt(n + '.hexdigest(1)', h.hexdigest, 1)
    attempt(n + '.copy(1)', h.copy, 1)
    attempt(n + ' type()', type(h))
    print(n, 'after errors', h.hexdigest() == ctor(b'x').hexdigest())
    try:
        h.name = 'x'
    except AttributeError:
        print(n, 'name is read-only')
    try:
        h.block_size = 1
    except AttributeError:
        print(n, 'block_size is read-only')
    print(n, type(ctor), ctor.__doc__)
    print(n, h.update.__doc__, h.digest.__doc__, h.hexdigest.__doc__, sep='\n  ')
print(sorted(k for k in dir(_sha512) if not k.startswith('__')), _sha512.SHA384Type)
print(sorted(k for k in dir(_sha256) if not k.startswith('__')), _sha256.SHA224Type, _sha256.SHA256Type)
print(sorted(k for k in dir(_md5) if not k.startswith('__')), _md5.MD5Type)
print(sorted(k for k in dir(_sha1) if not k.startswith('__')), _sha1.SHA1Type)
print(type(_sha512.sha384()) is not type(_sha512.sha512()), type(_sha512.sha384()).__name__)
