/*
 * builtins.c: the Python builtin functions (len, print, sorted, min, ...).
 *
 * Design
 * ------
 * Each builtin is a C function yrt_b_<name>(argc, argv) taking positional
 * arguments only, plus a static, immortal YBuiltin object yrt_bobj_<name>
 * that is the value of the name when it is used as an object (`f = len`).
 * The builtins that take keyword arguments (YRT_BUILTIN_FUNC_KW in
 * yrt_builtins.h) also have yrt_bkw_<name>(argc, argv, nkw, kwnames), which
 * a call with keywords reaches, from the compiler or through yrt_call_kw;
 * kwargs_of sorts out keyword-only arguments (print, sorted, min, max) and
 * yrt_args_kw (func.c) those that may come by position or by name (pow,
 * round), each with CPython's messages.
 *
 * Every argument check and message is CPython 3.11's, including the order in
 * which they are made (a builtin that fails on its second argument still
 * consumes the first when CPython does).  The generic work (iteration,
 * arithmetic, comparison, str/repr/format, hashing) is delegated to the
 * object and format layers so that builtins behave exactly like the
 * operators they are defined by.
 *
 * sorted() makes a list and sorts it as list.sort() does (sort.c).
 *
 * round() of a float with ndigits rounds the exact decimal expansion of the
 * double half-to-even, as CPython's dtoa-based double_round does.
 */
#include "rt.h"

#include <errno.h>
#include <math.h>

/* ===================================================================== */
/* Helpers                                                                */
/* ===================================================================== */

static const char *tname(YValue v) { return yrt_typeof(v)->name; }

/* The layout of an object; unboxed values say YK_OTHER (check the tag too). */
static YKind kind_of(YValue v) { return v.tag == YT_OBJ ? v.u.o->type->kind : YK_OTHER; }

static int is_str(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_STR; }
static int is_tuple(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_TUPLE; }
static int is_type(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_TYPE; }
static int is_intlike(YValue v) { return v.tag == YT_INT || v.tag == YT_BOOL; }
static int is_number(YValue v) { return yrt_is_int(v) || v.tag == YT_FLOAT; }

/* "name() takes exactly one argument (N given)" */
static YValue want_one(const char *name, int argc) {
  return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes exactly one argument (%d given)", name,
                       argc);
}

/* PyNumber_Index for an argument CPython converts to a C long; -1 and
 * TypeError otherwise, or OverflowError for an int beyond 64 bits. */
