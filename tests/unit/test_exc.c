/*
 * test_exc.c: unit tests of runtime/exc.c (exception objects, raising and
 * chaining, matching, the handled-exception stack, tracebacks and their
 * printed form, unraisable errors, globals and the program's finish).
 *
 * A standalone program linked against libyieldrt:
 *   cc -std=c11 -Iruntime tests/unit/test_exc.c build/libyieldrt.a -lgmp -lpcre2-8 -lm
 * It prints one PASS/FAIL line per check and exits nonzero on any failure.
 * Expected texts were taken from CPython 3.11 (python3) runs of the
 * equivalent Python code, quoted next to each check.
 */
#include "rt.h"

#include <unistd.h>

static int failures, checks;

static void check(int ok, const char *what) {
  checks++;
  if (!ok) failures++;
  printf("%s %s\n", ok ? "PASS" : "FAIL", what);
  fflush(stdout);
}

/* Check that s (owned, released here) is the str `want`. */
static void check_str(YValue s, const char *want, const char *what) {
  int ok = !YIS_ERR(s) && s.tag == YT_OBJ && s.u.o->type == &yrt_type_str &&
           strcmp(yrt_str_cstr(s), want) == 0;
  if (!ok)
    fprintf(stderr, "  %s: got [%s] want [%s]\n", what,
            YIS_ERR(s)                                        ? "<error>"
            : s.tag == YT_OBJ && s.u.o->type == &yrt_type_str ? yrt_str_cstr(s)
                                                              : "<not a str>",
            want);
  check(ok, what);
  if (YIS_ERR(s))
    yrt_decref(yrt_fetch_exc());
  else
    yrt_decref(s);
}

static void check_text(const char *got, const char *want, const char *what) {
  int ok = strcmp(got, want) == 0;
  if (!ok) fprintf(stderr, "  %s:\n--- got ---\n%s--- want ---\n%s---\n", what, got, want);
  check(ok, what);
}

/* ---- capturing a stream (stdout or stderr) into a string ---- */
typedef struct Capture {
  FILE *stream;
  int fd, saved;
  FILE *tmp;
} Capture;

static void capture_begin(Capture *c, FILE *stream) {
  fflush(stream);
  c->stream = stream;
  c->fd = fileno(stream);
  c->saved = dup(c->fd);
  c->tmp = tmpfile();
  dup2(fileno(c->tmp), c->fd);
}

static char *capture_end(Capture *c) {
  fflush(c->stream);
  dup2(c->saved, c->fd);
  close(c->saved);
  long n = ftell(c->tmp);
  char *buf = malloc((size_t)n + 1);
  rewind(c->tmp);
  size_t got = fread(buf, 1, (size_t)n, c->tmp);
  buf[got] = '\0';
  fclose(c->tmp);
  return buf;
}

/* The message of the current exception, which is cleared; NULL if none. */
static char last_msg[512];
static const char *take_error(const YType **type) {
  YValue e = yrt_fetch_exc();
  if (YIS_UNBOUND(e)) return NULL;
  *type = yrt_typeof(e);
  YValue s = yrt_exc_str(e);
  snprintf(last_msg, sizeof last_msg, "%s", YIS_ERR(s) ? "<str failed>" : yrt_str_cstr(s));
  yrt_decref(s);
  yrt_decref(e);
  return last_msg;
}

static void check_error(const YType *want_type, const char *want_msg, const char *what) {
  const YType *t = NULL;
  const char *msg = take_error(&t);
  int ok = msg && t == want_type && strcmp(msg, want_msg) == 0;
  if (!ok)
    fprintf(stderr, "  %s: got %s: %s\n", what, t ? t->name : "(none)", msg ? msg : "(none)");
  check(ok, what);
}

static YExc *X(YValue v) { return (YExc *)v.u.o; }

static YValue S(const char *s) { return yrt_str_from_c(s); }

static YValue cls(const YType *t) { return yobj((void *)t); }

/* ===================================================================== */

