from ..util import helper
