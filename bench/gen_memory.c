/* gen_memory.py by hand: m frames of pair(k), each resumed once so that it
 * waits at its first yield, all kept (builds: hand.h).  The heap build
 * mallocs each frame and keeps the pointers in an array, as the list of
 * generator objects; the stack build keeps the frames themselves side by
 * side in one array (2m of them would not fit an 8 MiB stack, so the
 * array is malloc'd: what is measured is the frame's own size). */
#include "hand.h"

struct pair { struct gen g; long long k, x; };

static NOINLINE int pair_resume(struct gen *self) {
  struct pair *f = (struct pair *)self;
  switch (f->g.state) {
  case 0:
    f->x = f->k * 2;
    f->g.value = f->x; f->g.state = 1; return 1;      /* yield x */
  case 1:
    f->g.value = f->x + 1; f->g.state = 2; return 1;  /* yield x + 1 */
  }
  return 0;
}

int main(int argc, char **argv) {
  long long m = argc > 1 ? atoll(argv[1]) : 0, total = 0;
#ifdef HEAP
  struct pair **gens = malloc((m + 1) * sizeof *gens);
#else
  struct pair *gens = calloc(m + 1, sizeof *gens);
#endif
  if (!gens) abort();
  for (long long k = 0; k < m; k++) {
#ifdef HEAP
    struct pair *g = gen_new(sizeof(struct pair), pair_resume);
    gens[k] = g;
#else
    struct pair *g = &gens[k];
#endif
    g->k = k;
    NEXT(pair, &g->g);                   /* total += next(g) */
    total += g->g.value;
  }
  printf("%lld %lld\n", m, total);
  return 0;
}
