import errno
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10])
try:
    open("/nonexistent/safepy/errno")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
