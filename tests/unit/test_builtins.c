/*
 * test_builtins.c: unit tests of runtime/builtins.c.
 *
 * A standalone program linked against libyieldrt:
 *   cc -std=c11 -Iruntime tests/unit/test_builtins.c build/libyieldrt.a -lgmp -lpcre2-8 -lm
 * It prints one PASS/FAIL line per check and exits nonzero on any failure.
 * Every expected message and result was produced by CPython 3.11 (python3)
 * evaluating the expression quoted in the check's name.
 */
#include "rt.h"

#include <math.h>
#include <unistd.h>

static int failures, checks;

static void check(int ok, const char *what) {
  checks++;
  if (!ok) failures++;
  printf("%s %s\n", ok ? "PASS" : "FAIL", what);
  fflush(stdout);
}

static YValue S(const char *s) { return yrt_str_from_c(s); }
static YValue cls(const YType *t) { return yobj((void *)t); }

/* Check that r (owned, released here) failed with type: msg. */
static void check_err(YValue r, const YType *type, const char *msg, const char *what) {
  YValue e = yrt_fetch_exc();
  int ok = YIS_ERR(r) && !YIS_UNBOUND(e) && yrt_typeof(e) == type;
  const char *got = "(no exception)";
  YValue s = YUNBOUND;
  if (!YIS_UNBOUND(e)) {
    s = yrt_exc_str(e);
    got = YIS_ERR(s) ? "<str failed>" : yrt_str_cstr(s);
    ok = ok && strcmp(got, msg) == 0;
  }
  if (!ok)
    fprintf(stderr, "  %s: got %s: %s\n", what, YIS_UNBOUND(e) ? "-" : yrt_typeof(e)->name, got);
  check(ok, what);
  if (!YIS_ERR(r)) yrt_decref(r);
  if (!YIS_UNBOUND(s) && !YIS_ERR(s)) yrt_decref(s);
  yrt_decref(e);
}

/* Check that r (owned, released here) has the repr `want`. */
static void check_repr(YValue r, const char *want, const char *what) {
  if (YIS_ERR(r)) {
    check_err(r, &yrt_exc_Exception, "(expected a value)", what);
    return;
  }
  YValue s = yrt_repr(r);
  int ok = !YIS_ERR(s) && strcmp(yrt_str_cstr(s), want) == 0;
  if (!ok)
    fprintf(stderr, "  %s: got %s want %s\n", what, YIS_ERR(s) ? "<error>" : yrt_str_cstr(s), want);
  check(ok, what);
  yrt_decref(s);
  yrt_decref(r);
}

static void check_int(YValue r, int64_t want, const char *what) {
  int ok = r.tag == YT_INT && r.u.i == want;
  if (!ok && YIS_ERR(r)) yrt_decref(yrt_fetch_exc());
  check(ok, what);
}

static void check_float(YValue r, double want, const char *what) {
  int ok = r.tag == YT_FLOAT && (r.u.f == want || (isnan(r.u.f) && isnan(want))) &&
           signbit(r.u.f) == signbit(want);
  if (!ok) fprintf(stderr, "  %s: got %.17g (tag %d) want %.17g\n", what, r.u.f, r.tag, want);
  if (YIS_ERR(r)) yrt_decref(yrt_fetch_exc());
  check(ok, what);
}

/* ---- a few Python values ---- */

static YValue list_of_ints(int n, const int64_t *v) {
  YValue l = yrt_list_new(0, NULL);
  for (int i = 0; i < n; i++) yrt_list_append(l, yint(v[i]));
  return l;
}

static YValue list2(YValue a, YValue b) {
  YValue items[2] = {a, b};
  return yrt_list_new(2, items);
}

/* Call a keyword builtin as the compiler does, passing only the keywords
 * whose value is bound: kwcall(yrt_bkw_sorted, 1, &l, "key", k, "reverse", r). */
typedef YValue (*KwFn)(int argc, const YValue *argv, int nkw, YStr *const *kwnames);
static YValue kwcall(KwFn fn, int argc, const YValue *argv, const char *n1, YValue v1, const char *n2,
                     YValue v2) {
  YValue all[8];
  YStr *names[2] = {0};
  int nkw = 0;
  for (int i = 0; i < argc; i++) all[i] = argv[i];
  const char *ns[2] = {n1, n2};
  YValue vs[2] = {v1, v2};
  for (int k = 0; k < 2; k++)
    if (!YIS_UNBOUND(vs[k])) {
      names[nkw] = (YStr *)yrt_str_from_c(ns[k]).u.o;
      all[argc + nkw++] = vs[k];
    }
  YValue r = fn(argc, all, nkw, names);
  for (int k = 0; k < nkw; k++) yrt_decref(yobj(names[k]));
  return r;
}
static YValue sorted_kw(YValue l, YValue key, YValue reverse) {
  return kwcall(yrt_bkw_sorted, 1, &l, "key", key, "reverse", reverse);
}
static YValue print_kw(int argc, const YValue *argv, YValue sep, YValue end) {
  return kwcall(yrt_bkw_print, argc, argv, "sep", sep, "end", end);
}
static YValue minmax_kw(int argc, const YValue *argv, YValue key, YValue dflt, int is_max) {
  return kwcall(is_max ? yrt_bkw_max : yrt_bkw_min, argc, argv, "key", key, "default", dflt);
}

/* A builtin used as key=: x % 1000 */
static YValue mod1000_fn(int argc, const YValue *argv) {
  (void)argc;
  return yint(argv[0].u.i % 1000);
}
static YBuiltin mod1000 = {{YRT_IMMORTAL, &yrt_type_builtin}, "mod1000", mod1000_fn, NULL};
static YValue neg_fn(int argc, const YValue *argv) {
  (void)argc;
  return yrt_neg(argv[0]);
}
static YBuiltin neg = {{YRT_IMMORTAL, &yrt_type_builtin}, "neg", neg_fn, NULL};
/* A builtin returning 0, 1, 2, ... on successive calls. */
static int64_t counter_state;
static YValue counter_fn(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return yint(counter_state++);
}
static YBuiltin counter = {{YRT_IMMORTAL, &yrt_type_builtin}, "counter", counter_fn, NULL};

