# _string: the parser behind string.Formatter.
import _string
for s in ['a{0!r:>5}b{{c}}', '{}', 'x', '', '{:{w}}', 'a}}b', '{a.b[0]}', '{!s}', '}}', '{0:}', 'ab{{', '{{']:
    print(repr(s), list(_string.formatter_parser(s)))
for f in ['a.b[0]', '0', '', '1.x', 'a[k][1]']:
    a, it = _string.formatter_field_name_split(f); print(repr(f), repr(a), list(it))
for s in ['{', '}', '{0', '{!x}']:
  try: print(list(_string.formatter_parser(s)))
  except Exception as e: print(type(e).__name__, e)
