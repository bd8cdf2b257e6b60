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


def run_once(argv, timeout):
    """Run argv with stdout/stderr to temporary files; wait4 gives the child's
    own CPU time and peak RSS (RUSAGE_CHILDREN would mix all children)."""
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
    if timed_out:
        return Result(False, stdout, "timeout after %d s" % timeout, wall, cpu, usage.ru_maxrss)
    if proc.returncode != 0:
        return Result(False, stdout, first_error_line(stderr, proc.returncode), wall, cpu, usage.ru_maxrss)
    return Result(True, stdout, "", wall, cpu, usage.ru_maxrss)


def load_known_failures(path=os.path.join(HERE, "known-fail.txt")):
    known = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(":")
                known[name.strip()] = reason.strip()
    return known
