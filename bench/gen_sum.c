/* gen_sum.py by hand: count_up_to as a state machine (builds: hand.h). */
#include "hand.h"

struct count_up_to { struct gen g; long long n, i; };

static NOINLINE int count_up_to_resume(struct gen *self) {
  struct count_up_to *f = (struct count_up_to *)self;
  switch (f->g.state) {
  case 0:
    for (f->i = 0; f->i < f->n; f->i++) {
      f->g.value = f->i;                 /* yield i */
      f->g.state = 1;
      return 1;
  case 1:;
    }
  }
  f->g.state = 2;                        /* finished */
  return 0;
}

int main(int argc, char **argv) {
  long long total = 0;
  NEW(count_up_to, g);
  g->n = argc > 1 ? atoll(argv[1]) : 0;
  while (NEXT(count_up_to, &g->g)) total += g->g.value;
  FREE(g);
  printf("%lld\n", total);
  return 0;
}
