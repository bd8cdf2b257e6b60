# safepy-options: --max-time 0.3
# Attack: str() of a 10**7-bit int with the digit limit switched off
# (sys.set_int_max_str_digits(0)): a quadratic loop of divisions by 10**9
# in C (minutes) that never polled, so the --max-time watchdog ended it.
# Must: polls in proportion to the work, ResourceLimitError after ~0.3 s.
import sys
sys.set_int_max_str_digits(0)
x = 1 << 10000000
try:
    str(x)
    print('converted')
except BaseException as ex:
    print(type(ex).__name__, ex)
