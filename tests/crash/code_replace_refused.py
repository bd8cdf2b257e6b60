# Attack: code.replace() and __code__ assignment as a way to run bytecode
# the compiler did not make (CPython's replace accepts any co_code,
# co_consts, counts or flags and crashes on bad ones).  SafePy changes only
# the fields no instruction depends on (names, file name, first line, the
# CO_ITERABLE_COROUTINE flag): everything else is a ValueError, and the
# function still runs its own code afterwards.
def f(a, b=2):
    return a + b

co = f.__code__
attempts = [
    dict(co_code=b"\x00" * 8),
    dict(co_code=co.co_code[::-1] if hasattr(co, "co_code") else b"x"),
    dict(co_consts=()),
    dict(co_names=("x",) * 100),
    dict(co_varnames=()),
    dict(co_argcount=5),
    dict(co_nlocals=0),
    dict(co_stacksize=0),
    dict(co_stacksize=10**6),
    dict(co_freevars=("x",)),
    dict(co_cellvars=("a",)),
    dict(co_flags=co.co_flags | 0x20),      # CO_GENERATOR on a plain function
    dict(co_flags=co.co_flags | 0x80),      # CO_COROUTINE
    dict(co_flags=co.co_flags & ~0x3),      # drop CO_OPTIMIZED / CO_NEWLOCALS
    dict(co_linetable=b""),
    dict(co_exceptiontable=b"\xff" * 16),
]
for kw in attempts:
    try:
        co.replace(**kw)
        print("accepted?!", list(kw))
    except ValueError as e:
        print("ValueError", list(kw)[0])
for bad in (dict(co_flags=-1), dict(co_flags=2**40), dict(co_firstlineno=-5)):
    try:
        co.replace(**bad)
        print("accepted?!", bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, list(bad)[0])
print(f(1), f.__code__ is co)
print(co.replace(co_flags=co.co_flags | 0x100).co_flags & 0x100)
