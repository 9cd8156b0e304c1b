/*
 * fuzz_emit.c: emit.c with a way to start over, for the fuzzer only.
 *
 * emit.c keeps its output buffers and name tables in file-scope statics,
 * written once per process by the compiler.  The fuzzer compiles this file
 * instead of emit.c, so that fuzz_emit_reset() can forget them between
 * inputs (the memory itself is freed by fuzz_free_all; the functions'
 * arenas, which live in the compiler's arena, are given back here, so
 * this runs before arena_free_all).  tests/fuzz/
 * statics.txt lists every static of the compiler; the build stops when
 * the list changes, so a new one is not missed here.
 */
#include "../../transpiler/emit.c"

void fuzz_emit_reset(void);

void fuzz_emit_reset(void) {
  emit_mod = NULL;
  opts = NULL;
  out_consts = (Buf){0};
  out_decls = (Buf){0};
  out_funcs = (Vec){0};
  buf_free(&out_funcs_text);
  buf_free(&out_funcs_fixups);
  out_printer = (CodePrinter){0};
  out_print_opt = (CodePrint){0};
  for (int k = 0; k < func_arenas.len; k++) arena_destroy(func_arenas.items[k]); /* before arena_free_all */
  func_arenas = (Vec){0};
  func_depth = 0;
  file_names = (Map){0};
  func_stems = (Map){0};
  strings = (Map){0};
  bytes_consts = (Map){0};
  line_starts = NULL;
  nsource_lines = 0;
}
