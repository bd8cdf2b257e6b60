#!/usr/bin/env python3
"""Allocation-failure injection over a set of programs (issue #4).

  tools/allocfail.py [--safepy PATH] [-j N] [--mode once,sticky]
                     [--stride K] [--timeout S] [--list FILE] [--first N]
                     [--count] [PROGRAM...]

For each program (default: every line of tools/allocfail.list; PROGRAM
arguments select programs of the list by substring, or name other files),
first run it normally with --gc-stats to learn how many allocations it
makes after start-up ("gc: N allocations after start-up"), then run it
once for every N = 1 .. total with SAFEPY_FAIL_ALLOC=N (mode `once`: the
N-th allocation fails, later ones succeed) and with SAFEPY_FAIL_ALLOC=N+
(mode `sticky`: the N-th and every later one fail).  With injection on,
SafePy collects the heap a few allocations after the failure and collects
and verifies it (sp_heap_verify) at exit; debug builds (the default
binary is the ASan+UBSan build, which is one) verify after every
collection.

A run passes when it ends with exit status 0 or 1 (or the program's own
status), its stderr carries no sanitizer report, no safety trap and no
heap-verifier failure, a status 1 comes with a traceback whose last line
is MemoryError (or the normal run's last line), and the only new exception
name on stdout (what the program's own handlers print) is MemoryError.  It fails on a signal, a safety trap (status
70), a sanitizer report, a timeout, or another exception (SystemError, a
wrong TypeError, ...: the failure was turned into something else --
"suspicious").  Each failure is printed with the command that reproduces
it.  Ends with "N passed, N failed" (one test per run).

A program whose first lines say "# allocfail: same-output" retries each
operation after MemoryError: in mode `once` its output must then be
exactly the normal run's (or a prefix of it, if it died of the
MemoryError elsewhere) -- no state left half-updated by the failure.

--count only counts the allocations (to refresh tools/allocfail.list).
--first N runs the first N programs of the list (the CI subset).
"""
import argparse, concurrent.futures, os, re, resource, shlex, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAP_STATUS = 70
SANITIZER = re.compile(rb'ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|'
                       rb'UndefinedBehaviorSanitizer|AddressSanitizer:DEADLYSIGNAL')
TRAP = re.compile(rb'safepy: safety trap|heap verify', re.I)
# Exception names as a traceback's last line or a handler's print shows them.
EXC_NAME = re.compile(rb'\b([A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt|Warning|Iteration))\b')
COUNT = re.compile(rb'gc: (\d+) allocations after start-up')
COUNT_LINES = re.compile(rb'^gc: .*$', re.M)


def base_env():
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0')
    env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1')
    env.pop('SAFEPY_FAIL_ALLOC', None)
    env.pop('SAFEPY_GC_STRESS', None)
    return env


def run(cmd, cwd, env, timeout):
    t = time.time()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr, False, time.time() - t
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b'', True, time.time() - t


def last_line(err):
    lines = [l for l in err.splitlines() if l.strip()]
    return lines[-1] if lines else b''


def endings(err):
    """Where the program's own outcome may end on stderr: the last line,
    and the line before each "Exception ignored in:" report -- finalizers
    run at exit (a generator the MemoryError left suspended, closed then)
    report after the exception that ended the program."""
    lines = [l for l in err.splitlines() if l.strip()]
    ends = [lines[-1]] if lines else [b'']
    for i, l in enumerate(lines):
        if l.startswith(b'Exception ignored in:') and i > 0:
            ends.append(lines[i - 1])
    return ends


def exc_names(out, err):
    return set(EXC_NAME.findall(out)) | set(EXC_NAME.findall(err))


