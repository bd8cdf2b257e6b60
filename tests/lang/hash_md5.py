# _md5 (md5): digests at the block-boundary lengths, a 1 MB input,
# update() in odd-sized chunks against one shot, copy(), attributes
# (the checks: hash_helpers/digests.py).
import _md5
from hash_helpers.digests import check

check(_md5.md5)