static int as_index(YValue v, int64_t *out) {
  if (yrt_is_big(v)) {
    yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
    return -1;
  }
  if (!is_intlike(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", tname(v));
    return -1;
  }
  *out = v.u.i;
  return 0;
}

static int is_subclass_of(const YType *t, const YType *cls) {
  return cls == &yrt_type_object || yrt_subclass(t, cls);
}

/* The empty string, for format(v) without a spec. */
static YStr empty_str = YRT_STR_LIT("", 0, 0);

/* ===================================================================== */
/* Builtin objects                                                        */
/* ===================================================================== */

#define YRT_BUILTIN_FUNC(n) YBuiltin yrt_bobj_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, yrt_b_##n, NULL};
#define YRT_BUILTIN_FUNC_KW(n) \
  YBuiltin yrt_bobj_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, yrt_b_##n, yrt_bkw_##n};
#include "yrt_builtins.h"

/* The keyword arguments of a builtin: out[i] receives the value of the
 * keyword allowed[i] (borrowed; unbound when absent).  Any other keyword is
 * CPython's TypeError for `what` ("print()"). */
static int kwargs_of(const char *what, int nkw, YStr *const *kwnames, const YValue *kwvals,
                     const char *const *allowed, YValue *out) {
  int n = 0;
  while (allowed[n]) out[n++] = YUNBOUND;
  for (int k = 0; k < nkw; k++) {
    int i = 0;
    while (i < n && strcmp(allowed[i], kwnames[k]->data)) i++;
    if (i == n) {
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for %s", kwnames[k]->data, what);
      return -1;
    }
    out[i] = kwvals[k];
  }
  return 0;
}

/* ===================================================================== */
/* One-argument builtins                                                  */
/* ===================================================================== */

YValue yrt_b_len(int argc, const YValue *argv) {
  if (argc != 1) return want_one("len", argc);
  int64_t n = yrt_len(argv[0]);
  return n < 0 ? YERROR : yint(n);
}

YValue yrt_b_repr(int argc, const YValue *argv) {
  if (argc != 1) return want_one("repr", argc);
  return yrt_repr(argv[0]);
}

YValue yrt_b_abs(int argc, const YValue *argv) {
  if (argc != 1) return want_one("abs", argc);
  YValue v = argv[0];
  switch (v.tag) {
  case YT_BOOL: return yint(v.u.i);
  case YT_INT:
    if (v.u.i == INT64_MIN) return yrt_int_unop(YI_ABS, v);
    return yint(v.u.i < 0 ? -v.u.i : v.u.i);
  case YT_FLOAT: return yfloat(fabs(v.u.f));
  default: {
    if (yrt_is_big(v)) return yrt_int_unop(YI_ABS, v);
    YValue r = yrt_special(v, YN___abs__, 0, NULL);
    if (!YIS_UNBOUND(r)) return r;
    return yrt_raise_msg(&yrt_exc_TypeError, "bad operand type for abs(): '%s'", tname(v));
  }
  }
}

YValue yrt_b_hash(int argc, const YValue *argv) {
  if (argc != 1) return want_one("hash", argc);
  int64_t h = yrt_hash(argv[0]);
  if (h == -1 && !YIS_UNBOUND(yrt_ts.exc)) return YERROR;
  return yint(h);
}

YValue yrt_b_id(int argc, const YValue *argv) {
  if (argc != 1) return want_one("id", argc);
  YValue v = argv[0];
  if (v.tag == YT_OBJ) return yint((int64_t)(intptr_t)v.u.o);
  /* Unboxed values have no address: derive a stable id from the value, with
   * bit 62 set so that it never equals an object's address. */
  uint64_t bits = 0;
  if (v.tag == YT_FLOAT)
    memcpy(&bits, &v.u.f, sizeof bits);
  else if (v.tag == YT_INT || v.tag == YT_BOOL)
    bits = (uint64_t)v.u.i;
  uint64_t h = (bits ^ ((uint64_t)v.tag << 56)) * 0x9E3779B97F4A7C15u;
  return yint((int64_t)((h >> 2) | ((uint64_t)1 << 62)));
}

YValue yrt_b_chr(int argc, const YValue *argv) {
  if (argc != 1) return want_one("chr", argc);
  int64_t c;
  if (as_index(argv[0], &c) < 0) return YERROR;
  if (c < 0 || c >= 0x110000)
    return yrt_raise_msg(&yrt_exc_ValueError, "chr() arg not in range(0x110000)");
  char buf[4];
  int n;
  if (c < 0x80) {
    buf[0] = (char)c;
    n = 1;
  } else if (c < 0x800) {
    buf[0] = (char)(0xC0 | (c >> 6));
    buf[1] = (char)(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    buf[0] = (char)(0xE0 | (c >> 12));
    buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[2] = (char)(0x80 | (c & 0x3F));
    n = 3;
  } else {
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    n = 4;
  }
  return yrt_str_new(buf, n);
}

YValue yrt_b_ord(int argc, const YValue *argv) {
  if (argc != 1) return want_one("ord", argc);
  YValue v = argv[0];
  if (!is_str(v))
    return yrt_raise_msg(&yrt_exc_TypeError, "ord() expected string of length 1, but %s found",
                         tname(v));
  const YStr *s = (const YStr *)v.u.o;
  if (s->nchars != 1)
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "ord() expected a character, but string of length %lld found",
                         (long long)s->nchars);
  const unsigned char *p = (const unsigned char *)s->data;
  int64_t c;
  if (p[0] < 0x80)
    c = p[0];
  else if (p[0] < 0xE0)
    c = ((int64_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  else if (p[0] < 0xF0)
    c = ((int64_t)(p[0] & 0x0F) << 12) | ((int64_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  else
    c = ((int64_t)(p[0] & 0x07) << 18) | ((int64_t)(p[1] & 0x3F) << 12) |
        ((int64_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return yint(c);
}

YValue yrt_b_callable(int argc, const YValue *argv) {
  if (argc != 1) return want_one("callable", argc);
  switch (kind_of(argv[0])) {
  case YK_TYPE:
  case YK_FUNC:
  case YK_BUILTIN:
  case YK_METHOD: return YTRUE;
  default: return ybool(!YIS_UNBOUND(yrt_special_find(argv[0], YN___call__)));
  }
}

/* any() and all(): stop at the first item whose truth is `stop_on`. */
static YValue any_all(const char *name, int argc, const YValue *argv, int stop_on) {
  if (argc != 1) return want_one(name, argc);
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  YValue result = ybool(!stop_on);
  for (;;) {
    YValue item;
    int r = yrt_next(it, &item);
    if (r < 0) {
      result = YERROR;
      break;
    }
    if (r == 0) {
      yrt_decref(item);
      break;
    }
    int t = yrt_truth(item);
    yrt_decref(item);
    if (t < 0) {
      result = YERROR;
      break;
    }
    if (t == stop_on) {
      result = ybool(stop_on);
      break;
    }
  }
  yrt_decref(it);
  return result;
}

YValue yrt_b_any(int argc, const YValue *argv) { return any_all("any", argc, argv, 1); }
YValue yrt_b_all(int argc, const YValue *argv) { return any_all("all", argc, argv, 0); }

/* ===================================================================== */
/* Iteration: iter, next                                                  */
/* ===================================================================== */

/* iter(callable, sentinel): calls callable() until it returns sentinel. */
typedef struct CallIter {
  YObj ob;
  YValue func, sentinel; /* both unbound once exhausted */
} CallIter;

static void calliter_dealloc(YObj *o) {
  CallIter *it = (CallIter *)o;
  yrt_clear(&it->func);
  yrt_clear(&it->sentinel);
  free(it);
}

static int calliter_next(YObj *o, YValue *out) {
  CallIter *it = (CallIter *)o;
  *out = YNONE;
  if (YIS_UNBOUND(it->func)) return 0;
  YValue r = yrt_call(it->func, 0, NULL);
  if (YIS_ERR(r)) {
    if (yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_StopIteration)) <= 0) return -1;
    yrt_decref(yrt_fetch_exc());
  } else {
    int eq = yrt_is(it->sentinel, r) ? 1 : yrt_compare(it->sentinel, r, YC_EQ);
    if (eq == 0) {
      *out = r;
      return 1;
    }
    yrt_decref(r);
    if (eq < 0) return -1;
  }
  yrt_clear(&it->func);
  yrt_clear(&it->sentinel);
  return 0;
}

static const YTypeEx calliter_type = {
    .type = YRT_TYPE_EX_HEAD("callable_iterator", YK_ITER),
    .dealloc = calliter_dealloc,
    .next = calliter_next,
};

YValue yrt_b_iter(int argc, const YValue *argv) {
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "iter expected at least 1 argument, got 0");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "iter expected at most 2 arguments, got %d", argc);
  if (argc == 1) return yrt_iter(argv[0]);
  YValue c = yrt_b_callable(1, argv);
  if (!c.u.i) return yrt_raise_msg(&yrt_exc_TypeError, "iter(v, w): v must be callable");
  CallIter *it = yrt_obj_new(&calliter_type.type, sizeof(CallIter));
  it->func = yrt_incref(argv[0]);
  it->sentinel = yrt_incref(argv[1]);
  return yobj(it);
}

/* Can next() be called on v?  Generators can, coroutines and async
 * generators cannot; runtime-private objects can if they have a next slot. */
static int is_iterator(YValue v) {
  switch (kind_of(v)) {
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER: {
    const YTypeEx *slots = v.tag == YT_OBJ ? yrt_type_slots(v.u.o) : NULL;
    return slots && slots->next;
  }
  case YK_GEN: return v.u.o->type == &yrt_type_generator;
  default: return 0;
  }
}

YValue yrt_b_next(int argc, const YValue *argv) {
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "next expected at least 1 argument, got 0");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "next expected at most 2 arguments, got %d", argc);
  YValue it = argv[0];
  if (yrt_heap_obj(it)) {
    /* A program's iterator: its __next__, whose StopIteration goes through as it is. */
    YValue r = yrt_special(it, YN___next__, 0, NULL);
    if (YIS_UNBOUND(r)) return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", tname(it));
    if (YIS_ERR(r) && argc == 2 && yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_StopIteration)) > 0) {
      yrt_decref(yrt_fetch_exc());
      return yrt_incref(argv[1]);
    }
    return r;
  }
  if (!is_iterator(it))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", tname(it));
  YValue item;
  int r = yrt_next(it, &item);
  if (r > 0) return item;
  if (r < 0) {
    /* An iterator that raises StopIteration itself is exhausted too. */
    if (argc == 2 && yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_StopIteration)) > 0) {
      yrt_decref(yrt_fetch_exc());
      return yrt_incref(argv[1]);
    }
    return YERROR;
  }
  if (argc == 2) {
    yrt_decref(item);
    return yrt_incref(argv[1]);
  }
  YValue exc = yrt_stop_iteration(&yrt_exc_StopIteration, item);
  yrt_decref(item);
  if (YIS_ERR(exc)) return exc;
  yrt_raise(exc);
  yrt_decref(exc);
  return YERROR;
}

