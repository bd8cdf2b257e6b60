# A raise inside an except* body, a bare `raise` there, and the unhandled
# rest of a group, leaving try/except*.  SafePy's compiled handler
# appended the new exception to the wrong stack slot (a safety trap), the
# re-raise left the group as the handled exception (sys.exc_info() and
# every later __context__), and the result must be what CPython 3.11.2
# computes: new exceptions wrapped in ExceptionGroup('', [...]) together
# with the projection of the re-raised parts onto the original tree.
import sys
def show(label, f):
    try:
        f()
        print(label, 'no exception')
    except BaseException as e:
        print(label, repr(e), repr(e.__context__)[:60])
    print('  exc_info after:', sys.exc_info()[0])
def new_in_body_naked():
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        raise KeyError('inside')
def new_in_body_group():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as eg:
        raise KeyError('inside')
def bare_reraise():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def rest_unhandled():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass
def reraise_and_rest():
    try:
        raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(2), KeyError(3)])])
    except* TypeError:
        raise
def new_and_reraise():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError('new')
    except* TypeError:
        raise
def two_new():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise IndexError('a')
    except* TypeError:
        raise SystemExit('b')
def nested():
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError('k')
    except* TypeError as eg:
        print('  outer got', repr(eg))
    except* KeyError as eg:
        print('  outer got', repr(eg))
for f in (new_in_body_naked, new_in_body_group, bare_reraise, rest_unhandled,
          reraise_and_rest, new_and_reraise, two_new, nested):
    show(f.__name__, f)
try:
    raise KeyError('after')
except KeyError as e:
    print('later context:', repr(e.__context__))
