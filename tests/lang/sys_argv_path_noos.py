# sys.argv / sys.path / __file__ without importing os
import sys
print(sys.argv)
print(__file__.endswith('/sys_argv_path_noos.py'), __file__.startswith('/'))
print(sys.path[0] + '/sys_argv_path_noos.py' == __file__)
print(__name__, __package__, __spec__, __doc__)
print(type(__builtins__).__name__)