/* ===================================================================== */
/* print                                                                  */
/* ===================================================================== */

/* sep/end: unbound or None means the default; otherwise a str. */
static int check_sep(const char *what, YValue v) {
  if (YIS_UNBOUND(v) || YIS_NONE(v) || is_str(v)) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s must be None or a string, not %s", what, tname(v));
  return -1;
}

static void write_sep(YValue v, const char *dflt) {
  if (is_str(v))
    fwrite(((const YStr *)v.u.o)->data, 1, (size_t)((const YStr *)v.u.o)->len, stdout);
  else
    fputs(dflt, stdout);
}

/* Did the write just made to stdout fail?  Then raise as CPython does.
 * stdout is buffered as CPython buffers it (yrt_init), so the error comes
 * from the same print: the one that fills the 8 KiB buffer, or any on a
 * terminal.  stdio has dropped the buffered text, as CPython does; the
 * error is cleared because it is now reported (yrt_finish reports one that
 * is not). */
static int stdout_failed(void) { return yrt_stdio_failed(stdout); }

int yrt_stdio_failed(FILE *f) {
  if (!ferror(f)) return 0;
  int err = errno ? errno : EIO;
  clearerr(f);
  yrt_raise_oserror(err, YUNBOUND); /* OSError: [Errno 28] No space left on device, BrokenPipeError, ... */
  return 1;
}

