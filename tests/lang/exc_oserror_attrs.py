# OSError construction rules and attributes
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'x', 'f.txt')
print(type(e).__name__, str(e), e.filename, e.args)
e = OSError(1, 'x', 'a', None, 'b')
print(type(e).__name__, str(e), e.filename2)
print(str(OSError('plain')), OSError('plain').errno)
print(str(OSError(None, 'a')), repr(OSError(None, 'a')))
print(type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, type(OSError(21, 'x')).__name__)
print(type(OSError(99999, 'x')).__name__)
print(FileNotFoundError(2, 'x').errno)
print(repr(OSError(1, 2, 3, 4, 5, 6)))
try:
    open('/nonexistent_dir_safepy/x.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    OSError(x=1)
except TypeError as e:
    print(e)
