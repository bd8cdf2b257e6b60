# sys.exit(True) is status 1; in finally blocks the exit still happens
import sys
try:
    print('in try')
    sys.exit(True)
finally:
    print('in finally')