/* An iterator that yields 1, 2 then finishes with a return value, like a
 * generator doing `return 5`; or raises StopIteration itself. */
typedef struct RetIter {
  YObj ob;
  int i;
  int raise_stop;
} RetIter;
static void retiter_dealloc(YObj *o) { free(o); }
static int retiter_next(YObj *o, YValue *out) {
  RetIter *it = (RetIter *)o;
  if (it->i < 2) {
    *out = yint(++it->i);
    return 1;
  }
  if (it->raise_stop) {
    yrt_raise(cls(&yrt_exc_StopIteration));
    return -1;
  }
  *out = yint(5);
  return 0;
}
static const YTypeEx retiter_type = {YRT_TYPE_EX_HEAD("retiter", YK_ITER),
                                     retiter_dealloc,
                                     retiter_next,
                                     NULL,
                                     NULL,
                                     NULL,
                                     NULL,
                                     NULL};
static YValue retiter(int raise_stop) {
  RetIter *it = yrt_obj_new(&retiter_type.type, sizeof(RetIter));
  it->raise_stop = raise_stop;
  return yobj(it);
}

/* ---- stdout capture ---- */
static int saved_fd;
static FILE *cap_tmp;
static void cap_begin(void) {
  fflush(stdout);
  saved_fd = dup(1);
  cap_tmp = tmpfile();
  dup2(fileno(cap_tmp), 1);
}
static char *cap_end(void) {
  fflush(stdout);
  dup2(saved_fd, 1);
  close(saved_fd);
  long n = ftell(cap_tmp);
  char *buf = malloc((size_t)n + 1);
  rewind(cap_tmp);
  buf[fread(buf, 1, (size_t)n, cap_tmp)] = '\0';
  fclose(cap_tmp);
  return buf;
}

/* ===================================================================== */

static void test_objects(void) {
  check(yrt_bobj_len.ob.type == &yrt_type_builtin && strcmp(yrt_bobj_len.name, "len") == 0 &&
            yrt_bobj_len.fn == yrt_b_len && yrt_bobj_len.ob.refcnt == YRT_IMMORTAL,
        "yrt_bobj_len is an immortal builtin named len");
  check(strcmp(yrt_bobj_isinstance.name, "isinstance") == 0 &&
            strcmp(yrt_bobj_callable.name, "callable") == 0,
        "builtin object names");
}

static void test_arity(void) {
  YValue a[3] = {yint(1), yint(2), yint(3)};
  const YType *TE = &yrt_exc_TypeError;
  check_err(yrt_b_len(0, a), TE, "len() takes exactly one argument (0 given)", "len()");
  check_err(yrt_b_len(2, a), TE, "len() takes exactly one argument (2 given)", "len(1,2)");
  check_err(yrt_b_repr(0, a), TE, "repr() takes exactly one argument (0 given)", "repr()");
  check_err(yrt_b_repr(2, a), TE, "repr() takes exactly one argument (2 given)", "repr(1,2)");
  check_err(yrt_b_abs(0, a), TE, "abs() takes exactly one argument (0 given)", "abs()");
  check_err(yrt_b_next(0, a), TE, "next expected at least 1 argument, got 0", "next()");
  check_err(yrt_b_next(3, a), TE, "next expected at most 2 arguments, got 3", "next(1,2,3)");
  check_err(yrt_b_iter(0, a), TE, "iter expected at least 1 argument, got 0", "iter()");
  check_err(yrt_b_iter(3, a), TE, "iter expected at most 2 arguments, got 3", "iter(1,2,3)");
  check_err(yrt_b_sorted(0, a), TE, "sorted expected 1 argument, got 0", "sorted()");
  check_err(yrt_b_sorted(2, a), TE, "sorted expected 1 argument, got 2", "sorted(1, 2)");
  check_err(yrt_b_any(0, a), TE, "any() takes exactly one argument (0 given)", "any()");
  check_err(yrt_b_any(2, a), TE, "any() takes exactly one argument (2 given)", "any(1, 2)");
  check_err(yrt_b_all(0, a), TE, "all() takes exactly one argument (0 given)", "all()");
  check_err(yrt_b_sum(0, a), TE, "sum() takes at least 1 positional argument (0 given)", "sum()");
  check_err(yrt_b_sum(3, a), TE, "sum() takes at most 2 arguments (3 given)", "sum(1,2,3)");
  check_err(yrt_b_min(0, a), TE, "min expected at least 1 argument, got 0", "min()");
  check_err(yrt_b_max(0, a), TE, "max expected at least 1 argument, got 0", "max()");
  check_err(yrt_b_isinstance(0, a), TE, "isinstance expected 2 arguments, got 0", "isinstance()");
  check_err(yrt_b_isinstance(1, a), TE, "isinstance expected 2 arguments, got 1", "isinstance(1)");
  check_err(yrt_b_round(0, a), TE, "round() missing required argument 'number' (pos 1)", "round()");
  check_err(yrt_b_round(3, a), TE, "round() takes at most 2 arguments (3 given)", "round(1,2,3)");
  check_err(yrt_b_divmod(0, a), TE, "divmod expected 2 arguments, got 0", "divmod()");
  check_err(yrt_b_divmod(1, a), TE, "divmod expected 2 arguments, got 1", "divmod(1)");
  check_err(yrt_b_hash(0, a), TE, "hash() takes exactly one argument (0 given)", "hash()");
  check_err(yrt_b_hash(2, a), TE, "hash() takes exactly one argument (2 given)", "hash(1, 2)");
  check_err(yrt_b_id(0, a), TE, "id() takes exactly one argument (0 given)", "id()");
  check_err(yrt_b_id(2, a), TE, "id() takes exactly one argument (2 given)", "id(1, 2)");
  check_err(yrt_b_chr(0, a), TE, "chr() takes exactly one argument (0 given)", "chr()");
  check_err(yrt_b_chr(2, a), TE, "chr() takes exactly one argument (2 given)", "chr(1, 2)");
  check_err(yrt_b_ord(0, a), TE, "ord() takes exactly one argument (0 given)", "ord()");
  check_err(yrt_b_ord(2, a), TE, "ord() takes exactly one argument (2 given)", "ord(1, 2)");
  check_err(yrt_b_callable(0, a), TE, "callable() takes exactly one argument (0 given)",
            "callable()");
  check_err(yrt_b_callable(2, a), TE, "callable() takes exactly one argument (2 given)",
            "callable(1, 2)");
  check_err(yrt_b_format(0, a), TE, "format expected at least 1 argument, got 0", "format()");
  check_err(yrt_b_format(3, a), TE, "format expected at most 2 arguments, got 3", "format(1,2,3)");
}

