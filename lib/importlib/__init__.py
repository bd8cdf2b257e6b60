"""SafePy's importlib: the public functions over SafePy's C importer.

CPython's importlib implements the import system in Python on top of
frozen bootstrap modules; SafePy's import system is in C (src/vm/import.c),
so this package only exposes its API: import_module, reload,
invalidate_caches, and importlib.util.find_spec / module_from_spec.
"""

import sys
import _safepy_import

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its existing namespace."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    found = _safepy_import.find(name)
    if found is None:
        raise ModuleNotFoundError("spec not found for the module {!r}".format(name), name=name)
    origin, is_package = found
    if origin == "built-in":
        return module
    return _safepy_import.exec_file(module, origin)


def invalidate_caches():
    """SafePy's importer keeps no finder caches."""
