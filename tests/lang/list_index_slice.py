a = list(range(10))
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::2], a[::-1], a[1:8:3], a[8:1:-2])
print(a[-100:100], a[5:2], a[100:], a[-3:-1])
for key in (10, -11, 'a', 1.5, None):
    try:
        print(a[key])
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[2**100]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[::0]
except Exception as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():5])
