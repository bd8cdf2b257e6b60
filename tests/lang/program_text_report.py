# String methods, formatting, sorting with keys, dict views, enumerate/zip.
LOG = """2024-01-03 12:00:01 INFO  server started port=8080
2024-01-03 12:00:05 WARN  slow request path=/api/users ms=1203
2024-01-03 12:01:10 ERROR db timeout path=/api/orders ms=5000
2024-01-03 12:02:00 INFO  request path=/api/users ms=12
2024-01-03 12:02:30 ERROR db timeout path=/api/users ms=5001
2024-01-03 12:03:00 INFO  request path=/ ms=3"""

records = []
for line in LOG.splitlines():
    date, time, level, *rest = line.split()
    fields = dict(part.split("=", 1) for part in rest if "=" in part)
    message = " ".join(part for part in rest if "=" not in part)
    records.append({"time": time, "level": level, "msg": message, **fields})

levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print("levels:", ", ".join(f"{k}={v}" for k, v in sorted(levels.items())))

slow = sorted((r for r in records if "ms" in r), key=lambda r: int(r["ms"]), reverse=True)
for rank, r in enumerate(slow[:3], start=1):
    print(f"{rank}. {r['path']:<12} {int(r['ms']):>6,} ms  [{r['level'].lower()}]")

paths = {r.get("path", "-") for r in records}
print("paths:", sorted(paths))
print("keys:", list(records[1].keys()))
title = "report".center(20, "*")
print(title, len(title), title.strip("*").upper().replace("O", "0"))
for a, b in zip(["x", "yy", "zzz"], range(10, 40, 10)):
    print(repr(a.rjust(4, ".")), "%05.1f|%-4s|%x" % (b / 3, a, b * 255))
print("{0:>8}|{1:^8}|{2:<8}|".format("r", "c", "l"), "{:08.3f} {:+d} {:e}".format(3.14159, 42, 12345.678))
print("joined:", "-".join(map(str, range(5))), "split:", "a,b,,c".split(","), "a b  c".split())
