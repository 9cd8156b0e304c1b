/* gen_pipeline.py by hand: the same arithmetic as one C loop. */
#include <stdio.h>
int main(void) {
  long long total = 0;
  for (long long i = 0; i < 3000000; i++)
    if (i % 2 == 0) total += i * 2;
  printf("%lld\n", total);
  return 0;
}
