# yieldc: a compiler from Python generators to C state machines.
#
#   make            fetch the pinned tree-sitter packages, build build/yieldc
#                   and build/libyieldrt.a
#   make test       every test (also what .ci/run calls)
#   make test-asan  the program tests again under AddressSanitizer + UBSan
#   make demo       compile and run each sample beside CPython
#   make bench      time the benchmarks beside CPython and hand-written C
#   make install    PREFIX=/usr/local DESTDIR=: bin/yieldc, the runtime (static
#                   and shared), its headers, yieldrt.pc, the man page
#
# The two dependencies come from the npm registry as tarballs, pinned by
# version and checked against the registry's sha512 integrity before use.

CC      ?= cc
PYTHON  ?= python3
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L
B        = build
DEPS     = $(B)/deps
NPM      = https://registry.npmjs.org

TS_VER      = 0.25.1
TS_SHA512   = 9ab70476462d1dfacad40e9fb373ba171901a344228395d45ea1e1c54390bb46e63e8d34405e17692c7879da5acdd1f0c674828e518a1a022a59d68de1dbd32c
TSPY_VER    = 0.25.0
TSPY_SHA512 = 782989c7acd06b7e46c5a0ad403fb05c73a162a07110bf9ba7bd56fecddf70332ed3a32bb739155d1e37edd46b0ab6eb0dbc8bb940c9a4083272cee772780b5f

TS_DIR   = $(DEPS)/tree-sitter-$(TS_VER)
TSPY_DIR = $(DEPS)/tree-sitter-python-$(TSPY_VER)
TS_INC   = -I$(TS_DIR)/vendor/tree-sitter/lib/include

