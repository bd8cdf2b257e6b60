# safepy-options: --max-ticks 100000
# Attack: an endless loop under a tick budget, hiding behind
# `except Exception` and then behind `except BaseException`.
# Must: ResourceLimitError (a BaseException: `except Exception` can't catch
# it) at the budget; caught once, it comes back at the next safe point, so
# the program ends with it (status 1, traceback naming it).
import _safepy

assert not issubclass(_safepy.ResourceLimitError, Exception)
assert issubclass(_safepy.ResourceLimitError, BaseException)
assert 'ResourceLimitError' not in dir(__builtins__)
n = 0
try:
    try:
        while True:
            n += 1
    except Exception:
        print('wrongly caught by except Exception')
except BaseException as e:
    print(type(e).__name__, e, n > 90000)
while True:
    pass
