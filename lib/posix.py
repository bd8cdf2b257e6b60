"""SafePy's posix module: what os.py needs from its platform backend.

The system calls are the C primitives of _safepy_os (which go through
SafePy's platform layer); this module shapes them like CPython's posix:
stat_result, scandir/DirEntry, environ, the O_* and *_OK constants.
"""

import _safepy_os as _os

error = OSError

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
EX_OK = 0

_have_functions = []

__all__ = ["stat", "lstat", "fstat", "listdir", "scandir", "getcwd", "getcwdb",
           "chdir", "mkdir", "rmdir", "unlink", "remove", "rename", "replace",
           "access", "readlink", "open", "close", "read", "write", "lseek",
           "isatty", "getpid", "cpu_count", "urandom", "strerror", "environ",
           "stat_result", "DirEntry", "putenv", "unsetenv", "umask",
           "get_terminal_size", "terminal_size", "uname", "uname_result",
           "getuid", "geteuid", "getgid", "getegid", "getppid", "times",
           "error", "F_OK", "X_OK", "W_OK", "R_OK", "O_RDONLY", "O_WRONLY",
           "O_RDWR", "O_CREAT", "O_EXCL", "O_NOCTTY", "O_TRUNC", "O_APPEND",
           "O_NONBLOCK", "O_DIRECTORY", "O_NOFOLLOW", "O_CLOEXEC", "O_ACCMODE",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "EX_OK", "device_encoding",
           "get_blocking", "set_blocking", "fsync"]


class stat_result:
    """os.stat_result: a sequence of 10 integer fields, plus float times,
    *_ns times and a few more attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
               "st_size", "st_atime", "st_mtime", "st_ctime")

    def __init__(self, seq, extra=None):
        self._seq = tuple(seq)[:10]
        self._extra = dict(extra or {})

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return len(self._seq)

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._seq == other._seq
        return self._seq == other

    def __hash__(self):
        return hash(self._seq)

    st_mode = property(lambda self: self._seq[0])
    st_ino = property(lambda self: self._seq[1])
    st_dev = property(lambda self: self._seq[2])
    st_nlink = property(lambda self: self._seq[3])
    st_uid = property(lambda self: self._seq[4])
    st_gid = property(lambda self: self._seq[5])
    st_size = property(lambda self: self._seq[6])
    st_atime = property(lambda self: self._extra.get("st_atime", float(self._seq[7])))
    st_mtime = property(lambda self: self._extra.get("st_mtime", float(self._seq[8])))
    st_ctime = property(lambda self: self._extra.get("st_ctime", float(self._seq[9])))
    st_atime_ns = property(lambda self: self._extra.get("st_atime_ns", self._seq[7] * 1000000000))
    st_mtime_ns = property(lambda self: self._extra.get("st_mtime_ns", self._seq[8] * 1000000000))
    st_ctime_ns = property(lambda self: self._extra.get("st_ctime_ns", self._seq[9] * 1000000000))
    st_blksize = property(lambda self: 4096)
    st_blocks = property(lambda self: (self._seq[6] + 511) // 512)
    st_rdev = property(lambda self: 0)

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self._seq))

    def __reduce__(self):
        return (stat_result, (self._seq, self._extra))


def _make_stat(raw):
    mode, size, mtime_ns = raw
    secs = mtime_ns // 1000000000
    t = mtime_ns / 1e9
    return stat_result((mode, 0, 0, 1, 0, 0, size, secs, secs, secs),
                       {"st_atime": t, "st_mtime": t, "st_ctime": t,
                        "st_atime_ns": mtime_ns, "st_mtime_ns": mtime_ns,
                        "st_ctime_ns": mtime_ns})


def _path(p):
    if isinstance(p, (str, bytes, int)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(p).__name__)
    return f(p)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = _path(path)
    if follow_symlinks:
        return _make_stat(_os.stat(path))
    return _make_stat(_os.lstat(path))


def lstat(path, *, dir_fd=None):
    return _make_stat(_os.lstat(_path(path)))


def fstat(fd):
    return _make_stat(_os.stat(fd))


def listdir(path=None):
    if path is None:
        path = "."
    path = _path(path)
    if isinstance(path, bytes):
        return [n.encode("utf-8", "surrogateescape") for n in _os.listdir(path)]
    return _os.listdir(path)


def getcwd():
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode("utf-8", "surrogateescape")


def chdir(path):
    _os.chdir(_path(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path), mode)


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path))


def unlink(path, *, dir_fd=None):
    _os.unlink(_path(path))


remove = unlink


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src), _path(dst))


replace = rename


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(_path(path), mode)


def readlink(path, *, dir_fd=None):
    return _os.readlink(_path(path))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_path(path), flags, mode)


close = _os.close
read = _os.read
write = _os.write
lseek = _os.lseek
isatty = _os.isatty
getpid = _os.getpid
cpu_count = _os.cpu_count
urandom = _os.urandom
strerror = _os.strerror
_exit = _os._exit


def fsync(fd):
    pass


def device_encoding(fd):
    return "UTF-8" if isatty(fd) else None


def get_blocking(fd):
    return True


def set_blocking(fd, blocking):
    pass


def getppid():
    return 1


def getuid():
    return 0


geteuid = getgid = getegid = getuid

_umask = 0o022


def umask(mask):
    global _umask
    old, _umask = _umask, mask
    return old


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def get_terminal_size(fd=1):
    if not isatty(fd):
        raise OSError(25, "Inappropriate ioctl for device")
    return terminal_size((80, 24))


class uname_result(tuple):
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    return uname_result(("Linux", "localhost", "", "", "x86_64"))


class times_result(tuple):
    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])


def times():
    return times_result((0.0, 0.0, 0.0, 0.0, 0.0))


def _make_environ():
    env = {}
    for entry in _os.environ_list():
        k, sep, v = entry.partition(b"=")
        if sep:
            env[k] = v
    return env


environ = _make_environ()


def putenv(key, value):
    """Changes os.environ only: SafePy starts no child processes."""


def unsetenv(key):
    """See putenv."""


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of scandir(): name, path and cached stat information."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        self.name = name
        if isinstance(directory, bytes):
            sep = b"/"
        else:
            sep = "/"
        self.path = directory + name if directory.endswith(sep) else directory + sep + name
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFREG

    def is_symlink(self):
        return self._mode(False) & _S_IFMT == _S_IFLNK

    def inode(self):
        return 0


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path="."):
    path = _path(path)
    return _ScandirIterator(path)
