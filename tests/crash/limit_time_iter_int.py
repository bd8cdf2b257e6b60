# safepy-options: --max-time 0.3
# Attack: endless C-level iteration over a callable iterator:
# any(iter(int, 1)) calls int() forever inside any().  Must: the
# iteration polls (sp_next), ResourceLimitError after ~0.3 s.
try:
    any(iter(int, 1))
except BaseException as e:
    print(type(e).__name__, e)
