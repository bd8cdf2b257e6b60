# sys.argv[0] is the script; sys.path[0] its directory
import sys, os
print(sys.argv, len(sys.argv))
print(os.path.basename(sys.argv[0]))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(os.path.isabs(__file__), os.path.basename(__file__))
print(__name__)
