# UNPACK_SEQUENCE 2 of an exact tuple is done in the loop; everything
# else (other lengths, tuple subclasses with their own __iter__, lists,
# iterators, non-iterables) keeps the general path and its messages.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def main():
    pairs = [(1, 'a'), (2, 'b')]
    for n, c in pairs:
        print(n, c)
    a, b = divmod(17, 5)
    print(a, b)
    class T(tuple):
        def __iter__(self):
            return iter(('sub', 'iter'))
    x, y = T((1, 2))
    print(x, y)
    def one(): a, b = (1,); return a, b
    def three(): a, b = (1, 2, 3); return a, b
    def none(): a, b = None; return a, b
    def gen(): a, b = (i for i in range(2)); return a, b
    def lst(): a, b = [3, 4]; return a, b
    def s(): a, b = 'xy'; return a, b
    for f in (one, three, none, gen, lst, s):
        show(f)
    for (a, b), c in [((1, 2), 3)]:
        print(a, b, c)
    try:
        for a, b in [(1, 2), (3,)]:
            print(a, b)
    except ValueError as e:
        print('ValueError:', e)

main()
