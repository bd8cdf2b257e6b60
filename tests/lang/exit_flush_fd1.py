# A file object on fd 1 other than sys.stdout, written and never closed:
# its buffer is written at exit (SafePy: by its finalizer when the VM is
# freed; session 18 measured a release build that skipped that and lost
# the line).
f = open(1, "w", closefd=False)
f.write("written through a second file object on fd 1, never closed\n")