static YValue print_to_stdout(int argc, const YValue *argv, YValue sep, YValue end) {
  if (check_sep("sep", sep) < 0 || check_sep("end", end) < 0) return YERROR;
  if (ferror(stdout)) return YNONE; /* an earlier failure: left for yrt_finish */
  errno = 0;
  for (int i = 0; i < argc; i++) {
    if (i > 0) write_sep(sep, " ");
    if (stdout_failed()) return YERROR;
    if (yrt_write_str(stdout, argv[i]) < 0) return YERROR;
    if (stdout_failed()) return YERROR;
  }
  write_sep(end, "\n");
  if (stdout_failed()) return YERROR;
  return YNONE;
}

/* sys.stdout, when a program has rebound it to another object (print
 * writes to that); else unbound: C's stdout. */
static YValue rebound_stdout(void) {
  YValue s = yrt_m_sys_stdout;
  return YIS_UNBOUND(s) || yrt_file_is_std(s, stdout) ? YUNBOUND : s;
}

static YValue print_to_file(YValue file, int argc, const YValue *argv, YValue sep, YValue end);

YValue yrt_b_print(int argc, const YValue *argv) {
  YValue out = rebound_stdout();
  if (!YIS_UNBOUND(out)) { /* held: its write() may rebind sys.stdout */
    yrt_incref(out);
    YValue r = YIS_NONE(out) ? YNONE : print_to_file(out, argc, argv, YUNBOUND, YUNBOUND);
    yrt_decref(out);
    return r;
  }
  return print_to_stdout(argc, argv, YUNBOUND, YUNBOUND);
}

/* print to any other object: str() of each piece goes to its write method,
 * as CPython does; an object without one raises AttributeError. */
static int write_to(YValue file, YValue s) {
  YValue r = yrt_callmethod(file, YN_write, 1, &s);
  yrt_decref(s);
  if (YIS_ERR(r)) return -1;
  yrt_decref(r);
  return 0;
}
static YValue print_to_file(YValue file, int argc, const YValue *argv, YValue sep, YValue end) {
  if (check_sep("sep", sep) < 0 || check_sep("end", end) < 0) return YERROR;
  for (int i = 0; i < argc; i++) {
    if (i > 0 && write_to(file, is_str(sep) ? yrt_incref(sep) : yrt_str_from_c(" ")) < 0) return YERROR;
    YValue s = yrt_str(argv[i]);
    if (YIS_ERR(s) || write_to(file, s) < 0) return YERROR;
  }
  if (write_to(file, is_str(end) ? yrt_incref(end) : yrt_str_from_c("\n")) < 0) return YERROR;
  return YNONE;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False); file=None
 * means the standard output. */
YValue yrt_bkw_print(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
  YValue kw[4];
  if (kwargs_of("print()", nkw, kwnames, argv + argc, allowed, kw) < 0) return YERROR;
  int to_file = !YIS_UNBOUND(kw[2]) && !YIS_NONE(kw[2]);
  if (!to_file && !YIS_UNBOUND(rebound_stdout())) { /* sys.stdout = other */
    kw[2] = rebound_stdout();
    if (YIS_NONE(kw[2])) return YNONE; /* CPython prints nothing to None */
    to_file = 1;
  }
  YValue held = to_file ? yrt_incref(kw[2]) : YUNBOUND; /* its write() may rebind sys.stdout */
  YValue r = to_file ? print_to_file(kw[2], argc, argv, kw[0], kw[1]) : print_to_stdout(argc, argv, kw[0], kw[1]);
  if (!YIS_ERR(r) && !YIS_UNBOUND(kw[3])) {
    int flush = yrt_truth(kw[3]);
    if (flush < 0) r = YERROR;
    if (flush > 0 && !to_file) fflush(stdout);
    if (flush > 0 && to_file) {
      YValue f = yrt_callmethod(kw[2], YN_flush, 0, NULL);
      if (YIS_ERR(f)) r = f;
      yrt_decref(f);
    }
  }
  yrt_decref(held);
  return r;
}

/* A new list of the items of `iterable`. */
static YValue list_of(YValue iterable) {
  YValue it = yrt_iter(iterable);
  if (YIS_ERR(it)) return it;
  YValue list = yrt_list_new(0, NULL);
  for (;;) {
    YValue item;
    int r = yrt_next(it, &item);
    if (r <= 0) {
      if (r == 0) {
        yrt_decref(item);
        break;
      }
      yrt_decref(list);
      list = YERROR;
      break;
    }
    int a = yrt_list_append(list, item);
    yrt_decref(item);
    if (a < 0) {
      yrt_decref(list);
      list = YERROR;
      break;
    }
  }
  yrt_decref(it);
  return list;
}

static YValue sorted_list(YValue iterable, YValue key, YValue reverse) {
  YValue list = list_of(iterable);
  if (YIS_ERR(list)) return list;
  int64_t rev = 0;
  if (!YIS_UNBOUND(reverse) && as_index(reverse, &rev) < 0) {
    yrt_decref(list);
    return YERROR;
  }
  if (yrt_list_sort(list, key, rev != 0) < 0) {
    yrt_decref(list);
    return YERROR;
  }
  return list;
}

YValue yrt_b_sorted(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "sorted expected 1 argument, got %d", argc);
  return sorted_list(argv[0], YUNBOUND, YUNBOUND);
}

