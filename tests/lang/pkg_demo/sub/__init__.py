from .. import VALUE as PARENT_VALUE
from . import leaf
