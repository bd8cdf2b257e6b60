# sys.argv for `safepy FILE`: [FILE] exactly as given on the command line.
import sys
print(sys.argv)
print(type(sys.argv).__name__, len(sys.argv))
print(__name__)
