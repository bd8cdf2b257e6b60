# SyntaxError attribute unpacking and str
e = SyntaxError('invalid syntax', ('f.py', 3, 4, 'x = ', 3, 5))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e))
print(str(SyntaxError('m')), str(SyntaxError('m', ('f', None, 1, 'x'))))
print(str(SyntaxError('m', (None, 5, 1, 'x'))), str(SyntaxError('m', ('a/b/f.py', 5, 1, 'x'))))
print(SyntaxError().msg, SyntaxError().lineno)
try:
    SyntaxError('m', (1, 2))
except TypeError as ex:
    print(ex)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
