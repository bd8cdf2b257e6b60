# os: directories, files, stat, environ, paths (through SafePy's posix module)
import os
base = '/tmp/safepy_os_files_dirs'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(base + '/a/b', exist_ok=True)
open(base + '/a/f.txt', 'w').write('hello')
print(os.stat(base + '/a/f.txt').st_size, os.path.getsize(base + '/a/f.txt'))
print(sorted(os.listdir(base + '/a')))
for root, dirs, files in os.walk(base):
    print(root[len(base):] or '.', sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(base + '/a')), [e.is_dir() for e in sorted(os.scandir(base + '/a'), key=lambda e: e.name)])
os.rename(base + '/a/f.txt', base + '/a/g.txt')
print(os.path.exists(base + '/a/f.txt'), os.path.isfile(base + '/a/g.txt'), os.path.isdir(base + '/a/b'))
try:
    os.remove(base + '/a/f.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == base + '/a/f.txt')
try:
    os.mkdir(base + '/a')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(base + '/a')
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(base + '/a/g.txt')
os.rmdir(base + '/a/b')
os.rmdir(base + '/a')
os.rmdir(base)
print(os.path.exists(base))
print(os.name, os.sep, os.curdir, os.path.join('a', 'b', 'c'), os.path.splitext('x.tar.gz'))
print(os.path.basename('/a/b.c'), os.path.dirname('/a/b.c'), os.path.isabs('/x'), os.path.normpath('a//b/../c'))
print(type(os.environ.get('PATH')).__name__, 'PATH' in os.environ, os.getcwd() == os.path.abspath('.'))
os.environ['SAFEPY_TEST_VAR'] = 'v1'
print(os.environ['SAFEPY_TEST_VAR'], os.getenv('SAFEPY_TEST_VAR'), os.getenv('NO_SUCH_VAR_XYZ', 'dflt'))
fd = os.open('/tmp/safepy_os_fd.tmp', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'raw bytes'))
os.close(fd)
fd = os.open('/tmp/safepy_os_fd.tmp', os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
os.unlink('/tmp/safepy_os_fd.tmp')
print(len(os.urandom(8)), os.cpu_count() >= 1, os.getpid() > 0)
