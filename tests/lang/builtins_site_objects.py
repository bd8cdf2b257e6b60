# exit, quit, copyright, credits, license, help: site.py's objects
print(repr(copyright))
print(repr(credits))
print(repr(license))
print(repr(help))
print(repr(exit))
print(repr(quit))
print(str(exit), f"{quit}", [exit, quit])
print(type(exit), type(copyright), type(help))
print(type(exit) is type(quit), type(copyright) is type(license))
print(type(exit).__module__, type(exit).__name__, type(exit).__qualname__)
print(type(help).__name__, type(credits).__name__)
print(vars(exit), vars(quit))
print(vars(help))
print(exit.name, exit.eof, quit.name, quit.eof)
print(callable(exit), callable(quit), callable(help), callable(copyright))
for q in (exit, quit):
    for args in ((), (3,), ('msg',), (None,), (0,), ([1],)):
        try:
            q(*args)
        except SystemExit as e:
            print('SystemExit', repr(e), e.code, e.args)
try:
    exit(code=4)
except SystemExit as e:
    print('SystemExit kw', e.code)
try:
    quit(code='bye')
except SystemExit as e:
    print('SystemExit kw', e.code)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError')
credits()
copyright()
import builtins
for name in ('exit', 'quit', 'copyright', 'credits', 'license', 'help'):
    print(name, name in dir(builtins), hasattr(builtins, name))
print(isinstance(exit, object), issubclass(type(exit), object))
print(type(exit).__mro__[-1])
