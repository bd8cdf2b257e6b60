VALUE = "pkg-init"
__all__ = ["exported", "VALUE"]
exported = "exported-name"
_private = "private"
