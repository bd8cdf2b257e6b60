"""_thread for a single-threaded SafePy interpreter: locks that never
block (there is nobody to wait for) and one thread identity.  A stand-in
until threads exist; a C module listed in modules.def takes precedence."""

error = RuntimeError
TIMEOUT_MAX = 4294967.0


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return 0


def stack_size(size=0):
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


class LockType:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError("deadlock: lock already held by the only thread")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked


lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class _local:
    pass


def _set_sentinel():
    return LockType()


# No _excepthook / _ExceptHookArgs: threading.py then defines its own
# (its ImportError path), as it must have a callable excepthook.
daemon_threads_allowed = lambda: True
