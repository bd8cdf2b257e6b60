# Deep Python recursion runs on heap frames; the limit raises RecursionError.
import sys
sys.setrecursionlimit(10**6)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500000))
def walk(n, acc):
    if n == 0:
        return acc
    return walk(n - 1, acc + [n] if n % 100000 == 0 else acc)
print(walk(300000, []))
sys.setrecursionlimit(500)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(200))
