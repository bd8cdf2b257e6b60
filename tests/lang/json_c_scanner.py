# _json.make_scanner directly and through json.loads: every kind of value,
# numbers as CPython's C scanner splits them, the parse hooks,
# object_pairs_hook, the memo, every error message and position, and
# documents nested too deep.
import _json, json, sys
from collections import OrderedDict
from decimal import Decimal
from json.decoder import JSONDecodeError, JSONDecoder

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except StopIteration as e:
        print('StopIteration', e.args)
    except Exception as e:
        print(type(e).__name__, e)

print(json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring)
scan = _json.make_scanner(JSONDecoder())
print(type(scan).__name__, scan.strict, scan.object_hook, scan.parse_int is int, scan.parse_float is float)

# scan_once: (value, end) from any index; StopIteration(idx) when no value
for text, idx in [('null', 0), ('true', 0), ('false', 0), ('  true', 2), ('[1, 2]xyz', 0),
                  ('{"a": 1} ', 0), ('"s"', 0), ('NaN', 0), ('Infinity', 0), ('-Infinity', 0),
                  ('nul', 0), ('tru', 0), ('fals', 0), ('Na', 0), ('Infinit', 0), ('-Infinit', 0),
                  ('nulL', 0), ('x', 0), ('', 0), ('abc', 3), ('abc', 7), ('  ', 0), ('-', 0),
                  ('-x', 0), ('[', 0), ('[1,', 0), ('[1,]', 0), ('{"a":', 0), ('{"a": }', 0),
                  ('\u00e9\u00e9 [1, \u00e9]', 3), ('\u00e9\u00e9"\u00e9" 1', 2), ('\u00e9\u00e9 12', 3)]:
    show(scan, text, idx)
show(scan, 'null', -1)
show(scan, b'null', 0)
show(scan, 'null')
show(scan, string='[1]', idx=0)
show(scan, '[1]', 0, 1)
show(scan, '1', 1.5)

# numbers: the C scanner's grammar
for text in ['0', '-0', '1', '-1', '12345', '0123', '1.5', '-1.5', '1.', '1.e5', '.5', '1e5',
             '1E5', '1e+5', '1e-5', '1.25e-3', '1e', '1e+', '1e-x', '1.5E', '00', '-01', '1.5.3',
             '123456789012345678', '1234567890123456789', '-9223372036854775808',
             '99999999999999999999999999999999', '1' * 300, '-' + '7' * 400,
             '1e400', '-1e400', '1e-400', '2.5e-324', '0.1', '0.30000000000000004',
             '1.7976931348623157e308', '123.456e-7', '\u0661', '1\u0662']:
    show(scan, text, 0)

# json.loads: the same through the decoder
for text in ['{"a": [1, 2.5, "x", true, false, null], "b": {"c": {}}, "d": []}',
             ' [ 1 , [ ] , { } , "\\u00e9" ] ', '{"\u00e9\u2603": "\U0001f600", "k": "\\ud83d\\ude00"}',
             '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"\\t"', '3', '-0.0', '\t\n\r [1]\n']:
    show(json.loads, text)

# error messages and positions through json.loads
for text in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '[1,,2]', '{', '{"a"', '{"a":', '{"a" 1}',
             '{"a": 1', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '{"a": 1}}', '[1]]',
             'nul', 'True', '[True]', '"abc', '["abc', '{"a\\x": 1}', '{"a": "\x01"}',
             '[1, 2, \u00e9]', '\u00e9', '[\u00e9\u00e9\u00e9, 1]', '{"\u00e9": 1, \u00e9}',
             '[0123]', '[-]', '[1.]', '[.5]', '[1e]', '[-Infinit]', '{"a": [1, {"b": ]}}']:
    show(json.loads, text)

# strict=False allows control characters inside strings
show(json.loads, '["a\x01b", "\t"]', strict=False)
show(json.loads, '{"k\n": "v\x00"}', strict=False)
show(json.loads, '["a\x01b"]')

# hooks
show(json.loads, '[1, 2.5, 10000000000000000000000, -3]', parse_int=str, parse_float=Decimal)
show(json.loads, '[1.10, 2e3, -0.0, 1E-2]', parse_float=lambda s: 'F' + s)
show(json.loads, '[1, -20, 0]', parse_int=lambda s: 'I' + s)
show(json.loads, '[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: 'C' + s)
show(json.loads, '[NaN]', parse_constant=lambda s: 1 / 0)
show(json.loads, '{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"b": 1, "a": {"z": 1, "y": 2}}', object_pairs_hook=OrderedDict)
show(json.loads, '{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
show(json.loads, '{"a": 1}', object_pairs_hook=list, object_hook=dict.keys)
show(json.loads, '{}', object_pairs_hook=tuple)
show(json.loads, '{"a": 1}', object_hook=lambda d: 1 / 0)
show(json.loads, '[1, 2]', parse_int=lambda s: int(s) * 10)
show(json.loads, '9' * 5000)
show(json.loads, '[' + '9' * 4300 + ']')
calls = []
def trace_int(s):
    calls.append(s)
    return int(s)
json.loads('{"a": [1, {"b": 2}], "c": 3}', parse_int=trace_int)
print(calls)

# the key memo: equal keys are one str object
docs = json.loads('[{"key": 1, "other": 2}, {"key": 3}, {"key": 4}]')
print(docs[0].keys() == {'key', 'other'}, len({id(k) for d in docs for k in d if k == 'key'}))

# a context object that is not a decoder
class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = str
    memo = {}
s2 = _json.make_scanner(Ctx())
show(s2, '[1, NaN, {"a": 2.5}]', 0)
class Bad:
    strict = True
show(_json.make_scanner, Bad())
show(_json.make_scanner)
show(_json.make_scanner, context=Ctx()) if False else print('kw ok', type(_json.make_scanner(context=Ctx())).__name__)
class Loud:
    def __getattr__(self, name):
        print('get', name)
        return None if name != 'strict' else 0
s3 = _json.make_scanner(Loud())
print(s3.strict, s3.parse_int)

# subclasses of str as input
class S(str):
    pass
show(json.loads, S('{"a": [1, "\u00e9"]}'))

# deep nesting: RecursionError, never a crash; moderate depth works
for opener, closer in [('[', ']'), ('{"a":', '}')]:
    text = opener * 100000 + closer * 100000
    try:
        json.loads(text)
    except RecursionError as e:
        print('RecursionError', e)
ok = json.loads('[' * 200 + '1' + ']' * 200)
depth = 0
while isinstance(ok, list):
    ok = ok[0]
    depth += 1
print(depth, ok)
try:
    json.loads('{"a": ' * 100000)
except RecursionError as e:
    print('RecursionError', e)
print(json.loads('[1]'))
