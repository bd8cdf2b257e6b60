# safepy-options: --max-time 0.3
# Attack: a loop that runs in C, never reaching a safe point of the
# interpreter: sum over a range of 10**18.  Must: the C loop polls
# (sp_cont_iternext), ResourceLimitError after ~0.3 s, not the watchdog.
try:
    sum(range(10**18))
except BaseException as e:
    print(type(e).__name__, e)
