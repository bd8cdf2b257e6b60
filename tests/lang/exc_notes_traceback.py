# add_note, __notes__, with_traceback, __traceback__
e = ValueError('x')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as ex:
    print(ex)
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught is e)
try:
    e.with_traceback(5)
except TypeError as ex:
    print(ex)
print(e.with_traceback(None) is e, e.__traceback__)
