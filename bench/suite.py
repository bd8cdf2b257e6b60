"""The benchmark table shared by run.py (timings) and check.py (the test
suite's checksum check).

Each entry: (name, script, tiny size).  The default size of a benchmark is
in its own script (DEFAULT, about 1 s on CPython 3.11); the tiny size is
for checks.  EXPECTED holds the checksum line each one prints at the
default size and at the tiny size, computed with /usr/bin/python3.11
(`python3.11 bench/run.py --expected` prints a fresh EXPECTED)."""

BENCHMARKS = [
    ("binary-trees", "binary_trees.py", "6"),
    ("chaos", "chaos.py", "2000"),
    ("closures", "closures.py", "2000"),
    ("crypto", "crypto.py", "20"),
    ("deltablue", "deltablue.py", "100"),
    ("dict-loops", "dict_loops.py", "2000"),
    ("fannkuch", "fannkuch.py", "6"),
    ("fasta", "fasta.py", "1000"),
    ("fib", "fib.py", "15"),
    ("float", "float.py", "1000"),
    ("gcbench", "gcbench.py", "8"),
    ("generators", "generators.py", "2000"),
    ("hexiom", "hexiom.py", "1"),
    ("json", "json_bench.py", "3"),
    ("mandelbrot", "mandelbrot.py", "30"),
    ("meteor-contest", "meteor_contest.py", "1"),
    ("method-calls", "method_calls.py", "2000"),
    ("nbody", "nbody.py", "1000"),
    ("nqueens", "nqueens.py", "6"),
    ("pidigits", "pidigits.py", "100"),
    ("raytrace", "raytrace.py", "12"),
    ("regex", "regex.py", "50"),
    ("richards", "richards.py", "1"),
    ("schulze", "schulze.py", "50"),
    ("spectral-norm", "spectral_norm.py", "20"),
    ("str-loops", "str_loops.py", "2000"),
    ("telco", "telco.py", "300"),
    ("unpack-sequence", "unpack_sequence.py", "2000"),
]

# name -> (checksum at the default size, checksum at the tiny size)
EXPECTED = {
}
