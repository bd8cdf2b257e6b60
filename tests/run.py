#!/usr/bin/env python3
"""SafePy's test driver.

  tests/run.py [--safepy PATH] [--suite lang,crash,unit,parser,diff,crashers] [-j N] [--stress]
               [--timeout S] [--diff-seed S] [--diff-count N] [FILTER...]

lang:  tests/lang/NAME.py must print NAME.out on stdout and exit with the
       status in NAME.rc (0 when absent).
crash: tests/crash/NAME.py may exit however it likes, but not by a signal,
       not by a safety trap, not by the --max-time watchdog (status 124,
       "safepy: time limit exceeded": some C loop never polled), and not
       past the timeout.  A crash test may give SafePy options in a comment
       line of its leading comment block:
           # safepy-options: --max-heap 64M --max-time 5
       Where CPython 3.11 gives the same result, NAME.out (and NAME.rc)
       next to it hold CPython's output (tests/gen_expected.sh
       tests/crash/NAME.py), and the test must also print exactly that.
crashers: every .py of CPython 3.11's Lib/test/crashers/ (pyenv's copy,
       CRASHERS_GLOB), run in place with --max-heap 256M --max-time 10 and
       judged like a crash test: a ResourceLimitError or MemoryError exit
       passes.  Without that directory the suite says so in one line and
       counts nothing.
parser: `safepy --dump-ast tests/parser/NAME.py` must print NAME.ast
       (CPython 3.11's ast.dump; tests/parser/gen_expected.sh makes it).
diff:  tools/difftest.py's randomized differential test: --diff-count random
       expressions (seed --diff-seed, fixed by default) run in SafePy and in
       CPython 3.11 must print the same; each batch (of 250 expressions, 100
       under --stress, where compiling a big program is slow) is one test,
       diff/seed-S-batch-I; a failure prints the command that reruns it.
Ends with the line "N passed, N failed".
"""
import argparse, concurrent.futures, difflib, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAP_STATUS = 70
WATCHDOG_STATUS = 124      # src/main.c's SP_TIMEOUT_STATUS
CRASHERS_GLOB = '/root/.pyenv/versions/3.11*/lib/python3.11/test/crashers'
CRASHERS_OPTIONS = ['--max-heap', '256M', '--max-time', '10']

