# tests/difftest/difftest.mk: the differential test (tests/difftest/run.py).
# Included by the top-level Makefile; not part of `make test`.
#
#   make difftest N=1000 [START=1] [J=2]   N random programs from seed START,
#                                          J at a time, under python3 and yieldc
#   make difftest-asan N=...               the same, programs built with
#                                          ASan+UBSan against build/asan/libyieldrt.a
#
#   make difftest-smoke                    part of `make test`: gen.py gives the
#                                          same program under two hash seeds,
#                                          and DIFFTEST_SMOKE_N programs from
#                                          seed 1 pass (about 10 s)
#
# Mismatches are kept in build/difftest/mismatches; shrink one with
# `python3 tests/difftest/minimise.py build/difftest/mismatches/SEED.py`.
# From the Makefile it takes B, PYTHON and the target `all`.

difftest: all
	@$(or $(PYTHON),python3) tests/difftest/run.py $(or $(N),200) --start $(or $(START),1) -j $(or $(J),2)

difftest-asan: all $(B)/asan/libyieldrt.a
	@$(or $(PYTHON),python3) tests/difftest/run.py $(or $(N),200) --start $(or $(START),1) -j $(or $(J),2) --sanitize

# A few programs, so that `make test` sees the generator and the runner
# still work with the compiler (the seeds pass today; a compiler change that
# breaks one is a regression like any other).
DIFFTEST_SMOKE_N ?= 2
difftest-smoke: all
	@for s in 1 2 3; do \
	  PYTHONHASHSEED=1 $(or $(PYTHON),python3) tests/difftest/gen.py $$s >$(B)/difftest-smoke.a && \
	  PYTHONHASHSEED=2 $(or $(PYTHON),python3) tests/difftest/gen.py $$s >$(B)/difftest-smoke.b && \
	  cmp -s $(B)/difftest-smoke.a $(B)/difftest-smoke.b || { echo "FAIL difftest-smoke: gen.py $$s depends on the hash seed"; exit 1; }; \
	done; rm -f $(B)/difftest-smoke.a $(B)/difftest-smoke.b
	@$(or $(PYTHON),python3) tests/difftest/run.py $(DIFFTEST_SMOKE_N) --start 1 -j 2 -q --out $(B)/difftest-smoke \
	  >$(B)/difftest-smoke.log 2>&1; rc=$$?; \
	  sed -n '$$s/^/difftest-smoke: /p' $(B)/difftest-smoke.log; \
	  [ $$rc -eq 0 ] || { cat $(B)/difftest-smoke.log; exit 1; }
test: difftest-smoke

.PHONY: difftest difftest-asan difftest-smoke
