# Float formats with very large precisions (all digits of the exact binary value, then zeros).
import math
for v in [0.1, 1/3, 1e300, 5e-324, 2.0**-1074, 1e-300, 123.456, 2**0.5]:
    for s in ['.100f', '.330f', '.500e', '.760g', '#.800g', '.1100f', '.60', '#.60', '.999e', '.1000000f']:
        try:
            r = format(v, s)
            print(s, len(r), r[:30], r[-30:], sum(map(ord, r)) % 9973)
        except Exception as e:
            print(s, type(e).__name__, e)
for v in [0.1, 5e-324, 1e300, 2.0**-1074 * 3]:
    for s in ['#.800', '#.1100', '#.2000', '.2000', '#.2000g', '.1080g', '#.1080g', '#.781', '#.770']:
        r = format(v, s)
        print(s, len(r), r[:20], r[-20:], sum(map(ord, r)) % 9973)
for s in ['#.900', '#.5', '#.1', '.900', '#.900g', '#.900e']:
    for v in (0.0, -0.0, 1.0, 100.0, 1e16):
        r = format(v, s)
        print(repr(v), s, len(r), r[:12], r[-12:])
print(repr(format(0.0, '#.3')), repr(format(1e20, '#.3')), repr(format(123.0, '#.2')), repr(format(1.0, '#')))
