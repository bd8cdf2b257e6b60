"""binascii for SafePy: base64, hex and CRC-32 conversions between binary
data and ASCII, in Python.  A stand-in until a C module exists (a C
module listed in modules.def takes precedence); the quoted-printable, uu
and hqx functions are not here yet (docs/differences.md)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c
_HEX = b"0123456789abcdef"


def _ascii_data(data):
    """The bytes of an a2b_* argument: a bytes-like object or an ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _bytes_data(data):
    """The bytes of a b2a_* argument: a bytes-like object."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_data(data)
    strict = bool(strict_mode)
    out = bytearray()
    quad_pos = 0
    pads = 0
    left = 0
    ndata = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if strict and i == 0:
                raise Error("Leading padding not allowed")
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict and i + 1 < n:
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = _B64_VALUE[c]
        if v < 0:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        ndata += 1
        if quad_pos == 0:
            left = v
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            out.append(((left << 6) | v) & 0xFF)
        quad_pos = (quad_pos + 1) & 3
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % ndata)
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    data = _bytes_data(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        w = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[w >> 18], _B64[(w >> 12) & 63], _B64[(w >> 6) & 63], _B64[w & 63]))
        i += 3
    rest = n - i
    if rest == 1:
        w = data[i] << 16
        out += bytes((_B64[w >> 18], _B64[(w >> 12) & 63])) + b"=="
    elif rest == 2:
        w = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((_B64[w >> 18], _B64[(w >> 12) & 63], _B64[(w >> 6) & 63])) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def _sep_byte(sep):
    if isinstance(sep, str):
        try:
            sep = sep.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("sep must be ASCII.") from None
    sep = bytes(sep)
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    return sep


def _hex(data, sep, bytes_per_sep):
    data = _bytes_data(data)
    out = bytearray()
    for c in data:
        out.append(_HEX[c >> 4])
        out.append(_HEX[c & 15])
    if sep is None or len(data) == 0:
        return bytes(out)
    s = _sep_byte(sep)
    group = abs(bytes_per_sep)
    if group == 0 or group >= len(data):
        return bytes(out)
    pairs = [bytes(out[2 * k:2 * k + 2]) for k in range(len(data))]
    if bytes_per_sep > 0:
        # Groups counted from the right.
        first = len(pairs) % group
        chunks = ([b"".join(pairs[:first])] if first else []) + [
            b"".join(pairs[k:k + group]) for k in range(first, len(pairs), group)]
    else:
        chunks = [b"".join(pairs[k:k + group]) for k in range(0, len(pairs), group)]
    return s.join(chunks)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return _hex(data, sep, bytes_per_sep)


def hexlify(data, sep=None, bytes_per_sep=1):
    return _hex(data, sep, bytes_per_sep)


def _unhex(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for k in range(0, len(data), 2):
        hi = _HEX_VALUE[data[k]]
        lo = _HEX_VALUE[data[k + 1]]
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append((hi << 4) | lo)
    return bytes(out)


def a2b_hex(hexstr, /):
    return _unhex(hexstr)


def unhexlify(hexstr, /):
    return _unhex(hexstr)

_HEX_VALUE = [-1] * 256
for _i, _c in enumerate(b"0123456789abcdef"):
    _HEX_VALUE[_c] = _i
for _i, _c in enumerate(b"ABCDEF"):
    _HEX_VALUE[_c] = _i + 10
del _i, _c


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0, /):
    data = _bytes_data(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
