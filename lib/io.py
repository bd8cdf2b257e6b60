"""SafePy's io module.

The file objects that talk to the operating system come from the C module
_io (open, TextIOWrapper, the Buffered* classes).  The in-memory streams
StringIO and BytesIO are written here in Python.
"""

from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, open_code,
                 TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 FileIO, text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase:
    """The base of the in-memory streams (iteration, context manager)."""

    __module__ = "_io"
    _closed = False
    _closed_msg = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryStream(IOBase):
    """Shared logic of StringIO and BytesIO over a list of chunks, joined
    lazily: sequential writes stay linear."""

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    def getvalue(self):
        self._check_closed()
        return self._value()

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        v = self._value()
        if size is None or size < 0:
            size = len(v)
        start = min(self._pos, len(v))
        end = min(start + size, len(v))
        self._pos = end
        return v[start:end]

    def readline(self, size=-1):
        self._check_closed()
        v = self._value()
        start = min(self._pos, len(v))
        nl = v.find(self._newline, start)
        end = len(v) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return v[start:end]

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        v_len = self._length()
        if self._pos == v_len:
            self._chunks.append(s)
            self._len_cache = v_len + n
        else:
            v = self._value()
            if self._pos > len(v):
                v = v + self._pad * (self._pos - len(v))
            v = v[:self._pos] + s + v[self._pos + n:]
            self._chunks = [v]
            self._len_cache = len(v)
        self._pos += n
        return n

    def _length(self):
        if self._len_cache is None:
            self._len_cache = len(self._value())
        return self._len_cache

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        v = self._value()[:size]
        self._chunks = [v]
        self._len_cache = len(v)
        return size


class StringIO(_MemoryStream, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ""
    _pad = "\0"
    _closed_msg = "I/O operation on closed file"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._translate = newline is None
        self._out_newline = newline if newline not in (None, "") else None
        if self._translate:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        self._chunks = [initial_value] if initial_value else []
        self._len_cache = len(initial_value)
        self._pos = 0

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if self._translate:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._out_newline is not None and self._out_newline != "\n":
            s = s.replace("\n", self._out_newline)
        _MemoryStream.write(self, s)
        return n

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryStream, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=None):
        if initial_bytes is None:
            initial_bytes = b""
        initial_bytes = bytes(memoryview(initial_bytes)) if not isinstance(initial_bytes, bytes) else initial_bytes
        self._chunks = [initial_bytes] if initial_bytes else []
        self._len_cache = len(initial_bytes)
        self._pos = 0

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, b):
        if isinstance(b, (bytearray, memoryview)):
            self._check_closed()
            b = bytes(b)
        return _MemoryStream.write(self, b)

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return memoryview(self.getvalue())

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()


class IncrementalNewlineDecoder:
    """Translate \\r\\n and \\r into \\n across chunks (universal newlines)."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    def getstate(self):
        return (b"", int(self._pendingcr))

    def setstate(self, state):
        self._pendingcr = bool(state[1] & 1)
