# A directory without __init__.py is a namespace package
import imp_helpers.nspkg_parent.nsdir.mod as m
print(m.X)
import imp_helpers.nspkg_parent.nsdir as ns
print(hasattr(ns, '__file__') and ns.__file__ is not None, list(ns.__path__)[0].endswith('nsdir'))
