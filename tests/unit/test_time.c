/*
 * test_time.c: unit tests of the time module (runtime/time.c): the types
 * of the clocks and that the monotonic ones never go back, that sleep
 * sleeps at least as long as asked, and CPython's errors for sleep's
 * argument and the argument counts.  No check depends on the time it is.
 *
 * Each check is PY_REPR(PYTHON, C, WANT) or PY_ERR(PYTHON, C, WANT), as in
 * test_math.c: tests/unit/check_math_time.py evaluates every PYTHON string
 * under CPython, with the helpers below defined the same way, and compares
 * it with WANT.
 */
#include "unit.h"

#include <math.h>
#include <stdarg.h>


/* ---- values ----------------------------------------------------------- */

/* Test values are kept alive to the end (K) and borrowed by the calls. */
YRT_UNUSED static YValue rng(YValue a, YValue b) { return K(yrt_range_new(a.u.i, b.u.i, 1)); }


/* ---- the helpers python3 gets too (check_math_time.py) ---------------- */

/* a <op> b, releasing a. */
YRT_UNUSED static YValue cmp(YValue a, YCmp op, YValue b) {
  if (YIS_ERR(a)) return a;
  int r = yrt_compare(a, b, op);
  yrt_decref(a);
  return r < 0 ? YERROR : ybool(r);
}
/* type(v).__name__, releasing v. */
YRT_UNUSED static YValue tname(YValue v) {
  if (YIS_ERR(v)) return v;
  YValue n = yrt_str_from_c(yrt_tname(v));
  yrt_decref(v);
  return n;
}
/* time.NAME, the module's slot. */
#define TM(n) yrt_m_time_##n

/* f() <= f(), called in that order. */
static YValue nondecreasing(YValue f) {
  YValue a = call(f, 0);
  if (YIS_ERR(a)) return a;
  YValue b = call(f, 0);
  if (YIS_ERR(b)) {
    yrt_decref(a);
    return b;
  }
  int r = yrt_compare(a, b, YC_LE);
  yrt_decref(a);
  yrt_decref(b);
  return r < 0 ? YERROR : ybool(r);
}
/* Does sleep(secs) take at least secs by perf_counter()? */
static YValue sleeps_at_least(YValue secs) {
  YValue t0 = call(TM(perf_counter), 0);
  YValue r = call(TM(sleep), 1, secs);
  if (YIS_ERR(r)) return r;
  YValue t1 = call(TM(perf_counter), 0);
  YValue d = yrt_sub(t1, t0);
  int ok = yrt_compare(d, secs, YC_GE);
  yrt_decref(d);
  return ybool(ok);
}

