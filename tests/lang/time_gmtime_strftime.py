# time: gmtime / strftime / mktime / asctime are pure calendar arithmetic
import time
for t in [0, 1700000000, 951782400, -86400 * 365 * 100, 10**10, 1e9 + 0.75]:
    g = time.gmtime(t)
    print(g)
    print(g.tm_year, g[1], g.tm_wday, g.tm_yday, len(g), tuple(g)[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %%', time.gmtime(1700000000)))
print(time.strftime('%c|%x|%X|%d/%m', time.gmtime(951782400)))
print(time.asctime(time.gmtime(1700000000)))
print(time.mktime(time.gmtime(1700000000)) - time.timezone)
print(time.strftime('%H:%M', (2020, 1, 2, 3, 4, 5, 3, 2, 0)))
for bad in [lambda: time.sleep(-1), lambda: time.strftime('%Y', (1, 2)), lambda: time.gmtime('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - a >= 0.005, time.time() > 1.6e9, type(time.time_ns()).__name__)
print(time.monotonic() <= time.monotonic())
