print('init pkg_demo', __name__, __package__)
VALUE = 'pkg value'
from .util import helper
