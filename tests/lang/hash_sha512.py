# _sha512 (sha512,sha384): digests at the block-boundary lengths, a 1 MB input,
# update() in odd-sized chunks against one shot, copy(), attributes
# (the checks: hash_helpers/digests.py).
import _sha512
from hash_helpers.digests import check

check(_sha512.sha512, _sha512.sha384)
