"""Ratio tables for tools/hardened_bench/run.sh.

  table.py counts build-hb/counts.txt     lines "PROGRAM VARIANT INSTRUCTIONS"
  table.py time build-hb/time-*.json      hyperfine exports

Each cell is variant / plain for one program; the last row is the
geometric mean over the programs.  Markdown, ready for docs/safety.md.
"""
import json
import math
import os
import sys


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def table(data, variants, base, fmt):
    progs = list(data)
    print('| program | ' + ' | '.join(variants) + ' |')
    print('|---|' + '---:|' * len(variants))
    ratios = {v: [] for v in variants}
    for p in progs:
        cells = []
        for v in variants:
            if v not in data[p]:
                cells.append('-')
                continue
            r = data[p][v] / data[p][base]
            ratios[v].append(r)
            cells.append(fmt(data[p][v], r))
        print(f'| {p} | ' + ' | '.join(cells) + ' |')
    print('| **geomean** | ' + ' | '.join(f'**{geomean(ratios[v]):.3f}**' if len(ratios[v]) == len(progs) else '-'
                                         for v in variants) + ' |')


def counts(path):
    data, variants = {}, []
    for line in open(path):
        if len(line.split()) != 3:
            continue   # a count still running or failed
        p, v, n = line.split()
        data.setdefault(p, {})[v] = int(n)
        if v not in variants:
            variants.append(v)
    print('Instructions executed (cachegrind), ratio to plain:\n')
    table(data, variants, 'plain', lambda n, r: f'{r:.3f}')
    print('\nAbsolute counts (millions): ' + ', '.join(
        f'{p} {data[p]["plain"] / 1e6:.0f}' for p in data))


def times(paths):
    data, variants = {}, []
    for path in paths:
        p = os.path.basename(path)[len('time-'):-len('.json')]
        for r in json.load(open(path))['results']:
            # the median of the runs: robust against the other jobs of a
            # shared machine
            data.setdefault(p, {})[r['command']] = r['median']
            if r['command'] not in variants:
                variants.append(r['command'])
    print('Wall time (hyperfine, median of 10 runs), ratio to plain:\n')
    table(data, variants, 'plain', lambda t, r: f'{r:.3f} ({t * 1000:.0f} ms)')


if __name__ == '__main__':
    if sys.argv[1] == 'counts':
        counts(sys.argv[2])
    else:
        times(sys.argv[2:])
