import sys
sys.setrecursionlimit(10**6)
# Recursion through C: __eq__, __hash__, __lt__ via sorted, __iter__, str().
class E:
    def __eq__(self, o):
        return E() == E()
try:
    E() == E()
except RecursionError:
    print("eq RecursionError")
class S:
    def __str__(self):
        return str(S())
try:
    str(S())
except RecursionError:
    print("str RecursionError")
class L:
    def __lt__(self, o):
        return sorted([L(), L()]) and True
try:
    sorted([L(), L()])
except RecursionError:
    print("lt RecursionError")
def nested_gen(n):
    if n:
        yield from nested_gen(n - 1)
    else:
        yield 0
try:
    print(len(list(nested_gen(10000))))
except RecursionError:
    print("nested generators RecursionError")
