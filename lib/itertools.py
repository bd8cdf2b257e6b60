"""itertools in pure Python: a stand-in until a C module takes its place
(a module in src/modules/modules.def is found before lib/).

Each name behaves as CPython's for well-formed arguments; the classes are
real classes so that isinstance/subclassing work as the stdlib expects.
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]

_marker = object()


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        if not self._saved:
            raise StopIteration
        self._i = (self._i + 1) % len(self._saved)
        return self._saved[self._i]


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %r)" % (self._obj, self._times)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._sources))
            for x in self._cur:
                return x
            self._cur = None


class compress:
    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        for d, s in self._pairs:
            if s:
                return d
        raise StopIteration


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if self._dropping and self._pred(x):
                continue
            self._dropping = False
            return x
        raise StopIteration


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for x in self._it:
                if self._pred(x):
                    return x
                break
            self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if not self._pred(x):
                return x
        raise StopIteration


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._cur_grouper is not self:
            raise StopIteration
        if p._tgt is _marker:
            p._step()
            if p._tgt is _marker:
                raise StopIteration
        if p._tgt_key != self._key:
            raise StopIteration
        v = p._tgt
        p._tgt = _marker
        return v


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgt = _marker
        self._tgt_key = _marker
        self._cur_key = _marker
        self._cur_grouper = None
        self._exhausted = False

    def _step(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._tgt = _marker
            return
        self._tgt = v
        self._tgt_key = v if self._keyfunc is None else self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._tgt is _marker:
                if self._exhausted:
                    raise StopIteration
                self._step()
                if self._tgt is _marker:
                    raise StopIteration
            if self._cur_key is _marker or self._tgt_key != self._cur_key:
                break
            self._tgt = _marker
        self._cur_key = self._tgt_key
        self._cur_grouper = _grouper(self, self._cur_key)
        return self._cur_key, self._cur_grouper


class islice:
    def __init__(self, iterable, *args):
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        for v, what in ((start, "Indices"), (stop, "Stop argument")):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            for _ in range(self._i, self._stop):
                if next(self._it, _marker) is _marker:
                    break
            self._i = max(self._i, self._stop)
            raise StopIteration
        while self._i < self._next:
            next(self._it)
            self._i += 1
        v = next(self._it)
        self._i += 1
        self._next += self._step
        return v


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._prev is _marker:
            self._prev = next(self._it)
        cur = next(self._it)
        pair = (self._prev, cur)
        self._prev = cur
        return pair


class starmap:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._f(*next(self._it))


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._its[i] = None
                self._active -= 1
                if self._active == 0:
                    raise
                out.append(self._fill)
        return tuple(out)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, len(pool), r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class _tee_link:
    __slots__ = ("value", "next")


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
            link.next.next = None
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = _tee_link()
    head.next = None
    return tuple(_tee(it, head) for _ in range(n))