static void test_classes(void) {
  check(yrt_exc_BaseException.base == &yrt_type_object, "BaseException derives from object");
  check(yrt_exc_KeyError.base == &yrt_exc_LookupError, "KeyError derives from LookupError");
  check(yrt_exc_UnboundLocalError.base == &yrt_exc_NameError, "UnboundLocalError < NameError");
  check(yrt_exc_StopIteration.base == &yrt_exc_Exception, "StopIteration < Exception");
  check(yrt_exc_GeneratorExit.base == &yrt_exc_BaseException, "GeneratorExit < BaseException");
  check(yrt_exc_ValueError.kind == YK_EXC && strcmp(yrt_exc_ValueError.name, "ValueError") == 0,
        "ValueError kind and name");
  check(yrt_exc_ValueError.ob.type == &yrt_type_type, "an exception class is a type");
  check(yrt_exc_ValueError.call == yrt_exc_class_call, "exception classes are callable");
}

static void test_objects(void) {
  YValue a[2] = {S("x"), yint(2)};
  YValue e = yrt_exc_class_call(&yrt_exc_ValueError, 2, a);
  YValue args = yrt_exc_getattr(e, YN_args);
  check(args.tag == YT_OBJ && ((YTuple *)args.u.o)->len == 2,
        "ValueError('x', 2).args has 2 items");
  yrt_decref(args);
  check_str(yrt_exc_str(e), "('x', 2)", "str(ValueError('x', 2))");
  check_str(yrt_exc_repr(e), "ValueError('x', 2)", "repr(ValueError('x', 2))");
  YValue v = yrt_exc_getattr(e, YN_value);
  check(YIS_ERR(v), "ValueError has no .value");
  check_error(&yrt_exc_AttributeError, "'ValueError' object has no attribute 'value'",
              "AttributeError message for .value");
  YValue c = yrt_exc_getattr(e, YN___cause__), x = yrt_exc_getattr(e, YN___context__);
  check(YIS_NONE(c) && YIS_NONE(x), "__cause__ and __context__ start as None");
  yrt_decref(e);
  yrt_decref(a[0]);

  e = yrt_exc_new(&yrt_exc_ValueError, 0, NULL);
  check_str(yrt_exc_str(e), "", "str(ValueError()) is empty");
  check_str(yrt_exc_repr(e), "ValueError()", "repr(ValueError())");
  yrt_decref(e);

  YValue k = S("k");
  e = yrt_exc_new(&yrt_exc_KeyError, 1, &k);
  check_str(yrt_exc_str(e), "'k'", "str(KeyError('k')) is the key's repr");
  check_str(yrt_exc_repr(e), "KeyError('k')", "repr(KeyError('k'))");
  yrt_decref(e);
  yrt_decref(k);

  /* python3: next(g) where g returns None -> StopIteration() (), None;
   *          returns 5 -> StopIteration(5) (5,), 5 */
  e = yrt_stop_iteration(&yrt_exc_StopIteration, YNONE);
  check(((YTuple *)X(e)->args.u.o)->len == 0, "StopIteration for a None return has no args");
  v = yrt_exc_getattr(e, YN_value);
  check(YIS_NONE(v), "... and .value None");
  check_str(yrt_exc_repr(e), "StopIteration()", "repr(StopIteration())");
  yrt_decref(e);
  e = yrt_stop_iteration(&yrt_exc_StopIteration, yint(5));
  v = yrt_exc_getattr(e, YN_value);
  check(v.tag == YT_INT && v.u.i == 5, "StopIteration(5).value == 5");
  check_str(yrt_exc_repr(e), "StopIteration(5)", "repr(StopIteration(5))");
  yrt_decref(e);
  YValue seven = yint(7);
  e = yrt_exc_class_call(&yrt_exc_StopIteration, 1, &seven);
  v = yrt_exc_getattr(e, YN_value);
  check(v.tag == YT_INT && v.u.i == 7, "StopIteration(7) called as a class has .value 7");
  yrt_decref(e);
  e = yrt_stop_iteration(&yrt_exc_StopAsyncIteration, yint(3));
  v = yrt_exc_getattr(e, YN_value);
  check(v.tag == YT_INT && v.u.i == 3, "StopAsyncIteration(3).value == 3 (PEP 828)");
  yrt_decref(e);

  static const YType MyErr = YRT_EXC_CLASS("MyErr", &yrt_exc_ValueError);
  YValue m = S("boom");
  e = yrt_exc_class_call(&MyErr, 1, &m);
  check(yrt_exc_matches(e, cls(&yrt_exc_ValueError)) == 1, "user class matches its base");
  check(yrt_exc_matches(e, cls(&yrt_exc_KeyError)) == 0, "user class does not match a sibling");
  yrt_decref(e);
  yrt_decref(m);
}

