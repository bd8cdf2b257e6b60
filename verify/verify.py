#!/usr/bin/env python3.11
"""make verify: prove SafePy's trusted core (src/core/) with Frama-C.

For every unit below, WP with -wp-rte proves each function defined in the
unit's file (its run-time-error guards and its ACSL contract); functions
listed in verify/assumed.txt are not proved but their contracts are assumed
by their callers.  Then EVA runs each harness verify/eva_*.c (one -main per
scenario) and must end with 0 alarms and 0 unknown preconditions -- or, for
a harness with a `// wp:` line, 0 alarms and 0 invalid statuses, with
every annotation EVA leaves unknown one that WP proves: that harness
includes the unit it exercises and gives its own functions (hooks, main)
contracts, WP proves those functions and each of their calls, and the
included unit must have passed (see harness_wp).  The
result is written to verify/REPORT.md; the exit status is 1 if any goal is
unproved, any alarm remains, any function of src/core/ is in no unit, or
src/core/ exceeds 10% of the project's C lines.

    python3.11 verify/verify.py [--jobs N] [--timeout S] [--only UNIT...] [--changed]

--changed (CI): the whole proof takes longer than CI should, so CI runs
only the part that changed.  A full run records in REPORT.md, for each WP
unit and EVA harness it passed, a SHA-256 of everything the result
depends on (the unit's files, every header of src/core/, assumed.txt,
axioms.txt and this script); --changed re-runs the units whose digest
differs from the recorded one (or that have none) and lists the others as
unchanged.  Nothing is cached: an unchanged unit was proved, from the same
sources, by the full run whose report is committed; a changed one is
proved again from scratch.  REPORT.md is only written by a full run.
"""
import argparse, hashlib, json, os, re, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, 'src', 'core')
OUT = os.path.join(ROOT, 'build-verify')

# (unit name, file given to Frama-C, extra cpp defines, files whose function
# definitions the unit proves)
UNITS = [
    ('core.h', 'verify/core_h.c', [], ['src/core/core.h', 'src/core/objspan.h']),
    ('span.c', 'src/core/span.c', [], ['src/core/span.c']),
    ('utf8.c', 'src/core/utf8.c', [], ['src/core/utf8.c']),
    ('trap.c', 'src/core/trap.c', [], ['src/core/trap.c']),
    ('hardening.c', 'src/core/hardening.c', ['-DSP_HARDENED'], ['src/core/hardening.c']),
    ('objspan.c', 'src/core/objspan.c', [], ['src/core/objspan.c']),
    ('bigint.c', 'src/core/bigint.c', [], ['src/core/bigint.c']),
    ('siphash.c', 'src/core/siphash.c', [], ['src/core/siphash.c']),
    ('gc.c', 'src/core/gc.c', [], ['src/core/gc.c']),
]
# Files of src/core/ whose proof is not finished, and EVA harnesses not
# yet clean.  A full `make verify` runs them like the others and fails on
# them; with --allow-pending (CI, while these lists are not empty) they are
# not run, only listed (their state: verify/gc_status.md).  Issue #5 is
# open until both are empty.
PENDING = []
PENDING_HARNESSES = []

FRAMAC = ['frama-c', '-c11', '-machdep', 'gcc_x86_64',
          # -CC keeps comments in macro expansions: the contracts written
          # inside #define bodies (core.h's SP_DEFINE_SPAN) reach Frama-C.
          '-cpp-command', 'gcc -E -CC -I.', '-cpp-frama-c-compliant',
          '-cpp-extra-args=-DSP_BUILD_CORE', '-cpp-extra-args=-Isrc/core',
          # a kernel warning (unparsed annotation, missing prototype) fails
          '-kernel-warn-key', 'annot-error=abort',
          '-kernel-warn-key', 'typing:implicit-function-declaration=abort']


def function_defs(path):
    """Names of the functions defined in a C file (or generated there by
    core.h's span macros): a declarator at column 0 followed by a body."""
    text = open(os.path.join(ROOT, path)).read()
    names = []
    # a definition: "type name(args)" at column 0, then "{" on the next line
    for m in re.finditer(r'^(?![ \t#/*{}])[^\n;=]*\b(\w+)\(([^;{}()]*)\)\s*\n\{', text, re.M):
        names.append(m.group(1))
    # ...or all on one line: "type name(args) { body }"
    for m in re.finditer(r'^(?![ \t#/*{}])[^\n;=]*\b(\w+)\(([^;{}()\n]*)\) \{[^\n]*\}$', text, re.M):
        names.append(m.group(1))
    # span macro instances: NAME_get/_set/_at/_sub for each SP_DEFINE_SPAN(NAME, T)
    for m in re.finditer(r'^SP_DEFINE_SPAN\((\w+),', text, re.M):
        names += [m.group(1) + s for s in ('_get', '_set', '_at', '_sub')]
    for m in re.finditer(r'^SP_(BYTES_AS|TRAILING_AS)\((\w+),', text, re.M):
        pre = 'sp_bytes_as_' if m.group(1) == 'BYTES_AS' else 'sp_trailing_as_'
        names.append(pre + m.group(2))
    return [n for n in names if n != 'SP_DEFINE_SPAN']


