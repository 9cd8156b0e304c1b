/* yield_from_chain.py by hand: the items, without the chain. */
#include <stdio.h>
int main(void) {
  long long total = 0;
  for (long long i = 0; i < 200000; i++) total += i;
  printf("%lld\n", total);
  return 0;
}
