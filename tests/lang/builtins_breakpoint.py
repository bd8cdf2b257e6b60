# breakpoint() calls sys.breakpointhook
import sys
calls = []
def hook(*args, **kws):
    calls.append((args, kws))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, x=3))
print(calls)
sys.breakpointhook = lambda: 42
print(breakpoint())
try:
    breakpoint(1)
except TypeError as e:
    print('TypeError', type(e).__name__)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
