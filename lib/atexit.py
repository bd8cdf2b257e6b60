"""atexit for SafePy: functions run when the interpreter exits normally
(after the main module ends, SystemExit, or an uncaught exception), last
registered first.  sp_run_main_* calls _run_exitfuncs()."""

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func to be called with args at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            try:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            except BaseException:
                pass
