# Unicode error attributes and messages
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
print(str(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range(128)')))
print(str(UnicodeEncodeError('ascii', 'ab', 0, 2, 'bad')))
print(str(UnicodeEncodeError('ascii', '\u1234', 0, 1, 'r')))
print(str(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r')))
print(str(UnicodeTranslateError('ab', 0, 1, 'bad')))
try:
    UnicodeDecodeError(1)
except TypeError as ex:
    print(ex)
try:
    UnicodeDecodeError('a', 'b', 1, 2, 'x')
except TypeError as ex:
    print(ex)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex)
print(issubclass(UnicodeDecodeError, ValueError))
