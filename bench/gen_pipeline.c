/* gen_pipeline.py by hand: numbers -> evens -> doubled, three state
 * machines, each pulling from the one before (builds: hand.h). */
#include "hand.h"

struct numbers { struct gen g; long long n, i; };
struct evens { struct gen g; struct gen *src; };   /* src: a numbers */
struct doubled { struct gen g; struct gen *src; }; /* src: an evens */

static NOINLINE int numbers_resume(struct gen *self) {
  struct numbers *f = (struct numbers *)self;
  switch (f->g.state) {
  case 0:
    for (f->i = 0; f->i < f->n; f->i++) {
      f->g.value = f->i;                 /* yield i */
      f->g.state = 1;
      return 1;
  case 1:;
    }
  }
  f->g.state = 2;
  return 0;
}

static NOINLINE int evens_resume(struct gen *self) {
  struct evens *f = (struct evens *)self;
  switch (f->g.state) {
  case 0:
    while (NEXT(numbers, f->src)) {      /* for x in src */
      if (f->src->value % 2 == 0) {
        f->g.value = f->src->value;      /* yield x */
        f->g.state = 1;
        return 1;
      }
      /* fall through - an odd x is skipped */
  case 1:;
    }
  }
  f->g.state = 2;
  return 0;
}

static NOINLINE int doubled_resume(struct gen *self) {
  struct doubled *f = (struct doubled *)self;
  switch (f->g.state) {
  case 0:
    while (NEXT(evens, f->src)) {        /* for x in src */
      f->g.value = f->src->value * 2;    /* yield x * 2 */
      f->g.state = 1;
      return 1;
  case 1:;
    }
  }
  f->g.state = 2;
  return 0;
}

int main(int argc, char **argv) {
  long long total = 0;
  NEW(numbers, a);
  NEW(evens, b);
  NEW(doubled, c);
  a->n = argc > 1 ? atoll(argv[1]) : 0;
  b->src = &a->g;
  c->src = &b->g;
  while (NEXT(doubled, &c->g)) total += c->g.value;   /* sum(...) */
  FREE(c);
  FREE(b);
  FREE(a);
  printf("%lld\n", total);
  return 0;
}