class Program:
    def __init__(self, path, safepy, timeout):
        self.path = path
        self.dir, self.file = os.path.split(os.path.join(ROOT, path))
        self.safepy = safepy
        self.timeout = timeout

    def cmd(self, extra=()):
        return [self.safepy] + list(extra) + [self.file]

    def baseline(self):
        rc, out, err, to, dt = run(self.cmd(['--gc-stats']), self.dir, base_env(), self.timeout)
        m = COUNT.search(err)
        if to or m is None:
            raise SystemExit('%s: no allocation count (status %s, timeout %s)\n%s' % (
                self.path, rc, to, err.decode(errors='replace')[-1500:]))
        self.total = int(m.group(1))
        self.rc = rc
        self.names = exc_names(out, err)
        # (without --gc-stats' own lines)
        self.last = last_line(COUNT_LINES.sub(b'', err)) if rc == 1 else None
        self.out = out
        with open(os.path.join(self.dir, self.file), 'rb') as f:
            self.same_output = b'# allocfail: same-output' in f.read(200)
        self.time = dt
        return self.total

    def repro(self, spec):
        return 'cd %s && SAFEPY_FAIL_ALLOC=%s PYTHONHASHSEED=0 ASAN_OPTIONS=detect_leaks=0 %s %s' % (
            shlex.quote(os.path.relpath(self.dir)), spec, shlex.quote(os.path.abspath(self.safepy)),
            shlex.quote(self.file))

    def inject(self, spec):
        """Run with SAFEPY_FAIL_ALLOC=spec; (ok, reason, stderr tail)."""
        env = base_env()
        env['SAFEPY_FAIL_ALLOC'] = spec
        rc, out, err, to, _ = run(self.cmd(), self.dir, env, self.timeout)
        tail = err.decode(errors='replace')[-1500:]
        if to:
            return False, 'timeout after %ss' % self.timeout, tail
        if rc < 0:
            return False, 'killed by signal %d' % -rc, tail
        if rc == TRAP_STATUS:
            return False, 'safety trap', tail
        if SANITIZER.search(err):
            return False, 'sanitizer report', tail
        if TRAP.search(err):
            return False, 'heap verifier / trap message', tail
        if rc not in (0, 1, self.rc):
            return False, 'exit status %d' % rc, tail
        last = last_line(err)

        def accepted(end):
            # MemoryError, or a normal run's own final exception (its
            # message may be missing if formatting it ran out of memory).
            same = self.rc == 1 and self.last is not None and end in (self.last, self.last.split(b':')[0])
            return end == b'MemoryError' or end.startswith(b'MemoryError:') or same
        if rc == 1 and not any(accepted(e) for e in endings(err)):
            return False, 'suspicious: exit 1 ending in %r' % last.decode(errors='replace')[:200], tail
        # The traceback on stderr may show, as context, exceptions that the
        # program was handling when MemoryError came; stdout shows what the
        # program's own handlers caught.
        if self.same_output and not spec.endswith('+'):
            # The program retries what failed: it must end as the normal
            # run did, or die of the MemoryError with a prefix of its output.
            if not ((rc == self.rc and out == self.out) or (rc == 1 and self.out.startswith(out))):
                return False, 'output differs from the normal run (retried operation)', tail + \
                    '\nstdout: ' + out.decode(errors='replace')[-600:]
        new = exc_names(out, b'') - self.names - {b'MemoryError'}
        if new:
            return False, 'suspicious: %s shown' % ', '.join(sorted(n.decode() for n in new)), tail
        return True, '', tail


def read_list(path):
    progs = []
    for line in open(path):
        line = line.split('#', 1)[0].strip()
        if line:
            progs.append(line.split()[0])
    return progs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--safepy', default=os.path.join(ROOT, 'build-asan', 'safepy'))
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--mode', default='once,sticky')
    ap.add_argument('--stride', type=int, default=1)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--list', default=os.path.join(ROOT, 'tools', 'allocfail.list'))
    ap.add_argument('--first', type=int, default=0)
    ap.add_argument('--count', action='store_true')
    ap.add_argument('--max-shown', type=int, default=5, help='failures shown in full per program')
    ap.add_argument('programs', nargs='*')
    a = ap.parse_args()
    listed = read_list(a.list)
    if a.programs:
        paths = []
        for sel in a.programs:
            hits = [p for p in listed if sel in p]
            paths += hits if hits else [os.path.relpath(os.path.abspath(sel), ROOT)]
    else:
        paths = listed
    if a.first:
        paths = paths[:a.first]
    modes = [m for m in a.mode.split(',') if m]
    assert all(m in ('once', 'sticky') for m in modes), 'modes: once, sticky'
    progs = [Program(p, os.path.abspath(a.safepy), a.timeout) for p in paths]
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        list(ex.map(Program.baseline, progs))
        if a.count:
            for p in progs:
                print('%-50s %6d   # %.2fs' % (p.path, p.total, p.time))
            return 0
        jobs = []
        for p in progs:
            for n in range(1, p.total + 1, a.stride):
                for m in modes:
                    jobs.append((p, str(n) + ('+' if m == 'sticky' else '')))
        futs = [ex.submit(p.inject, spec) for p, spec in jobs]
        results = []
        for (p, spec), f in zip(jobs, futs):
            results.append(f.result())
            if not results[-1][0]:   # as it happens, for long runs
                print('fail %s %s: %s' % (p.path, spec, results[-1][1]), file=sys.stderr, flush=True)
    passed = failed = 0
    by_prog = {}
    for (p, spec), (ok, why, tail) in zip(jobs, results):
        r = by_prog.setdefault(p.path, [0, []])
        r[0] += 1
        if ok:
            passed += 1
        else:
            failed += 1
            r[1].append((spec, why, tail, p))
    for p in progs:
        runs, fails = by_prog.get(p.path, [0, []])
        print('%-50s allocations %6d  runs %6d  failures %d' % (p.path, p.total, runs, len(fails)))
    for p in progs:
        fails = by_prog.get(p.path, [0, []])[1]
        for k, (spec, why, tail, prog) in enumerate(fails):
            if k < a.max_shown:
                print('FAIL %s SAFEPY_FAIL_ALLOC=%s: %s\n  %s\n%s' % (
                    p.path, spec, why, prog.repro(spec),
                    '\n'.join('    | ' + l for l in tail.splitlines()[-12:])))
            elif k == a.max_shown:
                print('FAIL %s: %d more at %s' % (p.path, len(fails) - k,
                      ' '.join(s for s, _, _, _ in fails[k:k + 40]) + (' ...' if len(fails) - k > 40 else '')))
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print('%d programs, %d allocation points, %.0fs (CPU of the runs: %.0fs)' % (
        len(progs), sum(p.total for p in progs), time.time() - start, ru.ru_utime + ru.ru_stime))
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
