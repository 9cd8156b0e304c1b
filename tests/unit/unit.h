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

#include <stdarg.h>
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
    char g[1100], w[64], buf[1024];
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

/* ---- checks against CPython's text (the check_*.py scripts) ----------- */
/*
 * PY_REPR(PYTHON, C, WANT) and PY_ERR(PYTHON, C, WANT): the C expression
 * must give a value whose repr is WANT, or fail with WANT ("Type:
 * message"); PYTHON is the Python it performs, and the test's check_*.py
 * script evaluates it under CPython and compares the result with WANT.
 */
#define PY_REPR(py, c, want) unit_repr(__LINE__, py, (c), (want))
#define PY_ERR(py, c, want)                              \
  do {                                                   \
    YValue v_ = (c);                                     \
    int f_ = YIS_ERR(v_);                                \
    if (!f_) yrt_decref(v_);                             \
    unit_err(__LINE__, py, f_, (want));                  \
  } while (0)

/* Test values, kept alive to the end (K) and borrowed by the calls: a str,
 * a list or a tuple of n values, an int from its digits. */
YRT_UNUSED static YValue s(const char *c) { return K(yrt_str_from_c(c)); }
YRT_UNUSED static YValue L(int n, ...) {
  YValue items[32];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) items[i] = va_arg(ap, YValue);
  va_end(ap);
  return K(yrt_list_new(n, items));
}
YRT_UNUSED static YValue T(int n, ...) {
  YValue items[32];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) items[i] = va_arg(ap, YValue);
  va_end(ap);
  return K(yrt_tuple_new(n, items));
}
YRT_UNUSED static YValue big(const char *digits) { return yrt_int_const(digits); }

/* f(*args): an owned result. */
YRT_UNUSED static YValue call(YValue f, int argc, ...) {
  YValue argv[32];
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  va_end(ap);
  return yrt_call(f, argc, argv);
}
/* f(*args, **kw): argc values, then nkw pairs (const char *name, YValue). */
YRT_UNUSED static YValue callkw(YValue f, int argc, int nkw, ...) {
  YValue argv[16];
  YStr *names[8];
  va_list ap;
  va_start(ap, nkw);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  for (int k = 0; k < nkw; k++) {
    names[k] = YSTR(s(va_arg(ap, const char *)));
    argv[argc + k] = va_arg(ap, YValue);
  }
  va_end(ap);
  return yrt_call_kw(f, argc, argv, nkw, names);
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
