# Iterators nested 300000 deep (enumerate, zip, map, filter over each
# other, and generators) stepped by the loop's pair step, by FOR_ITER and
# from C (sum): each step recurses in C and must end in RecursionError,
# never a crash.  (CPython 3.11 crashes on these: no .out.)
def build(kind, n):
    it = iter([1, 2])
    for i in range(n):
        it = kind(it)
    return it

kinds = (enumerate, lambda x: zip(x), lambda x: zip(x, x), lambda x: map(str, x),
         lambda x: filter(None, x), lambda x: (y for y in x))
for kind in kinds:
    for how in range(3):
        try:
            if how == 0:
                for v in build(kind, 300000):
                    pass
            elif how == 1:
                for a, b in build(kind, 300000):
                    pass
            else:
                sum(1 for _ in build(kind, 300000))
            print('finished')
        except RecursionError:
            print('RecursionError')
        except (TypeError, ValueError) as e:
            print(type(e).__name__)
