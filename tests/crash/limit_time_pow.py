# safepy-options: --max-time 0.3 --max-heap 1G
# Attack: a huge power, pow(3, 10**9) (~200 MB of result, minutes of
# squaring million-limb numbers in C).  Must: huge products are computed
# in pieces with a poll between two (int.c, mul_mags_chunked), so
# ResourceLimitError comes after ~0.3 s, not the watchdog.
try:
    pow(3, 10**9)
except BaseException as e:
    print(type(e).__name__, e)
