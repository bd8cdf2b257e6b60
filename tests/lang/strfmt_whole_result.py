# results of %, format and str() whose whole output is one str object keep its type; bad __str__/__repr__ results
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class BS:
    def __str__(self): return 1
class BR:
    def __repr__(self): return None
class SS(str): pass
class RS:
    def __str__(self): return SS("sub")
    def __repr__(self): return SS("rsub")
    def __format__(self, spec): return SS("fsub")
t(lambda: "%s" % BS())
t(lambda: "%r" % BR())
t(lambda: "%a" % BR())
t(lambda: "{}".format(BS()))
t(lambda: "{!s}".format(BS()))
t(lambda: "{!r}".format(BR()))
t(lambda: "{!a}".format(BR()))
t(lambda: str(BS()))
t(lambda: repr(BR()))
t(lambda: ascii(BR()))
t(lambda: f"{BS()!s}")
t(lambda: type("%s" % RS()).__name__)
t(lambda: type("%r" % RS()).__name__)
t(lambda: type("{}".format(RS())).__name__)
t(lambda: type("{!s}".format(RS())).__name__)
t(lambda: type(format(RS())).__name__)
t(lambda: type(str(RS())).__name__)
t(lambda: type(repr(RS())).__name__)
t(lambda: type(f"{RS()}").__name__)
t(lambda: type(f"{RS()!r}").__name__)
t(lambda: "%s%s" % (RS(), RS()))
t(lambda: "%5s|%-5r|%.2s" % (RS(), RS(), RS()))
t(lambda: "{:>6}".format(SS("ab")))
t(lambda: type("".join([SS("x")])).__name__)
t(lambda: type("%s" % SS("x")).__name__)
t(lambda: type("%s" % (SS("x"),)).__name__)
t(lambda: type(SS("x") + "").__name__)
t(lambda: type("" + SS("x")).__name__)
