# _json.scanstring, encode_basestring and encode_basestring_ascii called
# directly: escapes, surrogates, control characters, every error with its
# position, and the argument errors.
import _json
from json.decoder import JSONDecodeError

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

# plain and escaped strings, end index after the closing quote
for text in ['"abc"', '""', '"a\\"b"', '"\\\\\\/\\b\\f\\n\\r\\t"', '"x\\u0041y"',
             '"\\u00e9\\u00C9"', '"\\u2603 snow"', '"caf\u00e9 \u2603 \U0001f600"',
             '"\\ud83d\\ude00"', '"\\uD83D\\uDE00!"', '"\\ud83d"', '"\\ude00\\ud83d"',
             '"\\ud83d\\u0041"', '"\\ud83dx"', '"\\ud83d\\n"', '"\ud800 lone"',
             '"\\u0000"', '"a" trailing', '"\\"\\"\\""']:
    show(_json.scanstring, text, 1)

# non-ASCII before the start: positions count code points
show(_json.scanstring, '\u00e9\u2603"x\\u0041"', 3)
show(_json.scanstring, '\U0001f600"\u00e9\\n\u00e9"  ', 2)
show(_json.scanstring, '\u00e9\u00e9"\u00e9\\q"', 3)
show(_json.scanstring, '\u00e9\u00e9"\u00e9\x01"', 3)

# control characters: rejected when strict, kept when not
show(_json.scanstring, '"a\x01b"', 1)
show(_json.scanstring, '"a\nb"', 1)
show(_json.scanstring, '"a\x1fb"', 1, True)
show(_json.scanstring, '"a\x01b\tc"', 1, False)
show(_json.scanstring, '"a\x7f\x80b"', 1)
show(_json.scanstring, '"\\u1234\x02"', 1)
show(_json.scanstring, '"\\u1234\x02"', 1, 0)

# errors and their positions
for text in ['"abc', '"', '"abc\\', '"\\x"', '"ab\\\u00e9"', '"\\u12"', '"\\u123', '"\\u1234',
             '"\\u12g4"', '"\\uZZZZ"', '"\\ud83d\\ude0', '"\\ud83d\\u', '"\\ud83d\\ude00',
             '"\\ud83d\\uzzzz"', '"\\ud83d\\"', '"\\ud83d\\x"', '"\\ud83d\\ud83d"',
             '"abc\\u004"', '"\u00e9\u00e9\\u00e"', '"\\u00e9\\u\u00e9\u00e9\u00e9\u00e9"',
             '"\\u\u0661\u0662\u0663\u0664"']:
    show(_json.scanstring, text, 1)
show(_json.scanstring, 'abc', 0)
show(_json.scanstring, '"abc"', 5)
show(_json.scanstring, '"abc"', 6)
show(_json.scanstring, '"abc"', -1)
show(_json.scanstring, 'x"abc"', 2)
show(_json.scanstring, '"abc"', True)

# argument errors
show(_json.scanstring)
show(_json.scanstring, '"a"')
show(_json.scanstring, '"a"', 1, True, 4)
show(_json.scanstring, b'"a"', 1)
show(_json.scanstring, 1, 1.0)
show(_json.scanstring, '"a"', end=1)
show(_json.scanstring, '"a"', 10**30)

class S(str):
    pass
show(_json.scanstring, S('"sub\\u00e9"'), 1)
print(type(_json.scanstring(S('"sub"'), 1)[0]).__name__)

# encoders
samples = ['', 'plain', 'quote " and \\ backslash', '\b\f\n\r\t', '\x00\x01\x1f\x7f',
           'caf\u00e9', '\u2603 \uffff', '\U0001f600 \U0010ffff', '\ud800 \udfff x', '/ slash',
           'a' * 100 + '\n' + '\u00e9' * 50, S('sub"class')]
for s in samples:
    show(_json.encode_basestring_ascii, s)
    show(_json.encode_basestring, s)
for f in (_json.encode_basestring_ascii, _json.encode_basestring):
    show(f)
    show(f, 1)
    show(f, b'x')
    show(f, 'a', 'b')
    show(f, s='a')
    print(type(f('x')).__name__)
