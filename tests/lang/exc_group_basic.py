# ExceptionGroup construction, str, split and subgroup
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(eg, '|', eg.message, eg.exceptions)
print(repr(eg.subgroup(ValueError)))
print(eg.split(ValueError))
print(eg.split(lambda e: isinstance(e, KeyError)))
print(eg.subgroup((KeyError, TypeError)))
print(eg.subgroup(OSError))
print(type(BaseExceptionGroup('m', [ValueError(1)])).__name__)
print(type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
for a in [(), ('m',), (1, [ValueError()]), ('m', []), ('m', 5), ('m', [1]), ('m', [KeyboardInterrupt()])]:
    try:
        print(repr(ExceptionGroup(*a)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    eg.split(5)
except TypeError as e:
    print(e)
print(str(ExceptionGroup('one', [ValueError()])))
