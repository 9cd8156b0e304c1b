/*
 * fuzz_yieldc.c: a libFuzzer target over the whole compiler.
 *
 * Each input is a Python source file.  It goes through what `yieldc`
 * does with a file, minus the files: diag_init, parse_module, sema_check,
 * dump_module (what --dump-ast prints), sema_module, emit_program,
 * diag_finish; then, for the rest of the compiler, emit_header and (for an
 * input of even length, whose lines emit_program keeps) states_dot and
 * states_html.  An input must end
 * either in C or in a diagnostic; a crash, a sanitizer report, a hang or
 * unreachable() (which aborts) is a finding.
 *
 * The compiler leaves through diag.c's exit(1) on the first error; here
 * diag_set_exit_hook makes it longjmp back instead.  Between inputs the
 * harness starts everything over: parse_release() for tree-sitter's memory,
 * fuzz_emit_reset() for emit.c's statics (fuzz_emit.c), arena_free_all()
 * for the arena, fuzz_sema_reset() for sema.c's (fuzz_sema.c), then
 * fuzz_free_all() for every other block the compile left (fuzz_alloc.c).
 * Diagnostics go to stderr: run with -close_fd_mask=2 to silence them.
 *
 * Build and run: make fuzz FUZZ_SECONDS=N (tests/fuzz/fuzz.mk).
 * Reproduce a crash: build/fuzz/fuzz_yieldc CRASH-FILE.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yieldc.h"

void fuzz_emit_reset(void);
void fuzz_sema_reset(void);
void fuzz_free_all(void);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jmp_buf fuzz_env;
static FILE *fuzz_null; /* dump_module writes here */

static void fuzz_exit_hook(void) { longjmp(fuzz_env, 1); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  diag_set_exit_hook(fuzz_exit_hook);
  fuzz_null = fopen("/dev/null", "w");
  return 0;
}

/* The compile of one input; returns only when it is done (or on an error,
 * through the longjmp in the caller). */
static void fuzz_compile(const char *src, size_t size) {
  /* Half the inputs (by length) keep their lines for states.c; the others
   * are printed a function at a time, as yieldc prints C. */
  const EmitOptions opt = {.line_directives = true, .out_name = "fuzz.c", .prefix = "fuzz", .keep_lines = size % 2 == 0};
  diag_init("fuzz.py", src, size);
  Module *m = parse_module("fuzz.py", src, size);
  sema_check(m);
  if (fuzz_null)
    dump_module(fuzz_null, m);
  sema_module(m);
  layout_module(m);
  Buf c = {0}, h = {0}, dot = {0}, html = {0};
  Program prog = {0};
  vec_push(&prog.modules, m);
  emit_program(&c, &prog, &opt);
  diag_finish();
  emit_header(&h, m, &opt);
  if (opt.keep_lines) {
    states_dot(&dot, m);
    states_html(&html, m);
  }
  buf_free(&c);
  buf_free(&h);
  buf_free(&dot);
  buf_free(&html);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* main.c reads the file into a NUL-terminated buffer. */
  char *src = malloc(size + 1);
  if (!src)
    return 0;
  memcpy(src, data, size);
  src[size] = '\0';
  if (setjmp(fuzz_env) == 0)
    fuzz_compile(src, size);
  if (fuzz_null)
    fflush(fuzz_null);
  parse_release();
  fuzz_emit_reset();
  arena_free_all();
  fuzz_sema_reset();
  fuzz_free_all();
  free(src);
  return 0;
}
