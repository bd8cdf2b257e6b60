# Frames and tracebacks: jumping (f_lineno / f_lasti assignment) is
# refused; frames of finished calls, of exhausted generators and of
# tracebacks stay readable; sys._getframe with extreme depths; frame
# locals of module and class bodies written through f_locals.  Nothing
# here may move an instruction pointer SafePy's compiler did not produce.
import sys

def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (TypeError, AttributeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__)

def here():
    return sys._getframe()
def caller():
    return here()
fr = caller()
t('f_lineno = 1', lambda: setattr(fr, 'f_lineno', 1))
t('f_lineno = -5', lambda: setattr(fr, 'f_lineno', -5))
t('f_lineno = 2**70', lambda: setattr(fr, 'f_lineno', 2 ** 70))
t('f_lasti = 0', lambda: setattr(fr, 'f_lasti', 0))
t('f_code =', lambda: setattr(fr, 'f_code', caller.__code__))
t('f_back =', lambda: setattr(fr, 'f_back', None))
t('f_globals =', lambda: setattr(fr, 'f_globals', {}))
t('f_locals =', lambda: setattr(fr, 'f_locals', {}))
t('f_builtins =', lambda: setattr(fr, 'f_builtins', {}))
t('del f_lineno', lambda: delattr(fr, 'f_lineno'))
# Live frame: jump inside the running function.
def jumper():
    f = sys._getframe()
    try:
        f.f_lineno = f.f_lineno + 3
    except (ValueError, AttributeError) as e:
        return type(e).__name__
    return 'jumped?'
t('jump in running frame', jumper)
# Finished frames stay readable.
t('dead f_code', lambda: fr.f_code.co_name)
t('dead f_back', lambda: fr.f_back.f_code.co_name)
t('dead f_locals', lambda: fr.f_locals)
t('dead f_lineno', lambda: type(fr.f_lineno).__name__)
t('dead f_lasti', lambda: fr.f_lasti >= 0)
t('dead globals', lambda: fr.f_globals is globals())
# sys._getframe extremes.
for depth in (0, 1, 2, 100, 10 ** 6, -1, -(2 ** 62), 2 ** 62, 2 ** 200, True):
    t('_getframe(%r)' % (depth,), lambda: sys._getframe(depth).f_code.co_name)
t('_getframe("1")', lambda: sys._getframe('1'))
t('_getframe(1.0)', lambda: sys._getframe(1.0))
# Generator frames during and after the run.
def gen():
    a = 1
    yield sys._getframe()
    b = 2
    yield sys._getframe()
g = gen()
gf = next(g)
t('gen frame locals', lambda: sorted(gf.f_locals))
t('gi_frame is frame', lambda: g.gi_frame is gf)
next(g)
t('gen frame locals later', lambda: sorted(gf.f_locals))
t('suspended gen frame f_back is None', lambda: gf.f_back is None)
for _ in g:
    pass
t('exhausted gi_frame', lambda: g.gi_frame)
t('exhausted frame locals', lambda: sorted(gf.f_locals))
t('exhausted frame lineno', lambda: type(gf.f_lineno).__name__)
t('set gi_frame', lambda: setattr(g, 'gi_frame', fr))
t('set gi_code', lambda: setattr(g, 'gi_code', caller.__code__))
g2 = gen()
t('unstarted gi_frame locals', lambda: g2.gi_frame.f_locals)
g2.close()
t('closed gi_frame', lambda: g2.gi_frame)
# Tracebacks.
def boom():
    x = 'local'
    1 / 0
try:
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
t('tb chain', lambda: [(x.tb_frame.f_code.co_name, x.tb_lineno > 0) for x in [tb, tb.tb_next]])
t('tb frame locals', lambda: tb.tb_next.tb_frame.f_locals)
t('tb_next = itself', lambda: setattr(tb, 'tb_next', tb))
t('tb_next = 5', lambda: setattr(tb, 'tb_next', 5))
t('tb_next loop', lambda: (setattr(tb.tb_next, 'tb_next', tb), 'looped'))
t('tb_next = None', lambda: (setattr(tb, 'tb_next', None), tb.tb_next))
t('tb_lasti =', lambda: setattr(tb, 'tb_lasti', 10 ** 9))
t('tb_lineno =', lambda: setattr(tb, 'tb_lineno', -1))
t('tb_frame =', lambda: setattr(tb, 'tb_frame', fr))
try:
    raise ValueError('with tb').with_traceback(tb)
except ValueError as e:
    t('with_traceback', lambda: e.__traceback__.tb_next.tb_frame.f_code.co_name)
t('with_traceback(5)', lambda: ValueError().with_traceback(5))
# Writing through f_locals of a module and a class body.
sys._getframe().f_locals['written'] = 'module'
print(written)
class K:
    sys._getframe().f_locals['attr'] = 'class body'
print(K.attr)
def fn():
    v = 1
    sys._getframe().f_locals['v'] = 2
    return v
t('function f_locals write ignored', fn)