/* sorted(iterable, /, *, key=None, reverse=False) */
YValue yrt_bkw_sorted(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const allowed[] = {"key", "reverse", NULL};
  YValue kw[2];
  if (kwargs_of("sort()", nkw, kwnames, argv + argc, allowed, kw) < 0) return YERROR;
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "sorted expected 1 argument, got %d", argc);
  return sorted_list(argv[0], kw[0], kw[1]);
}

/* ===================================================================== */
/* min, max, sum                                                          */
/* ===================================================================== */

static YValue minmax(int argc, const YValue *argv, YValue key, YValue dflt, int is_max) {
  const char *name = is_max ? "max" : "min";
  if (argc == 0)
    return yrt_raise_msg(&yrt_exc_TypeError, "%s expected at least 1 argument, got 0", name);
  int positional = argc > 1;
  if (positional && !YIS_UNBOUND(dflt))
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
  YValue it;
  if (positional) {
    YValue tup = yrt_tuple_new(argc, argv);
    if (YIS_ERR(tup)) return tup;
    it = yrt_iter(tup);
    yrt_decref(tup);
  } else {
    it = yrt_iter(argv[0]);
  }
  if (YIS_ERR(it)) return it;
  int has_key = !YIS_UNBOUND(key) && !YIS_NONE(key);
  YValue best = YUNBOUND, bestval = YUNBOUND;
  int failed = 0;
  for (;;) {
    YValue item;
    int r = yrt_next(it, &item);
    if (r < 0) {
      failed = 1;
      break;
    }
    if (r == 0) {
      yrt_decref(item);
      break;
    }
    YValue val = has_key ? yrt_call(key, 1, &item) : yrt_incref(item);
    if (YIS_ERR(val)) {
      yrt_decref(item);
      failed = 1;
      break;
    }
    if (YIS_UNBOUND(best)) {
      best = item;
      bestval = val;
      continue;
    }
    int c = yrt_compare(val, bestval, is_max ? YC_GT : YC_LT);
    if (c < 0) {
      yrt_decref(item);
      yrt_decref(val);
      failed = 1;
      break;
    }
    if (c) {
      yrt_store(&best, item);
      yrt_store(&bestval, val);
    } else {
      yrt_decref(item);
      yrt_decref(val);
    }
  }
  yrt_decref(it);
  yrt_decref(bestval);
  if (failed) {
    yrt_decref(best);
    return YERROR;
  }
  if (YIS_UNBOUND(best)) {
    if (!YIS_UNBOUND(dflt)) return yrt_incref(dflt);
    return yrt_raise_msg(&yrt_exc_ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}

YValue yrt_b_min(int argc, const YValue *argv) {
  return minmax(argc, argv, YUNBOUND, YUNBOUND, 0);
}

YValue yrt_b_max(int argc, const YValue *argv) {
  return minmax(argc, argv, YUNBOUND, YUNBOUND, 1);
}

/* min/max(iterable, *, key=None, default=...), min/max(a, b, *args, key=None) */
static YValue minmax_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames, int is_max) {
  static const char *const allowed[] = {"key", "default", NULL};
  YValue kw[2];
  if (kwargs_of(is_max ? "max()" : "min()", nkw, kwnames, argv + argc, allowed, kw) < 0) return YERROR;
  return minmax(argc, argv, kw[0], kw[1], is_max);
}
YValue yrt_bkw_min(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return minmax_kw(argc, argv, nkw, kwnames, 0);
}
YValue yrt_bkw_max(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return minmax_kw(argc, argv, nkw, kwnames, 1);
}

YValue yrt_b_sum(int argc, const YValue *argv) {
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "sum() takes at least 1 positional argument (0 given)");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "sum() takes at most 2 arguments (%d given)", argc);
  YValue result = argc == 2 ? argv[1] : yint(0);
  if (is_str(result))
    return yrt_raise_msg(&yrt_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  yrt_incref(result);
  for (;;) {
    YValue item;
    int r = yrt_next(it, &item);
    if (r < 0) {
      yrt_clear(&result);
      result = YERROR;
      break;
    }
    if (r == 0) {
      yrt_decref(item);
      break;
    }
    YValue sum = yrt_add(result, item);
    yrt_decref(item);
    yrt_decref(result);
    result = sum;
    if (YIS_ERR(result)) break;
  }
  yrt_decref(it);
  return result;
}

/* ===================================================================== */
/* isinstance                                                             */
/* ===================================================================== */

