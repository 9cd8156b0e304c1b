/* yield_from_depth500.py by hand: DEPTH link frames, each delegating to the
 * next, the last to count_up_to, and every item passed up through all of
 * them, as `yield from` does (builds: hand.h; yield_from_depth1.c is this
 * file with DEPTH 1).  The heap build makes each frame when its delegator
 * starts, as the generators are made; the stack build has main lay the
 * frames out beforehand, in an array on its stack. */
#include "hand.h"
#ifndef DEPTH
#define DEPTH 500
#endif

struct count_up_to { struct gen g; long long n, i; };
struct link { struct gen g; long long depth, n; struct gen *inner; };

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
  f->g.state = 2;
  return 0;
}

static NOINLINE int link_resume(struct gen *self) {
  struct link *f = (struct link *)self;
  switch (f->g.state) {
  case 0:
#ifdef HEAP
    if (f->depth == 1) {                 /* count_up_to(n) */
      NEW(count_up_to, c);
      c->n = f->n;
      f->inner = &c->g;
    } else {                             /* link(depth - 1, n) */
      NEW(link, l);
      l->depth = f->depth - 1;
      l->n = f->n;
      f->inner = &l->g;
    }
#endif
    /* yield from inner */
    while (f->depth == 1 ? NEXT(count_up_to, f->inner) : NEXT(link, f->inner)) {
      f->g.value = f->inner->value;
      f->g.state = 1;
      return 1;
  case 1:;
    }
#ifdef HEAP
    FREE(f->inner);
#endif
  }
  f->g.state = 2;
  return 0;
}

int main(int argc, char **argv) {
  long long n = argc > 1 ? atoll(argv[1]) : 0, total = 0;
#ifdef HEAP
  NEW(link, top);
  top->depth = DEPTH;
  top->n = n;
#else
  struct link chain[DEPTH];
  struct count_up_to leaf;
  memset(chain, 0, sizeof chain);
  memset(&leaf, 0, sizeof leaf);
  leaf.n = n;
  for (int d = 0; d < DEPTH; d++) {
    chain[d].depth = DEPTH - d;
    chain[d].n = n;
    chain[d].inner = d + 1 < DEPTH ? &chain[d + 1].g : &leaf.g;
  }
  struct link *top = &chain[0];
#endif
  while (NEXT(link, &top->g)) total += top->g.value;
  FREE(top);
  printf("%lld\n", total);
  return 0;
}
