# A bare `raise` re-raises the handled exception with its traceback as it
# is: no entry is added for the frame of the raise (CPython 3.11), so the
# traceback object is the same and an uncaught one prints each line once.
import sys
def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        t = e.__traceback__
        try:
            raise
        except ZeroDivisionError as e2:
            print(e2.__traceback__ is t, depth(e2.__traceback__))
        raise
try:
    f()
except ZeroDivisionError as e:
    print(depth(e.__traceback__), [x for x in (e.__traceback__.tb_next.tb_lineno,)])
def g():
    try:
        f()
    except ZeroDivisionError:
        raise
try:
    g()
except ZeroDivisionError as e:
    print(depth(e.__traceback__))
def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    g()
except ZeroDivisionError as e:
    print(lines(e.__traceback__))
