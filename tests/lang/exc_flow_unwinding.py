# return/break/continue leaving nested with/try/except/finally blocks.
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter%d" % self.n)
    def __exit__(self, *a):
        log.append("exit%d" % self.n)

def f1():
    try:
        for i in range(3):
            with CM(i):
                try:
                    if i == 1:
                        return "ret%d" % i
                finally:
                    log.append("fin%d" % i)
    finally:
        log.append("outer")
print(f1(), log)
log.clear()

def f2():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            with CM(i):
                if i == 0:
                    continue
                if i == 1:
                    break
    return "done"
print(f2(), log)
log.clear()

def f3():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            return "from handler"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(f3(), log)

def f4():
    while True:
        try:
            try:
                1 / 0
            finally:
                break
        except ZeroDivisionError:
            return "not reached"
    return "break swallowed"
print(f4())

def f5(n):
    result = []
    for i in range(n):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append(-i)
    return result
print(f5(5))

import sys
def f6():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return sys.exc_info()[1]
print(repr(f6()), sys.exc_info())

def f7():
    for x in range(3):
        try:
            return x
        finally:
            if x == 0:
                continue
print(f7())
