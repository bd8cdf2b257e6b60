# _json.make_encoder directly and through json.dumps (indent=None):
# every kind of value, subclasses (IntEnum, bool keys, str/float/list/dict
# subclasses), key coercion, skipkeys, sort_keys, allow_nan, default,
# custom encoders, circular references, and documents nested too deep.
import _json, json, enum, math
from collections import OrderedDict

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

print(json.encoder.c_make_encoder is _json.make_encoder)
enc = _json.make_encoder({}, repr, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(type(enc).__name__, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys, enc.indent)
show(enc, [1, 'a', None], 0)
show(enc, {'k': (1, 2.5)}, 3)
show(enc, 'x')
show(enc, 'x', 'y')
show(enc, obj=[1], _current_indent_level=0)

# values
class Color(enum.IntEnum):
    RED = 1
class Flt(float):
    def __repr__(self):
        return 'Flt!'
class Str(str):
    pass
class Lst(list):
    pass
class Tup(tuple):
    pass
class Dct(dict):
    pass
class ItemsDict(dict):
    def items(self):
        return [('z', 26), ('a', 1)]
class IterList(list):
    def __iter__(self):
        return iter([7, 8, 9])
values = [None, True, False, 0, -1, 2**62, -2**62 - 1, 2**100, -10**50, 1.0, -0.0, 0.1, 1e16, 1.5e-7,
          1e300 * 10, 123456789.125, 'plain', 'caf\u00e9 \U0001f600', '"q"\\\n', '\x7f',
          [], (), {}, [[]], [1, [2, [3, []]]], (1, (2,)), {'a': {'b': {}}},
          Color.RED, [Color.RED], {Color.RED: Color.RED}, Flt(2.5), Str('sub'), Lst([1, 2]),
          Tup((3,)), Dct(a=1), ItemsDict(q=1), IterList([1]), Dct(), Lst(), OrderedDict([('y', 1), ('x', 2)])]
for v in values:
    show(json.dumps, v)
for v in values[16:20]:
    show(json.dumps, v, ensure_ascii=False)

# floats and allow_nan
for v in [math.nan, math.inf, -math.inf]:
    show(json.dumps, v)
    show(json.dumps, [v], allow_nan=False)
    show(json.dumps, {v: 1})
    show(json.dumps, {v: 1}, allow_nan=False)

# keys
show(json.dumps, {1: 'i', 2.5: 'f', True: 't', False: 'f', None: 'n', 'k': 's', -3: 'neg', 10**20: 'big'})
show(json.dumps, {Str('s'): 1, Flt(1.5): 2, Color.RED: 3})
show(json.dumps, {(1, 2): 'tuple'})
show(json.dumps, {b'x': 1})
show(json.dumps, {(1, 2): 'tuple', 'a': 1, frozenset(): 2, 'b': 2}, skipkeys=True)
show(json.dumps, {(1, 2): 'tuple'}, skipkeys=True)
show(json.dumps, {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
show(json.dumps, {2: 'x', 1: 'y'}, sort_keys=True)
show(json.dumps, {'a': 1, 2: 'x'}, sort_keys=True)
show(json.dumps, {(1,): 1, 'a': 2}, sort_keys=True, skipkeys=True)
show(json.dumps, ItemsDict(q=1), sort_keys=True)

# separators and ensure_ascii
doc = {'name': 'J\u00fcrgen \u2603', 'list': [1, 2.5, None], 'nested': {'t': True}}
show(json.dumps, doc, separators=(',', ':'))
show(json.dumps, doc, separators=(' , ', ' : '), ensure_ascii=False)
show(json.dumps, doc, sort_keys=True, ensure_ascii=False)

# default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
show(json.dumps, [Point(1, 2), {3, 1, 2}, Point(Point(0, 0), [Point(5, 6)])], default=point_default)
show(json.dumps, [1, object()])
show(json.dumps, {'a': b'bytes'})
show(json.dumps, [1, 2j])
show(json.dumps, Point(1, 2), default=lambda o: 1 / 0)
show(json.dumps, [Point(1, 2)], default=lambda o: o)
show(json.dumps, [Point(1, 2)], default=lambda o: [o])
show(json.dumps, [Point(1, 2)], default=lambda o: 'str', check_circular=False)

# circular references
a = []
a.append(a)
show(json.dumps, a)
d = {}
d['self'] = d
show(json.dumps, d)
shared = [1, 2]
show(json.dumps, [shared, shared, {'s': shared}])
t = [1]
show(json.dumps, (t, t))
b = [1]
b.append({'x': b})
show(json.dumps, b)

# a custom encoder function (not one of _json's): called for every str
calls = []
def my_encoder(s):
    calls.append(s)
    return '<' + s + '>'
enc2 = _json.make_encoder(None, str, my_encoder, None, '=', ';', True, False, True)
show(enc2, {'b': ['x', 1], 'a': 'y', 3: None}, 0)
print(calls)
enc3 = _json.make_encoder(None, str, lambda s: 42, None, ':', ',', False, False, True)
show(enc3, ['x'], 0)
show(enc3, [1], 0)
enc4 = _json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', False, False, True)
show(enc4, ['\u00e9', 1, {'\u2603': 'x'}, str], 0)

# constructor errors
show(_json.make_encoder, [], str, str, None, ':', ',', False, False, True)
show(_json.make_encoder, None, str, str, None, 1, ',', False, False, True)
show(_json.make_encoder, None, str, str, None, ':', None, False, False, True)
show(_json.make_encoder, None, str, str, None, ':', ',', False, False)
show(_json.make_encoder)

# mutation by default(): the list is read as it is now
lst = [1, Point(0, 0), 3]
def grow(o):
    lst.append(4)
    return 'p'
show(json.dumps, lst, default=grow)

# deep nesting: RecursionError, never a crash
x = []
for i in range(100000):
    x = [x]
show(json.dumps, x)
x = {}
for i in range(100000):
    x = {'k': x}
show(json.dumps, x)
class Deep:
    pass
# (where the limit strikes first, in the default call or in the encoder,
# depends on how calls count against it: only the type is compared)
try:
    json.dumps(Deep(), default=lambda o: Deep())
except RecursionError:
    print('RecursionError')
try:
    json.dumps(Deep(), default=lambda o: [o], check_circular=False)
except RecursionError:
    print('RecursionError')
y = [1]
for i in range(200):
    y = [y]
print(len(json.dumps(y)))