def assumed():
    """verify/assumed.txt: 'FILE FUNCTION -- reason' lines."""
    out = {}
    for line in open(os.path.join(ROOT, 'verify', 'assumed.txt')):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        head, _, reason = line.partition(' -- ')
        f, fn = head.split()
        out[(f, fn)] = reason.strip()
    return out


GOAL_RE = re.compile(r'^\[wp\] \[([^\]]+)\] Goal (typed_\w+) : (\w+)(.*)$')
MS_RE = re.compile(r'\((?:Qed:)?([\d.]+)(ms|s)\)')


def goal_function(goal, funcs):
    g = goal[len('typed_'):]
    best = None
    for f in funcs:
        if g.startswith(f + '_') and (best is None or len(f) > len(best)):
            best = f
    return best


def run_wp(unit, args, funcs, skip):
    name, src, defines, _ = unit
    todo = [f for f in funcs if f not in skip]
    stats = {f: {'total': 0, 'valid': 0, 'provers': set(), 'ms': 0.0, 'failed': []} for f in todo}
    if not todo:   # every function of the unit is assumed
        return stats, 0.0, None
    rjson = os.path.join(OUT, name + '.json')
    cmd = FRAMAC + ['-cpp-extra-args=' + d for d in defines] + [
        src, '-wp', '-wp-rte', '-wp-prover', 'z3,cvc4',
        '-wp-timeout', str(args.timeout), '-wp-par', str(args.jobs),
        '-wp-fct', ','.join(todo), '-wp-report-json', rjson]
    t0 = time.time()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.time() - t0
    log = os.path.join(OUT, name + '.log')
    open(log, 'w').write(p.stdout + p.stderr)
    if p.returncode != 0 or not os.path.exists(rjson):
        return stats, wall, 'Frama-C failed (exit %d), see %s' % (p.returncode, log)
    rep = json.load(open(rjson))
    for fn, props in rep.get('wp:functions', {}).items():
        if fn not in stats:
            continue
        sec = props.get('wp:section', {})
        stats[fn]['total'] = sec.get('wp:main', {}).get('total', 0)
        stats[fn]['valid'] = sec.get('wp:main', {}).get('valid', 0)
        for prover, v in sec.items():
            if prover not in ('wp:main',) and v.get('valid', 0) > 0:
                stats[fn]['provers'].add('Qed' if prover == 'qed' else prover.replace(':', ' '))
    for line in p.stdout.splitlines():
        m = GOAL_RE.match(line)
        if not m:
            continue
        fn = goal_function(m.group(2), todo)
        if fn is None:
            continue
        for num, unit_ in MS_RE.findall(m.group(4)):
            stats[fn]['ms'] += float(num) * (1000 if unit_ == 's' else 1)
        if m.group(3) != 'Valid':
            stats[fn]['failed'].append(m.group(2))
    return stats, wall, None


def run_eva(harness, args):
    """One EVA run over a harness: (alarms, unknown preconditions, wall, error)."""
    text = open(os.path.join(ROOT, harness)).read()
    m = re.search(r'^// sources: (.*)$', text, re.M)
    srcs = m.group(1).split() if m else []
    m = re.search(r'^// options: (.*)$', text, re.M)
    opts = m.group(1).split() if m else []
    cmd = FRAMAC + [harness] + srcs + ['-eva', '-main', 'main', '-eva-no-show-progress'] + opts
    t0 = time.time()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.time() - t0
    name = os.path.basename(harness)
    open(os.path.join(OUT, name + '.log'), 'w').write(p.stdout + p.stderr)
    out = p.stdout
    alarms = re.search(r'(\d+) alarms? generated', out)
    pre = re.search(r'Preconditions\s+(\d+) valid\s+(\d+) unknown\s+(\d+) invalid', out)
    cov = re.search(r'(\d+) statements reached \(out of (\d+)\)', out)
    # every ACSL property EVA evaluated and could not decide (assertions,
    # loop invariants, pre- and postconditions), for the report
    kinds = {}
    for k, n in re.findall(r'^\s+(Assertions|Preconditions|Postconditions|Loop invariants)\s+\d+ valid\s+(\d+) unknown',
                           out, re.M):
        kinds[k] = int(n)
    open(os.path.join(OUT, name + '.unknown.json'), 'w').write(json.dumps(kinds))
    if p.returncode != 0 or alarms is None or pre is None or cov is None:
        return None, None, None, wall, 'Frama-C failed (exit %d)' % p.returncode
    if any(int(n) for n in re.findall(r'(\d+) invalid', out.split('ANALYSIS SUMMARY')[-1])):
        return (int(alarms.group(1)), int(pre.group(2)) + int(pre.group(3)), cov.group(0), wall,
                'a property is invalid')
    return int(alarms.group(1)), int(pre.group(2)) + int(pre.group(3)), \
        '%s / %s' % (cov.group(1), cov.group(2)), wall, None


