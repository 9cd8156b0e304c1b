/*
 * time.c: the clocks of CPython 3.11's time module and time.sleep.
 *
 * Design
 * ------
 * The module is one of yrt_modules.h's.  Each clock is the POSIX clock
 * CPython uses on Linux:
 *   time, time_ns                  CLOCK_REALTIME
 *   monotonic, monotonic_ns        CLOCK_MONOTONIC
 *   perf_counter, perf_counter_ns  CLOCK_MONOTONIC (CPython's perf_counter
 *                                  is its monotonic clock)
 *   process_time, process_time_ns  CLOCK_PROCESS_CPUTIME_ID
 *   thread_time, thread_time_ns    CLOCK_THREAD_CPUTIME_ID
 * The float clocks are the nanosecond count divided by 1e9, as CPython's
 * _PyTime_AsSecondsDouble does; the _ns ones are ints.
 *
 * sleep(secs) blocks the whole program (asyncio.sleep is the event loop's,
 * loop.c): nanosleep, resumed after a signal for the time left, as PEP 475
 * has it.  secs is a float or an int (of any size: a huge one is
 * OverflowError "timestamp too large to convert to C _PyTime_t", a huge
 * float "timestamp out of range for platform time_t", as in CPython), or
 * an instance with __index__ (not __float__: CPython takes no other
 * number); a negative one is ValueError "sleep length must be
 * non-negative", anything else TypeError "'str' object cannot be
 * interpreted as an integer" (CPython's message).
 *
 * Every function refuses keywords with CPython's messages.  Left out: the
 * calendar functions (localtime, gmtime, strftime, ...) and struct_time,
 * and clock_gettime and its CLOCK_* constants (whose OSError needs errno
 * arguments the runtime's exceptions do not format yet).
 */
#include "rt.h"

#include <errno.h>
#include <math.h>
#include <time.h>

/* The entry point for keywords of a function that takes none. */
#define NO_KEYWORDS(n)                                                                   \
  YValue yrt_time_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) { \
    (void)argc, (void)argv, (void)nkw, (void)kwnames;                                    \
    return yrt_raise_msg(&yrt_exc_TypeError, "time.%s() takes no keyword arguments", #n); \
  }

/* A clock read in nanoseconds, as an int64 (good until 2262). */
static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  if (clock_gettime(id, &ts) != 0) yrt_fatal(__FILE__, __LINE__, "clock_gettime failed");
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* NAME() and NAME_ns() for a clock: a float of seconds and an int of
 * nanoseconds; METH_NOARGS's argument check. */
#define CLOCK(n, id)                                                                                     \
  YValue yrt_time_##n(int argc, const YValue *argv) {                                                    \
    (void)argv;                                                                                          \
    if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "time.%s() takes no arguments (%d given)", #n, argc); \
    return yfloat((double)clock_ns(id) / 1e9);                                                           \
  }                                                                                                      \
  NO_KEYWORDS(n)                                                                                         \
  YValue yrt_time_##n##_ns(int argc, const YValue *argv) {                                               \
    (void)argv;                                                                                          \
    if (argc)                                                                                            \
      return yrt_raise_msg(&yrt_exc_TypeError, "time.%s_ns() takes no arguments (%d given)", #n, argc);  \
    return yint(clock_ns(id));                                                                           \
  }                                                                                                      \
  NO_KEYWORDS(n##_ns)

CLOCK(time, CLOCK_REALTIME)
CLOCK(monotonic, CLOCK_MONOTONIC)
CLOCK(perf_counter, CLOCK_MONOTONIC)
CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* secs as nanoseconds, rounded up (CPython's _PyTime_ROUND_CEILING), with
 * CPython's errors: an int (or an instance with __index__) or a float. */
static int sleep_ns(YValue v, int64_t *out) {
  if (v.tag == YT_FLOAT) {
    double d = v.u.f;
    if (isnan(d)) {
      yrt_raise_msg(&yrt_exc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    d = ceil(d * 1e9);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      yrt_raise_msg(&yrt_exc_OverflowError, "timestamp out of range for platform time_t");
      return -1;
    }
    *out = (int64_t)d;
    return 0;
  }
  if (!yrt_is_int(v) && YIS_UNBOUND(yrt_special_find(v, YN___index__))) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", yrt_tname(v));
    return -1;
  }
  YValue i = yrt_math_index(v);
  if (YIS_ERR(i)) return -1;
  int64_t s;
  int clamped = yrt_int_clamp(i, &s);
  yrt_decref(i);
  if (clamped || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
    yrt_raise_msg(&yrt_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
  }
  *out = s * 1000000000;
  return 0;
}

YValue yrt_time_sleep(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "time.sleep() takes exactly one argument (%d given)", argc);
  int64_t ns;
  if (sleep_ns(argv[0], &ns) < 0) return YERROR;
  if (ns < 0) return yrt_raise_msg(&yrt_exc_ValueError, "sleep length must be non-negative");
  struct timespec req = {.tv_sec = (time_t)(ns / 1000000000), .tv_nsec = (long)(ns % 1000000000)}, rem;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
  return YNONE;
}
NO_KEYWORDS(sleep)
