/*
 * unit.h: a tiny harness for the runtime's C unit tests.
 *
 * Each test file is a standalone program: it includes this header, checks
 * values with the CHECK_* macros (which print FAIL lines with the source
 * line) and ends main() with `return unit_done("name");`, which prints the
 * summary and returns nonzero if anything failed.  The expected texts are
 * CPython 3.11's.
 */
#ifndef UNIT_H
#define UNIT_H

#include "rt.h"

#include <stdio.h>
#include <string.h>

static int unit_fails, unit_checks;

YRT_UNUSED static void unit_fail(int line, const char *what, const char *got, const char *want) {
  unit_fails++;
  printf("FAIL line %d: %s\n   got: %s\n  want: %s\n", line, what, got, want);
}

/* Take the pending exception as "Type: message" (or "no exception"). */
YRT_UNUSED static char *unit_exc_text(char *buf, size_t n) {
  if (YIS_UNBOUND(yrt_ts.exc)) {
    snprintf(buf, n, "no exception");
    return buf;
  }
  YValue e = yrt_fetch_exc();
  YValue s = yrt_str(e);
  snprintf(buf, n, "%s: %s", yrt_typeof(e)->name, YIS_ERR(s) ? "?" : yrt_str_cstr(s));
  yrt_decref(s);
  yrt_decref(e);
  return buf;
}

/* Check that repr(v) is want; v is consumed (an error is reported). */
YRT_UNUSED static void unit_repr(int line, const char *what, YValue v, const char *want) {
  unit_checks++;
  char buf[1024];
  if (YIS_ERR(v)) {
    unit_fail(line, what, unit_exc_text(buf, sizeof buf), want);
    return;
  }
  YValue r = yrt_repr(v);
  if (YIS_ERR(r)) {
    unit_fail(line, what, unit_exc_text(buf, sizeof buf), want);
  } else if (strcmp(yrt_str_cstr(r), want) != 0) {
    unit_fail(line, what, yrt_str_cstr(r), want);
  }
  yrt_decref(r);
  yrt_decref(v);
}

/* Check that v is a str equal to want; v consumed. */
YRT_UNUSED static void unit_str(int line, const char *what, YValue v, const char *want) {
  unit_checks++;
  char buf[1024];
  if (YIS_ERR(v)) {
    unit_fail(line, what, unit_exc_text(buf, sizeof buf), want);
    return;
  }
  if (v.tag != YT_OBJ || v.u.o->type != &yrt_type_str) {
    unit_fail(line, what, "(not a str)", want);
  } else if (strcmp(yrt_str_cstr(v), want) != 0) {
    unit_fail(line, what, yrt_str_cstr(v), want);
  }
  yrt_decref(v);
}

/* Check that an operation failed with "Type: message". */
YRT_UNUSED static void unit_err(int line, const char *what, int failed, const char *want) {
  unit_checks++;
  char buf[1024];
  unit_exc_text(buf, sizeof buf);
  if (!failed)
    unit_fail(line, what, "(no error)", want);
  else if (strcmp(buf, want) != 0)
    unit_fail(line, what, buf, want);
}

YRT_UNUSED static void unit_int(int line, const char *what, long long got, long long want) {
  unit_checks++;
  if (got != want) {
    char g[64], w[64], buf[1024];
    snprintf(g, sizeof g, "%lld", got);
    snprintf(w, sizeof w, "%lld", want);
    if (!YIS_UNBOUND(yrt_ts.exc)) snprintf(g, sizeof g, "%lld (%s)", got, unit_exc_text(buf, 900));
    unit_fail(line, what, g, w);
  }
}

/* Values a test keeps alive until unit_done (so tests stay leak-free). */
static YValue unit_kept[4096];
static int unit_nkept;
YRT_UNUSED static YValue K(YValue v) {
  if (unit_nkept < 4096) unit_kept[unit_nkept++] = v;
  return v;
}

YRT_UNUSED static int unit_done(const char *name) {
  while (unit_nkept > 0) yrt_decref(unit_kept[--unit_nkept]);
  printf("%s: %s (%d checks, %d failed)\n", unit_fails ? "FAIL" : "PASS", name, unit_checks,
         unit_fails);
  return unit_fails != 0;
}

#define CHECK_REPR(expr, want) unit_repr(__LINE__, #expr, (expr), (want))
#define CHECK_STR(expr, want) unit_str(__LINE__, #expr, (expr), (want))
/* expr yields a YValue that must be YERROR. */
#define CHECK_ERR(expr, want) \
  do { YValue v_ = (expr); int f_ = YIS_ERR(v_); if (!f_) yrt_decref(v_); \
       unit_err(__LINE__, #expr, f_, (want)); } while (0)
/* expr yields an int status that must be -1. */
#define CHECK_ERRI(expr, want) unit_err(__LINE__, #expr, (expr) == -1, (want))
#define CHECK_INT(expr, want) unit_int(__LINE__, #expr, (long long)(expr), (long long)(want))

/* Value constructors for tests. */
static inline YValue S(const char *s) { return yrt_str_from_c(s); }
static inline YValue I(int64_t i) { return yint(i); }
static inline YValue F(double f) { return yfloat(f); }

#endif