def c_lines(paths):
    n = 0
    for p in paths:
        with open(p, errors='replace') as f:
            n += sum(1 for _ in f)
    return n


def core_share():
    core, total = [], []
    for d, _, files in os.walk(os.path.join(ROOT, 'src')):
        for f in files:
            if f.endswith(('.c', '.h')):
                p = os.path.join(d, f)
                total.append(p)
                if os.path.dirname(p) == CORE:
                    core.append(p)
    return c_lines(core), c_lines(total)


def digest(paths):
    """SHA-256 over the given files and everything a unit's result depends
    on besides them: src/core/'s headers, the assumptions, this script."""
    deps = sorted(set(paths) | {'src/core/' + f for f in os.listdir(CORE) if f.endswith('.h')}
                  | {'verify/assumed.txt', 'verify/axioms.txt', 'verify/verify.py'})
    h = hashlib.sha256()
    for d in deps:
        h.update(d.encode() + b'\0')
        h.update(open(os.path.join(ROOT, d), 'rb').read())
    return h.hexdigest()


def recorded_digests():
    """The digests REPORT.md recorded for the units its full run passed."""
    out = {}
    try:
        text = open(os.path.join(ROOT, 'verify', 'REPORT.md')).read()
    except OSError:
        return out
    for m in re.finditer(r'^- `([\w.]+)`: passed, sources `([0-9a-f]{64})`$', text, re.M):
        out[m.group(1)] = m.group(2)
    return out


def harness_line(h, key):
    m = re.search(r'^// %s: (.*)$' % key, open(os.path.join(ROOT, 'verify', h)).read(), re.M)
    return m.group(1).split() if m else []


def harness_sources(h):
    """The files a harness's result depends on: those given to Frama-C
    with it (`// sources:`) and those it #includes (`// includes:`)."""
    return harness_line(h, 'sources') + harness_line(h, 'includes')


def harness_wp(h, args):
    """WP over the harness's own functions (`// wp:`), which include the
    unit they exercise: their contracts (the ones that unit assumes of its
    clients) and every call they make.  (goals, valid, wall, error)"""
    fns = harness_line(h, 'wp')
    rjson = os.path.join(OUT, h + '.wp.json')
    cmd = FRAMAC + [os.path.join('verify', h)] + harness_line(h, 'sources') + [
        '-wp', '-wp-rte', '-wp-prover', 'z3,cvc4', '-wp-timeout', str(args.timeout),
        '-wp-par', str(args.jobs), '-wp-fct', ','.join(fns), '-wp-report-json', rjson]
    t0 = time.time()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.time() - t0
    open(os.path.join(OUT, h + '.wp.log'), 'w').write(p.stdout + p.stderr)
    if p.returncode != 0 or not os.path.exists(rjson):
        return 0, 0, wall, 'Frama-C WP failed (exit %d)' % p.returncode
    g = json.load(open(rjson)).get('wp:global', {}).get('wp:main', {})
    total, valid = g.get('total', 0), g.get('valid', 0)
    funcs = json.load(open(rjson)).get('wp:functions', {})
    missing = [f for f in fns if f not in funcs]
    if missing:
        return total, valid, wall, 'no goal for %s' % ' '.join(missing)
    return total, valid, wall, None if total and valid == total else '%d/%d goals' % (valid, total)


