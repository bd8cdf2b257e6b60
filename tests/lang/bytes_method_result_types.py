# return types of every bytes method for bytes, bytearray and subclasses
class SB(bytes): pass
class SBA(bytearray): pass
calls = [('capitalize', ()), ('center', (9,)), ('center', (1,)), ('expandtabs', ()), ('ljust', (9,)), ('ljust', (1,)),
         ('lower', ()), ('lstrip', ()), ('partition', (b'b',)), ('partition', (b'z',)), ('removeprefix', (b'a',)),
         ('removeprefix', (b'z',)), ('removesuffix', (b'c',)), ('replace', (b'a', b'b')), ('replace', (b'z', b'y')),
         ('rjust', (9,)), ('rpartition', (b'b',)), ('rsplit', ()), ('rstrip', ()), ('split', ()), ('splitlines', ()),
         ('strip', ()), ('swapcase', ()), ('title', ()), ('translate', (None,)), ('upper', ()), ('zfill', (9,)),
         ('zfill', (1,)), ('join', ([b'x'],)), ('join', ([],)), ('__getitem__', (slice(None),)), ('__add__', (b'',)),
         ('__mul__', (1,)), ('__mod__', ((),)), ('hex', ()), ('decode', ())]
def names(r):
    if isinstance(r, (list, tuple)):
        return [type(x).__name__ for x in r]
    return type(r).__name__
for C in (bytes, bytearray, SB, SBA):
    for m, args in calls:
        x = C(b'abc')
        r = getattr(x, m)(*args)
        same = r is x
        print(C.__name__, m, args, names(r), same)