RT_SRCS  = $(wildcard runtime/*.c)
# The libraries the runtime needs, after libyieldrt.a: GMP (big ints), PCRE2
# (re) and libm.  This is their one definition: yieldc --libs and `yieldc
# run` get it through YIELDC_RT_LIBS, yieldrt.pc from here, and
# tests/runtests from yieldc --libs; tests/unit/run.sh reads this line.
RT_LIBS  = -lgmp -lpcre2-8 -lm
YC_SRCS  = $(wildcard transpiler/*.c)
YC_HDRS  = $(wildcard transpiler/*.h runtime/*.h) # what the fuzzer's objects depend on (tests/fuzz/fuzz.mk)
ABS      = $(CURDIR)
# Every object records the headers it includes (-MMD), so touching a header
# rebuilds exactly the objects that include it; -MP keeps make going when a
# header is removed.
DEPFLAGS = -MMD -MP

all: $(B)/yieldc $(B)/libyieldrt.a

# ---- dependencies ------------------------------------------------------

$(DEPS)/%.stamp:
	@mkdir -p $(DEPS)
	@set -e; name=$*; ver=$${name##*-}; pkg=$${name%-*}; \
	case $$pkg in tree-sitter) sum=$(TS_SHA512);; tree-sitter-python) sum=$(TSPY_SHA512);; esac; \
	tgz=$(DEPS)/$$name.tgz; \
	echo "fetch $$pkg@$$ver from the npm registry"; \
	curl -fsSL --retry 3 -o $$tgz.part $(NPM)/$$pkg/-/$$name.tgz; \
	echo "$$sum  $$tgz.part" | sha512sum -c --quiet - || { echo "integrity check failed for $$name" >&2; rm -f $$tgz.part; exit 1; }; \
	mv $$tgz.part $$tgz; rm -rf $(DEPS)/$$name; mkdir -p $(DEPS)/$$name; \
	tar xzf $$tgz -C $(DEPS)/$$name --strip-components=1; touch $@

$(B)/ts/lib.o: $(DEPS)/tree-sitter-$(TS_VER).stamp
	@mkdir -p $(B)/ts
	$(CC) -O2 -std=c11 -w -D_DEFAULT_SOURCE $(TS_INC) -I$(TS_DIR)/vendor/tree-sitter/lib/src -c $(TS_DIR)/vendor/tree-sitter/lib/src/lib.c -o $@
$(B)/ts/parser.o: $(DEPS)/tree-sitter-python-$(TSPY_VER).stamp
	@mkdir -p $(B)/ts
	$(CC) -O1 -std=c11 -w -I$(TSPY_DIR)/src -c $(TSPY_DIR)/src/parser.c -o $@
$(B)/ts/scanner.o: $(DEPS)/tree-sitter-python-$(TSPY_VER).stamp
	@mkdir -p $(B)/ts
	$(CC) -O2 -std=c11 -w -I$(TSPY_DIR)/src -c $(TSPY_DIR)/src/scanner.c -o $@
TS_OBJS = $(B)/ts/lib.o $(B)/ts/parser.o $(B)/ts/scanner.o

# ---- the runtime -------------------------------------------------------
#
# One rule builds the runtime's objects four ways, each into its own folder:
#   $(B)/rt      the library generated programs link (libyieldrt.a)
#   $(B)/pic     position-independent, for libyieldrt.so
#   $(B)/asan/rt under AddressSanitizer + UBSan (make test-asan)
#   $(B)/trace   logging each step of every state machine (YRT_TRACE_STATES,
#                for the test that checks --emit=dot against real runs)

SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# The library's modules written in Python (runtime/lib) are part of the
# runtime too: the yieldc just built compiles each once into C
# ($(B)/pylib/M.c, exporting the module object yrt_lib_M), which the four
# builds compile like the runtime's own C.  A program that imports M links
# that object instead of compiling M again.  yieldc's depfile (-MD) names
# every .py the C was made from.
PYLIB_SRCS  = $(wildcard runtime/lib/*.py)
PYLIB_NAMES = $(PYLIB_SRCS:runtime/lib/%.py=%)
PYLIB_C     = $(PYLIB_NAMES:%=$(B)/pylib/%.c)
$(B)/pylib/%.c: runtime/lib/%.py $(B)/yieldc
	@mkdir -p $(@D)
	$(B)/yieldc --library-module $(ABS)/runtime/lib/$*.py -o $@ -MD

# $(call runtime_objs,DIR,FLAGS): the pattern rules for DIR's objects.
define runtime_objs
$(1)/%.o: runtime/%.c
	@mkdir -p $$(@D)
	$$(CC) $(2) $$(WARN) $$(DEPFLAGS) -Iruntime -c $$< -o $$@
$(1)/lib/%.o: $(B)/pylib/%.c
	@mkdir -p $$(@D)
	$$(CC) $(2) $$(WARN) $$(DEPFLAGS) -Iruntime -c $$< -o $$@
endef
$(eval $(call runtime_objs,$(B)/rt,$(CFLAGS)))
$(eval $(call runtime_objs,$(B)/pic,$(CFLAGS) -fPIC))
$(eval $(call runtime_objs,$(B)/asan/rt,-O1 -g $(SAN)))
$(eval $(call runtime_objs,$(B)/trace,-O1 -DYRT_TRACE_STATES))

RT_OBJS       = $(RT_SRCS:runtime/%.c=$(B)/rt/%.o) $(PYLIB_NAMES:%=$(B)/rt/lib/%.o)
PIC_RT_OBJS   = $(RT_SRCS:runtime/%.c=$(B)/pic/%.o) $(PYLIB_NAMES:%=$(B)/pic/lib/%.o)
ASAN_RT_OBJS  = $(RT_SRCS:runtime/%.c=$(B)/asan/rt/%.o) $(PYLIB_NAMES:%=$(B)/asan/rt/lib/%.o)
TRACE_RT_OBJS = $(RT_SRCS:runtime/%.c=$(B)/trace/%.o) $(PYLIB_NAMES:%=$(B)/trace/lib/%.o)

$(B)/libyieldrt.a: $(RT_OBJS)
$(B)/asan/libyieldrt.a: $(ASAN_RT_OBJS)
$(B)/trace/libyieldrt.a: $(TRACE_RT_OBJS)
$(B)/libyieldrt.a $(B)/asan/libyieldrt.a $(B)/trace/libyieldrt.a:
	rm -f $@; ar rcs $@ $^
$(B)/libyieldrt.so: $(PIC_RT_OBJS)
	$(CC) -shared -o $@ $^ $(RT_LIBS)

# ---- the compiler ------------------------------------------------------
#
# Built twice, plainly and under the sanitizers.  Only parse.c sees
# tree-sitter's headers: the build keeps its types inside that one file.

YC_DEFS = -DYIELDC_INCLUDE_DIR='"$(ABS)/runtime"' -DYIELDC_LIB_DIR='"$(ABS)/$(B)"' -DYIELDC_PYLIB_DIR='"$(ABS)/runtime/lib"' \
          -DYIELDC_RT_LIBS='"$(RT_LIBS)"'
TS_STAMP = $(DEPS)/tree-sitter-$(TS_VER).stamp

define compiler_objs
$(1)/%.o: transpiler/%.c
	@mkdir -p $$(@D)
	$$(CC) $(2) $$(WARN) $$(DEPFLAGS) $$(YC_DEFS) -Iruntime -c $$< -o $$@
$(1)/parse.o: transpiler/parse.c | $$(TS_STAMP)
	@mkdir -p $$(@D)
	$$(CC) $(2) $$(WARN) $$(DEPFLAGS) $$(YC_DEFS) -Iruntime $$(TS_INC) -c $$< -o $$@
endef
$(eval $(call compiler_objs,$(B)/yc,$(CFLAGS)))
$(eval $(call compiler_objs,$(B)/asan/yc,-O1 -g $(SAN)))

YC_OBJS      = $(YC_SRCS:transpiler/%.c=$(B)/yc/%.o)
ASAN_YC_OBJS = $(YC_SRCS:transpiler/%.c=$(B)/asan/yc/%.o)
$(B)/yieldc: $(YC_OBJS) $(TS_OBJS)
	$(CC) $(CFLAGS) -o $@ $^
$(B)/asan/yieldc: $(ASAN_YC_OBJS) $(TS_OBJS)
	$(CC) -g $(SAN) -o $@ $^

# ---- install -----------------------------------------------------------
#
#   make install PREFIX=/usr/local DESTDIR=
#
# The installed yieldc prints the installed paths from --cflags/--libs, so it
# is linked with its own main.o.  The shared runtime is built from -fPIC
# objects.

PREFIX ?= /usr/local
INC_DIR = $(PREFIX)/include/yieldc
LIB_DIR = $(PREFIX)/lib
PYLIB_DIR = $(PREFIX)/share/yieldc/lib
$(B)/inst/main.o: transpiler/main.c FORCE
	@mkdir -p $(B)/inst
	$(CC) $(CFLAGS) $(WARN) $(DEPFLAGS) -DYIELDC_INCLUDE_DIR='"$(INC_DIR)"' -DYIELDC_LIB_DIR='"$(LIB_DIR)"' \
	  -DYIELDC_PYLIB_DIR='"$(PYLIB_DIR)"' -DYIELDC_RT_LIBS='"$(RT_LIBS)"' \
	  -Iruntime -c transpiler/main.c -o $@
$(B)/inst/yieldc: $(B)/inst/main.o $(filter-out $(B)/yc/main.o,$(YC_OBJS)) $(TS_OBJS)
	$(CC) $(CFLAGS) -o $@ $^

install: all $(B)/inst/yieldc $(B)/libyieldrt.so
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(INC_DIR) $(DESTDIR)$(LIB_DIR)/pkgconfig \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	cp $(B)/inst/yieldc $(DESTDIR)$(PREFIX)/bin/yieldc
	cp runtime/yieldrt.h runtime/yrt_names.h runtime/yrt_builtins.h runtime/yrt_modules.h $(DESTDIR)$(INC_DIR)/
	cp $(B)/libyieldrt.a $(B)/libyieldrt.so $(DESTDIR)$(LIB_DIR)/
	cp transpiler/yieldc.1 $(DESTDIR)$(PREFIX)/share/man/man1/yieldc.1
	mkdir -p $(DESTDIR)$(LIB_DIR)/cmake/yieldc $(DESTDIR)$(PREFIX)/share/yieldc
	cp transpiler/yieldcConfig.cmake $(DESTDIR)$(LIB_DIR)/cmake/yieldc/
	cp transpiler/yieldc.mk $(DESTDIR)$(PREFIX)/share/yieldc/
	mkdir -p $(DESTDIR)$(PYLIB_DIR)
	for f in runtime/lib/*.py; do if [ -e "$$f" ]; then cp "$$f" $(DESTDIR)$(PYLIB_DIR)/; fi; done
	printf 'prefix=%s\nincludedir=%s\nlibdir=%s\nbindir=%s\nyieldc=$${bindir}/yieldc\n\nName: yieldrt\nDescription: the runtime of C generated by yieldc\nVersion: %s\nCflags: -I$${includedir}\nLibs: -L$${libdir} -lyieldrt\nLibs.private: %s\n' \
	  '$(PREFIX)' '$(INC_DIR)' '$(LIB_DIR)' '$(PREFIX)/bin' "$$(sed -n 's/^#define YIELDC_VERSION "\(.*\)"/\1/p' transpiler/yieldc.h)" \
	  '$(RT_LIBS)' > $(DESTDIR)$(LIB_DIR)/pkgconfig/yieldrt.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/yieldc $(DESTDIR)$(LIB_DIR)/libyieldrt.a $(DESTDIR)$(LIB_DIR)/libyieldrt.so \
	  $(DESTDIR)$(LIB_DIR)/pkgconfig/yieldrt.pc $(DESTDIR)$(PREFIX)/share/man/man1/yieldc.1
	rm -rf $(DESTDIR)$(INC_DIR) $(DESTDIR)$(LIB_DIR)/cmake/yieldc $(DESTDIR)$(PREFIX)/share/yieldc

FORCE:

# ---- tests -------------------------------------------------------------

# Our own sources must be warning-free under both gcc and clang.
warnings: $(DEPS)/tree-sitter-$(TS_VER).stamp $(PYLIB_C)
	@for cc in gcc clang; do \
	  if command -v $$cc >/dev/null 2>&1; then \
	    for f in $(YC_SRCS) $(RT_SRCS) $(PYLIB_C); do \
	      inc=; case $$f in transpiler/parse.c) inc='$(TS_INC)';; esac; \
	      $$cc -O2 -Werror $(WARN) $(YC_DEFS) -Iruntime $$inc -c $$f -o /dev/null || \
	        { echo "FAIL cwarnings/$$cc"; exit 1; }; \
	    done; \
	    $$cc -O2 -Werror $(WARN) -DYRT_TRACE_STATES -Iruntime -c runtime/gen.c -o /dev/null || \
	      { echo "FAIL cwarnings/$$cc"; exit 1; }; \
	    echo "PASS cwarnings/$$cc"; \
	  fi; \
	done

test: all warnings $(B)/trace/libyieldrt.a
	@bash tests/runtests
test-asan: all $(B)/asan/yieldc $(B)/asan/libyieldrt.a
	@YIELDC_SANITIZE=1 bash tests/runtests
check: test

demo: all
	@bash samples/demo.sh

bench: all
	@bash bench/run.sh

# The README's state diagram and page screenshot, from samples/session.py.
images: all
	@bash samples/images.sh

clean:
	rm -rf $(B)/yc $(B)/rt $(B)/asan $(B)/trace $(B)/ts $(B)/pic $(B)/inst $(B)/yieldc $(B)/libyieldrt.a $(B)/libyieldrt.so $(B)/tests
distclean:
	rm -rf $(B)

# The headers each object includes, as -MMD recorded them.
-include $(shell find $(B) -name '*.d' -not -path '$(DEPS)/*' 2>/dev/null)

.PHONY: all install uninstall FORCE bench images warnings test test-asan check demo clean distclean
.SECONDARY:
include tests/fuzz/fuzz.mk
include tests/difftest/difftest.mk
