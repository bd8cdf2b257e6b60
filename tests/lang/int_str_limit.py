# CPython 3.11's 4300-digit limit for decimal int <-> str.
s = "1" * 4300
print(len(str(int(s))))
for text in ("1" * 4301, "2" * 5000):
    try:
        int(text)
    except ValueError as e:
        print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) % 1000)
