/* tokenizer.py by hand: the tokenizer as a state machine yielding (kind,
 * start, length) over the same text (builds: hand.h). */
#include <ctype.h>
#include "hand.h"

#define LINE "total = alpha_1 + beta * (gamma - 42) / delta ** 2 >= 3.25 and not x_max != y\n"
enum { NAME, NUMBER, OP };

struct tokens {
  struct gen g;          /* g.value: the kind */
  const char *text;
  long long i, n;
  long long start, len;  /* the token's text */
};

static int is_op2(const char *s) {
  static const char ops2[][3] = {"**", "//", ">=", "<=", "==", "!="};
  for (int k = 0; k < 6; k++)
    if (s[0] == ops2[k][0] && s[1] == ops2[k][1]) return 1;
  return 0;
}

static NOINLINE int tokens_resume(struct gen *self) {
  struct tokens *f = (struct tokens *)self;
  const char *t = f->text;
  switch (f->g.state) {
  case 0:
    f->i = 0;
    while (f->i < f->n) {
      char c = t[f->i];
      f->start = f->i;
      if (c == ' ' || c == '\n') {
        f->i++;
        continue;
      } else if (isdigit((unsigned char)c)) {
        f->i++;
        while (f->i < f->n && (isdigit((unsigned char)t[f->i]) || t[f->i] == '.')) f->i++;
        f->g.value = NUMBER;
      } else if (isalpha((unsigned char)c) || c == '_') {
        f->i++;
        while (f->i < f->n && (isalnum((unsigned char)t[f->i]) || t[f->i] == '_')) f->i++;
        f->g.value = NAME;
      } else if (f->i + 1 < f->n && is_op2(t + f->i)) {
        f->i += 2;
        f->g.value = OP;
      } else {
        f->i++;
        f->g.value = OP;
      }
      f->len = f->i - f->start;
      f->g.state = 1;                    /* yield (kind, text[start:i]) */
      return 1;
  case 1:;
    }
  }
  f->g.state = 2;
  return 0;
}

int main(int argc, char **argv) {
  long long lines = argc > 1 ? atoll(argv[1]) : 0, count = 0, chars = 0, names = 0;
  size_t len = strlen(LINE);
  char *text = malloc(len * lines + 1);  /* LINE * n */
  if (!text) abort();
  for (long long k = 0; k < lines; k++) memcpy(text + k * len, LINE, len);
  text[len * lines] = 0;
  NEW(tokens, g);
  g->text = text;
  g->n = (long long)(len * lines);
  while (NEXT(tokens, &g->g)) {
    count++;
    chars += g->len;
    names += g->g.value == NAME;
  }
  FREE(g);
  printf("%lld %lld %lld\n", count, chars, names);
  return 0;
}
