# how slices reach __getitem__/__setitem__/__delitem__ of user classes and built-ins
class Rec:
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
r = Rec()
print(r[1:2], r[:], r[::], r[::-1], r[None:None:None], r[1:2, 3:4], r[..., ::2], r['a':'b':'c'])
r[1:3] = 'x'
r[::2] = [1]
del r[5:]
del r[::-1]
r[:, 1] = 0
class I:
    def __index__(self): return 2
lst = list(range(6))
print(lst[I():], lst[:I()], lst[::I()], lst[I():I() + 2] if False else lst[I():4])
tpl = tuple(lst)
print(tpl[I():], tpl[::-I()], range(6)[I():], range(6)[::I()])
s = slice(1, None, 2)
print(lst[s], tpl[s], range(10)[s], 'abcdef'[s], b'abcdef'[s])
for bad in [slice('a'), slice(1.5), slice(None, None, 'x'), slice(0, 1, 0)]:
    for seq in (lst, tpl, range(6)):
        try:
            print(seq[bad])
        except Exception as e:
            print(type(seq).__name__, type(e).__name__, e)
