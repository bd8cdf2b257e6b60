# The README's demo program (examples/demo.py), run as __main__.
path = __file__.rsplit("/", 3)[0] + "/examples/demo.py"
with open(path) as f:
    source = f.read()
exec(compile(source, path, "exec"), {"__name__": "__main__"})
