#!/usr/bin/python3.11
"""`make bench`: time every benchmark on SafePy, CPython 3.11 and PyPy.

Round-robin (each round runs each benchmark on each interpreter in turn, so
a change in the machine's load hits all three alike), several rounds; the
time of a run is the child's CPU time (user + system, from wait4), which a
shared machine disturbs less than wall-clock time (both are in the CSV).
Prints a Markdown table of the medians and the speed-up over CPython
(cpython_time / other_time) with its geometric mean, the start-up time
(empty script) and the peak RSS of print("hi"); writes
bench/results/results.csv, table.md and chart.png (gnuplot).

A run that exits with an error, prints the wrong checksum or times out
marks that benchmark as failing on that interpreter ("fails: <error>"); it
is left out of that interpreter's geometric mean, and not run again.

    /usr/bin/python3.11 bench/run.py [--rounds 3] [--safepy ./safepy] [names...]
    /usr/bin/python3.11 bench/run.py --expected   # print a new suite.EXPECTED
"""
import argparse
import csv
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE, run_once  # noqa: E402
from suite import BENCHMARKS, EXPECTED  # noqa: E402

ROOT = os.path.dirname(HERE)
CPYTHON = "/usr/bin/python3.11"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def install_deps():
    """tools/deps.sh apt-gets what is missing (as root) or says what to run."""
    r = subprocess.run(["sh", os.path.join(ROOT, "tools", "deps.sh"), "python3.11", "pypy3", "gnuplot-nox", "time"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        log("bench: could not install every package (continuing without what is missing):")
        log(r.stdout.rstrip())


def print_expected():
    print("EXPECTED = {")
    for name, script, tiny in BENCHMARKS:
        sums = []
        for size in ([], [tiny]):
            r = run_once([CPYTHON, os.path.join(HERE, script)] + size, 600)
            if not r.ok:
                sys.exit("%s fails on CPython: %s" % (name, r.error))
            sums.append(r.output.splitlines()[-1])
        print("    %r: (%r,\n        %r)," % (name, sums[0], sums[1]))
    print("}")


def fmt_time(t):
    return "%.3f" % t if t < 10 else "%.1f" % t


def fmt_ratio(x):
    return "%.2fx" % x if x < 10 else "%.1fx" % x


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def main():
    ap = argparse.ArgumentParser(description="SafePy's benchmark suite")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--safepy", default=os.path.join(ROOT, "safepy"))
    ap.add_argument("--timeout", type=int, default=600, help="seconds per run")
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--out", default=os.path.join(HERE, "results"))
    ap.add_argument("--expected", action="store_true", help="print suite.EXPECTED from CPython 3.11")
    ap.add_argument("names", nargs="*", help="only these benchmarks")
    args = ap.parse_args()
    if args.expected:
        print_expected()
        return 0

    install_deps()
    interps = [("CPython", CPYTHON), ("SafePy", os.path.abspath(args.safepy))]
    pypy = "/usr/bin/pypy3" if os.path.exists("/usr/bin/pypy3") else shutil.which("pypy3")
    notes = []
    if pypy:
        interps.append(("PyPy", pypy))
    else:
        notes.append("PyPy: not installed and could not be installed; its column is left out.")
    for label, path in interps:
        if not os.path.exists(path):
            sys.exit("bench: %s not found at %s" % (label, path))
    unknown = set(args.names) - {n for n, _, _ in BENCHMARKS}
    if unknown:
        sys.exit("bench: no such benchmark: %s" % ", ".join(sorted(unknown)))
    chosen = [b for b in BENCHMARKS if not args.names or b[0] in args.names]

    times = {}    # (bench, interp) -> list of (cpu, wall)
    rss = {}      # (bench, interp) -> max peak RSS over the runs, KB
    failed = {}   # (bench, interp) -> reason
    for rnd in range(args.rounds):
        for name, script, _ in chosen:
            for label, path in interps:
                key = (name, label)
                if key in failed:
                    continue
                r = run_once([path, os.path.join(HERE, script)], args.timeout, rss=True)
                got = r.output.splitlines()[-1] if r.output else ""
                if not r.ok:
                    failed[key] = r.error
                elif got != EXPECTED[name][0]:
                    failed[key] = "wrong checksum: %s" % got[:80]
                else:
                    times.setdefault(key, []).append((r.cpu, r.wall))
                    rss[key] = max(rss.get(key, 0), r.maxrss_kb)
                log("round %d/%d %-16s %-8s %s" % (rnd + 1, args.rounds, name, label,
                    "fails: " + failed[key] if key in failed else "%.3f s cpu, %.3f s wall" % (r.cpu, r.wall)))

    # start-up (an empty script) and the peak RSS of print("hi"), fresh processes
    tmp = tempfile.mkdtemp()
    empty = os.path.join(tmp, "empty.py")
    hello = os.path.join(tmp, "hello.py")
    open(empty, "w").close()
    with open(hello, "w") as f:
        f.write('print("hi")\n')
    startup = {}
    hello_rss = {}
    for _ in range(args.startup_runs):
        for label, path in interps:
            r = run_once([path, empty], 60)
            startup.setdefault(label, []).append((r.cpu, r.wall))
    for _ in range(5):
        for label, path in interps:
            r = run_once([path, hello], 60, rss=True)
            hello_rss.setdefault(label, []).append(r.maxrss_kb)
    shutil.rmtree(tmp)

    labels = [l for l, _ in interps]
    others = [l for l in labels if l != "CPython"]

    def median(key, which=0):
        return statistics.median(t[which] for t in times[key])

    # the table
    head = ["benchmark"] + ["%s (s)" % l for l in labels] + ["%s speed-up" % l for l in others]
    rows = []
    ratios = {l: [] for l in others}
    csv_rows = []
    for name, _, _ in chosen:
        row = [name]
        base = median((name, "CPython")) if (name, "CPython") in times else None
        for l in labels:
            key = (name, l)
            if key in failed:
                row.append("fails: " + failed[key])
                csv_rows.append([name, l, "fails", "", "", 0, "", "", failed[key]])
            else:
                t = median(key)
                row.append(fmt_time(t))
                sp = base / t if base is not None and l != "CPython" else None
                csv_rows.append([name, l, "ok", "%.4f" % t, "%.4f" % median(key, 1), len(times[key]),
                                 "%.4f" % sp if sp else "", rss[key], ""])
        for l in others:
            key = (name, l)
            if base is None or key in failed:
                row.append("-")
            else:
                x = base / median(key)
                ratios[l].append(x)
                row.append(fmt_ratio(x))
        rows.append(row)
    gm_row = ["**geometric mean**"] + [""] * len(labels)
    for l in others:
        g = geomean(ratios[l])
        gm_row.append("**%s**" % fmt_ratio(g) if g else "-")
    rows.append(gm_row)

    lines = ["| " + " | ".join(head) + " |",
             "|" + "---|" + "---:|" * (len(head) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    for l in others:
        n_fail = sum(1 for name, _, _ in chosen if (name, l) in failed)
        lines.append("")
        lines.append("%s: geometric mean over %d benchmarks%s." % (
            l, len(ratios[l]), " (%d failing on %s left out)" % (n_fail, l) if n_fail else ""))
    lines.append("")
    lines.append("| interpreter | start-up, empty script (ms, median of %d) | peak RSS of `print(\"hi\")` (MB) |" % args.startup_runs)
    lines.append("|---|---:|---:|")
    for l in labels:
        cpu = statistics.median(c for c, _ in startup[l]) * 1000
        wall = statistics.median(w for _, w in startup[l]) * 1000
        mb = statistics.median(hello_rss[l]) / 1024
        lines.append("| %s | %.1f cpu, %.1f wall | %.1f |" % (l, cpu, wall, mb))
        csv_rows.append(["(startup)", l, "ok", "%.4f" % (cpu / 1000), "%.4f" % (wall / 1000),
                         args.startup_runs, "", "", ""])
        csv_rows.append(["(print hi)", l, "ok", "", "", 5, "", statistics.median(hello_rss[l]), ""])
    lines.append("")
    lines.append("Times are CPU seconds (user + system) of the whole process, start-up included; "
                 "median of %d round%s; speed-up = CPython time / other time." % (
                     args.rounds, "" if args.rounds == 1 else "s"))
    lines.append("Machine: %d CPUs, %s; %s." % (os.cpu_count(), cpu_model(), platform.platform()))
    if not os.path.exists("/usr/bin/time"):
        notes.append("GNU time missing: the peak RSS figures include the driver's own RSS.")
    lines += notes
    table = "\n".join(lines)
    print(table)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "table.md"), "w") as f:
        f.write(table + "\n")
    with open(os.path.join(args.out, "results.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["benchmark", "interpreter", "status", "median_cpu_s", "median_wall_s", "runs",
                    "speedup_over_cpython", "peak_rss_kb", "error"])
        w.writerows(csv_rows)
    chart(args.out, chosen, others, times, failed, median)
    return 0


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def chart(out, chosen, others, times, failed, median):
    """A clustered bar chart of the speed-ups, log scale, with gnuplot."""
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        log("bench: gnuplot is not installed and could not be installed; no chart drawn")
        return
    dat = os.path.join(out, "chart.dat")
    values = []
    with open(dat, "w") as f:
        f.write("# benchmark " + " ".join(others) + "  (speed-up over CPython; NaN = fails)\n")
        for name, _, _ in chosen:
            cols = []
            for l in others:
                if (name, "CPython") in times and (name, l) in times:
                    x = median((name, "CPython")) / median((name, l))
                    values.append(x)
                    cols.append("%.4f" % x)
                else:
                    cols.append("NaN")
            f.write("%s %s\n" % (name, " ".join(cols)))
    if not values:
        return
    lo = 10 ** math.floor(math.log10(min(values)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    if hi <= 1:
        hi = 10
    plots = ["'chart.dat' using %d:xtic(1) title '%s'" % (i + 2, l) for i, l in enumerate(others)]
    script = "\n".join([
        "set terminal pngcairo size 1400,600 font 'sans,10'",
        "set output 'chart.png'",
        "set title 'Speed-up over CPython 3.11, log scale (higher is faster; no bar = the benchmark fails)'",
        "set style data histogram",
        "set style histogram clustered gap 1",
        "set style fill solid 0.85 border -1",
        "set logscale y",
        "set yrange [%g:%g]" % (lo, hi),
        "set ylabel 'CPython time / time'",
        "set xtics rotate by -40 scale 0 nomirror",
        "set bmargin 8",
        "set rmargin 10",   # room for the last rotated label
        "set grid ytics",
        "set key top left",
        "plot " + ", ".join(plots) + ", 1 with lines lc rgb 'black' dt 2 title 'CPython = 1'",
    ])
    with open(os.path.join(out, "chart.gp"), "w") as f:
        f.write(script + "\n")
    r = subprocess.run([gnuplot, "chart.gp"], cwd=out, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        log("bench: gnuplot failed: " + r.stderr.strip())
    else:
        log("bench: wrote %s" % os.path.join(out, "chart.png"))


if __name__ == "__main__":
    sys.exit(main())
