# l[a:b:c] of an exact list is sliced without the __getitem__ call: the
# bounds' __index__ (which may change the list) runs first and the
# length is read after it; subclasses keep their own __getitem__.

def main():
    l = list(range(10))
    print(l[2:5], l[::-1], l[-3:], l[:100], l[8:2:-2], l[5:2], l[::3], l[-100:2])
    print(l[slice(None)], l[slice(2, None, 4)])
    class I:
        def __init__(self, v, lst=None):
            self.v, self.lst = v, lst
        def __index__(self):
            if self.lst is not None:
                del self.lst[5:]
            return self.v
    m = list(range(10))
    print(m[I(1):I(8, m)], m)
    try:
        l[1:2:0]
    except ValueError as e:
        print('ValueError:', e)
    try:
        l['a':2]
    except TypeError as e:
        print('TypeError:', e)
    print(l[2**70:], l[-2**70:2], l[::2**70])
    class L(list):
        def __getitem__(self, k):
            return ('L', k)
    print(L([1, 2])[0:1])
    e = []
    print(e[1:], e[::-1])
    big = list(range(100))
    print(sum(big[10:90:7]), big[99:0:-33])

main()
