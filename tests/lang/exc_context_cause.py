# __context__, __cause__, __suppress_context__, raise from None.
def show(e):
    print(type(e).__name__, repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise TypeError("b") from k
except TypeError as e:
    show(e)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    show(e)

try:
    raise ValueError("x") from KeyError
except ValueError as e:
    show(e)

try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

def finally_context():
    try:
        raise KeyError(1)
    finally:
        pass
try:
    try:
        raise OSError("first")
    except OSError:
        finally_context()
except KeyError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
