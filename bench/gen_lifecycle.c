/* gen_lifecycle.py by hand: a three-value generator made, drained and
 * dropped n times (builds: hand.h; the heap build mallocs and frees each
 * frame, the stack build reuses a local). */
#include "hand.h"

struct three { struct gen g; long long k; };

static NOINLINE int three_resume(struct gen *self) {
  struct three *f = (struct three *)self;
  switch (f->g.state) {
  case 0: f->g.value = f->k;     f->g.state = 1; return 1;  /* yield k */
  case 1: f->g.value = f->k + 1; f->g.state = 2; return 1;  /* yield k + 1 */
  case 2: f->g.value = f->k + 2; f->g.state = 3; return 1;  /* yield k + 2 */
  }
  return 0;
}

int main(int argc, char **argv) {
  long long n = argc > 1 ? atoll(argv[1]) : 0, total = 0;
  for (long long k = 0; k < n; k++) {
    NEW(three, g);
    g->k = k;
    while (NEXT(three, &g->g)) total += g->g.value;
    FREE(g);
  }
  printf("%lld\n", total);
  return 0;
}