static void test_simple(void) {
  const YType *TE = &yrt_exc_TypeError;
  YValue s = S("héllo"), five = yint(5);
  check_int(yrt_b_len(1, &s), 5, "len('héllo') == 5");
  check_err(yrt_b_len(1, &five), TE, "object of type 'int' has no len()", "len(5)");
  YValue rs = yrt_b_repr(1, &s);
  check(!YIS_ERR(rs) && strcmp(yrt_str_cstr(rs), "'héllo'") == 0, "repr('héllo')");
  yrt_decref(rs);

  YValue v = yint(-7);
  check_int(yrt_b_abs(1, &v), 7, "abs(-7)");
  v = YTRUE;
  check_int(yrt_b_abs(1, &v), 1, "abs(True) == 1");
  v = yfloat(-0.0);
  check_float(yrt_b_abs(1, &v), 0.0, "abs(-0.0) == 0.0");
  v = yfloat(-2.5);
  check_float(yrt_b_abs(1, &v), 2.5, "abs(-2.5)");
  check_err(yrt_b_abs(1, &s), TE, "bad operand type for abs(): 'str'", "abs('a')");
  v = YNONE;
  check_err(yrt_b_abs(1, &v), TE, "bad operand type for abs(): 'NoneType'", "abs(None)");
  v = yint(INT64_MIN);
  check_repr(yrt_b_abs(1, &v), "9223372036854775808", "abs(-2**63) is a big int");

  check_int(yrt_b_hash(1, &five), 5, "hash(5)");
  YValue l = yrt_list_new(0, NULL);
  check_err(yrt_b_hash(1, &l), TE, "unhashable type: 'list'", "hash([])");
  YValue i1 = yrt_b_id(1, &l), i2 = yrt_b_id(1, &l);
  check(i1.tag == YT_INT && i1.u.i == i2.u.i, "id(x) is stable");
  YValue i3 = yrt_b_id(1, &five), i4 = yrt_b_id(1, &five);
  check(i3.tag == YT_INT && i3.u.i == i4.u.i && i3.u.i != i1.u.i && i3.u.i > 0,
        "id of an int is stable and positive");

  /* chr / ord */
  v = yint(233);
  check_repr(yrt_b_chr(1, &v), "'é'", "chr(233)");
  v = yint(0x1F600);
  YValue emoji = yrt_b_chr(1, &v);
  check(!YIS_ERR(emoji) && strcmp(yrt_str_cstr(emoji), "\xF0\x9F\x98\x80") == 0, "chr(0x1F600)");
  check_int(yrt_b_ord(1, &emoji), 0x1F600, "ord(chr(0x1F600))");
  yrt_decref(emoji);
  v = yint(0x7FF);
  YValue two = yrt_b_chr(1, &v);
  check_int(yrt_b_ord(1, &two), 0x7FF, "ord(chr(0x7FF))");
  yrt_decref(two);
  v = yint(0xFFFF);
  YValue three = yrt_b_chr(1, &v);
  check_int(yrt_b_ord(1, &three), 0xFFFF, "ord(chr(0xFFFF))");
  yrt_decref(three);
  v = yint(65);
  YValue A = yrt_b_chr(1, &v);
  check_int(yrt_b_ord(1, &A), 65, "ord('A')");
  yrt_decref(A);
  check_err(yrt_b_chr(1, &s), TE, "'str' object cannot be interpreted as an integer", "chr('a')");
  v = yfloat(1.5);
  check_err(yrt_b_chr(1, &v), TE, "'float' object cannot be interpreted as an integer", "chr(1.5)");
  v = yint(-1);
  check_err(yrt_b_chr(1, &v), &yrt_exc_ValueError, "chr() arg not in range(0x110000)", "chr(-1)");
  v = yint(0x110000);
  check_err(yrt_b_chr(1, &v), &yrt_exc_ValueError, "chr() arg not in range(0x110000)",
            "chr(0x110000)");
  check_err(yrt_b_ord(1, &five), TE, "ord() expected string of length 1, but int found", "ord(5)");
  YValue ab = S("ab"), empty = S("");
  check_err(yrt_b_ord(1, &ab), TE, "ord() expected a character, but string of length 2 found",
            "ord('ab')");
  check_err(yrt_b_ord(1, &empty), TE, "ord() expected a character, but string of length 0 found",
            "ord('')");

  /* callable */
  YValue c = yobj(&yrt_bobj_len);
  check(yrt_b_callable(1, &c).u.i == 1, "callable(len)");
  c = cls(&yrt_type_int);
  check(yrt_b_callable(1, &c).u.i == 1, "callable(int)");
  c = cls(&yrt_exc_ValueError);
  check(yrt_b_callable(1, &c).u.i == 1, "callable(ValueError)");
  check(yrt_b_callable(1, &five).u.i == 0, "callable(5) is False");
  check(yrt_b_callable(1, &s).u.i == 0, "callable('x') is False");

  /* format */
  YValue fa[2] = {S("x"), yint(2)};
  check_repr(yrt_b_format(1, fa), "'x'", "format('x')");
  YValue fb[2] = {yint(1), yint(2)};
  check_err(yrt_b_format(2, fb), TE, "format() argument 2 must be str, not int", "format(1, 2)");
  YValue fc[2] = {yfloat(3.14159), S(".2f")};
  YValue fr = yrt_b_format(2, fc);
  YValue want = yrt_format(fc[0], fc[1]);
  check(!YIS_ERR(fr) && !YIS_ERR(want) && strcmp(yrt_str_cstr(fr), yrt_str_cstr(want)) == 0,
        "format(3.14159, '.2f') is yrt_format");
  yrt_decref(fr);
  yrt_decref(want);
  yrt_decref(fc[1]);
  yrt_decref(fa[0]);

  /* any / all */
  YValue items[3] = {yint(0), S(""), yint(3)};
  YValue lst = yrt_list_new(3, items);
  check(yrt_b_any(1, &lst).u.i == 1, "any([0, '', 3])");
  check(yrt_b_all(1, &lst).u.i == 0, "all([0, '', 3]) is False");
  check(yrt_b_all(1, &l).u.i == 1 && yrt_b_any(1, &l).u.i == 0, "all([]) True, any([]) False");
  check_err(yrt_b_any(1, &five), TE, "'int' object is not iterable", "any(5)");
  yrt_decref(lst);
  yrt_decref(items[1]);

  yrt_decref(l);
  yrt_decref(s);
  yrt_decref(ab);
  yrt_decref(empty);
}

