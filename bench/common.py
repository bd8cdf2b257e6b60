"""Helpers shared by run.py and check.py: running one benchmark in a fresh
process and measuring it."""
import os
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Result:
    def __init__(self, ok, output, error, wall, cpu, maxrss_kb):
        self.ok = ok              # exit status 0 (the checksum is checked by the caller)
        self.output = output      # stdout, stripped
        self.error = error        # a one-line reason when not ok
        self.wall = wall          # seconds, wall clock
        self.cpu = cpu            # seconds, user + system of the child
        self.maxrss_kb = maxrss_kb


def first_error_line(stderr, status):
    """The line that says what went wrong: an exception's closing line, or
    the last line of the output, or the exit status."""
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    if lines:
        return lines[-1][:160]
    return "exit status %d" % status


TIME = "/usr/bin/time"


def run_once(argv, timeout, rss=False):
    """Run argv with stdout/stderr to temporary files.  wait4 gives the
    child's CPU time (RUSAGE_CHILDREN would mix all children).  Its
    ru_maxrss can't be used for the peak RSS: Linux carries the forking
    process's high-water mark (this driver's, ~14 MB) into the child across
    exec.  So with rss=True the command runs under GNU time, whose own small
    RSS is the floor, and %M is read back (time's few hundred microseconds
    count in the CPU time; the start-up runs don't use it)."""
    rss_file = None
    if rss and os.path.exists(TIME):
        fd, rss_file = tempfile.mkstemp()
        os.close(fd)
        argv = [TIME, "-q", "-f", "%M", "-o", rss_file] + list(argv)
    try:
        return _run(argv, timeout, rss_file)
    finally:
        if rss_file:
            os.unlink(rss_file)


def _run(argv, timeout, rss_file):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as e:
            return Result(False, "", "cannot start: %s" % e, 0.0, 0.0, 0)
        timed_out = []

        def kill():
            timed_out.append(True)
            proc.kill()
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace").strip()
        stderr = err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    maxrss = usage.ru_maxrss
    if rss_file:
        with open(rss_file) as f:
            text = f.read().split()
        maxrss = int(text[-1]) if text and text[-1].isdigit() else 0
    if timed_out:
        return Result(False, stdout, "timeout after %d s" % timeout, wall, cpu, maxrss)
    if proc.returncode != 0:
        return Result(False, stdout, first_error_line(stderr, proc.returncode), wall, cpu, maxrss)
    return Result(True, stdout, "", wall, cpu, maxrss)


def load_known_failures(path=os.path.join(HERE, "known-fail.txt")):
    known = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(":")
                known[name.strip()] = reason.strip()
    return known
