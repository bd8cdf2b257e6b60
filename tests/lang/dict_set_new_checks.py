for a in [(int,), (5,), (), (list,)]:
  for T in (dict, set, frozenset):
    try: T.__new__(*a)
    except Exception as e: print(type(e).__name__, e)