static void test_iter_next(void) {
  const YType *TE = &yrt_exc_TypeError;
  YValue five = yint(5);
  check_err(yrt_b_next(1, &five), TE, "'int' object is not an iterator", "next(5)");
  YValue l = list2(yint(1), yint(2));
  check_err(yrt_b_next(1, &l), TE, "'list' object is not an iterator", "next([1])");
  YValue s = S("ab");
  check_err(yrt_b_next(1, &s), TE, "'str' object is not an iterator", "next('ab')");
  yrt_decref(s);
  check_err(yrt_b_iter(1, &five), TE, "'int' object is not iterable", "iter(5)");
  YValue two[2] = {yint(5), yint(1)};
  check_err(yrt_b_iter(2, two), TE, "iter(v, w): v must be callable", "iter(5, 1)");

  /* the builtin iterator types: enumerate, zip, reversed, list_iterator */
  YValue en = yrt_type_enumerate.call(&yrt_type_enumerate, 1, &l);
  check_repr(yrt_b_next(1, &en), "(0, 1)", "next(enumerate([1, 2]))");
  yrt_decref(en);
  YValue zp = yrt_type_zip.call(&yrt_type_zip, 1, &l);
  check_repr(yrt_b_next(1, &zp), "(1,)", "next(zip([1, 2]))");
  yrt_decref(zp);
  YValue rv = yrt_type_reversed.call(&yrt_type_reversed, 1, &l);
  check_int(yrt_b_next(1, &rv), 2, "next(reversed([1, 2]))");
  yrt_decref(rv);
  YValue rg = yrt_type_range.call(&yrt_type_range, 1, &five);
  check_err(yrt_b_next(1, &rg), TE, "'range' object is not an iterator", "next(range(5))");
  yrt_decref(rg);
  YValue dict = yrt_dict_new();
  YValue keys = yrt_callmethod(dict, YN_keys, 0, NULL);
  check_err(yrt_b_next(1, &keys), TE, "'dict_keys' object is not an iterator", "next({}.keys())");
  yrt_decref(keys);
  yrt_decref(dict);

  /* iter(counter, 3) -> 0, 1, 2 then exhausted for good */
  counter_state = 0;
  YValue cs[2] = {yobj(&counter), yint(3)};
  YValue ci = yrt_b_iter(2, cs);
  YValue lst = sorted_kw(ci, YUNBOUND, YUNBOUND);
  check_repr(lst, "[0, 1, 2]", "list(iter(counter, 3))");
  check_err(yrt_b_next(1, &ci), &yrt_exc_StopIteration, "", "next(exhausted callable_iterator)");
  check(counter_state == 4, "... without calling the callable again");
  yrt_decref(ci);

  YValue it = yrt_b_iter(1, &l);
  check_int(yrt_b_next(1, &it), 1, "next(iter([1, 2]))");
  YValue d[2] = {it, S("d")};
  check_int(yrt_b_next(2, d), 2, "next(it, 'd') while items remain");
  check_repr(yrt_b_next(2, d), "'d'", "next(it, 'd') when exhausted");
  YValue r = yrt_b_next(1, &it);
  YValue e = yrt_fetch_exc();
  check(YIS_ERR(r) && yrt_typeof(e) == &yrt_exc_StopIteration &&
            ((YTuple *)((YExc *)e.u.o)->args.u.o)->len == 0,
        "next(exhausted) raises StopIteration()");
  yrt_decref(e);
  yrt_decref(it);
  yrt_decref(d[1]);

  /* a generator-like iterator returning 5 */
  it = retiter(0);
  yrt_decref(yrt_b_next(1, &it));
  yrt_decref(yrt_b_next(1, &it));
  r = yrt_b_next(1, &it);
  e = yrt_fetch_exc();
  YValue val = YIS_UNBOUND(e) ? YUNBOUND : yrt_exc_getattr(e, YN_value);
  check(YIS_ERR(r) && yrt_typeof(e) == &yrt_exc_StopIteration && val.tag == YT_INT && val.u.i == 5,
        "next(g) after `return 5` raises StopIteration(5)");
  yrt_decref(e);
  yrt_decref(it);

  /* an iterator raising StopIteration itself: the default is returned */
  it = retiter(1);
  yrt_decref(yrt_b_next(1, &it));
  yrt_decref(yrt_b_next(1, &it));
  YValue d2[2] = {it, yint(9)};
  check_int(yrt_b_next(2, d2), 9, "next(it, 9) when __next__ raises StopIteration");
  check(YIS_UNBOUND(yrt_ts.exc), "... and the StopIteration is cleared");
  r = yrt_b_next(1, &it);
  e = yrt_fetch_exc();
  check(YIS_ERR(r) && yrt_typeof(e) == &yrt_exc_StopIteration, "next(it) lets it through");
  yrt_decref(e);
  yrt_decref(it);
  yrt_decref(l);
}

