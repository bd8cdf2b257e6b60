# safepy-options: --max-time 0.3
# Attack: with the int/str digit limit switched off
# (sys.set_int_max_str_digits(0)), int() of a 3-million-digit string is a
# quadratic loop in C (seconds; minutes for more digits)
# that never polled: the --max-time watchdog ended it.  Must: polls in
# proportion to the work, ResourceLimitError after ~0.3 s.
import sys
sys.set_int_max_str_digits(0)
try:
    int('7' * 3000000)
    print('parsed')
except BaseException as ex:
    print(type(ex).__name__, ex)
