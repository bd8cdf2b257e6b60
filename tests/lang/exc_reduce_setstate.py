# __reduce__ / copy of exceptions
import copy
e = ValueError(1, 'two')
print(e.__reduce__())
e.extra = 3
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
c = copy.copy(e)
print(type(c).__name__, c.args, c.extra)
o = OSError(2, 'No such file', 'f')
print(o.__reduce__())