static void test_print(void) {
  YValue args[3] = {yint(1), S("two"), yfloat(3.5)};
  YValue dash = S("-"), bang = S("!\n");
  cap_begin();
  YValue r1 = yrt_b_print(3, args);
  YValue r2 = print_kw(3, args, dash, bang);
  YValue r3 = print_kw(2, args, YNONE, YNONE);
  YValue r4 = print_kw(0, args, YUNBOUND, YUNBOUND);
  YValue r5 = print_kw(1, args, yint(5), YUNBOUND);
  YValue e5 = yrt_fetch_exc();
  YValue r6 = print_kw(1, args, YUNBOUND, yint(5));
  YValue e6 = yrt_fetch_exc();
  YValue r7 = print_kw(1, args, yint(5), yint(6));
  YValue e7 = yrt_fetch_exc();
  char *out = cap_end();
  check(YIS_NONE(r1) && YIS_NONE(r2) && YIS_NONE(r3) && YIS_NONE(r4), "print returns None");
  YValue s3 = yrt_str(args[2]);
  char want[128];
  snprintf(want, sizeof want, "1 two %s\n1-two-%s!\n1 two\n\n", yrt_str_cstr(s3), yrt_str_cstr(s3));
  yrt_decref(s3);
  int ok = strcmp(out, want) == 0;
  if (!ok) fprintf(stderr, "  got [%s] want [%s]\n", out, want);
  check(ok, "print with default, custom and None sep/end; nothing on errors");
  free(out);
  yrt_restore_exc(e5);
  check_err(r5, &yrt_exc_TypeError, "sep must be None or a string, not int", "print(1, sep=5)");
  yrt_restore_exc(e6);
  check_err(r6, &yrt_exc_TypeError, "end must be None or a string, not int", "print(1, end=5)");
  yrt_restore_exc(e7);
  check_err(r7, &yrt_exc_TypeError, "sep must be None or a string, not int",
            "print(1, sep=5, end=6)");
  yrt_decref(args[1]);
  yrt_decref(dash);
  yrt_decref(bang);
}

/* ---- sorting ---- */

