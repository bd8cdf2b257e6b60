# Small pure-Python stdlib modules, imported and used: bisect (with its
# _bisect fallback), keyword and colorsys.  Also the allocation-failure
# injection's import program (tools/allocfail.list).
import bisect
import keyword
import colorsys

xs = [1, 3, 5, 7]
bisect.insort(xs, 4)
print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5))
print(bisect.bisect(xs, 0), bisect.bisect(xs, 9, lo=2))
print(keyword.iskeyword("lambda"), keyword.iskeyword("x"), len(keyword.kwlist) > 30)
print(keyword.issoftkeyword("match"))
r, g, b = colorsys.hsv_to_rgb(0.5, 0.5, 0.5)
print(round(r, 3), round(g, 3), round(b, 3))
print([round(c, 3) for c in colorsys.rgb_to_hls(0.2, 0.4, 0.6)])
print(sorted(m.__name__ for m in (bisect, keyword, colorsys)))
