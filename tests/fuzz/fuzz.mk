# tests/fuzz/fuzz.mk: the libFuzzer target over the whole compiler.
# Included by the top-level Makefile; not part of `make test`.
#
#   make fuzz FUZZ_SECONDS=600 [FUZZ_JOBS=2]
#
# builds build/fuzz/fuzz_yieldc with clang -fsanitize=fuzzer,address,undefined
# (Debian: clang and libclang-rt-14-dev), fuzzes for FUZZ_SECONDS seeded with
# every tests/**/*.py and samples/**/*.py and the dictionary python.dict,
# keeping what it grows in build/fuzz/corpus and crashes in
# build/fuzz/artifacts, then runs check_corpus.py over the corpus (see
# tests/README.md, "Fuzzing").
#
# From the Makefile it takes B, TS_DIR, TSPY_DIR, TS_INC, TS_VER, TSPY_VER,
# DEPS, YC_SRCS, YC_HDRS and the target `all`.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
FUZZ_JOBS    ?= 1
FUZZ_DIR      = $(B)/fuzz
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_COMMON   = -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link
# The compiler and tree-sitter allocate through fuzz_alloc.c, so that each
# input's leftovers can be freed (fuzz_alloc.h).
FUZZ_ALLOC    = -include tests/fuzz/fuzz_alloc.h
FUZZ_YC_SRCS  = $(filter-out transpiler/main.c transpiler/emit.c transpiler/sema.c,$(YC_SRCS))
FUZZ_OBJS     = $(FUZZ_YC_SRCS:transpiler/%.c=$(FUZZ_DIR)/yc/%.o) $(FUZZ_DIR)/fuzz_emit.o $(FUZZ_DIR)/fuzz_sema.o \
                $(FUZZ_DIR)/ts/lib.o $(FUZZ_DIR)/ts/parser.o $(FUZZ_DIR)/ts/scanner.o \
                $(FUZZ_DIR)/fuzz_alloc.o $(FUZZ_DIR)/fuzz_yieldc.o

# Every static of the compiler must be one the fuzzer knows (statics.sh).
$(FUZZ_DIR)/statics.ok: $(YC_SRCS) tests/fuzz/statics.txt tests/fuzz/statics.sh
	@mkdir -p $(FUZZ_DIR)
	@sh tests/fuzz/statics.sh | diff -u tests/fuzz/statics.txt - || { \
	  echo "fuzz: the compiler's static variables changed (above); each must be reset between"; \
	  echo "fuzz: inputs (tests/fuzz/statics.sh says how), then update tests/fuzz/statics.txt"; exit 1; }
	@touch $@

$(FUZZ_DIR)/yc/%.o: transpiler/%.c $(YC_HDRS) tests/fuzz/fuzz_alloc.h $(DEPS)/tree-sitter-$(TS_VER).stamp
	@mkdir -p $(FUZZ_DIR)/yc
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) $(WARN) -Iruntime $(TS_INC) -c $< -o $@
$(FUZZ_DIR)/fuzz_emit.o: tests/fuzz/fuzz_emit.c transpiler/emit.c $(YC_HDRS) tests/fuzz/fuzz_alloc.h $(FUZZ_DIR)/statics.ok
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) $(WARN) -Iruntime -Itranspiler $(TS_INC) -c $< -o $@
$(FUZZ_DIR)/fuzz_sema.o: tests/fuzz/fuzz_sema.c transpiler/sema.c $(YC_HDRS) tests/fuzz/fuzz_alloc.h $(FUZZ_DIR)/statics.ok
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) $(WARN) -Iruntime -Itranspiler $(TS_INC) -c $< -o $@
$(FUZZ_DIR)/fuzz_yieldc.o: tests/fuzz/fuzz_yieldc.c $(YC_HDRS)
	$(FUZZ_CC) $(FUZZ_COMMON) $(WARN) -Iruntime -Itranspiler $(TS_INC) -c $< -o $@
$(FUZZ_DIR)/fuzz_alloc.o: tests/fuzz/fuzz_alloc.c
	$(FUZZ_CC) -O1 -g $(FUZZ_SAN) $(WARN) -c $< -o $@
$(FUZZ_DIR)/ts/lib.o: $(DEPS)/tree-sitter-$(TS_VER).stamp tests/fuzz/fuzz_alloc.h
	@mkdir -p $(FUZZ_DIR)/ts
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) -std=c11 -w -D_DEFAULT_SOURCE $(TS_INC) -I$(TS_DIR)/vendor/tree-sitter/lib/src \
	  -c $(TS_DIR)/vendor/tree-sitter/lib/src/lib.c -o $@
$(FUZZ_DIR)/ts/parser.o: $(DEPS)/tree-sitter-python-$(TSPY_VER).stamp tests/fuzz/fuzz_alloc.h
	@mkdir -p $(FUZZ_DIR)/ts
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) -std=c11 -w -I$(TSPY_DIR)/src -c $(TSPY_DIR)/src/parser.c -o $@
$(FUZZ_DIR)/ts/scanner.o: $(DEPS)/tree-sitter-python-$(TSPY_VER).stamp tests/fuzz/fuzz_alloc.h
	@mkdir -p $(FUZZ_DIR)/ts
	$(FUZZ_CC) $(FUZZ_COMMON) $(FUZZ_ALLOC) -std=c11 -w -I$(TSPY_DIR)/src -c $(TSPY_DIR)/src/scanner.c -o $@

$(FUZZ_DIR)/fuzz_yieldc: $(FUZZ_OBJS)
	$(FUZZ_CC) -g $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $(FUZZ_OBJS)

fuzz-build: $(FUZZ_DIR)/fuzz_yieldc

fuzz: all $(FUZZ_DIR)/fuzz_yieldc
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_JOBS)

.PHONY: fuzz fuzz-build