typedef struct Pair {
  int64_t key, idx;
} Pair;
static int pair_cmp(const void *a, const void *b) {
  const Pair *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static int pair_cmp_rev(const void *a, const void *b) {
  const Pair *x = a, *y = b;
  if (x->key != y->key) return x->key > y->key ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx; /* equal keys keep their order */
}

/* Sort n random items i*1000+r by r (key=mod1000): the result must be the
 * stable order, forward or reversed. */
static int sort_case(int n, int range, int reverse, unsigned seed) {
  int64_t *v = malloc((size_t)n * sizeof *v);
  Pair *p = malloc((size_t)n * sizeof *p);
  for (int i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    int64_t r = (int64_t)((seed >> 8) % (unsigned)range);
    v[i] = (int64_t)i * 1000 + r;
    p[i].key = r;
    p[i].idx = i;
  }
  qsort(p, (size_t)n, sizeof *p, reverse ? pair_cmp_rev : pair_cmp);
  YValue l = list_of_ints(n, v);
  YValue sorted = sorted_kw(l, yobj(&mod1000), ybool(reverse));
  int ok = !YIS_ERR(sorted) && ((YList *)sorted.u.o)->len == n;
  for (int i = 0; ok && i < n; i++)
    ok = ((YList *)sorted.u.o)->items[i].u.i == p[i].idx * 1000 + p[i].key;
  /* the input list is untouched */
  for (int i = 0; ok && i < n; i++) ok = ((YList *)l.u.o)->items[i].u.i == v[i];
  if (YIS_ERR(sorted)) yrt_decref(yrt_fetch_exc());
  yrt_decref(sorted);
  yrt_decref(l);
  free(v);
  free(p);
  return ok;
}

static void test_sorted(void) {
  const YType *TE = &yrt_exc_TypeError;
  int64_t a[] = {3, 1, 2, 5, 4};
  YValue l = list_of_ints(5, a);
  check_repr(sorted_kw(l, YUNBOUND, YUNBOUND), "[1, 2, 3, 4, 5]", "sorted([3,1,2,5,4])");
  check_repr(yrt_b_sorted(1, &l), "[1, 2, 3, 4, 5]", "sorted via yrt_b_sorted");
  check_repr(sorted_kw(l, YNONE, YTRUE), "[5, 4, 3, 2, 1]", "sorted(..., key=None, reverse=True)");
  check_repr(sorted_kw(l, yobj(&neg), YFALSE), "[5, 4, 3, 2, 1]", "sorted(..., key=neg)");
  check_repr(sorted_kw(l, YUNBOUND, yint(0)), "[1, 2, 3, 4, 5]", "sorted(..., reverse=0)");
  YValue x = S("x");
  check_err(sorted_kw(l, YUNBOUND, x), TE, "'str' object cannot be interpreted as an integer",
            "sorted([1,2], reverse='x')");
  yrt_decref(x);
  check_err(sorted_kw(l, YUNBOUND, YNONE), TE,
            "'NoneType' object cannot be interpreted as an integer", "sorted([1], reverse=None)");
  check_err(sorted_kw(l, yint(5), YUNBOUND), TE, "'int' object is not callable",
            "sorted([3,1,2], key=5)");
  YValue empty = yrt_list_new(0, NULL);
  check_repr(sorted_kw(empty, yint(5), YUNBOUND), "[]", "sorted([], key=5) never calls the key");
  YValue five = yint(5);
  check_err(yrt_b_sorted(1, &five), TE, "'int' object is not iterable", "sorted(5)");
  yrt_decref(l);

  YValue m1 = list2(yint(1), S("a"));
  yrt_decref(((YList *)m1.u.o)->items[1]);
  check_err(sorted_kw(m1, YUNBOUND, YUNBOUND), TE,
            "'<' not supported between instances of 'str' and 'int'", "sorted([1,'a'])");
  YValue m2 = list2(S("a"), yint(1));
  yrt_decref(((YList *)m2.u.o)->items[0]);
  check_err(sorted_kw(m2, YUNBOUND, YUNBOUND), TE,
            "'<' not supported between instances of 'int' and 'str'", "sorted(['a',1])");
  yrt_decref(m1);
  yrt_decref(m2);
  /* a failing sort still owns every item (ASan would see a leak or a
   * double free otherwise), in a long list too */
  YValue big = yrt_list_new(0, NULL);
  for (int i = 0; i < 300; i++) yrt_list_append(big, yint((i * 7919) % 301));
  YValue sa = S("x");
  yrt_list_append(big, sa);
  for (int i = 0; i < 100; i++) yrt_list_append(big, yint(i));
  yrt_decref(sa);
  YValue r = sorted_kw(big, YUNBOUND, YUNBOUND);
  check(YIS_ERR(r) && yrt_typeof(yrt_ts.exc) == TE, "a mixed long list fails with TypeError");
  yrt_decref(yrt_fetch_exc());
  yrt_decref(big);

  int ok = 1;
  int sizes[] = {0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000};
  for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
    for (int rev = 0; rev < 2; rev++) {
      ok &= sort_case(sizes[i], 7, rev, 1u + (unsigned)i);
      ok &= sort_case(sizes[i], 1000, rev, 77u + (unsigned)i);
    }
  check(ok, "sorted with key is stable (forward and reverse), sizes 0..5000");

  /* already sorted / descending runs */
  YValue asc = yrt_list_new(0, NULL), desc = yrt_list_new(0, NULL);
  for (int i = 0; i < 200; i++) {
    yrt_list_append(asc, yint(i));
    yrt_list_append(desc, yint(200 - i));
  }
  YValue sa2 = sorted_kw(asc, YUNBOUND, YUNBOUND), sd = sorted_kw(desc, YUNBOUND, YUNBOUND);
  ok = 1;
  for (int i = 0; i < 200; i++)
    ok &= ((YList *)sa2.u.o)->items[i].u.i == i && ((YList *)sd.u.o)->items[i].u.i == i + 1;
  check(ok, "sorted on ascending and descending runs");
  yrt_decref(sa2);
  yrt_decref(sd);
  yrt_decref(asc);
  yrt_decref(desc);
  yrt_decref(empty);
}

static void test_minmax_sum(void) {
  const YType *TE = &yrt_exc_TypeError;
  int64_t a[] = {3, 1, 2};
  YValue l = list_of_ints(3, a);
  check_int(yrt_b_min(1, &l), 1, "min([3,1,2])");
  check_int(yrt_b_max(1, &l), 3, "max([3,1,2])");
  check_int(minmax_kw(1, &l, yobj(&neg), YUNBOUND, 0), 3, "min([3,1,2], key=neg)");
  check_int(minmax_kw(1, &l, YNONE, YUNBOUND, 0), 1, "min([3,1,2], key=None)");
  YValue args[3] = {yint(4), yint(9), yint(2)};
  check_int(yrt_b_max(3, args), 9, "max(4, 9, 2)");
  check_int(yrt_b_min(3, args), 2, "min(4, 9, 2)");
  YValue five = yint(5);
  check_err(yrt_b_min(1, &five), TE, "'int' object is not iterable", "min(5)");
  YValue empty = yrt_list_new(0, NULL);
  check_err(yrt_b_min(1, &empty), &yrt_exc_ValueError, "min() arg is an empty sequence", "min([])");
  check_err(yrt_b_max(1, &empty), &yrt_exc_ValueError, "max() arg is an empty sequence", "max([])");
  check_int(minmax_kw(1, &empty, YUNBOUND, yint(7), 0), 7, "min([], default=7)");
  check_err(minmax_kw(1, &empty, yint(5), YUNBOUND, 0), &yrt_exc_ValueError,
            "min() arg is an empty sequence", "min([], key=5)");
  YValue one = list2(yint(1), yint(1));
  check_err(minmax_kw(1, &one, yint(5), YUNBOUND, 0), TE, "'int' object is not callable",
            "min([1], key=5)");
  yrt_decref(one);
  check_err(minmax_kw(2, args, YUNBOUND, yint(0), 0), TE,
            "Cannot specify a default for min() with multiple positional arguments",
            "min(1, 2, default=0)");
  YValue m[2] = {yint(1), S("a")};
  check_err(yrt_b_min(2, m), TE, "'<' not supported between instances of 'str' and 'int'",
            "min(1,'a')");
  YValue m2[2] = {m[1], yint(1)};
  check_err(yrt_b_max(2, m2), TE, "'>' not supported between instances of 'int' and 'str'",
            "max('a', 1)");
  yrt_decref(m[1]);
  /* the first of equal extremes wins */
  YValue eq[2] = {yint(1), yfloat(1.0)};
  YValue r = yrt_b_max(2, eq);
  check(r.tag == YT_INT, "max(1, 1.0) is the int");
  YValue eq2[2] = {yfloat(1.0), yint(1)};
  r = yrt_b_min(2, eq2);
  check(r.tag == YT_FLOAT, "min(1.0, 1) is the float");

  /* sum */
  check_int(yrt_b_sum(1, &l), 6, "sum([3,1,2])");
  YValue sa[2] = {l, yint(10)};
  check_int(yrt_b_sum(2, sa), 16, "sum([3,1,2], 10)");
  check_int(yrt_b_sum(1, &empty), 0, "sum([])");
  YValue st[2] = {empty, YTRUE};
  r = yrt_b_sum(2, st);
  check(r.tag == YT_BOOL && r.u.i == 1, "sum([], True) is True");
  YValue tt = list2(YTRUE, YTRUE);
  check_int(yrt_b_sum(1, &tt), 2, "sum([True, True]) == 2");
  yrt_decref(tt);
  YValue tenth = yrt_list_new(0, NULL);
  for (int i = 0; i < 10; i++) yrt_list_append(tenth, yfloat(0.1));
  check_float(yrt_b_sum(1, &tenth), 0.9999999999999999, "sum([0.1]*10) adds left to right");
  yrt_decref(tenth);
  YValue strs = list2(S("a"), YNONE);
  yrt_decref(((YList *)strs.u.o)->items[0]);
  YValue ss[2] = {strs, S("")};
  check_err(yrt_b_sum(2, ss), TE, "sum() can't sum strings [use ''.join(seq) instead]",
            "sum(['a'], '')");
  check_err(yrt_b_sum(1, &strs), TE, "unsupported operand type(s) for +: 'int' and 'str'",
            "sum(['a'])");
  yrt_decref(ss[1]);
  yrt_decref(strs);
  check_err(yrt_b_sum(1, &five), TE, "'int' object is not iterable", "sum(5)");
  yrt_decref(l);
  yrt_decref(empty);
}

static void test_isinstance(void) {
  const char *bad = "isinstance() arg 2 must be a type, a tuple of types, or a union";
  YValue a[2] = {YTRUE, cls(&yrt_type_int)};
  check(yrt_b_isinstance(2, a).u.i == 1, "isinstance(True, int)");
  YValue b[2] = {yint(1), cls(&yrt_type_bool)};
  check(yrt_b_isinstance(2, b).u.i == 0, "isinstance(1, bool) is False");
  YValue c[2] = {yint(1), cls(&yrt_type_object)};
  check(yrt_b_isinstance(2, c).u.i == 1, "isinstance(1, object)");
  YValue c2[2] = {YNONE, cls(&yrt_type_object)};
  check(yrt_b_isinstance(2, c2).u.i == 1, "isinstance(None, object)");
  YValue d[2] = {yint(1), yint(2)};
  check_err(yrt_b_isinstance(2, d), &yrt_exc_TypeError, bad, "isinstance(1, 2)");

  YValue ve = yrt_exc_new(&yrt_exc_ValueError, 0, NULL);
  YValue inner_items[1] = {cls(&yrt_exc_ValueError)};
  YValue inner = yrt_tuple_new(1, inner_items);
  YValue outer_items[2] = {cls(&yrt_exc_KeyError), inner};
  YValue outer = yrt_tuple_new(2, outer_items);
  YValue e[2] = {ve, outer};
  check(yrt_b_isinstance(2, e).u.i == 1, "isinstance(ValueError(), (KeyError, (ValueError,)))");
  YValue e2[2] = {ve, cls(&yrt_exc_Exception)};
  check(yrt_b_isinstance(2, e2).u.i == 1, "isinstance(ValueError(), Exception)");
  yrt_decref(outer);
  yrt_decref(inner);
  yrt_decref(ve);

  YValue ok_first[2] = {cls(&yrt_type_int), yint(2)};
  YValue t1 = yrt_tuple_new(2, ok_first);
  YValue f1[2] = {yint(1), t1};
  check(yrt_b_isinstance(2, f1).u.i == 1, "isinstance(1, (int, 2)) stops at the match");
  YValue bad_first[2] = {yint(2), cls(&yrt_type_int)};
  YValue t2 = yrt_tuple_new(2, bad_first);
  YValue f2[2] = {yint(1), t2};
  check_err(yrt_b_isinstance(2, f2), &yrt_exc_TypeError, bad, "isinstance(1, (2, int))");
  yrt_decref(t1);
  yrt_decref(t2);
}

static void test_round_divmod(void) {
  const YType *TE = &yrt_exc_TypeError;
  struct {
    double x;
    int64_t nd;
    double want;
    const char *what;
  } fl[] = {
      {2.675, 2, 2.67, "round(2.675, 2)"},
      {0.125, 2, 0.12, "round(0.125, 2)"},
      {1250.4, -2, 1300.0, "round(1250.4, -2)"},
      {1250.0, -2, 1200.0, "round(1250.0, -2)"},
      {600.0, -3, 1000.0, "round(600.0, -3)"},
      {500.0, -3, 0.0, "round(500.0, -3)"},
      {-0.4, 0, -0.0, "round(-0.4, 0)"},
      {1e300, 2, 1e300, "round(1e300, 2)"},
      {0.5e-300, 310, 5e-301, "round(0.5e-300, 310)"},
      {123.456, -1, 120.0, "round(123.456, -1)"},
      {123.456, 1, 123.5, "round(123.456, 1)"},
      {9e18, -19, 1e19, "round(9e18, -19)"},
      {4e18, -19, 0.0, "round(4e18, -19)"},
      {0.5, 0, 0.0, "round(0.5, 0)"},
      {1.5, 0, 2.0, "round(1.5, 0)"},
      {-2.5, 0, -2.0, "round(-2.5, 0)"},
      {99.95, 1, 100.0, "round(99.95, 1)"},
      {5e-324, 400, 5e-324, "round(5e-324, 400)"},
      {123.0, -400, 0.0, "round(123.0, -400)"},
      {-123.0, -400, -0.0, "round(-123.0, -400)"},
      {0.1, 1, 0.1, "round(0.1, 1)"},
  };
  for (size_t i = 0; i < sizeof fl / sizeof *fl; i++) {
    YValue a[2] = {yfloat(fl[i].x), yint(fl[i].nd)};
    check_float(yrt_b_round(2, a), fl[i].want, fl[i].what);
  }
  YValue big[2] = {yfloat(1.7976931348623157e308), yint(-308)};
  check_err(yrt_b_round(2, big), &yrt_exc_OverflowError, "rounded value too large to represent",
            "round(1.7976931348623157e308, -308)");
  YValue inf2[2] = {yfloat(INFINITY), yint(2)};
  check_float(yrt_b_round(2, inf2), INFINITY, "round(inf, 2) is inf");

  struct {
    double x;
    int64_t want;
    const char *what;
  } fi[] = {
      {2.5, 2, "round(2.5)"},       {-2.5, -2, "round(-2.5)"},
      {-0.4, 0, "round(-0.4)"},     {3.5, 4, "round(3.5)"},
      {2.4999, 2, "round(2.4999)"}, {1e15 + 0.5, 1000000000000000, "round(1e15+0.5)"},
  };
  for (size_t i = 0; i < sizeof fi / sizeof *fi; i++) {
    YValue a = yfloat(fi[i].x);
    check_int(yrt_b_round(1, &a), fi[i].want, fi[i].what);
  }
  YValue nn[2] = {yfloat(5.5), YNONE};
  check_int(yrt_b_round(2, nn), 6, "round(5.5, None)");
  YValue v = yfloat(NAN);
  check_err(yrt_b_round(1, &v), &yrt_exc_ValueError, "cannot convert float NaN to integer",
            "round(nan)");
  v = yfloat(-INFINITY);
  check_err(yrt_b_round(1, &v), &yrt_exc_OverflowError, "cannot convert float infinity to integer",
            "round(-inf)");
  v = yfloat(1e19);
  check_repr(yrt_b_round(1, &v), "10000000000000000000", "round(1e19) is a big int");

  struct {
    int64_t x, nd, want;
    const char *what;
  } ii[] = {
      {15, -1, 20, "round(15, -1)"},    {25, -1, 20, "round(25, -1)"},
      {-25, -1, -20, "round(-25, -1)"}, {-35, -1, -40, "round(-35, -1)"},
      {5, 3, 5, "round(5, 3)"},         {149, -2, 100, "round(149, -2)"},
      {150, -2, 200, "round(150, -2)"}, {4000000000000000000, -19, 0, "round(4*10**18, -19)"},
      {123, -30, 0, "round(123, -30)"},
  };
  for (size_t i = 0; i < sizeof ii / sizeof *ii; i++) {
    YValue a[2] = {yint(ii[i].x), yint(ii[i].nd)};
    check_int(yrt_b_round(2, a), ii[i].want, ii[i].what);
  }
  v = YTRUE;
  check_int(yrt_b_round(1, &v), 1, "round(True) == 1 (an int)");
  YValue tb[2] = {YTRUE, yint(2)};
  check_int(yrt_b_round(2, tb), 1, "round(True, 2) == 1 (an int)");
  YValue s = S("a");
  check_err(yrt_b_round(1, &s), TE, "type str doesn't define __round__ method", "round('a')");
  YValue bs[2] = {yfloat(1.5), s};
  check_err(yrt_b_round(2, bs), TE, "'str' object cannot be interpreted as an integer",
            "round(1.5, 'a')");
  YValue bf[2] = {yint(5), yfloat(1.5)};
  check_err(yrt_b_round(2, bf), TE, "'float' object cannot be interpreted as an integer",
            "round(5, 1.5)");

  /* divmod */
  YValue d1[2] = {yint(7), yint(-2)};
  check_repr(yrt_b_divmod(2, d1), "(-4, -1)", "divmod(7, -2)");
  YValue d2[2] = {yfloat(-7.5), yint(2)};
  YValue q = yrt_b_divmod(2, d2);
  check(!YIS_ERR(q) && ((YTuple *)q.u.o)->items[0].u.f == -4.0 &&
            ((YTuple *)q.u.o)->items[1].u.f == 0.5,
        "divmod(-7.5, 2) == (-4.0, 0.5)");
  yrt_decref(q);
  YValue d3[2] = {YTRUE, YTRUE};
  check_repr(yrt_b_divmod(2, d3), "(1, 0)", "divmod(True, True)");
  YValue z1[2] = {yint(1), yint(0)};
  check_err(yrt_b_divmod(2, z1), &yrt_exc_ZeroDivisionError, "integer division or modulo by zero",
            "divmod(1, 0)");
  YValue z2[2] = {yfloat(1.0), yint(0)};
  check_err(yrt_b_divmod(2, z2), &yrt_exc_ZeroDivisionError, "float divmod()", "divmod(1.0, 0)");
  YValue z3[2] = {yint(1), yfloat(0.0)};
  check_err(yrt_b_divmod(2, z3), &yrt_exc_ZeroDivisionError, "float divmod()", "divmod(1, 0.0)");
  YValue t1[2] = {s, yint(1)};
  check_err(yrt_b_divmod(2, t1), TE, "unsupported operand type(s) for divmod(): 'str' and 'int'",
            "divmod('a', 1)");
  YValue t2[2] = {YNONE, YNONE};
  check_err(yrt_b_divmod(2, t2), TE,
            "unsupported operand type(s) for divmod(): 'NoneType' and 'NoneType'",
            "divmod(None, None)");
  yrt_decref(s);
}

int main(int argc, char **argv) {
  yrt_init(argc, argv, "test.py");
  test_objects();
  test_arity();
  test_simple();
  test_iter_next();
  test_print();
  test_sorted();
  test_minmax_sum();
  test_isinstance();
  test_round_divmod();
  check(YIS_UNBOUND(yrt_ts.exc), "no exception left behind");
  int status = yrt_finish(YNONE);
  printf("%s: %d checks, %d failed\n", failures ? "FAIL" : "PASS", checks, failures);
  return failures != 0 || status != 0;
}