static void test_raise(void) {
  YValue r = yrt_raise(cls(&yrt_exc_KeyError));
  check(YIS_ERR(r), "yrt_raise returns YERROR");
  YValue e = yrt_fetch_exc();
  check(e.tag == YT_OBJ && e.u.o->type == &yrt_exc_KeyError && ((YTuple *)X(e)->args.u.o)->len == 0,
        "raise KeyError instantiates the class with no args");
  check(YIS_UNBOUND(yrt_ts.exc), "fetch clears the current exception");
  yrt_decref(e);

  yrt_raise(yint(5));
  check_error(&yrt_exc_TypeError, "exceptions must derive from BaseException", "raise 5");
  yrt_raise(cls(&yrt_type_int));
  check_error(&yrt_exc_TypeError, "exceptions must derive from BaseException", "raise int");

  yrt_raise_msg(&yrt_exc_ValueError, "bad %s %d", "thing", 42);
  check_error(&yrt_exc_ValueError, "bad thing 42", "yrt_raise_msg formats");

  /* A long message goes past the small buffer. */
  char big[600];
  memset(big, 'a', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  yrt_raise_msg(&yrt_exc_ValueError, "%s!", big);
  const YType *t;
  const char *msg = take_error(&t);
  check(msg && strlen(msg) == 511 && t == &yrt_exc_ValueError, "long yrt_raise_msg message");

  /* raise X from Y */
  yrt_raise_from(cls(&yrt_exc_ValueError), cls(&yrt_exc_KeyError));
  e = yrt_fetch_exc();
  check(e.tag == YT_OBJ && X(e)->cause.tag == YT_OBJ &&
            X(e)->cause.u.o->type == &yrt_exc_KeyError && X(e)->suppress_context,
        "raise ValueError from KeyError instantiates the cause and suppresses context");
  yrt_decref(e);
  yrt_raise_from(cls(&yrt_exc_ValueError), YNONE);
  e = yrt_fetch_exc();
  check(YIS_NONE(X(e)->cause) && X(e)->suppress_context, "raise ... from None");
  yrt_decref(e);
  yrt_raise_from(cls(&yrt_exc_ValueError), yint(5));
  check_error(&yrt_exc_TypeError, "exception causes must derive from BaseException",
              "raise ValueError from 5");
  yrt_raise_from(yint(1), cls(&yrt_exc_KeyError));
  check_error(&yrt_exc_TypeError, "exceptions must derive from BaseException",
              "raise 1 from KeyError");

  yrt_reraise();
  check_error(&yrt_exc_RuntimeError, "No active exception to reraise", "bare raise with nothing");

  YValue m = S("a message");
  yrt_assert_fail(m);
  check_error(&yrt_exc_AssertionError, "a message", "assert with a message");
  yrt_decref(m);
  yrt_assert_fail(YUNBOUND);
  check_error(&yrt_exc_AssertionError, "", "assert without a message");

  yrt_unbound_local("x");
  check_error(&yrt_exc_UnboundLocalError,
              "cannot access local variable 'x' where it is not associated with a value",
              "UnboundLocalError message");
  yrt_unbound_free("y");
  check_error(&yrt_exc_NameError,
              "cannot access free variable 'y' where it is not associated with a value in "
              "enclosing scope",
              "free variable NameError message");
  yrt_unbound_global("zz");
  check_error(&yrt_exc_NameError, "name 'zz' is not defined", "global NameError message");
  yrt_no_attr(yint(1), "foo");
  check_error(&yrt_exc_AttributeError, "'int' object has no attribute 'foo'",
              "AttributeError on an int");
  yrt_no_attr(cls(&yrt_exc_ValueError), "foo");
  check_error(&yrt_exc_AttributeError, "type object 'ValueError' has no attribute 'foo'",
              "AttributeError on a class");

  /* restore puts back unchanged, replacing nothing else */
  e = yrt_exc_new(&yrt_exc_IndexError, 0, NULL);
  yrt_restore_exc(yrt_incref(e));
  check(yrt_ts.exc.u.o == e.u.o, "restore sets the current exception");
  YValue f = yrt_fetch_exc();
  check(f.u.o == e.u.o && X(e)->ob.refcnt == 2, "fetch returns it owned");
  yrt_decref(f);
  yrt_decref(e);
}

static void test_handled_and_chaining(void) {
  check(YIS_UNBOUND(yrt_exc_handled()), "nothing handled at the start");
  YValue e1 = yrt_exc_new(&yrt_exc_KeyError, 0, NULL);
  YValue saved = yrt_exc_enter(e1);
  check(YIS_UNBOUND(saved), "enter returns the previous (unbound) value");
  check(yrt_exc_handled().u.o == e1.u.o, "entering an except block makes it handled");

  /* try: raise KeyError  except: raise ValueError -> context is the KeyError */
  yrt_raise(cls(&yrt_exc_ValueError));
  YValue e2 = yrt_fetch_exc();
  check(X(e2)->context.u.o == e1.u.o && !X(e2)->suppress_context,
        "implicit chaining sets __context__");
  YValue ctx = yrt_exc_getattr(e2, YN___context__);
  check(ctx.u.o == e1.u.o, "__context__ attribute");
  yrt_decref(ctx);

  /* raising the handled exception itself does not chain it to itself */
  yrt_raise(e1);
  YValue again = yrt_fetch_exc();
  check(again.u.o == e1.u.o && YIS_NONE(X(e1)->context), "raise e inside `except ... as e`");
  yrt_decref(again);

  /* bare raise re-raises the handled exception, traceback untouched */
  yrt_raise(e1);
  yrt_tb_add("f", 3);
  yrt_decref(yrt_fetch_exc());
  yrt_reraise();
  check(yrt_ts.exc.u.o == e1.u.o && X(e1)->ntb == 1 && X(e1)->tb[0].line == 3,
        "bare raise keeps the exception and its traceback");
  yrt_decref(yrt_fetch_exc());

  /* nested: while handling e2 (inside e1's handler) raise e1 again: e1's
   * context becomes e2, and e2's link back to e1 is cut (no cycle) */
  YValue saved2 = yrt_exc_enter(e2);
  check(saved2.u.o == e1.u.o, "nested enter returns the outer handled exception");
  yrt_raise(e1);
  yrt_decref(yrt_fetch_exc());
  check(X(e1)->context.u.o == e2.u.o && YIS_NONE(X(e2)->context),
        "re-raising an exception from its context chain cuts the cycle");
  yrt_exc_leave(saved2);
  check(yrt_exc_handled().u.o == e1.u.o, "leave restores the outer handled exception");

  /* a generator's entry on top whose handled is None is skipped */
  YExcInfo gen_info = {YNONE, yrt_ts.exc_info};
  yrt_ts.exc_info = &gen_info;
  check(yrt_exc_handled().u.o == e1.u.o, "exc_handled skips None entries");
  YValue s3 = yrt_exc_enter(e2);
  check(YIS_NONE(s3) && yrt_exc_handled().u.o == e2.u.o, "enter works on the top entry");
  yrt_exc_leave(s3);
  yrt_ts.exc_info = gen_info.prev;

  yrt_exc_leave(saved);
  check(YIS_UNBOUND(yrt_exc_handled()), "leaving the last handler restores nothing handled");

  /* raise ... from None while handling: context set but suppressed */
  saved = yrt_exc_enter(e1);
  yrt_raise_from(cls(&yrt_exc_ValueError), YNONE);
  YValue e3 = yrt_fetch_exc();
  check(X(e3)->context.u.o == e1.u.o && X(e3)->suppress_context,
        "from None keeps context, suppressed");
  yrt_decref(e3);
  /* yrt_raise_msg chains too (errors raised by the runtime) */
  yrt_raise_msg(&yrt_exc_TypeError, "x");
  e3 = yrt_fetch_exc();
  check(X(e3)->context.u.o == e1.u.o, "runtime errors chain to the handled exception");
  yrt_decref(e3);
  yrt_exc_leave(saved);

  yrt_decref(e1);
  yrt_decref(e2);
}

static void test_matches(void) {
  YValue e = yrt_exc_new(&yrt_exc_KeyError, 0, NULL);
  check(yrt_exc_matches(e, cls(&yrt_exc_LookupError)) == 1, "KeyError matches LookupError");
  check(yrt_exc_matches(e, cls(&yrt_exc_BaseException)) == 1, "KeyError matches BaseException");
  check(yrt_exc_matches(e, cls(&yrt_exc_IndexError)) == 0, "KeyError does not match IndexError");
  YValue items[2] = {cls(&yrt_exc_IndexError), cls(&yrt_exc_KeyError)};
  YValue tup = yrt_tuple_new(2, items);
  check(yrt_exc_matches(e, tup) == 1, "except (IndexError, KeyError)");
  yrt_decref(tup);
  check(yrt_exc_matches(e, yint(5)) == -1, "except 5 fails");
  check_error(&yrt_exc_TypeError,
              "catching classes that do not inherit from BaseException is not allowed",
              "except 5 message");
  /* python3: try: 1/0 / except 5: -> the TypeError's context is the
   * ZeroDivisionError, even when it is checked before being handled */
  yrt_restore_exc(yrt_exc_new(&yrt_exc_ZeroDivisionError, 0, NULL));
  check(yrt_exc_matches(yrt_ts.exc, yint(5)) == -1, "except 5 on the current exception");
  YValue te = yrt_fetch_exc();
  check(yrt_typeof(te) == &yrt_exc_TypeError &&
            yrt_typeof(((YExc *)te.u.o)->context) == &yrt_exc_ZeroDivisionError &&
            YIS_UNBOUND(yrt_exc_handled()),
        "the TypeError of a bad except clause chains the matched exception");
  yrt_decref(te);
  check(yrt_exc_matches(e, cls(&yrt_type_int)) == -1, "except int fails");
  yrt_decref(yrt_fetch_exc());
  YValue items2[2] = {cls(&yrt_exc_KeyError), cls(&yrt_type_int)};
  tup = yrt_tuple_new(2, items2);
  check(yrt_exc_matches(e, tup) == -1, "except (KeyError, int) fails even though KeyError matches");
  yrt_decref(yrt_fetch_exc());
  yrt_decref(tup);
  /* an unbound exc means the current one */
  yrt_restore_exc(yrt_incref(e));
  check(yrt_exc_matches(YUNBOUND, cls(&yrt_exc_KeyError)) == 1, "match the current exception");
  yrt_decref(yrt_fetch_exc());
  yrt_decref(e);
}

/* ---- printing ---- */

static char *print_of(YValue exc) {
  Capture c;
  capture_begin(&c, stderr);
  yrt_print_exception(exc);
  return capture_end(&c);
}

static void test_print(void) {
  yrt_ts.filename = "t.py";
  YValue m = S("boom");
  YValue e = yrt_exc_new(&yrt_exc_ValueError, 1, &m);
  yrt_decref(m);
  yrt_restore_exc(e);
  yrt_tb_add("g", 5);
  yrt_tb_add("f", 9);
  yrt_tb_add("<module>", 12);
  e = yrt_fetch_exc();
  char *out = print_of(e);
  check_text(out,
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 12, in <module>\n"
             "  File \"t.py\", line 9, in f\n"
             "  File \"t.py\", line 5, in g\n"
             "ValueError: boom\n",
             "traceback, outermost first");
  free(out);
  yrt_decref(e);

  /* python3 -c 'raise ValueError("")' -> last line "ValueError" */
  m = S("");
  e = yrt_exc_new(&yrt_exc_ValueError, 1, &m);
  yrt_decref(m);
  out = print_of(e);
  check_text(out, "ValueError\n", "empty message: bare type name, no traceback header");
  free(out);
  yrt_decref(e);

  m = S("");
  e = yrt_exc_new(&yrt_exc_KeyError, 1, &m);
  yrt_decref(m);
  out = print_of(e);
  check_text(out, "KeyError: ''\n", "KeyError('') prints the repr");
  free(out);
  yrt_decref(e);

  YValue two[2] = {S("a"), yint(2)};
  e = yrt_exc_new(&yrt_exc_ValueError, 2, two);
  yrt_decref(two[0]);
  out = print_of(e);
  check_text(out, "ValueError: ('a', 2)\n", "several args print as a tuple");
  free(out);
  yrt_decref(e);

  static const YType E = YRT_EXC_CLASS("E", &yrt_exc_Exception);
  m = S("hi");
  e = yrt_exc_new(&E, 1, &m);
  yrt_decref(m);
  out = print_of(e);
  check_text(out, "E: hi\n", "user classes print their bare name");
  free(out);
  yrt_decref(e);

  /* try: 1/0  except: raise ValueError("x") -> context chain */
  m = S("division by zero");
  YValue zde = yrt_exc_new(&yrt_exc_ZeroDivisionError, 1, &m);
  yrt_decref(m);
  yrt_restore_exc(zde);
  yrt_tb_add("<module>", 2);
  zde = yrt_fetch_exc();
  YValue saved = yrt_exc_enter(zde);
  m = S("x");
  YValue ve = yrt_exc_new(&yrt_exc_ValueError, 1, &m);
  yrt_decref(m);
  yrt_raise(ve);
  yrt_decref(ve);
  yrt_tb_add("<module>", 4);
  yrt_exc_leave(saved);
  ve = yrt_fetch_exc();
  out = print_of(ve);
  check_text(out,
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 2, in <module>\n"
             "ZeroDivisionError: division by zero\n"
             "\nDuring handling of the above exception, another exception occurred:\n\n"
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 4, in <module>\n"
             "ValueError: x\n",
             "context chain");
  free(out);

  /* raise RuntimeError from ve -> cause chain (whose own context shows too) */
  yrt_raise_from(cls(&yrt_exc_RuntimeError), ve);
  yrt_tb_add("<module>", 6);
  YValue re = yrt_fetch_exc();
  out = print_of(re);
  check_text(out,
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 2, in <module>\n"
             "ZeroDivisionError: division by zero\n"
             "\nDuring handling of the above exception, another exception occurred:\n\n"
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 4, in <module>\n"
             "ValueError: x\n"
             "\nThe above exception was the direct cause of the following exception:\n\n"
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 6, in <module>\n"
             "RuntimeError\n",
             "cause chain");
  free(out);
  yrt_decref(re);

  /* from None: the context is not printed */
  saved = yrt_exc_enter(zde);
  yrt_raise_from(ve, YNONE);
  yrt_exc_leave(saved);
  yrt_decref(yrt_fetch_exc());
  out = print_of(ve);
  check_text(out,
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 4, in <module>\n"
             "ValueError: x\n",
             "suppressed context");
  free(out);
  yrt_decref(ve);
  yrt_decref(zde);

  /* deep recursion: CPython collapses repeats after 3 */
  yrt_raise_msg(&yrt_exc_RecursionError, "maximum recursion depth exceeded");
  yrt_tb_add("f", 2);
  for (int i = 0; i < 10; i++) yrt_tb_add("f", 3);
  yrt_tb_add("<module>", 5);
  e = yrt_fetch_exc();
  out = print_of(e);
  check_text(out,
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 5, in <module>\n"
             "  File \"t.py\", line 3, in f\n"
             "  File \"t.py\", line 3, in f\n"
             "  File \"t.py\", line 3, in f\n"
             "  [Previous line repeated 7 more times]\n"
             "  File \"t.py\", line 2, in f\n"
             "RecursionError: maximum recursion depth exceeded\n",
             "repeated lines collapse");
  free(out);
  yrt_decref(e);

  /* only the innermost 1000 entries are printed */
  yrt_raise(cls(&yrt_exc_ValueError));
  for (int i = 0; i < 1005; i++) yrt_tb_add("f", 1000 + i);
  e = yrt_fetch_exc();
  out = print_of(e);
  int lines = 0;
  for (char *p = out; *p; p++) lines += *p == '\n';
  /* the 5 outermost entries (lines 2000..2004) are dropped */
  check(lines == 1002 && !strstr(out, "line 2000,") && strstr(out, "line 1999,") &&
            strstr(out, "line 1000,"),
        "traceback limited to the innermost 1000 entries");
  free(out);
  yrt_decref(e);

  /* unraisable: "Exception ignored in" + traceback + "Type: " (colon kept) */
  yrt_raise(cls(&yrt_exc_ValueError));
  yrt_tb_add("g", 5);
  YValue obj = S("obj");
  Capture c;
  capture_begin(&c, stderr);
  yrt_write_unraisable(obj);
  out = capture_end(&c);
  check_text(out,
             "Exception ignored in: 'obj'\n"
             "Traceback (most recent call last):\n"
             "  File \"t.py\", line 5, in g\n"
             "ValueError: \n",
             "unraisable format");
  check(YIS_UNBOUND(yrt_ts.exc), "unraisable clears the exception");
  free(out);
  yrt_decref(obj);
}

/* ---- globals and finish ---- */

/* An object that logs its release, standing in for a generator with a
 * finally block. */
static char release_log[256];
typedef struct Logger {
  YObj ob;
  const char *name;
  int raise;
} Logger;
static void logger_dealloc(YObj *o) {
  Logger *l = (Logger *)o;
  strcat(release_log, l->name);
  strcat(release_log, " ");
  printf("fin %s\n", l->name);
  if (l->raise) yrt_raise_msg(&yrt_exc_RuntimeError, "from %s", l->name);
  free(l);
}
static const YTypeEx logger_type = {
    YRT_TYPE_EX_HEAD("logger", YK_OTHER), logger_dealloc, NULL, NULL, NULL, NULL, NULL, NULL};
static YValue logger(const char *name, int raise) {
  Logger *l = yrt_obj_new(&logger_type.type, sizeof(Logger));
  l->name = name;
  l->raise = raise;
  return yobj(l);
}

static YValue g_x, g_y, g_z, g_w, g_dep, g_gen1, g_gen2, g_genlist;

/* A hand-written generator standing in for
 *     def gen(name, fail):
 *         try:
 *             yield 1
 *         finally:
 *             print("fin", name, <is the global g_dep still bound?>)
 *             if fail: raise ValueError("in finally")
 */
typedef struct LogGen {
  YGen g;
  const char *name;
  int fail;
} LogGen;
static YStatus loggen_resume(YGen *g, YValue sent, YValue *out) {
  LogGen *f = (LogGen *)g;
  switch (g->label) {
  case 0:
    g->label = 1;
    *out = yint(1);
    return YS_YIELD;
  default:
    printf("fin %s %s\n", f->name, YIS_UNBOUND(g_dep) ? "unbound" : "bound");
    if (f->fail) {
      yrt_decref(yrt_fetch_exc());
      yrt_raise_msg(&yrt_exc_ValueError, "in finally");
      yrt_tb_add("gen", 6);
      return YS_RAISE;
    }
    if (YIS_ERR(sent)) return YS_RAISE;
    *out = YNONE;
    return YS_RETURN;
  }
}
static void loggen_clear(YGen *g) { (void)g; }
static const YGenCode loggen_code = {"gen",          "gen",         YG_GENERATOR,
                                     sizeof(LogGen), loggen_resume, loggen_clear};
static YValue loggen(const char *name, int fail) {
  LogGen *f = (LogGen *)yrt_gen_new(&loggen_code);
  f->name = name;
  f->fail = fail;
  YValue v;
  yrt_gen_send(&f->g, YNONE, &v); /* next(g): suspended inside the try */
  return yobj(f);
}

static void test_globals(void) {
  release_log[0] = '\0';
  Capture c;
  capture_begin(&c, stdout);
  yrt_global_set(&g_x, logger("x1", 0));
  yrt_global_set(&g_y, logger("y", 0));
  yrt_global_set(&g_x, logger("x2", 0)); /* rebinding keeps x's place; x1 released now */
  yrt_global_set(&g_z, logger("z", 0));
  yrt_global_set(&g_w, logger("w", 0));
  check(yrt_global_del(&g_w, "w") == 0, "del w");
  yrt_global_set(&g_w, logger("w2", 0)); /* deleted and rebound: moves to the end */
  check(yrt_global_del(&g_y, "y") == 0 && YIS_UNBOUND(g_y), "del y");
  int r = yrt_global_del(&g_y, "y");
  char *out = capture_end(&c);
  check(r == -1, "del of an unbound global fails");
  check_error(&yrt_exc_NameError, "name 'y' is not defined", "del of an unbound global message");
  check_text(release_log, "x1 w y ", "rebinding and del release at once");
  free(out);

  /* finish: an escaped exception is printed, status 1, then the globals
   * are released in binding order, and an error raised meanwhile is
   * reported as unraisable */
  release_log[0] = '\0';
  yrt_global_set(&g_y, logger("y2", 1));
  yrt_ts.filename = "m.py";
  yrt_raise_msg(&yrt_exc_ValueError, "escaped");
  yrt_tb_add("<module>", 7);
  Capture ce, co;
  capture_begin(&ce, stderr);
  capture_begin(&co, stdout);
  int status = yrt_finish(YERROR);
  char *sout = capture_end(&co);
  char *serr = capture_end(&ce);
  check(status == 1, "finish returns 1 after an uncaught exception");
  check_text(release_log, "x2 z w2 y2 ", "globals released in first-binding order");
  check_text(sout, "fin x2\nfin z\nfin w2\nfin y2\n", "their output reaches stdout");
  check_text(serr,
             "Traceback (most recent call last):\n"
             "  File \"m.py\", line 7, in <module>\n"
             "ValueError: escaped\n"
             "RuntimeError: from y2\n",
             "finish prints the traceback, then the unraisable error");
  check(YIS_UNBOUND(g_x) && YIS_UNBOUND(g_z) && YIS_UNBOUND(g_w), "globals left unbound");
  free(sout);
  free(serr);

  /* a clean run */
  release_log[0] = '\0';
  yrt_global_set(&g_x, logger("a", 0));
  capture_begin(&co, stdout);
  status = yrt_finish(YNONE);
  sout = capture_end(&co);
  check(status == 0 && strcmp(release_log, "a ") == 0, "finish after a clean run");
  free(sout);

  /* Generators held by globals are closed before any global is released
   * (python3: a finally block at exit still sees every global), in the
   * order of the globals, then the globals are released. */
  yrt_global_set(&g_dep, logger("dep", 0));
  yrt_global_set(&g_gen1, loggen("g1", 0));
  YValue items[2];
  items[0] = loggen("l1", 0);
  items[1] = loggen("l2", 1);
  yrt_global_set(&g_genlist, yrt_list_steal(2, items));
  yrt_global_set(&g_gen2, loggen("g2", 0));
  release_log[0] = '\0';
  capture_begin(&ce, stderr);
  capture_begin(&co, stdout);
  status = yrt_finish(YNONE);
  sout = capture_end(&co);
  serr = capture_end(&ce);
  check(status == 0, "finish with suspended generators returns 0");
  check_text(sout, "fin g1 bound\nfin l1 bound\nfin l2 bound\nfin g2 bound\nfin dep\n",
             "generators are finalised while the globals are bound");
  check(strncmp(serr, "Exception ignored in: <generator object", 39) == 0 &&
            strstr(serr, "\nTraceback (most recent call last):\n  File \"m.py\", line 6, in gen\n"
                         "ValueError: in finally\n") != NULL,
        "a finally block failing at exit is reported as unraisable");
  if (strncmp(serr, "Exception ignored in: <generator object", 39) != 0) fputs(serr, stderr);
  free(sout);
  free(serr);

  /* python3: raise SystemExit -> 0; SystemExit(3) -> 3; SystemExit("bye")
   * -> "bye" on stderr and 1; SystemExit(1, 2) -> "(1, 2)" and 1 */
  struct {
    int argc;
    YValue argv[2];
    int status;
    const char *err;
    const char *what;
  } se[] = {
      {0, {YNONE, YNONE}, 0, "", "raise SystemExit"},
      {1, {yint(3), YNONE}, 3, "", "raise SystemExit(3)"},
      {1, {YNONE, YNONE}, 0, "", "raise SystemExit(None)"},
      {1, {S("bye"), YNONE}, 1, "bye\n", "raise SystemExit('bye')"},
      {2, {yint(1), yint(2)}, 1, "(1, 2)\n", "raise SystemExit(1, 2)"},
  };
  for (size_t i = 0; i < sizeof se / sizeof *se; i++) {
    YValue e = yrt_exc_new(&yrt_exc_SystemExit, se[i].argc, se[i].argv);
    yrt_raise(e);
    yrt_decref(e);
    yrt_tb_add("<module>", 1);
    capture_begin(&ce, stderr);
    status = yrt_finish(YERROR);
    serr = capture_end(&ce);
    check(status == se[i].status && strcmp(serr, se[i].err) == 0, se[i].what);
    free(serr);
    yrt_decref(se[i].argv[0]);
  }
}

int main(int argc, char **argv) {
  yrt_init(argc, argv, "test.py");
  test_classes();
  test_objects();
  test_raise();
  test_handled_and_chaining();
  test_matches();
  test_print();
  test_globals();
  check(YIS_UNBOUND(yrt_ts.exc), "no exception left behind");
  printf("%s: %d checks, %d failed\n", failures ? "FAIL" : "PASS", checks, failures);
  return failures != 0;
}
