# try/except/else/finally flow, including return/break/continue through finally.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("value", e)
        return "v"
    except (ZeroDivisionError, TypeError) as e:
        print("other", type(e).__name__)
        return "o"
    else:
        print("else", r)
        return "e"
    finally:
        print("finally", x)
print(f(0), f(5), f("s"))

def ret_in_finally():
    try:
        return 1
    finally:
        return 2
print(ret_in_finally())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)

def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()

try:
    pass
except Exception:
    print("no")
else:
    print("else runs")

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("f", i)
    return "end"
print(swallow())
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("deleted:", err)
