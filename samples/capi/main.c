/*
 * main.c: a C program that drives the generators of counter.py through the
 * header `yieldc --header counter.h counter.py` writes: it creates them with
 * C arguments, advances them, sends to them, throws into them, closes them
 * and reads a return value.  samples/capi/expected.py does the same from
 * Python; `make test` checks that both print the same.
 *
 *   yieldc counter.py -o counter.c --header counter.h
 *   cc -DYIELDC_NO_MAIN main.c counter.c $(yieldc --cflags) $(yieldc --libs)
 */
#include <stdio.h>

#include "counter.h"

/* Print a label and repr(v). */
static void show(const char *label, YValue v) {
  YValue r = yrt_repr(v);
  printf("%s %s\n", label, yrt_str_cstr(r));
  yrt_decref(r);
}

int main(void) {
  if (counter_init() < 0) return yrt_finish(YERROR);

  /* Advance with next (send None) until it returns. */
  YValue g = counter_count_up_to(yint(3));
  YValue v;
  YStatus st;
  while ((st = yrt_gen_send(yrt_as_gen(g), YNONE, &v)) == YS_YIELD) {
    show("yielded", v);
    yrt_decref(v);
  }
  if (st == YS_RAISE) return yrt_finish(YERROR);
  show("returned", v); /* StopIteration.value */
  yrt_decref(v);
  yrt_decref(g);

  /* send() makes it jump. */
  g = counter_count_up_to(yint(10));
  yrt_gen_send(yrt_as_gen(g), YNONE, &v);
  show("first", v);
  yrt_decref(v);
  yrt_gen_send(yrt_as_gen(g), yint(9), &v);
  show("after send(9)", v);
  yrt_decref(v);
  while ((st = yrt_gen_send(yrt_as_gen(g), YNONE, &v)) == YS_YIELD) yrt_decref(v);
  show("returned", v);
  yrt_decref(v);
  yrt_decref(g);

  /* send values in, throw an exception in, then close it. */
  YValue acc = counter_accumulate();
  yrt_gen_send(yrt_as_gen(acc), YNONE, &v); /* prime it */
  yrt_decref(v);
  for (int i = 1; i <= 4; i++) {
    yrt_gen_send(yrt_as_gen(acc), yint(i * 10), &v);
    show("total", v);
    yrt_decref(v);
  }
  YValue msg = yrt_str_from_c("too big");
  YValue exc = yrt_call(yobj((void *)&yrt_exc_ValueError), 1, &msg);
  yrt_decref(msg);
  st = yrt_gen_throw(yrt_as_gen(acc), exc, &v);
  yrt_decref(exc);
  show(st == YS_YIELD ? "after throw" : "throw failed", v);
  yrt_decref(v);
  yrt_gen_send(yrt_as_gen(acc), yint(5), &v);
  show("total", v);
  yrt_decref(v);
  if (yrt_gen_close(yrt_as_gen(acc)) < 0) return yrt_finish(YERROR);
  printf("closed\n");
  yrt_decref(acc);

  /* An exception that escapes: TypeError from adding a str. */
  acc = counter_accumulate();
  yrt_gen_send(yrt_as_gen(acc), YNONE, &v);
  yrt_decref(v);
  YValue bad = yrt_str_from_c("x");
  st = yrt_gen_send(yrt_as_gen(acc), bad, &v);
  yrt_decref(bad);
  if (st == YS_RAISE) {
    YValue e = yrt_fetch_exc();
    show("raised", e);
    yrt_decref(e);
  }
  yrt_decref(acc);
  return yrt_finish(YNONE);
}
