# ImportError / NameError / AttributeError keyword attributes
e = ImportError('msg', name='mod', path='/p')
print(e.name, e.path, e.msg, str(e), repr(e))
print(ImportError().msg, ImportError('a', 'b').msg, str(ImportError('a', 'b')))
try:
    ImportError(foo=1)
except TypeError as ex:
    print(ex)
print(NameError('x', name='q').name, NameError().name)
a = AttributeError('x', name='attr', obj=3)
print(a.name, a.obj)
try:
    undefined_name_xyz
except NameError as ex:
    print(ex)
try:
    (1).nope
except AttributeError as ex:
    print(ex)
print(repr(ModuleNotFoundError('No module named x', name='x')))
