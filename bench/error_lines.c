/* error_lines.py by hand, as a plain loop (no generators): getline, strstr
 * and the number before the last word.  `error_lines LOG PASSES`. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

int main(int argc, char **argv) {
  long long passes = argc > 2 ? atoll(argv[2]) : 1, n = 0;
  char *line = NULL;
  size_t cap = 0;
  for (long long p = 0; p < passes; p++) {
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
      if (!strstr(line, "ERROR")) continue;
      /* line.split()[-2]: skip the last word, then read the one before */
      char *e = line + len;
      while (e > line && isspace((unsigned char)e[-1])) e--;
      while (e > line && !isspace((unsigned char)e[-1])) e--;
      while (e > line && isspace((unsigned char)e[-1])) e--;
      char *s = e;
      while (s > line && !isspace((unsigned char)s[-1])) s--;
      if (strtoll(s, NULL, 10) > 900) n++;
    }
    fclose(f);
  }
  free(line);
  printf("%lld\n", n);
  return 0;
}
