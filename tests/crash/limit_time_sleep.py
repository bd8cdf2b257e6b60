# safepy-options: --max-time 0.3
# Attack: sleeping past the time limit, where no safe point runs.
# Must: time.sleep stops at the deadline and raises ResourceLimitError.
import time
t0 = time.monotonic()
try:
    time.sleep(1000)
except BaseException as e:
    print(type(e).__name__, e)
