# __traceback__ tampering: set to None, to wrong types (TypeError),
# with_traceback() with a foreign / wrong / None traceback, tb_next
# assignment (cycles must be refused: ValueError), reraise after
# tampering, and a traceback reused across exceptions.
import sys
def fail():
    raise ValueError('v')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    saved = e
print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno)
for bad in (5, 'x', [], object()):
    try:
        saved.__traceback__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
    try:
        saved.with_traceback(bad)
    except TypeError as err:
        print('with_traceback', type(err).__name__, err)
saved.__traceback__ = None
print(saved.__traceback__)
try:
    del saved.__traceback__
except (TypeError, AttributeError) as err:
    print('del', type(err).__name__, err)
# tb_next cycles
t1 = tb
t2 = tb.tb_next
try:
    t2.tb_next = t1
except ValueError as err:
    print('tb cycle', type(err).__name__, err)
try:
    t1.tb_next = t1
except ValueError as err:
    print('tb self', type(err).__name__, err)
try:
    t1.tb_next = 'nope'
except TypeError as err:
    print('tb type', type(err).__name__, err)
# a traceback reused by another exception, raised again
other = KeyError('k').with_traceback(tb)
try:
    raise other
except KeyError as e2:
    n = 0
    t = e2.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print('frames', n)
# with_traceback(None) then raise
try:
    raise ValueError('no tb').with_traceback(None)
except ValueError as e3:
    print(e3.__traceback__.tb_next)
# tb_frame / tb_lasti / tb_lineno read on an old traceback
print(type(tb.tb_frame).__name__, tb.tb_lasti >= 0)
# sys.exc_info() while the traceback of the handled exception was cut
try:
    fail()
except ValueError as e4:
    e4.__traceback__ = None
    print(sys.exc_info()[2] is None, sys.exc_info()[1] is e4)
# uncaught exception whose traceback was replaced by a foreign one
def g():
    raise IndexError('foreign')
try:
    g()
except IndexError as e5:
    foreign = e5.__traceback__
print('uncaught follows', flush=True)
raise RuntimeError('last').with_traceback(foreign)
