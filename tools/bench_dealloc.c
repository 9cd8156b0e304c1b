/*
 * bench_dealloc.c: a micro-benchmark of the runtime's common destruction
 * path, for changes to yrt_dealloc (type.c): it creates and frees small
 * lists, tuples, dicts and strings, shallow and nested two deep, and prints
 * the nanoseconds per object of each.  Not part of `make test`; run by hand
 * before and after a change, on a quiet machine, best of a few runs:
 *
 *   make && cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Iruntime \
 *     tools/bench_dealloc.c build/libyieldrt.a -lm -o build/bench_dealloc && \
 *     build/bench_dealloc [GRAPHS [REPEATS [CASE]]]
 *
 * On a busy machine, count instructions instead of time:
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null \
 *     build/bench_dealloc 200000 1 2>&1 | grep Collected
 */
#include "rt.h"

#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t N = 5000000; /* graphs per timing; argv[1] */
static int reps = 5;          /* timings, best kept; argv[2] */
static const char *only;      /* run only the case starting so; argv[3] */

/* Each case makes one object graph (with `objs` heap objects) and frees it. */
static void run(const char *name, int objs, YValue (*make)(int64_t i)) {
  if (only && strncmp(name, only, strlen(only)) != 0) return;
  double best = 1e30;
  for (int rep = 0; rep < reps; rep++) {
    double t0 = now();
    for (int64_t i = 0; i < N; i++) yrt_decref(make(i));
    double t = now() - t0;
    if (t < best) best = t;
  }
  printf("%-28s %6.2f ns/object\n", name, best * 1e9 / N / objs);
}

static YValue list3(int64_t i) {
  YValue it[3] = {yint(i), yint(2), YNONE};
  return yrt_list_new(3, it);
}
static YValue tuple2(int64_t i) {
  YValue it[2] = {yint(i), yfloat(1.5)};
  return yrt_tuple_new(2, it);
}
static YValue nested(int64_t i) {
  YValue a[2] = {yrt_list_new(0, NULL), yrt_tuple_steal(1, (YValue[]){yint(i)})};
  return yrt_list_steal(2, a);
}
static YValue dict1(int64_t i) {
  YValue d = yrt_dict_new();
  yrt_dict_set(d, yint(i), YNONE);
  return d;
}
static YValue str1(int64_t i) {
  char buf[32];
  int n = snprintf(buf, sizeof buf, "s%lld", (long long)i);
  return yrt_str_new(buf, n);
}

int main(int argc, char **argv) {
  if (argc > 1) N = atoll(argv[1]);
  if (argc > 2) reps = atoi(argv[2]);
  if (argc > 3) only = argv[3];
  run("list of 3 ints", 1, list3);
  run("tuple of 2 numbers", 1, tuple2);
  run("list of [] and (i,)", 3, nested);
  run("dict of 1 item", 1, dict1);
  run("str", 1, str1);
  return 0;
}
