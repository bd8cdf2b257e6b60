# get/setrecursionlimit and RecursionError
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit('a')
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(old)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
print('after')
