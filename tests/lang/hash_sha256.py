# _sha256 (sha256,sha224): digests at the block-boundary lengths, a 1 MB input,
# update() in odd-sized chunks against one shot, copy(), attributes
# (the checks: hash_helpers/digests.py).
import _sha256
from hash_helpers.digests import check

check(_sha256.sha256, _sha256.sha224)
