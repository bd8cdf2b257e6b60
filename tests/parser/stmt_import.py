import a
import a.b, c as d
import a.b.c as d
from a import b
from . import a as b
from .. x.y import (a, b as c,)
from ...a import *
from .... import x
from .a.b import (c)
from __future__ import annotations