def run(cmd, cwd, timeout, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b'', True

def lang_test(safepy, path, timeout, env):
    d, f = os.path.split(path)
    base = path[:-3]
    want = open(base + '.out', 'rb').read() if os.path.exists(base + '.out') else None
    if want is None:
        return False, 'no expected output (run tests/gen_expected.sh)'
    rc, out, err, to = run([safepy, f], d, timeout, env)
    if to:
        return False, 'timeout after %ss' % timeout
    if rc is not None and rc < 0:
        return False, 'killed by signal %d\n%s' % (-rc, err.decode(errors='replace')[-2000:])
    return compare_output(base, rc, out, err)

def compare_output(base, rc, out, err):
    """stdout against BASE.out (CPython's) and the status against BASE.rc."""
    want = open(base + '.out', 'rb').read()
    want_rc = int(open(base + '.rc').read()) if os.path.exists(base + '.rc') else 0
    problems = []
    if out != want:
        diff = difflib.unified_diff(want.decode(errors='replace').splitlines(),
                                    out.decode(errors='replace').splitlines(),
                                    'expected', 'safepy', lineterm='', n=1)
        problems.append('\n'.join(list(diff)[:40]))
    if rc != want_rc:
        problems.append('exit status %s, expected %s' % (rc, want_rc))
    if problems:
        problems.append('stderr: ' + err.decode(errors='replace')[-1500:])
        return False, '\n'.join(problems)
    return True, ''

def parser_test(safepy, path, timeout, env):
    d, f = os.path.split(path)
    want = open(path[:-3] + '.ast', 'rb').read() if os.path.exists(path[:-3] + '.ast') else None
    if want is None:
        return False, 'no expected output (run tests/parser/gen_expected.sh)'
    rc, out, err, to = run([safepy, '--dump-ast', f], d, timeout, env)
    if to:
        return False, 'timeout after %ss' % timeout
    if rc != 0 or out != want:
        w, o = want.decode(errors='replace'), out.decode(errors='replace')
        i = next((k for k in range(min(len(w), len(o))) if w[k] != o[k]), min(len(w), len(o)))
        return False, 'exit %s; first difference at char %d:\n  expected ...%s\n  got      ...%s\nstderr: %s' % (
            rc, i, w[max(0, i - 60):i + 60], o[max(0, i - 60):i + 60], err.decode(errors='replace')[-1500:])
    return True, ''

def file_options(path):
    """The options of a `# safepy-options: ...` line in the leading comments."""
    with open(path, 'rb') as fh:
        for line in fh:
            line = line.strip()
            if not line.startswith(b'#'):
                break
            if line.startswith(b'# safepy-options:'):
                return line[len(b'# safepy-options:'):].decode().split()
    return []

def crash_test(safepy, path, timeout, env, options=None):
    d, f = os.path.split(path)
    opts = file_options(path) if options is None else options
    rc, out, err, to = run([safepy] + opts + [f], d, timeout, env)
    if to:
        return False, 'timeout after %ss' % timeout
    if rc < 0:
        return False, 'killed by signal %d\n%s' % (-rc, err.decode(errors='replace')[-2000:])
    if rc == TRAP_STATUS and b'safety trap' in err:
        return False, 'safety trap: ' + err.decode(errors='replace')[-1000:]
    if rc == WATCHDOG_STATUS and b'safepy: time limit exceeded' in err:
        return False, '--max-time watchdog fired (a C loop that never polls?)'

    if b'AddressSanitizer' in err or b'runtime error:' in err:
        return False, 'sanitizer report:\n' + err.decode(errors='replace')[-3000:]
    if os.path.exists(path[:-3] + '.out'):
        return compare_output(path[:-3], rc, out, err)
    return True, ''

def unit_test(path, timeout, env):
    rc, out, err, to = run([path], ROOT, timeout, env)
    if to:
        return False, 'timeout'
    if rc != 0:
        return False, 'exit %s\n%s%s' % (rc, out.decode(errors='replace')[-1500:], err.decode(errors='replace')[-1500:])
    return True, ''

def diff_test(safepy, seed, index, size, timeout, stress):
    sys.path.insert(0, os.path.join(ROOT, 'tools'))
    import difftest
    python = '/usr/bin/python3.11' if os.path.exists('/usr/bin/python3.11') else sys.executable
    ok, report = difftest.check_batch(seed, index, size, safepy, python, timeout, stress)[:2]
    return ok, report

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--safepy', default=os.path.join(ROOT, 'safepy'))
    ap.add_argument('--suite', default='lang,crash,unit,parser,diff,crashers')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--stress', action='store_true', help='SAFEPY_GC_STRESS=1')
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--unit-dir', default=None, help='directory of unit test binaries')
    ap.add_argument('--list', default=None, help='file naming the tests to run (suite/NAME.py per line)')
    ap.add_argument('--skip', default=None, help='file naming tests to leave out (suite/NAME.py per line)')
    ap.add_argument('--slow', type=float, default=30, help='report tests slower than this (seconds)')
    ap.add_argument('--diff-seed', default='20261203', help='seed of the diff suite')
    ap.add_argument('--diff-count', type=int, default=4000, help='expressions in the diff suite')
    ap.add_argument('-v', action='store_true')
    ap.add_argument('filters', nargs='*')
    a = ap.parse_args()
    safepy = os.path.abspath(a.safepy)
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    if a.stress:
        env['SAFEPY_GC_STRESS'] = '1'
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0')
    env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1')
    jobs = []
    suites = a.suite.split(',')
    listed = None
    if a.list:
        listed = set(l.split('#')[0].strip() for l in open(a.list))
        listed.discard('')
    skipped = set()
    if a.skip:
        skipped = set(l.split('#')[0].strip() for l in open(a.skip))
    def want(name):
        if listed is not None and name not in listed:
            return False
        if name in skipped:
            return False
        return not a.filters or any(f in name for f in a.filters)
    if 'lang' in suites:
        d = os.path.join(ROOT, 'tests', 'lang')
        for f in sorted(os.listdir(d)):
            if f.endswith('.py') and want('lang/' + f):
                jobs.append(('lang/' + f, lambda p=os.path.join(d, f): lang_test(safepy, p, a.timeout, env)))
    if 'crash' in suites:
        d = os.path.join(ROOT, 'tests', 'crash')
        for f in sorted(os.listdir(d)):
            if f.endswith('.py') and want('crash/' + f):
                jobs.append(('crash/' + f, lambda p=os.path.join(d, f): crash_test(safepy, p, a.timeout, env)))
    if 'crashers' in suites:
        import glob
        dirs = sorted(glob.glob(CRASHERS_GLOB))
        if not dirs:
            print('crashers: no CPython 3.11 Lib/test/crashers at %s; suite skipped' % CRASHERS_GLOB)
        else:
            d = dirs[-1]
            for f in sorted(os.listdir(d)):
                if f.endswith('.py') and want('crashers/' + f):
                    jobs.append(('crashers/' + f, lambda p=os.path.join(d, f):
                                 crash_test(safepy, p, a.timeout, env, CRASHERS_OPTIONS)))
    if 'parser' in suites:
        d = os.path.join(ROOT, 'tests', 'parser')
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if f.endswith('.py') and want('parser/' + f):
                jobs.append(('parser/' + f, lambda p=os.path.join(d, f): parser_test(safepy, p, a.timeout, env)))
    if 'unit' in suites and a.unit_dir and os.path.isdir(a.unit_dir):
        for f in sorted(os.listdir(a.unit_dir)):
            p = os.path.join(a.unit_dir, f)
            if f.startswith('test_') and os.access(p, os.X_OK) and want('unit/' + f):
                jobs.append(('unit/' + f, lambda p=p: unit_test(p, a.timeout, env)))
    if 'diff' in suites:
        size = 100 if a.stress else 250
        for i in range(max(1, (a.diff_count + size - 1) // size)):
            name = 'diff/seed-%s-batch-%d' % (a.diff_seed, i)
            if want(name):
                jobs.append((name, lambda i=i: diff_test(safepy, a.diff_seed, i, size, a.timeout, a.stress)))
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, a.j)) as ex:
        def timed(fn):
            t0 = time.time()
            r = fn()
            return r + (time.time() - t0,)
        futs = [(name, ex.submit(timed, fn)) for name, fn in jobs]
        for name, fut in futs:
            ok, msg, secs = fut.result()
            if secs > a.slow:
                print('SLOW %s %.0fs' % (name, secs))
            if ok:
                passed += 1
                if a.v:
                    print('PASS', name)
            else:
                failed += 1
                print('FAIL', name)
                for line in msg.splitlines():
                    print('    ' + line)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
