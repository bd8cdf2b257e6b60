# safepy-options: --max-ticks 800
# Attack: endless recursion that swallows every RecursionError and starts
# again, under a tick budget.  Every Python call is a tick, so the budget
# runs out.  Must: ResourceLimitError, uncaught; the handlers that catch
# it along the way get it again at their next call.
import sys
sys.setrecursionlimit(60)

def f(depth):
    try:
        f(depth + 1)
    except RecursionError:
        f(0)
    except BaseException as e:
        if depth == 0:
            print(type(e).__name__, e)
        raise

f(0)
