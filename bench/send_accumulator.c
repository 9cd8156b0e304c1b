/* send_accumulator.py by hand: the accumulator as a state machine that
 * takes the sent value from its frame (builds: hand.h). */
#include "hand.h"

struct accumulator {
  struct gen g;
  long long total;
  long long sent;  /* the value of send(), */
  int sent_none;   /* or send(None) */
};

static NOINLINE int accumulator_resume(struct gen *self) {
  struct accumulator *f = (struct accumulator *)self;
  switch (f->g.state) {
  case 0:
    f->total = 0;
    for (;;) {
      f->g.value = f->total;             /* x = yield total */
      f->g.state = 1;
      return 1;
  case 1:
      if (f->sent_none) break;           /* if x is None: return total */
      f->total += f->sent;               /* total += x */
    }
  }
  f->g.value = f->total;
  f->g.state = 2;
  return 0;
}

int main(int argc, char **argv) {
  long long n = argc > 1 ? atoll(argv[1]) : 0;
  NEW(accumulator, acc);
  NEXT(accumulator, &acc->g);            /* next(acc) */
  for (long long i = 0; i < n; i++) {    /* acc.send(i) */
    acc->sent = i;
    NEXT(accumulator, &acc->g);
  }
  acc->sent_none = 1;                    /* acc.send(None): StopIteration */
  NEXT(accumulator, &acc->g);
  printf("%lld\n", acc->g.value);
  FREE(acc);
  return 0;
}
