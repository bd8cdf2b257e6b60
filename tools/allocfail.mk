# Allocation-failure injection (tools/allocfail.py, issue #4): every program
# of tools/allocfail.list, run once for every allocation point N with the
# N-th allocation failing (SAFEPY_FAIL_ALLOC=N) and with every allocation
# from the N-th on failing (N+), on the ASan+UBSan debug build (heap
# verified after every collection and at exit).  CI (tools/test.sh) runs a
# subset: `make allocfail AF_ARGS=--first=8`.
AF_ARGS ?=
.PHONY: allocfail
allocfail: asan
	$(PYTHON) tools/allocfail.py --safepy build-asan/safepy -j $(shell nproc) $(AF_ARGS)