def tool_versions():
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return '?'
    return {'frama-c': first(['frama-c', '-version']), 'why3': first(['why3', '--version']),
            'z3': first(['z3', '--version']), 'cvc4': first(['cvc4', '--version'])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--timeout', type=int, default=20)
    ap.add_argument('--only', nargs='*')
    ap.add_argument('--allow-pending', action='store_true',
                    help='files not yet under proof do not fail the run (CI, until PENDING is empty)')
    ap.add_argument('--changed', action='store_true',
                    help='run only the units whose sources changed since the full run REPORT.md records (CI)')
    args = ap.parse_args()
    recorded = recorded_digests() if args.changed else {}
    digests = {}      # unit or harness -> digest, for the units that passed
    skipped = []
    os.makedirs(OUT, exist_ok=True)
    skip_all = assumed()
    ok = True
    rows, problems = [], []
    t_start = time.time()
    covered = set()
    pending_fns = []
    for unit in UNITS:
        name, _, _, files = unit
        funcs = [f for path in files for f in function_defs(path)]
        for path in files:
            covered.add(path)
        skip = {fn for (f, fn) in skip_all if f in files}
        for (f, fn) in skip_all:
            if f in files and fn not in funcs:
                problems.append('%s: assumed function %s is not defined there' % (f, fn))
        if args.only and name not in args.only:
            continue
        if args.allow_pending and any(f in PENDING for f in files):
            covered.difference_update(files)
            print('%-12s %d functions: pending, not run (--allow-pending)' % (name, len(funcs)), flush=True)
            continue
        dg = digest([unit[1]] + files)
        if args.changed and recorded.get(name) == dg:
            skipped.append(name)
            print('%-12s %d functions: unchanged since the full run REPORT.md records, not re-run'
                  % (name, len(funcs)), flush=True)
            continue
        n_problems = len(problems) + len(pending_fns)
        stats, wall, err = run_wp(unit, args, funcs, skip)
        print('%-12s %d functions, %.0f s%s' % (name, len(funcs), wall, '' if err is None else ': ' + err),
              flush=True)
        if err:
            problems.append('%s: %s' % (name, err))
        for fn in funcs:
            f = files[0] if len(files) == 1 else next(p for p in files if fn in function_defs(p))
            if fn in skip:
                rows.append((f, fn, 'assumed', '-', '-', skip_all[(f, fn)]))
                continue
            s = stats[fn]
            if s['total'] == 0 and err is None:
                problems.append('%s: no goal for %s (not analysed?)' % (name, fn))
            good = s['total'] > 0 and s['valid'] == s['total']
            if not good:
                msg = '%s: %s: %d/%d goals %s' % (name, fn, s['valid'], s['total'],
                                                 ' '.join(s['failed'][:5]))
                (pending_fns if f in PENDING else problems).append(msg)
            rows.append((f, fn, 'proved' if good else 'NOT PROVED',
                         '%d / %d' % (s['valid'], s['total']), '%.2f s' % (s['ms'] / 1000),
                         ', '.join(sorted(s['provers']))))
        if len(problems) + len(pending_fns) == n_problems:
            digests[name] = dg
    core_files = sorted('src/core/' + f for f in os.listdir(CORE) if f.endswith('.c') or f.endswith('.h'))
    for f in core_files:
        if f not in covered and f not in PENDING and not (f.endswith('.h') and not function_defs(f)):
            problems.append('%s is in no verification unit' % f)
    pending = ['%s: proof not finished' % f for f in PENDING if f not in covered] + pending_fns
    # EVA
    eva_rows = []
    harnesses = sorted(h for h in os.listdir(os.path.join(ROOT, 'verify')) if re.match(r'eva_\w+\.c$', h))
    for h in harnesses:
        if args.only and h not in args.only:
            continue
        srcs = harness_sources(h)
        dg = digest(['verify/' + h] + srcs)
        if args.changed and recorded.get(h) == dg:
            skipped.append(h)
            print('%-12s EVA: unchanged since the full run REPORT.md records, not re-run' % h, flush=True)
            continue
        if args.allow_pending and (h in PENDING_HARNESSES or any(f in PENDING for f in srcs)):
            print('%-12s EVA: pending, not run (--allow-pending)' % h, flush=True)
            pending.append('%s: EVA harness not yet clean, not run' % h)
            continue
        alarms, unknown, cov, wall, err = run_eva(os.path.join('verify', h), args)
        print('%-12s EVA %s alarms, %s unknown preconditions, %.0f s%s' %
              (h, alarms, unknown, wall, '' if err is None else ': ' + err), flush=True)
        note = ''
        if harness_line(h, 'wp') and not err:
            # Unknown statuses are WP's to discharge: the included units
            # must have passed (here or in the recorded full run) and the
            # harness's own functions are proved now.
            units = [u[0] for u in UNITS if any(f in harness_line(h, 'includes') for f in u[3])]
            for u in units:
                if u not in digests and not (args.changed and u in skipped):
                    err = 'unit %s, whose annotations EVA leaves to WP, did not pass' % u
            total, valid, wwall, werr = harness_wp(h, args)
            wall += wwall
            print('%-12s WP of the harness: %d/%d goals, %.0f s%s' %
                  (h, valid, total, wwall, '' if werr is None else ': ' + werr), flush=True)
            err = err or (werr and 'WP of the harness: ' + werr)
            kinds = json.load(open(os.path.join(OUT, h + '.unknown.json')))
            note = ('unknown to EVA, proved by WP (%s, and the harness: %d goals): %s' %
                    (', '.join(units), total,
                     ', '.join('%d %s' % (n, k.lower()) for k, n in sorted(kinds.items()) if n)))
            unknown = 0
        if err or alarms or unknown:
            problems.append('%s: EVA %s' % (h, err or '%d alarms, %d unknown preconditions' % (alarms, unknown)))
        eva_rows.append((h, alarms, unknown, cov, wall, note))
        if not (err or alarms or unknown):
            digests[h] = dg
    core_n, total_n = core_share()
    share = 100.0 * core_n / total_n
    if share >= 10.0:
        problems.append('src/core/ is %.1f%% of the C lines (limit 10%%)' % share)
    if args.changed:
        print('--changed: %d units unchanged (not re-run): %s' % (len(skipped), ' '.join(skipped) or '-'))
    else:
        write_report(rows, eva_rows, problems + pending, core_n, total_n, time.time() - t_start, args,
                     digests)
    for p in problems + pending:
        print('problem:', p)
    proved = sum(1 for r in rows if r[2] == 'proved')
    print('%d functions proved, %d assumed, %d not proved; %d problems, %d pending' %
          (proved, sum(1 for r in rows if r[2] == 'assumed'), sum(1 for r in rows if r[2] == 'NOT PROVED'),
           len(problems), len(pending)))
    # the closing line tools/test.sh counts: one test per function proved
    # or assumed and per clean EVA harness; each problem is a failure
    passed = sum(1 for r in rows if r[2] != 'NOT PROVED') + sum(1 for e in eva_rows if e[0] in digests)
    failed = len(problems) + (0 if args.allow_pending else len(pending))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def write_report(rows, eva_rows, problems, core_n, total_n, wall, args, digests):
    v = tool_versions()
    L = ['# Verification report (generated by `make verify`; do not edit)', '',
         'Tools: %s; Why3 %s; %s; %s.  WP with `-wp-rte`, provers z3 and cvc4, '
         '%d s per goal.' % (v['frama-c'], v['why3'].split()[-1], v['z3'], v['cvc4'].split('\n')[0],
                             args.timeout), '',
         'Trusted core: %d of %d C lines in src/ (%.1f%%; the limit is 10%%).' %
         (core_n, total_n, 100.0 * core_n / total_n), '',
         'Total time %.0f s.' % wall, '']
    if args.only:
        L += ['**Partial run** (--only %s): not a full report.' % ' '.join(args.only), '']
    L += ['## Problems', '']
    L += ['- ' + p for p in problems] or ['None: every goal proved, no alarm.']
    L += ['', '## Functions (WP)', '',
          '"assumed": not proved, its contract is assumed by its callers (the reason is given; '
          'see docs/safety.md).  Time is the sum of the goals\' prover times.', '',
          '| file | function | status | goals | time | provers / reason |', '|---|---|---|---|---|---|']
    for r in rows:
        L.append('| %s | `%s` | %s | %s | %s | %s |' % r)
    L += ['', '## EVA harnesses', '',
          'Each harness calls the entry points of one file with every size up to a bound and '
          'arbitrary contents (its header comment states the bounds).  Statements: reached / total '
          'in the analysed functions.', '',
          '| harness | alarms | unknown or invalid preconditions | statements | time |', '|---|---|---|---|---|']
    for h, a, u, c, w, note in eva_rows:
        L.append('| %s | %s | %s | %s | %.0f s |' % (h, a, u if not note else '0 (%s)' % note, c, w))
    L += ['', '## Sources of this run', '',
          'For each unit and harness this run passed, a SHA-256 of its files, src/core/\'s headers, '
          'assumed.txt, axioms.txt and verify.py.  `make verify VERIFY_FLAGS=--changed` (CI) '
          're-runs the units whose digest no longer matches.', '']
    L += ['- `%s`: passed, sources `%s`' % (u, d) for u, d in sorted(digests.items())]
    open(os.path.join(ROOT, 'verify', 'REPORT.md'), 'w').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    sys.exit(main())
