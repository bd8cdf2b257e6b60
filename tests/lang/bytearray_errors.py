# Error messages of bytearray mutation.
tests = [
    lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
    lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"ab").__setitem__(5, 1),
    lambda: bytearray(b"ab").__delitem__(5), lambda: bytearray(b"ab").append("x"),
    lambda: bytearray(b"ab").insert(0, 256), lambda: bytearray(b"ab").extend(5),
    lambda: bytearray(b"ab").extend("x"),
    lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x"),
    lambda: bytearray(b"abc").__setitem__(slice(0, 2), 5),
    lambda: bytearray(b"abc").__setitem__(0, b"x"), lambda: bytearray(b"abc")["x"],
    lambda: bytearray("x"), lambda: bytearray(-1), lambda: bytearray(b"abc").remove(300),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    ba = bytearray(b"x")
    ba += "y"
except TypeError as e:
    print(type(e).__name__, e)
