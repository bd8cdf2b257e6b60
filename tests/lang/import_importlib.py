# importlib.import_module / reload / util.find_spec
import importlib, sys
m = importlib.import_module('pkg_demo.util')
print(m.helper(3), m.__name__, sys.modules['pkg_demo.util'] is m)
print(importlib.import_module('.util', 'pkg_demo') is m)
try:
    importlib.import_module('nope_mod_q')
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
import imp_helpers.counter as c
c.count = 99
importlib.reload(c)
print(c.count)
import importlib.util
print(importlib.util.find_spec('nope_mod_q'), importlib.util.find_spec('pkg_demo.star').name)
spec = importlib.util.spec_from_file_location('loaded_from_file', 'pkg_demo/star.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.a, mod.b, mod.__name__)
