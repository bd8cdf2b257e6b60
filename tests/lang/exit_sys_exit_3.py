# sys.exit(3): status 3, output before it kept
import sys
print('before')
sys.exit(3)
print('not reached')