static int isinstance_of(YValue x, YValue cls) {
  if (is_type(cls)) return is_subclass_of(yrt_typeof(x), (const YType *)cls.u.o);
  if (is_tuple(cls)) {
    const YTuple *t = (const YTuple *)cls.u.o;
    for (int64_t i = 0; i < t->len; i++) {
      int r = isinstance_of(x, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError,
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

static int issubclass_of(YValue c, YValue cls) {
  if (is_type(cls)) return is_subclass_of((const YType *)c.u.o, (const YType *)cls.u.o);
  if (is_tuple(cls)) {
    const YTuple *t = (const YTuple *)cls.u.o;
    for (int64_t i = 0; i < t->len; i++) {
      int r = issubclass_of(c, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

YValue yrt_b_issubclass(int argc, const YValue *argv) {
  if (argc != 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "issubclass expected 2 arguments, got %d", argc);
  if (!is_type(argv[0])) return yrt_raise_msg(&yrt_exc_TypeError, "issubclass() arg 1 must be a class");
  int r = issubclass_of(argv[0], argv[1]);
  return r < 0 ? YERROR : ybool(r);
}

/* ===================================================================== */
/* getattr, setattr, hasattr, delattr                                     */
/* ===================================================================== */

static int attr_name(const char *fn, YValue name) {
  if (is_str(name)) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s(): attribute name must be string", fn);
  return -1;
}

YValue yrt_b_getattr(int argc, const YValue *argv) {
  if (argc < 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "getattr expected at least 2 arguments, got %d", argc);
  if (argc > 3) return yrt_raise_msg(&yrt_exc_TypeError, "getattr expected at most 3 arguments, got %d", argc);
  if (attr_name("getattr", argv[1]) < 0) return YERROR;
  YValue r = yrt_getattr_str(argv[0], argv[1]);
  if (YIS_ERR(r) && argc == 3 && yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_AttributeError))) {
    yrt_decref(yrt_fetch_exc());
    return yrt_incref(argv[2]);
  }
  return r;
}

YValue yrt_b_hasattr(int argc, const YValue *argv) {
  if (argc != 2) return yrt_raise_msg(&yrt_exc_TypeError, "hasattr expected 2 arguments, got %d", argc);
  if (attr_name("hasattr", argv[1]) < 0) return YERROR;
  YValue r = yrt_getattr_str(argv[0], argv[1]);
  if (YIS_ERR(r)) {
    if (!yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_AttributeError))) return r;
    yrt_decref(yrt_fetch_exc());
    return YFALSE;
  }
  yrt_decref(r);
  return YTRUE;
}

YValue yrt_b_setattr(int argc, const YValue *argv) {
  if (argc != 3) return yrt_raise_msg(&yrt_exc_TypeError, "setattr expected 3 arguments, got %d", argc);
  if (attr_name("setattr", argv[1]) < 0) return YERROR;
  return yrt_setattr_str(argv[0], argv[1], argv[2]) < 0 ? YERROR : YNONE;
}

YValue yrt_b_delattr(int argc, const YValue *argv) {
  if (argc != 2) return yrt_raise_msg(&yrt_exc_TypeError, "delattr expected 2 arguments, got %d", argc);
  if (attr_name("delattr", argv[1]) < 0) return YERROR;
  return yrt_delattr_str(argv[0], argv[1]) < 0 ? YERROR : YNONE;
}

YValue yrt_b_isinstance(int argc, const YValue *argv) {
  if (argc != 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "isinstance expected 2 arguments, got %d", argc);
  int r = isinstance_of(argv[0], argv[1]);
  return r < 0 ? YERROR : ybool(r);
}

/* ===================================================================== */
/* round, divmod, pow                                                    */
/* ===================================================================== */

/* float.__round__() without ndigits: half to even, to int. */
static YValue round_float_to_int(double x) {
  if (isnan(x)) return yrt_raise_msg(&yrt_exc_ValueError, "cannot convert float NaN to integer");
  if (isinf(x))
    return yrt_raise_msg(&yrt_exc_OverflowError, "cannot convert float infinity to integer");
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  if (r < -9223372036854775808.0 || r >= 9223372036854775808.0) return yrt_int_from_double(r);
  return yint((int64_t)r);
}

/* CPython's double_round: round the exact decimal value of x half to even
 * at 10**-ndigits and read the result back. */
static YValue round_float(double x, int64_t ndigits) {
  enum { NDIGITS_MAX = 323, NDIGITS_MIN = -308 };
  if (!isfinite(x) || ndigits > NDIGITS_MAX) return yfloat(x);
  if (ndigits < NDIGITS_MIN) return yfloat(0.0 * x);
  /* The exact expansion: at most 309 integer and 1074 fraction digits. */
  char exact[1500];
  snprintf(exact, sizeof exact, "%.1074f", fabs(x));
  char *dot = strchr(exact, '.');
  int64_t ipart = dot - exact;
  /* digits = integer digits followed by fraction digits */
  char *digits = yrt_malloc(strlen(exact) + 2);
  memcpy(digits + 1, exact, (size_t)ipart);
  strcpy(digits + 1 + ipart, dot + 1);
  digits[0] = '0'; /* room for a carry */
  char *d = digits + 1;
  int64_t nd = (int64_t)strlen(d);
  int64_t keep = ipart + ndigits; /* digits kept before the rounding point */
  YValue res;
  if (keep >= nd) {
    res = yfloat(x);
  } else if (keep < 0) {
    res = yfloat(0.0 * x);
  } else {
    int up;
    char first = d[keep];
    int rest_nonzero = 0;
    for (int64_t i = keep + 1; i < nd; i++)
      if (d[i] != '0') {
        rest_nonzero = 1;
        break;
      }
    if (first > '5' || (first == '5' && rest_nonzero))
      up = 1;
    else if (first == '5')
      up = keep > 0 && ((d[keep - 1] - '0') & 1);
    else
      up = 0;
    d[keep] = '\0';
    char *start = d;
    if (up) {
      int64_t i = keep - 1;
      for (; i >= 0 && d[i] == '9'; i--) d[i] = '0';
      if (i >= 0)
        d[i]++;
      else {
        digits[0] = '1';
        start = digits;
      }
    }
    if (*start == '\0') start = "0";
    char buf[1600];
    snprintf(buf, sizeof buf, "%s%se%lld", signbit(x) ? "-" : "", start, (long long)-ndigits);
    errno = 0;
    double r = strtod(buf, NULL);
    if (errno == ERANGE && fabs(r) >= 1.0)
      res = yrt_raise_msg(&yrt_exc_OverflowError, "rounded value too large to represent");
    else
      res = yfloat(r);
  }
  free(digits);
  return res;
}

/* round(number, ndigits=None); ndigits unbound when not given. */
static YValue round_of(YValue x, YValue ndigits) {
  if (!is_number(x))
    return yrt_raise_msg(&yrt_exc_TypeError, "type %s doesn't define __round__ method", tname(x));
  int has_nd = !YIS_UNBOUND(ndigits) && !YIS_NONE(ndigits);
  int64_t nd = 0;
  if (has_nd && yrt_is_big(ndigits))
    yrt_int_clamp(ndigits, &nd); /* CPython clamps ndigits too */
  else if (has_nd && as_index(ndigits, &nd) < 0)
    return YERROR;
  if (yrt_is_int(x)) {
    if (x.tag == YT_BOOL) x = yint(x.u.i);
    return has_nd ? yrt_int_round(x, ndigits) : yrt_incref(x);
  }
  return has_nd ? round_float(x.u.f, nd) : round_float_to_int(x.u.f);
}

static const char *const round_params[] = {"number", "ndigits"};

YValue yrt_b_round(int argc, const YValue *argv) {
  YValue a[2];
  if (yrt_args_kw("round", round_params, 2, 1, 2, argc, argv, 0, NULL, a) < 0) return YERROR;
  return round_of(a[0], a[1]);
}

YValue yrt_bkw_round(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue a[2];
  if (yrt_args_kw("round", round_params, 2, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return round_of(a[0], a[1]);
}

YValue yrt_b_divmod(int argc, const YValue *argv) {
  if (argc != 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "divmod expected 2 arguments, got %d", argc);
  YValue a = argv[0], b = argv[1];
  if (!is_number(a) || !is_number(b))
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and '%s'", tname(a),
                         tname(b));
  int is_float = a.tag == YT_FLOAT || b.tag == YT_FLOAT;
  double fa, fb;
  if (is_float && (yrt_int_to_double(a.tag == YT_FLOAT ? yint(0) : a, &fa) < 0 ||
                   yrt_int_to_double(b.tag == YT_FLOAT ? yint(0) : b, &fb) < 0))
    return YERROR; /* float(big) overflows */
  int zero = b.tag == YT_FLOAT ? b.u.f == 0.0 : yrt_int_sign(b) == 0;
  if (zero)
    return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "%s",
                         is_float ? "float divmod()" : "integer division or modulo by zero");
  YValue q = yrt_floordiv(a, b);
  if (YIS_ERR(q)) return q;
  YValue r = yrt_mod(a, b);
  if (YIS_ERR(r)) {
    yrt_decref(q);
    return r;
  }
  YValue items[2] = {q, r};
  return yrt_tuple_steal(2, items);
}

/* pow(base, exp[, mod]): base ** exp, or with a modulus (ints only). */
/* pow(base, exp, mod=None); mod unbound when not given. */
static YValue pow_of(YValue a, YValue b, YValue m) {
  if (YIS_UNBOUND(m) || YIS_NONE(m)) return yrt_pow(a, b);
  /* As CPython's ternary_op: float's slot refuses a modulus; int's takes
   * three ints; anything else has no slot. */
  if (a.tag == YT_FLOAT || b.tag == YT_FLOAT || m.tag == YT_FLOAT)
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
  if (!yrt_is_int(a) || !yrt_is_int(b) || !yrt_is_int(m))
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tname(a),
                         tname(b), tname(m));
  return yrt_int_powmod(a, b, m);
}

static const char *const pow_params[] = {"base", "exp", "mod"};

YValue yrt_b_pow(int argc, const YValue *argv) {
  YValue a[3];
  if (yrt_args_kw("pow", pow_params, 3, 2, 3, argc, argv, 0, NULL, a) < 0) return YERROR;
  return pow_of(a[0], a[1], a[2]);
}

YValue yrt_bkw_pow(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue a[3];
  if (yrt_args_kw("pow", pow_params, 3, 2, 3, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return pow_of(a[0], a[1], a[2]);
}

/* ===================================================================== */
/* format                                                                 */
/* ===================================================================== */

YValue yrt_b_format(int argc, const YValue *argv) {
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "format expected at least 1 argument, got 0");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "format expected at most 2 arguments, got %d", argc);
  YValue spec = argc == 2 ? argv[1] : yobj(&empty_str);
  if (!is_str(spec))
    return yrt_raise_msg(&yrt_exc_TypeError, "format() argument 2 must be str, not %s",
                         tname(spec));
  return yrt_format(argv[0], spec);
}

/* ===================================================================== */
/* hex, oct, bin, ascii, vars; sum with start=                            */
/* ===================================================================== */

/* hex/oct/bin: the int's digits in base with CPython's prefix. */
static YValue int_in_base(const char *name, int argc, const YValue *argv, int base, const char *prefix) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes exactly one argument (%d given)", name, argc);
  YValue x = argv[0];
  if (!yrt_is_int(x))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", tname(x));
  size_t len;
  int neg;
  char *digits = yrt_int_digits(x, base, 0, &len, &neg);
  if (!digits) return YERROR;
  YValue r = yrt_str_from_fmt("%s%s%s", neg ? "-" : "", prefix, digits);
  free(digits);
  return r;
}

YValue yrt_b_hex(int argc, const YValue *argv) { return int_in_base("hex", argc, argv, 16, "0x"); }
YValue yrt_b_oct(int argc, const YValue *argv) { return int_in_base("oct", argc, argv, 8, "0o"); }
YValue yrt_b_bin(int argc, const YValue *argv) { return int_in_base("bin", argc, argv, 2, "0b"); }

YValue yrt_b_ascii(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "ascii() takes exactly one argument (%d given)", argc);
  return yrt_ascii(argv[0]);
}

/* vars(obj): obj.__dict__.  vars() with no argument (locals()) is rejected
 * by the compiler. */
YValue yrt_b_vars(int argc, const YValue *argv) {
  if (argc != 1) {
    if (argc > 1) return yrt_raise_msg(&yrt_exc_TypeError, "vars expected at most 1 argument, got %d", argc);
    return yrt_raise_msg(&yrt_exc_TypeError, "vars() without an argument is not supported");
  }
  YValue d = yrt_getattr(argv[0], YN___dict__);
  if (YIS_ERR(d) && yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_AttributeError)) == 1) {
    yrt_decref(yrt_fetch_exc());
    return yrt_raise_msg(&yrt_exc_TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

/* sum(iterable, /, start=0). */
YValue yrt_bkw_sum(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"start", NULL};
  YValue start;
  if (argc + nkw > 2) return yrt_raise_msg(&yrt_exc_TypeError, "sum() takes at most 2 arguments (%d given)", argc + nkw);
  if (argc < 1) return yrt_raise_msg(&yrt_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (kwargs_of("sum()", nkw, kwnames, argv + argc, names, &start) < 0) return YERROR;
  if (argc == 2) /* start given twice */
    return yrt_raise_msg(&yrt_exc_TypeError, "argument for sum() given by name ('start') and position (2)");
  return yrt_b_sum(2, (YValue[]){argv[0], start});
}

/* ===================================================================== */
/* Calls of the builtin types with keyword arguments                      */
/* ===================================================================== */

/* int(x, base=), str(object=, encoding=, errors=), dict(**kw),
 * enumerate(iterable, start=), zip(*its, strict=); every other builtin type
 * takes no keyword arguments.  The nkw keyword values follow the argc
 * positional ones in argv. */
YValue yrt_type_call_kw(const YType *t, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (t == &yrt_type_dict) return yrt_dict_call_kw(argc, argv, nkw, kwnames);
  if (t == &yrt_type_enumerate) return yrt_enumerate_kw(argc, argv, nkw, kwnames);
  if (t == &yrt_type_zip) return yrt_zip_kw(argc, argv, nkw, kwnames);
  if (t == &yrt_stringio_type.ex.type) return yrt_stringio_call_kw(argc, argv, nkw, kwnames);
  const YTypeOps *ops = yrt_type_ops(t);
  if (ops && ops->call_kw) return ops->call_kw(argc, argv, nkw, kwnames);
  if (t == &yrt_type_int) {
    if (argc + nkw > 2) return yrt_raise_msg(&yrt_exc_TypeError, "int() takes at most 2 arguments (%d given)", argc + nkw);
    if (strcmp(kwnames[0]->data, "base"))
      return yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for int()", kwnames[0]->data);
    if (argc == 0) return yrt_raise_msg(&yrt_exc_TypeError, "int() missing string argument");
    return t->call(t, 2, argv);
  }
  if (t == &yrt_type_str) {
    static const char *const names[] = {"object", "encoding", "errors"};
    YValue a[3];
    if (argc + nkw > 3) return yrt_raise_msg(&yrt_exc_TypeError, "str() takes at most 3 arguments (%d given)", argc + nkw);
    if (yrt_args_kw("str", names, 3, 0, 3, argc, argv, nkw, kwnames, a) < 0) return YERROR;
    if (YIS_UNBOUND(a[1]) && YIS_UNBOUND(a[2])) return YIS_UNBOUND(a[0]) ? t->call(t, 0, NULL) : yrt_str(a[0]);
    if (YIS_UNBOUND(a[0])) return t->call(t, 0, NULL);
    return t->call(t, 2, (YValue[]){a[0], YIS_UNBOUND(a[1]) ? a[2] : a[1]});
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no keyword arguments", t->name);
}
