# chr and ord: ranges and errors
def e(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as ex:
        print(s, "->", type(ex).__name__, ex)
def run(cases):
    for c in cases.strip().split("\n"):
        e(c.strip())

class I:
    def __index__(self):
        return 65
run("""
chr()
chr('a')
chr(-1)
chr(0x110000)
chr(1.5)
chr(i=65)
chr(1, 2)
chr(I())
chr(0x10FFFF)
chr(0)
chr(2**63)
chr(-2**63)
chr(True)
ord()
ord(1)
ord('ab')
ord('')
ord(b'ab')
ord(b'')
ord(c='a')
ord(1, 2)
ord('\\U0001F600')
ord(b'\\xff')
ord(bytearray(b'z'))
ord(bytearray())
ord(None)
ord(['a'])
""")