int main(void) {
  yrt_init(0, NULL, "test_time");
  YValue time = yrt_import(&yrt_module_time);

  PY_REPR("time", yrt_incref(time), "<module 'time' (built-in)>");
  PY_REPR("time.sleep", yrt_module_getattr(time, "sleep"), "<built-in function sleep>");

  /* the clocks */
  PY_REPR("time.time() > 1.6e9",
          cmp(call(TM(time), 0), YC_GT, F(0x1.7d78400000000p+30)),
          "True");
  PY_REPR("tname(time.time())",
          tname(call(TM(time), 0)),
          "'float'");
  PY_REPR("time.time_ns() > 1600000000000000000",
          cmp(call(TM(time_ns), 0), YC_GT, I(1600000000000000000LL)),
          "True");
  PY_REPR("tname(time.time_ns())",
          tname(call(TM(time_ns), 0)),
          "'int'");
  PY_REPR("tname(time.monotonic())",
          tname(call(TM(monotonic), 0)),
          "'float'");
  PY_REPR("tname(time.monotonic_ns())",
          tname(call(TM(monotonic_ns), 0)),
          "'int'");
  PY_REPR("tname(time.perf_counter())",
          tname(call(TM(perf_counter), 0)),
          "'float'");
  PY_REPR("tname(time.perf_counter_ns())",
          tname(call(TM(perf_counter_ns), 0)),
          "'int'");
  PY_REPR("tname(time.process_time())",
          tname(call(TM(process_time), 0)),
          "'float'");
  PY_REPR("tname(time.process_time_ns())",
          tname(call(TM(process_time_ns), 0)),
          "'int'");
  PY_REPR("time.process_time() >= 0",
          cmp(call(TM(process_time), 0), YC_GE, I(0)),
          "True");
  PY_REPR("nondecreasing(time.monotonic)",
          nondecreasing(TM(monotonic)),
          "True");
  PY_REPR("nondecreasing(time.monotonic_ns)",
          nondecreasing(TM(monotonic_ns)),
          "True");
  PY_REPR("nondecreasing(time.perf_counter)",
          nondecreasing(TM(perf_counter)),
          "True");
  PY_REPR("nondecreasing(time.perf_counter_ns)",
          nondecreasing(TM(perf_counter_ns)),
          "True");
  PY_REPR("nondecreasing(time.process_time_ns)",
          nondecreasing(TM(process_time_ns)),
          "True");
  PY_ERR("time.time(1)",
         call(TM(time), 1, I(1)),
         "TypeError: time.time() takes no arguments (1 given)");
  PY_ERR("time.time_ns(1)",
         call(TM(time_ns), 1, I(1)),
         "TypeError: time.time_ns() takes no arguments (1 given)");
  PY_ERR("time.monotonic(None)",
         call(TM(monotonic), 1, YNONE),
         "TypeError: time.monotonic() takes no arguments (1 given)");
  PY_ERR("time.perf_counter_ns(1, 2)",
         call(TM(perf_counter_ns), 2, I(1), I(2)),
         "TypeError: time.perf_counter_ns() takes no arguments (2 given)");
  PY_ERR("time.time(x=1)",
         callkw(TM(time), 0, 1, "x", I(1)),
         "TypeError: time.time() takes no keyword arguments");
  PY_ERR("time.monotonic_ns(x=1)",
         callkw(TM(monotonic_ns), 0, 1, "x", I(1)),
         "TypeError: time.monotonic_ns() takes no keyword arguments");
  PY_ERR("time.process_time(x=1)",
         callkw(TM(process_time), 0, 1, "x", I(1)),
         "TypeError: time.process_time() takes no keyword arguments");
  /* sleep */
  PY_REPR("time.sleep(0)",
          call(TM(sleep), 1, I(0)),
          "None");
  PY_REPR("time.sleep(0.001)",
          call(TM(sleep), 1, F(0x1.0624dd2f1a9fcp-10)),
          "None");
  PY_REPR("time.sleep(True)",
          call(TM(sleep), 1, YTRUE),
          "None");
  PY_REPR("time.sleep(-0.0)",
          call(TM(sleep), 1, F(-0.0)),
          "None");
  PY_REPR("sleeps_at_least(0.01)",
          sleeps_at_least(F(0x1.47ae147ae147bp-7)),
          "True");
  PY_REPR("sleeps_at_least(0.02)",
          sleeps_at_least(F(0x1.47ae147ae147bp-6)),
          "True");
  PY_ERR("time.sleep(-1)",
         call(TM(sleep), 1, I(-1)),
         "ValueError: sleep length must be non-negative");
  PY_ERR("time.sleep(-0.5)",
         call(TM(sleep), 1, F(-0x1.0000000000000p-1)),
         "ValueError: sleep length must be non-negative");
  PY_ERR("time.sleep(-(10**30))",
         call(TM(sleep), 1, big("-1000000000000000000000000000000")),
         "OverflowError: timestamp too large to convert to C _PyTime_t");
  PY_ERR("time.sleep(\"a\")",
         call(TM(sleep), 1, s("a")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("time.sleep(None)",
         call(TM(sleep), 1, YNONE),
         "TypeError: 'NoneType' object cannot be interpreted as an integer");
  PY_ERR("time.sleep([1])",
         call(TM(sleep), 1, L(1, I(1))),
         "TypeError: 'list' object cannot be interpreted as an integer");
  PY_ERR("time.sleep(nan)",
         call(TM(sleep), 1, F(NAN)),
         "ValueError: Invalid value NaN (not a number)");
  PY_ERR("time.sleep(10**30)",
         call(TM(sleep), 1, big("1000000000000000000000000000000")),
         "OverflowError: timestamp too large to convert to C _PyTime_t");
  PY_ERR("time.sleep(10**10)",
         call(TM(sleep), 1, I(10000000000LL)),
         "OverflowError: timestamp too large to convert to C _PyTime_t");
  PY_ERR("time.sleep(1e10)",
         call(TM(sleep), 1, F(0x1.2a05f20000000p+33)),
         "OverflowError: timestamp out of range for platform time_t");
  PY_ERR("time.sleep(-1e300)",
         call(TM(sleep), 1, F(-0x1.7e43c8800759cp+996)),
         "OverflowError: timestamp out of range for platform time_t");
  PY_ERR("time.sleep(1e300)",
         call(TM(sleep), 1, F(0x1.7e43c8800759cp+996)),
         "OverflowError: timestamp out of range for platform time_t");
  PY_ERR("time.sleep()",
         call(TM(sleep), 0),
         "TypeError: time.sleep() takes exactly one argument (0 given)");
  PY_ERR("time.sleep(1, 2)",
         call(TM(sleep), 2, I(1), I(2)),
         "TypeError: time.sleep() takes exactly one argument (2 given)");
  PY_ERR("time.sleep(x=1)",
         callkw(TM(sleep), 0, 1, "x", I(1)),
         "TypeError: time.sleep() takes no keyword arguments");

  PY_REPR("tname(time.thread_time())",
          tname(call(TM(thread_time), 0)),
          "'float'");
  PY_REPR("tname(time.thread_time_ns())",
          tname(call(TM(thread_time_ns), 0)),
          "'int'");
  PY_REPR("time.thread_time() >= 0",
          cmp(call(TM(thread_time), 0), YC_GE, I(0)),
          "True");
  PY_ERR("time.thread_time(1)",
         call(TM(thread_time), 1, I(1)),
         "TypeError: time.thread_time() takes no arguments (1 given)");

  yrt_decref(time);
  return unit_done("test_time");
}
