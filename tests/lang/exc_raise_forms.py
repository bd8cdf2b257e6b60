# raise with classes, instances, bare raise, bad values.
for thing in [ValueError, ValueError("inst"), 42, object]:
    try:
        raise thing
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError", e)

def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        raise

try:
    reraiser()
except KeyError as e:
    print("bare raise", repr(e))

try:
    raise
except RuntimeError as e:
    print(e)

class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)

try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
print("tb is set:", MyErr(1).__traceback__, end=" ")
try:
    raise MyErr(2)
except MyErr as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
