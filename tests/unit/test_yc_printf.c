/*
 * test_yc_printf.c: the compiler's own formatting (transpiler/util.c),
 * which does the conversions the compiler uses itself and hands any other
 * format to vsnprintf: arena_printf and buf_printf must give exactly what
 * snprintf gives, for short strings and long ones (past the 256-byte stack
 * buffer and the Buf's first room), at the limits of each integer type.
 */
#include "../../transpiler/util.c"

#include "unit.h"

#include <stdlib.h>

/* util.c stops through diag_fatal and diag_unreachable (diag.c, not
 * linked here). */
void diag_unreachable(const char *file, int line) {
  fprintf(stderr, "%s:%d: unreachable\n", file, line);
  abort();
}

void diag_fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  exit(2);
}

static char want[8192];

static void check_text(int line, const char *what, const char *got, const char *w) {
  unit_checks++;
  if (strcmp(got, w) != 0) unit_fail(line, what, got, w);
}

/* The same format three ways: snprintf, arena_printf and buf_printf. */
#define SAME(...)                                                                           \
  do {                                                                                      \
    snprintf(want, sizeof want, __VA_ARGS__);                                               \
    check_text(__LINE__, "arena_printf(" #__VA_ARGS__ ")", arena_printf(__VA_ARGS__), want); \
    Buf b_ = {0};                                                                           \
    buf_puts(&b_, "<");                                                                     \
    buf_printf(&b_, __VA_ARGS__);                                                           \
    check_text(__LINE__, "buf_printf(" #__VA_ARGS__ ")", b_.data + 1, want);                 \
    CHECK_INT(b_.len, strlen(want) + 1);                                                    \
    buf_free(&b_);                                                                          \
  } while (0)

int main(void) {
  static char longs[3000];
  memset(longs, 'x', sizeof longs - 1);

  SAME("plain text, no conversion");
  SAME("%s", "");
  SAME("%s = %s;", "t1_", "yrt_add(a, b)");
  SAME("%d %d %d %d", 0, -1, INT_MAX, INT_MIN);
  SAME("%lld|%lld|%lld", 0LL, LLONG_MAX, LLONG_MIN);
  SAME("%zu %zu", (size_t)0, SIZE_MAX);
  SAME("%c%c%c", 'a', '"', '\\');
  SAME("100%% of %d%%", 7);
  SAME("%.*s|%.*s|%.*s", 3, "abcdef", 0, "abc", 10, "ab");
  SAME("%.*s", 5, "ab\0cd");
  SAME("%.*s", -1, "whole");
  SAME("#line %d \"%s\"\n", 53, "source_1MB.py");
  SAME("%s%s%s", longs, "-", longs + 1000);
  SAME("%d:%s", 12, longs + 2800);
  /* Formats with other conversions go to vsnprintf whole. */
  SAME("\\x%02x %s", 7, "after");
  SAME("%-18s|%d", "left", 3);
  SAME("%.17g %s", 0.1, "z");
  SAME("%a", 1.5);
  SAME("%04X%s", 0xbeef, longs + 100);
  SAME("%*s|", 6, "r");
  return unit_done("yc_printf");
}
