# Text output of lone surrogates: stdout's handler (surrogateescape) turns
# \udc80-\udcff back into bytes and refuses other surrogates; stderr uses
# backslashreplace; BytesIO takes any bytes-like object.
import io, sys
f = io.BytesIO()
print(f.write(memoryview(b'xy')), f.write(bytearray(b'z')), f.getvalue())
print(sys.stdout.errors, sys.stderr.errors)
print("x\ud7ff\ue000y")
print("escaped: \udce9\udcff")
for s in ["a\ud800b", "\udbff\udfff", "ok\udc7f"]:
    try:
        print(s)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
sys.stderr.write("x\ud800y\n")
t = io.StringIO()
t.write("a\ud800")
print(ascii(t.getvalue()))
print("end")
