/* send_accumulator.py by hand: a struct and a step function, as a C
 * programmer would write the coroutine. */
#include <stdio.h>
struct acc { long long total; };
static long long acc_send(struct acc *a, long long x) { return a->total += x; }
int main(void) {
  struct acc a = {0};
  for (long long i = 0; i < 2000000; i++) acc_send(&a, i);
  printf("%lld\n", a.total);
  return 0;
}
