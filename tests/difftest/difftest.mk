# tests/difftest/difftest.mk: the differential test (tests/difftest/run.py).
# Included by the top-level Makefile; not part of `make test`.
#
#   make difftest N=1000 [START=1] [J=2]   N random programs from seed START,
#                                          J at a time, under python3 and yieldc
#   make difftest-asan N=...               the same, programs built with
#                                          ASan+UBSan against build/asan/libyieldrt.a
#
# Mismatches are kept in build/difftest/mismatches; shrink one with
# `python3 tests/difftest/minimise.py build/difftest/mismatches/SEED.py`.
# From the Makefile it takes B, PYTHON and the target `all`.

difftest: all
	@$(or $(PYTHON),python3) tests/difftest/run.py $(or $(N),200) --start $(or $(START),1) -j $(or $(J),2)

difftest-asan: all $(B)/asan/libyieldrt.a
	@$(or $(PYTHON),python3) tests/difftest/run.py $(or $(N),200) --start $(or $(START),1) -j $(or $(J),2) --sanitize

.PHONY: difftest difftest-asan
