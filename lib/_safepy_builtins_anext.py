"""anext(aiterator, default): the awaitable that turns StopAsyncIteration
into StopIteration(default).  Imported by builtins.anext on first use."""


def _await_iter(obj):
    # What an 'await obj' would iterate: a coroutine itself, else the
    # iterator its type's __await__ returns.
    if type(obj).__name__ == 'coroutine' and hasattr(obj, 'cr_frame'):
        return obj
    meth = getattr(type(obj), '__await__', None)
    if meth is None:
        raise TypeError("object %s can't be used in 'await' expression"
                        % type(obj).__name__)
    it = meth(obj)
    if type(it).__name__ == 'coroutine' and hasattr(it, 'cr_frame'):
        raise TypeError("__await__() returned a coroutine")
    if not hasattr(type(it), '__next__'):
        raise TypeError("__await__() returned non-iterator of type '%s'"
                        % type(it).__name__)
    return it


class anext_awaitable:
    __slots__ = ('_wrapped', '_default', '_it')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'anext_awaitable' instances")

    def _iter(self):
        if self._it is None:
            self._it = _await_iter(self._wrapped)
        return self._it

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def _step(self, how, *args):
        it = self._iter()
        try:
            if how is None:
                return next(it) if not hasattr(it, 'send') else it.send(None)
            return getattr(it, how)(*args)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None

    def __next__(self):
        return self._step(None)

    def send(self, value):
        if value is None:
            return self._step(None)
        return self._step('send', value)

    def throw(self, *args):
        return self._step('throw', *args)

    def close(self):
        it = self._iter()
        close = getattr(it, 'close', None)
        if close is not None:
            close()


anext_awaitable.__module__ = 'builtins'


def make(wrapped, default):
    aw = object.__new__(anext_awaitable)
    aw._wrapped = wrapped
    aw._default = default
    aw._it = None
    return aw
