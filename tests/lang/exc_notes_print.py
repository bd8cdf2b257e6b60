# The uncaught-exception printer and __notes__ replaced by anything: a
# str (a sequence: one character per line), a tuple with non-str items,
# an int / a dict (not sequences: their repr), an object whose __repr__
# raises, None, a list with multi-line and bytes notes.  Printed through
# sys.excepthook with stderr sent to stdout, so the output is compared.
import sys
sys.stderr = sys.stdout
class R:
    def __repr__(self):
        raise KeyError
class S:
    def __str__(self):
        raise KeyError
for notes in ['abc', ('x', 5), 7, {'a': 1}, R(), None,
              ['multi\nline', b'bytes', S()]]:
    e = ValueError('v')
    e.__notes__ = notes
    sys.excepthook(ValueError, e, None)
    print('---')
e = TypeError('t')
e.add_note('added')
e.__notes__.append(3)
sys.excepthook(TypeError, e, None)
