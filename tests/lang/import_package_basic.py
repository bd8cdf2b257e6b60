# Importing a package, submodules, attributes on parents
import pkg_demo
print(pkg_demo.VALUE, pkg_demo.helper(21))
print(pkg_demo.__name__, pkg_demo.__package__, pkg_demo.__file__.endswith('pkg_demo/__init__.py'))
print(len(pkg_demo.__path__), pkg_demo.__path__[0].endswith('pkg_demo'))
import pkg_demo.util
print(pkg_demo.util.helper('ab'), pkg_demo.util.__package__)
import pkg_demo.sub.deep
print(pkg_demo.sub.deep.NAME, pkg_demo.sub.deep.twice(5))
print(hasattr(pkg_demo, 'sub'), hasattr(pkg_demo.sub, 'deep'))
import sys
print('pkg_demo.sub.deep' in sys.modules, sys.modules['pkg_demo.util'] is pkg_demo.util)
