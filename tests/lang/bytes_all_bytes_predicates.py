# every byte value through the is* predicates and case mappings
rows = {}
for c in range(256):
    b = bytes([c])
    key = (b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.istitle(), b.isupper(),
           b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.strip(), b.split())
    rows.setdefault(repr(key[:8]), []).append(c)
    if b.upper() != b or b.lower() != b:
        print(c, b.upper(), b.lower(), b.swapcase(), b.title())
for k in sorted(rows):
    v = rows[k]
    print(k, len(v), v[:3], v[-3:])
ba = bytearray(range(256))
print(ba.upper() == bytes(range(256)).upper(), ba.lower()[60:100])
print(bytes(range(256)).swapcase()[60:130])
print(bytes(range(256)).title()[60:130])
print(bytes(range(256)).split()[:3], len(bytes(range(256)).split()))
print(bytes(range(256)).strip()[:3], bytes(range(256)).strip()[-3:])
