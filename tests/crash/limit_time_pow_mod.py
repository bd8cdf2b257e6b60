# safepy-options: --max-time 0.3 --max-heap 1G
# Attack: a modular power with a 10**8-bit exponent (12 MB): the products
# stay small, so no piece of a huge product ever polls, and the
# square-and-multiply loop ran 10**8 steps in C (~40 s): the --max-time
# watchdog fired.  (1 ** e and pow(a, -e, m) ran the same unpolled loop.)
# Must: a poll per exponent bit, ResourceLimitError after ~0.3 s.
e = 1 << 10**8
try:
    pow(3, e, 10**40)
    print('finished')
except BaseException as ex:
    print(type(ex).__name__, ex)
