# The built-in exception tree
names = ['ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError', 'KeyError',
         'IndexError', 'OSError', 'FileNotFoundError', 'PermissionError', 'ConnectionResetError',
         'RecursionError', 'NotImplementedError', 'UnicodeDecodeError', 'ModuleNotFoundError',
         'UnboundLocalError', 'TabError', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit',
         'StopIteration', 'StopAsyncIteration', 'DeprecationWarning', 'ExceptionGroup']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print(ValueError.__module__, ValueError.__name__, ValueError.__qualname__)
