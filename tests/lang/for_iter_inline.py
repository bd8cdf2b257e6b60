# The loop's FOR_ITER steps list iterators and small range iterators
# itself (cont.h's sp_cont_for_iter): lists changed while iterated,
# exhausted iterators that must stay exhausted, iterators shared with
# next() and __setstate__, list subclasses, ranges at the edges of the
# small-int range and beyond, negative and huge steps.
def main():
    # Appending while iterating: the new items are seen.
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x < 6:
            l.append(x + 3)
    print(out, l)

    # Shrinking while iterating: the loop stops at the new end.
    l = list(range(10))
    out = []
    for x in l:
        out.append(x)
        if x == 3:
            del l[5:]
        if x == 4:
            l.clear()
    print(out, l)

    # An exhausted list iterator stays exhausted when the list grows.
    l = [1, 2]
    it = iter(l)
    print([x for x in it])
    l.append(3)
    print(list(it), [x for x in it])
    for x in it:
        print("never", x)

    # Shared with next(); items replaced ahead of the iterator.
    l = list("abcdefg")
    it = iter(l)
    out = []
    for x in it:
        out.append(x)
        if x == "b":
            out.append(next(it))
        if x == "d":
            l[5] = "F"
        if len(out) > 20:
            break
    print(out)
    it = iter([1, 2, 3])
    print(next(it), list(it), it.__length_hint__())

    # List subclasses (their own __iter__ or list's).
    class L(list):
        pass
    class M(list):
        def __iter__(self):
            return iter(["M", "iter"])
    print([x for x in L([4, 5])], [x for x in M([4, 5])])

    # Ranges.
    for r in (range(0), range(5), range(5, 0, -1), range(-3, 3, 2), range(10, 0, -3),
              range(2**62 - 3, 2**62 + 2), range(-2**62 - 2, -2**62 + 2),
              range(2**62 - 5, 2**62 + 10, 4), range(2**63 - 2, 2**63 + 1),
              range(0, 2**62, 2**61), range(0, -2**63, -2**62), range(2**64, 2**64 + 3),
              range(3, 2**62 * 4, 2**62)):
        out = []
        for i in r:
            out.append(i)
            if len(out) > 10:
                break
        print(r, out, [type(i).__name__ for i in out][:3])
    it = iter(range(3))
    print([i for i in it], [i for i in it], next(it, "done"))
    it = iter(range(6))
    out = []
    for i in it:
        out.append(i)
        out.append(next(it, None))
    print(out)

    # Nested and with break/else/continue.
    total = 0
    for i in range(5):
        for j in [i, i + 1, i + 2]:
            if j == 3:
                continue
            if j > 5:
                break
            total += i * j
        else:
            total += 1000
    print(total)

    # Tuples, dicts, strings, generators and other iterables still work.
    print([x for x in (1, 2)], [k for k in {"a": 1, "b": 2}], [c for c in "hé"], [g for g in (i * i for i in range(3))])
    class It:
        def __init__(self):
            self.n = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.n += 1
            if self.n > 3:
                raise StopIteration
            return self.n
    print([x for x in It()])
    try:
        for x in 5:
            pass
    except TypeError as e:
        print("TypeError", e)
main()
