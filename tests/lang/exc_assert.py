# assert statements and AssertionError messages.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is false"
except AssertionError as e:
    print(e)
try:
    x = 5
    assert x < 0, f"x={x}"
except AssertionError as e:
    print(e)
assert True, "never evaluated" + 1
print("ok")
