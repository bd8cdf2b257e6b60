"""importlib.util for SafePy: find_spec and module_from_spec."""

import sys
import _safepy_import
from types import SimpleNamespace as _Spec

from . import _resolve_name


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _make_spec(name, origin, is_package):
    parent = name if is_package else name.rpartition(".")[0]
    locations = None
    if is_package:
        locations = [origin.rpartition("/")[0]]
    return _Spec(name=name, loader=None, origin=origin, parent=parent,
                 submodule_search_locations=locations, loader_state=None,
                 cached=None, has_location=origin != "built-in")


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError("{}.__spec__ is None".format(fullname))
        return spec
    found = _safepy_import.find(fullname)
    if found is None:
        return None
    return _make_spec(fullname, *found)


def spec_from_file_location(name, location, *, loader=None, submodule_search_locations=None):
    is_package = location.endswith("__init__.py")
    spec = _make_spec(name, location, is_package)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    spec.loader = _SourceLoader(spec)
    return spec


class _SourceLoader:
    def __init__(self, spec):
        self._spec = spec

    def exec_module(self, module):
        _safepy_import.exec_file(module, self._spec.origin)


def module_from_spec(spec):
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = getattr(spec, "loader", None)
    module.__package__ = spec.parent
    if spec.origin and spec.origin != "built-in":
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module
