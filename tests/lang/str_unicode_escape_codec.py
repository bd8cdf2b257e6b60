# _codecs.unicode_escape / raw_unicode_escape.
import _codecs
for s in ["abc", "a\\b\tc\n\r'\"", "\xe9\u20ac\U0001F600\x00\x7f"]:
    print(_codecs.unicode_escape_encode(s), _codecs.raw_unicode_escape_encode(s))
for b in [b"abc", b"a\\nb\\tc", b"\\x41\\u20ac\\U0001F600", b"\\101\\7", b"\\q", b"a\\\nb", b"\\'\\\"\\\\", b"\xe9", b"\\u20ac\\n"]:
    print(ascii(_codecs.unicode_escape_decode(b)), ascii(_codecs.raw_unicode_escape_decode(b)))
for b in [b"\\x4", b"\\u12", b"\\U0011ffff", b"abc\\"]:
    try:
        print(_codecs.unicode_escape_decode(b))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
