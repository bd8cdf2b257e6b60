from ..mod import f as parent_f
