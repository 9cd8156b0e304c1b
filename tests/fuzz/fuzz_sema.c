/*
 * fuzz_sema.c: sema.c with a way to start over, for the fuzzer only.
 *
 * sema.c builds its tables of builtins (builtin_map, cpython_builtin_map) once per process, in
 * the arena, which the fuzzer frees after every input.  The fuzzer compiles
 * this file instead of sema.c, so that fuzz_sema_reset() can forget the
 * table (and the walkers' state an error exit left behind) between inputs.
 * The other statics of sema.c are set on entry to each pass.  See
 * fuzz_emit.c and tests/fuzz/statics.txt.
 */
#include "../../transpiler/sema.c"

void fuzz_sema_reset(void);

void fuzz_sema_reset(void) {
  mod = NULL;
  builtin_map = (Map){0};
  cpython_builtin_map = (Map){0};
  scope_fn = NULL;
  scope_names = (Map){0};
  check_fn = NULL;
  check_loops = 0;
  da_fn = NULL;
  da_loop = NULL;
  warn_fn = NULL;
  warn_usage = NULL;
}
