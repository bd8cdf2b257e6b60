# Attack: an exception raised inside an except* block (found by fuzz_gen).
# The compiler's handler path appended the new exception to the wrong stack
# slot (the original group instead of the list of raised exceptions): a
# safety trap "bad downcast to sp_list_obj".  Must: the raised exception
# reaches the outer handler, wrapped in a new group as CPython 3.11.2 does
# (NAME.out); more cases are in tests/lang/exc_group_star_raise_in_handler.py.
def show(e):
    print(type(e).__name__, e)
    for sub in getattr(e, "exceptions", ()):
        print("  ", type(sub).__name__, sub)

try:
    try:
        raise ExceptionGroup("g", [TypeError(2)])
    except* TypeError:
        1 / 0
except Exception as e:
    show(e)
    print(type(e.__context__).__name__)
