/*
 * test_itertools.c: unit tests of the itertools module (runtime/itertools.c,
 * runtime/itertools_comb.c): every function, lazy and infinite iterators,
 * CPython's argument errors, the module object, and reference counts.
 *
 * Each check is PY_REPR(PYTHON, C, WANT) or PY_ERR(PYTHON, C, WANT): the C
 * expression must give a value whose repr is WANT, or fail with WANT
 * ("Type: message"); PYTHON is the Python expression it performs, and WANT
 * is what python3 (3.11) prints for it: tests/unit/check_itertools.py
 * evaluates every PYTHON string under CPython, with the helpers below
 * defined the same way, and compares it with WANT.  The C helpers named
 * like Python functions (take, lt5, ...) are those helpers.
 */
#include "unit.h"

#include <stdarg.h>


/* ---- values ----------------------------------------------------------- */

/* Test values are kept alive to the end (K) and borrowed by the calls. */
static YValue range(int64_t n) { return K(yrt_range_new(0, n, 1)); }

/* itertools.NAME */
static YValue it_attr(YName n) { return yrt_getattr(yobj(&yrt_module_itertools), n); }
#define IT(n) it_attr(YN_##n)

/* An argument made by a call, kept alive to the end. */
#define A(x) K(x)

/* list(it), releasing it. */
static YValue list(YValue it) {
  if (YIS_ERR(it)) return it;
  YValue l = yrt_list_from_iterable(it);
  yrt_decref(it);
  return l;
}
/* take(it, n) = list(islice(it, n)), releasing it. */
static YValue take(YValue it, int n) {
  if (YIS_ERR(it)) return it;
  YValue l = yrt_list_new(0, NULL), x;
  for (int i = 0; i < n; i++) {
    int r = yrt_next(it, &x);
    if (r < 0) {
      yrt_decref(l);
      l = YERROR;
      break;
    }
    if (r == 0) {
      yrt_decref(x);
      break;
    }
    yrt_list_append(l, x);
    yrt_decref(x);
  }
  yrt_decref(it);
  return l;
}
/* next(it), it borrowed. */
static YValue nxt(YValue it) {
  YValue x;
  int r = yrt_next(it, &x);
  if (r == 1) return x;
  if (r == 0) {
    yrt_decref(x);
    return yrt_raise_msg(&yrt_exc_StopIteration, "%s", "");
  }
  return YERROR;
}
/* type(v).__name__, releasing v. */
static YValue tname(YValue v) {
  if (YIS_ERR(v)) return v;
  YValue n = yrt_str_from_c(yrt_tname(v));
  yrt_decref(v);
  return n;
}
/* repr(v)[:n], releasing v. */
static YValue repr_head(YValue v, int n) {
  if (YIS_ERR(v)) return v;
  YValue r = yrt_repr(v);
  yrt_decref(v);
  if (YIS_ERR(r)) return r;
  YValue h = yrt_getslice(r, YNONE, yint(n), YNONE);
  yrt_decref(r);
  return h;
}
/* repr(v) (not released: an iterator under test). */
static YValue repr_of(YValue v) { return yrt_repr(v); }

/* ---- the helpers python3 gets too (check_itertools.py) ------------------ */

static YValue b_lt5(int argc, const YValue *argv) {  /* lt5 = lambda x: x < 5 */
  (void)argc;
  int r = yrt_compare(argv[0], yint(5), YC_LT);
  return r < 0 ? YERROR : ybool(r);
}
static YValue b_is_odd(int argc, const YValue *argv) {  /* is_odd = lambda x: x % 2 == 1 */
  (void)argc;
  YValue m = yrt_mod(argv[0], yint(2));
  if (YIS_ERR(m)) return m;
  return ybool(m.tag == YT_INT && m.u.i == 1);
}
static YValue b_div3(int argc, const YValue *argv) {  /* div3 = lambda x: x // 3 */
  (void)argc;
  return yrt_floordiv(argv[0], yint(3));
}
static YValue b_mul(int argc, const YValue *argv) {  /* mul = lambda a, b: a * b */
  (void)argc;
  return yrt_mul(argv[0], argv[1]);
}
/* def boom_at3(x):
 *     if x == 3: raise ValueError('boom')
 *     return x */
static YValue b_boom_at3(int argc, const YValue *argv) {
  (void)argc;
  if (argv[0].tag == YT_INT && argv[0].u.i == 3) return yrt_raise_msg(&yrt_exc_ValueError, "boom");
  return yrt_incref(argv[0]);
}
#define HELPER(n) \
  static YBuiltin n##_obj = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, b_##n, NULL}; \
  static YValue n(void) { return yobj(&n##_obj); }
HELPER(lt5)
HELPER(is_odd)
HELPER(div3)
HELPER(mul)
HELPER(boom_at3)
static YValue pow_(void) { return yobj(&yrt_bobj_pow); }
static YValue max_(void) { return yobj(&yrt_bobj_max); }
static YValue len_(void) { return yobj(&yrt_bobj_len); }
/* map(boom_at3, xs): an iterator that fails at the item 3. */
static YValue booming(YValue xs) {
  YValue a[2] = {boom_at3(), xs};
  return K(yrt_b_map(2, a));
}

/* [(k, list(g)) for k, g in gb], releasing gb. */
static YValue groups(YValue gb) {
  if (YIS_ERR(gb)) return gb;
  YValue out = yrt_list_new(0, NULL), pair;
  int r;
  while ((r = yrt_next(gb, &pair)) == 1) {
    YValue kg[2];
    if (yrt_unpack(pair, 2, kg) < 0) break;
    yrt_decref(pair);
    YValue g = list(kg[1]);
    if (YIS_ERR(g)) {
      yrt_decref(kg[0]);
      r = -1;
      break;
    }
    YValue t[2] = {kg[0], g};
    YValue tup = yrt_tuple_steal(2, t);
    yrt_list_append(out, tup);
    yrt_decref(tup);
  }
  yrt_decref(gb);
  if (r < 0) {
    yrt_decref(out);
    return YERROR;
  }
  yrt_decref(pair);
  return out;
}

/* Steps whose results a check compares, in order: (push(a), push(b),
 * collect()) is the list [a, b] (each owned, stolen), or YERROR if one of
 * them failed.  The comma operator orders the steps. */
static YValue pushed[16];
static int npushed;
static int push(YValue v) {
  if (npushed < 16) pushed[npushed++] = v;
  return 0;
}
static YValue collect(void) {
  int err = 0, n = npushed;
  npushed = 0;
  for (int i = 0; i < n; i++) err |= YIS_ERR(pushed[i]);
  if (err) {
    for (int i = 0; i < n; i++)
      if (!YIS_ERR(pushed[i])) yrt_decref(pushed[i]);
    return YERROR;
  }
  return yrt_list_steal(n, pushed);
}
/* The item i of a tuple or list (borrowed). */
static YValue item(YValue seq, int64_t i) {
  int64_t n;
  YValue *items = yrt_seq_items(seq, &n);
  return items && i < n ? items[i] : YNONE;
}

/* ===================================================================== */

static void test_count(void) {
  PY_REPR("take(count(), 3)", take(call(IT(count), 0), 3), "[0, 1, 2]");
  PY_REPR("take(count(5), 3)", take(call(IT(count), 1, I(5)), 3), "[5, 6, 7]");
  PY_REPR("take(count(10, -3), 3)", take(call(IT(count), 2, I(10), I(-3)), 3), "[10, 7, 4]");
  PY_REPR("take(count(0.5, 0.25), 3)", take(call(IT(count), 2, F(0.5), F(0.25)), 3), "[0.5, 0.75, 1.0]");
  PY_REPR("take(count(2**63 - 2), 3)", take(call(IT(count), 1, I(INT64_MAX - 1)), 3),
          "[9223372036854775806, 9223372036854775807, 9223372036854775808]");
  PY_REPR("take(count(2**70, -2**70), 3)", take(call(IT(count), 2, big("1180591620717411303424"), big("-1180591620717411303424")), 3),
          "[1180591620717411303424, 0, -1180591620717411303424]");
  PY_REPR("take(count(start=3, step=2), 2)", take(callkw(IT(count), 0, 2, "start", I(3), "step", I(2)), 2), "[3, 5]");
  PY_REPR("take(count(1, step=2), 2)", take(callkw(IT(count), 1, 1, I(1), "step", I(2)), 2), "[1, 3]");
  PY_REPR("take(count(True), 2)", take(call(IT(count), 1, YTRUE), 2), "[1, 2]");
  PY_REPR("take(count(True, 2), 2)", take(call(IT(count), 2, YTRUE, I(2)), 2), "[True, 3]");
  PY_REPR("repr(count(True, 2))", yrt_repr(K(call(IT(count), 2, YTRUE, I(2)))), "'count(True, 2)'");
  PY_REPR("repr(count(True))", yrt_repr(K(call(IT(count), 1, YTRUE))), "'count(1)'");
  PY_REPR("repr(count(5))", yrt_repr(K(call(IT(count), 1, I(5)))), "'count(5)'");
  PY_REPR("repr(count())", yrt_repr(K(call(IT(count), 0))), "'count(0)'");
  PY_REPR("repr(count(5, 2))", yrt_repr(K(call(IT(count), 2, I(5), I(2)))), "'count(5, 2)'");
  PY_REPR("repr(count(0, 1.0))", yrt_repr(K(call(IT(count), 2, I(0), F(1.0)))), "'count(0, 1.0)'");
  PY_REPR("repr(count(0, True))", yrt_repr(K(call(IT(count), 2, I(0), YTRUE))), "'count(0)'");
  PY_REPR("repr(count(2.5))", yrt_repr(K(call(IT(count), 1, F(2.5)))), "'count(2.5)'");
  PY_REPR("repr(count(step=-1))", yrt_repr(K(callkw(IT(count), 0, 1, "step", I(-1)))), "'count(0, -1)'");
  YValue c = K(call(IT(count), 1, I(5)));
  PY_REPR("[c := count(5), next(c), next(c), repr(c)][1:]", (push(nxt(c)), push(nxt(c)), push(repr_of(c)), collect()), "[5, 6, 'count(7)']");
  PY_REPR("type(count()).__name__", tname(call(IT(count), 0)), "'count'");
  PY_ERR("count('a')", call(IT(count), 1, s("a")), "TypeError: a number is required");
  PY_ERR("count(1, 'a')", call(IT(count), 2, I(1), s("a")), "TypeError: a number is required");
  PY_ERR("count(None)", call(IT(count), 1, YNONE), "TypeError: a number is required");
  PY_ERR("count(1, 2, 3)", call(IT(count), 3, I(1), I(2), I(3)), "TypeError: count() takes at most 2 arguments (3 given)");
  PY_ERR("count(x=3)", callkw(IT(count), 0, 1, "x", I(3)), "TypeError: 'x' is an invalid keyword argument for count()");
  PY_ERR("count(1, start=2)", callkw(IT(count), 1, 1, I(1), "start", I(2)),
         "TypeError: argument for count() given by name ('start') and position (1)");
  PY_ERR("count(start=1, step=2, x=3)", callkw(IT(count), 0, 3, "start", I(1), "step", I(2), "x", I(3)),
         "TypeError: count() takes at most 2 keyword arguments (3 given)");
  PY_ERR("count(1, 2, x=3)", callkw(IT(count), 2, 1, I(1), I(2), "x", I(3)), "TypeError: count() takes at most 2 arguments (3 given)");
  PY_ERR("count('a', 1)", call(IT(count), 2, s("a"), I(1)), "TypeError: a number is required");
}

static void test_cycle_repeat(void) {
  PY_REPR("take(cycle('ab'), 5)", take(call(IT(cycle), 1, s("ab")), 5), "['a', 'b', 'a', 'b', 'a']");
  PY_REPR("take(cycle([]), 3)", take(call(IT(cycle), 1, L(0)), 3), "[]");
  PY_REPR("take(cycle(range(3)), 7)", take(call(IT(cycle), 1, range(3)), 7), "[0, 1, 2, 0, 1, 2, 0]");
  PY_REPR("take(cycle(map(boom_at3, [1, 2, 3])), 2)", take(call(IT(cycle), 1, booming(L(3, I(1), I(2), I(3)))), 2), "[1, 2]");
  PY_ERR("take(cycle(map(boom_at3, [1, 2, 3])), 3)", take(call(IT(cycle), 1, booming(L(3, I(1), I(2), I(3)))), 3),
         "ValueError: boom");
  PY_REPR("type(cycle('')).__name__", tname(call(IT(cycle), 1, s(""))), "'cycle'");
  PY_REPR("repr(cycle(''))[:26]", repr_head(call(IT(cycle), 1, s("")), 26), "'<itertools.cycle object at'");
  PY_ERR("cycle()", call(IT(cycle), 0), "TypeError: cycle expected 1 argument, got 0");
  PY_ERR("cycle([1], [2])", call(IT(cycle), 2, L(0), L(0)), "TypeError: cycle expected 1 argument, got 2");
  PY_ERR("cycle(1)", call(IT(cycle), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("cycle(x=[1])", callkw(IT(cycle), 0, 1, "x", L(0)), "TypeError: cycle() takes no keyword arguments");

  PY_REPR("take(repeat('x'), 3)", take(call(IT(repeat), 1, s("x")), 3), "['x', 'x', 'x']");
  PY_REPR("list(repeat(1, 3))", list(call(IT(repeat), 2, I(1), I(3))), "[1, 1, 1]");
  PY_REPR("list(repeat(1, -2))", list(call(IT(repeat), 2, I(1), I(-2))), "[]");
  PY_REPR("list(repeat(object=1, times=2))", list(callkw(IT(repeat), 0, 2, "object", I(1), "times", I(2))), "[1, 1]");
  PY_REPR("list(repeat(1, True))", list(call(IT(repeat), 2, I(1), YTRUE)), "[1]");
  PY_REPR("repr(repeat(1, 3))", yrt_repr(K(call(IT(repeat), 2, I(1), I(3)))), "'repeat(1, 3)'");
  PY_REPR("repr(repeat('a'))", yrt_repr(K(call(IT(repeat), 1, s("a")))), "\"repeat('a')\"");
  PY_REPR("repr(repeat([1, 2], -3))", yrt_repr(K(call(IT(repeat), 2, L(2, I(1), I(2)), I(-3)))), "'repeat([1, 2], 0)'");
  YValue r = K(call(IT(repeat), 2, I(1), I(2)));
  PY_REPR("[r := repeat(1, 2), next(r), repr(r), next(r), repr(r), list(r)][1:]",
          (push(nxt(r)), push(repr_of(r)), push(nxt(r)), push(repr_of(r)), push(list(yrt_incref(r))), collect()), "[1, 'repeat(1, 1)', 1, 'repeat(1, 0)', []]");
  PY_REPR("type(repeat(1)).__name__", tname(call(IT(repeat), 1, I(1))), "'repeat'");
  PY_ERR("repeat()", call(IT(repeat), 0), "TypeError: repeat() missing required argument 'object' (pos 1)");
  PY_ERR("repeat(1, 2, 3)", call(IT(repeat), 3, I(1), I(2), I(3)), "TypeError: repeat() takes at most 2 arguments (3 given)");
  PY_ERR("repeat(1, 'a')", call(IT(repeat), 2, I(1), s("a")), "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("repeat(1, 1.5)", call(IT(repeat), 2, I(1), F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("repeat(1, 2**70)", call(IT(repeat), 2, I(1), big("1180591620717411303424")),
         "OverflowError: Python int too large to convert to C ssize_t");
  PY_ERR("repeat(1, x=2)", callkw(IT(repeat), 1, 1, I(1), "x", I(2)), "TypeError: 'x' is an invalid keyword argument for repeat()");
  PY_ERR("repeat(times=2)", callkw(IT(repeat), 0, 1, "times", I(2)), "TypeError: repeat() missing required argument 'object' (pos 1)");
  PY_ERR("repeat(1, object=2)", callkw(IT(repeat), 1, 1, I(1), "object", I(2)),
         "TypeError: argument for repeat() given by name ('object') and position (1)");
}

static void test_accumulate(void) {
  PY_REPR("list(accumulate([1, 2, 3, 4]))", list(call(IT(accumulate), 1, L(4, I(1), I(2), I(3), I(4)))), "[1, 3, 6, 10]");
  PY_REPR("list(accumulate([3, 1, 4, 1, 5], max))", list(call(IT(accumulate), 2, L(5, I(3), I(1), I(4), I(1), I(5)), max_())),
          "[3, 3, 4, 4, 5]");
  PY_REPR("list(accumulate([1, 2, 3, 4], mul))", list(call(IT(accumulate), 2, L(4, I(1), I(2), I(3), I(4)), mul())), "[1, 2, 6, 24]");
  PY_REPR("list(accumulate([1, 2, 3], initial=100))", list(callkw(IT(accumulate), 1, 1, L(3, I(1), I(2), I(3)), "initial", I(100))),
          "[100, 101, 103, 106]");
  PY_REPR("list(accumulate([], initial=7))", list(callkw(IT(accumulate), 1, 1, L(0), "initial", I(7))), "[7]");
  PY_REPR("list(accumulate([1, 2], initial=None))", list(callkw(IT(accumulate), 1, 1, L(2, I(1), I(2)), "initial", YNONE)), "[1, 3]");
  PY_REPR("list(accumulate('abc'))", list(call(IT(accumulate), 1, s("abc"))), "['a', 'ab', 'abc']");
  PY_REPR("list(accumulate([2, 3], func=None))", list(callkw(IT(accumulate), 1, 1, L(2, I(2), I(3)), "func", YNONE)), "[2, 5]");
  PY_REPR("list(accumulate(iterable=[2, 3], func=mul, initial=5))",
          list(callkw(IT(accumulate), 0, 3, "iterable", L(2, I(2), I(3)), "func", mul(), "initial", I(5))), "[5, 10, 30]");
  PY_REPR("list(accumulate([]))", list(call(IT(accumulate), 1, L(0))), "[]");
  PY_REPR("take(accumulate(count()), 5)", take(call(IT(accumulate), 1, A(call(IT(count), 0))), 5), "[0, 1, 3, 6, 10]");
  PY_REPR("type(accumulate([])).__name__", tname(call(IT(accumulate), 1, L(0))), "'accumulate'");
  PY_ERR("accumulate()", call(IT(accumulate), 0), "TypeError: accumulate() missing required argument 'iterable' (pos 1)");
  PY_ERR("accumulate(1)", call(IT(accumulate), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("accumulate([1], None, 3)", call(IT(accumulate), 3, L(0), YNONE, I(3)),
         "TypeError: accumulate() takes at most 2 positional arguments (3 given)");
  PY_ERR("accumulate([1], x=1)", callkw(IT(accumulate), 1, 1, L(0), "x", I(1)),
         "TypeError: 'x' is an invalid keyword argument for accumulate()");
  PY_ERR("accumulate([1], None, initial=1, x=1)", callkw(IT(accumulate), 2, 2, L(0), YNONE, "initial", I(1), "x", I(1)),
         "TypeError: accumulate() takes at most 3 arguments (4 given)");
  PY_ERR("accumulate([1], None, func=None)", callkw(IT(accumulate), 2, 1, L(0), YNONE, "func", YNONE),
         "TypeError: argument for accumulate() given by name ('func') and position (2)");
  PY_ERR("list(accumulate([1, 'a']))", list(call(IT(accumulate), 1, L(2, I(1), s("a")))),
         "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  PY_ERR("list(accumulate(map(boom_at3, [1, 2, 3])))", list(call(IT(accumulate), 1, booming(L(3, I(1), I(2), I(3))))),
         "ValueError: boom");
}

static void test_chain_compress(void) {
  PY_REPR("list(chain('ab', [1], ()))", list(call(IT(chain), 3, s("ab"), L(1, I(1)), T(0))), "['a', 'b', 1]");
  PY_REPR("list(chain())", list(call(IT(chain), 0)), "[]");
  PY_REPR("take(chain('x', count()), 3)", take(call(IT(chain), 2, s("x"), A(call(IT(count), 0))), 3), "['x', 0, 1]");
  PY_REPR("next(chain([1], 2))", nxt(K(call(IT(chain), 2, L(1, I(1)), I(2)))), "1");
  PY_ERR("list(chain([1], 2))", list(call(IT(chain), 2, L(1, I(1)), I(2))), "TypeError: 'int' object is not iterable");
  PY_ERR("chain(x=1)", callkw(IT(chain), 0, 1, "x", I(1)), "TypeError: chain() takes no keyword arguments");
  YValue fi = K(yrt_getattr(IT(chain), YN_from_iterable));
  PY_REPR("list(chain.from_iterable(['ab', 'cd']))", list(call(fi, 1, L(2, s("ab"), s("cd")))), "['a', 'b', 'c', 'd']");
  PY_REPR("take(chain.from_iterable(repeat('ab')), 5)", take(call(fi, 1, A(call(IT(repeat), 1, s("ab")))), 5),
          "['a', 'b', 'a', 'b', 'a']");
  PY_REPR("chain.from_iterable.__name__", yrt_getattr(fi, YN___name__), "'from_iterable'");
  PY_REPR("type(chain.from_iterable([])).__name__", tname(call(fi, 1, L(0))), "'chain'");
  PY_REPR("repr(chain())[:26]", repr_head(call(IT(chain), 0), 26), "'<itertools.chain object at'");
  PY_ERR("chain.from_iterable()", call(fi, 0), "TypeError: chain.from_iterable() takes exactly one argument (0 given)");
  PY_ERR("chain.from_iterable(1)", call(fi, 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("list(chain.from_iterable([1]))", list(call(fi, 1, L(1, I(1)))), "TypeError: 'int' object is not iterable");
  PY_ERR("chain.from_iterable(iterable=1)", callkw(fi, 0, 1, "iterable", I(1)),
         "TypeError: chain.from_iterable() takes no keyword arguments");

  PY_REPR("list(compress('abcdef', [1, 0, 1, 0, 1, 1]))",
          list(call(IT(compress), 2, s("abcdef"), L(6, I(1), I(0), I(1), I(0), I(1), I(1)))), "['a', 'c', 'e', 'f']");
  PY_REPR("list(compress('abcd', count()))", list(call(IT(compress), 2, s("abcd"), A(call(IT(count), 0)))), "['b', 'c', 'd']");
  PY_REPR("list(compress(count(), [0, 1, 1]))", list(call(IT(compress), 2, A(call(IT(count), 0)), L(3, I(0), I(1), I(1)))), "[1, 2]");
  PY_REPR("list(compress(data='ab', selectors=[0, 1]))",
          list(callkw(IT(compress), 0, 2, "data", s("ab"), "selectors", L(2, I(0), I(1)))), "['b']");
  PY_REPR("type(compress('', '')).__name__", tname(call(IT(compress), 2, s(""), s(""))), "'compress'");
  PY_ERR("compress()", call(IT(compress), 0), "TypeError: compress() missing required argument 'data' (pos 1)");
  PY_ERR("compress([1])", call(IT(compress), 1, L(0)), "TypeError: compress() missing required argument 'selectors' (pos 2)");
  PY_ERR("compress(1, [1])", call(IT(compress), 2, I(1), L(0)), "TypeError: 'int' object is not iterable");
  PY_ERR("compress([1], 1)", call(IT(compress), 2, L(0), I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("compress([1], [2], [3])", call(IT(compress), 3, L(0), L(0), L(0)), "TypeError: compress() takes at most 2 arguments (3 given)");
  PY_ERR("compress(selectors=[1])", callkw(IT(compress), 0, 1, "selectors", L(0)),
         "TypeError: compress() missing required argument 'data' (pos 1)");
}

static void test_predicates(void) {
  YValue xs = L(5, I(1), I(4), I(6), I(4), I(1));
  PY_REPR("list(dropwhile(lt5, [1, 4, 6, 4, 1]))", list(call(IT(dropwhile), 2, lt5(), xs)), "[6, 4, 1]");
  PY_REPR("list(takewhile(lt5, [1, 4, 6, 4, 1]))", list(call(IT(takewhile), 2, lt5(), xs)), "[1, 4]");
  PY_REPR("list(filterfalse(is_odd, range(10)))", list(call(IT(filterfalse), 2, is_odd(), range(10))), "[0, 2, 4, 6, 8]");
  PY_REPR("list(filterfalse(None, [0, 1, '', 2, None]))", list(call(IT(filterfalse), 2, YNONE, L(5, I(0), I(1), s(""), I(2), YNONE))),
          "[0, '', None]");
  PY_REPR("take(dropwhile(lt5, count()), 3)", take(call(IT(dropwhile), 2, lt5(), A(call(IT(count), 0))), 3), "[5, 6, 7]");
  PY_REPR("list(takewhile(lt5, count()))", list(call(IT(takewhile), 2, lt5(), A(call(IT(count), 0)))), "[0, 1, 2, 3, 4]");
  PY_REPR("take(filterfalse(is_odd, count()), 3)", take(call(IT(filterfalse), 2, is_odd(), A(call(IT(count), 0))), 3), "[0, 2, 4]");
  YValue tw = K(call(IT(takewhile), 2, lt5(), xs));
  PY_REPR("[t := takewhile(lt5, [1, 4, 6, 4, 1]), list(t), list(t)][1:]", (push(list(yrt_incref(tw))), push(list(yrt_incref(tw))), collect()),
          "[[1, 4], []]");
  PY_REPR("list(takewhile(lt5, map(boom_at3, [1, 2])))", list(call(IT(takewhile), 2, lt5(), booming(L(2, I(1), I(2))))), "[1, 2]");
  PY_ERR("list(dropwhile(lt5, map(boom_at3, [1, 2, 3])))", list(call(IT(dropwhile), 2, lt5(), booming(L(3, I(1), I(2), I(3))))),
         "ValueError: boom");
  PY_ERR("list(dropwhile(boom_at3, [1, 3]))", list(call(IT(dropwhile), 2, boom_at3(), L(2, I(1), I(3)))), "ValueError: boom");
  PY_ERR("list(filterfalse(boom_at3, [0, 3]))", list(call(IT(filterfalse), 2, boom_at3(), L(2, I(0), I(3)))), "ValueError: boom");
  PY_REPR("type(dropwhile(None, [])).__name__", tname(call(IT(dropwhile), 2, YNONE, L(0))), "'dropwhile'");
  PY_REPR("type(takewhile(None, [])).__name__", tname(call(IT(takewhile), 2, YNONE, L(0))), "'takewhile'");
  PY_REPR("type(filterfalse(None, [])).__name__", tname(call(IT(filterfalse), 2, YNONE, L(0))), "'filterfalse'");
  PY_ERR("dropwhile()", call(IT(dropwhile), 0), "TypeError: dropwhile expected 2 arguments, got 0");
  PY_ERR("dropwhile(None)", call(IT(dropwhile), 1, YNONE), "TypeError: dropwhile expected 2 arguments, got 1");
  PY_ERR("dropwhile(None, 1)", call(IT(dropwhile), 2, YNONE, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("dropwhile(None, [1], 2)", call(IT(dropwhile), 3, YNONE, L(0), I(2)), "TypeError: dropwhile expected 2 arguments, got 3");
  PY_ERR("dropwhile(None, iterable=[1])", callkw(IT(dropwhile), 1, 1, YNONE, "iterable", L(0)),
         "TypeError: dropwhile() takes no keyword arguments");
  PY_ERR("list(dropwhile(None, [1]))", list(call(IT(dropwhile), 2, YNONE, L(1, I(1)))), "TypeError: 'NoneType' object is not callable");
  PY_ERR("takewhile()", call(IT(takewhile), 0), "TypeError: takewhile expected 2 arguments, got 0");
  PY_ERR("takewhile(None, 1)", call(IT(takewhile), 2, YNONE, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("list(takewhile(None, [1]))", list(call(IT(takewhile), 2, YNONE, L(1, I(1)))), "TypeError: 'NoneType' object is not callable");
  PY_ERR("takewhile(x=1)", callkw(IT(takewhile), 0, 1, "x", I(1)), "TypeError: takewhile() takes no keyword arguments");
  PY_ERR("filterfalse()", call(IT(filterfalse), 0), "TypeError: filterfalse expected 2 arguments, got 0");
  PY_ERR("filterfalse(None, [1], 2)", call(IT(filterfalse), 3, YNONE, L(0), I(2)), "TypeError: filterfalse expected 2 arguments, got 3");
  PY_ERR("filterfalse(x=1)", callkw(IT(filterfalse), 0, 1, "x", I(1)), "TypeError: filterfalse() takes no keyword arguments");
}

static void test_groupby(void) {
  PY_REPR("[(k, list(g)) for k, g in groupby('aaabbcaa')]", groups(call(IT(groupby), 1, s("aaabbcaa"))),
          "[('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]");
  PY_REPR("[(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 7], key=div3)]",
          groups(callkw(IT(groupby), 1, 1, L(6, I(1), I(2), I(3), I(4), I(5), I(7)), "key", div3())),
          "[(0, [1, 2]), (1, [3, 4, 5]), (2, [7])]");
  PY_REPR("[(k, list(g)) for k, g in groupby(['a', 'bb', 'cc', 'd'], len)]",
          groups(call(IT(groupby), 2, L(4, s("a"), s("bb"), s("cc"), s("d")), len_())),
          "[(1, ['a']), (2, ['bb', 'cc']), (1, ['d'])]");
  PY_REPR("[(k, list(g)) for k, g in groupby([])]", groups(call(IT(groupby), 1, L(0))), "[]");
  PY_REPR("[(k, list(g)) for k, g in groupby(iterable=[1, 1.0, True, 2], key=None)]",
          groups(callkw(IT(groupby), 0, 2, "iterable", L(4, I(1), F(1.0), YTRUE, I(2)), "key", YNONE)),
          "[(1, [1, 1.0, True]), (2, [2])]");
  /* The groups share the groupby object's iterator. */
  YValue g = K(call(IT(groupby), 1, s("aaabbc")));
  YValue a = K(nxt(g)), b = K(nxt(g));
  PY_REPR("[g := groupby('aaabbc'), a := next(g), b := next(g), list(a[1]), list(b[1])][3:]",
          (push(list(yrt_incref(item(a, 1)))), push(list(yrt_incref(item(b, 1)))), collect()), "[[], ['b', 'b']]");
  g = K(call(IT(groupby), 1, s("aaabbc")));
  a = K(nxt(g));
  PY_REPR("[g := groupby('aaabbc'), a := next(g), next(a[1]), next(g)[0], list(a[1])][2:]",
          (push(nxt(item(a, 1))), push(yrt_incref(item(K(nxt(g)), 0))), push(list(yrt_incref(item(a, 1)))), collect()), "['a', 'b', []]");
  g = K(call(IT(groupby), 1, s("aab")));
  a = K(nxt(g));
  PY_REPR("[g := groupby('aab'), a := next(g), len(list(g)), list(a[1])][2:]",
          (push(yint(yrt_len(K(list(yrt_incref(g)))))), push(list(yrt_incref(item(a, 1)))), collect()), "[1, []]");
  PY_REPR("take(groupby(cycle('ab')), 3)[2][0]", yrt_incref(item(item(K(take(call(IT(groupby), 1, A(call(IT(cycle), 1, s("ab")))), 3)), 2), 0)),
          "'a'");
  PY_REPR("type(next(groupby('a'))[1]).__name__", tname(yrt_incref(item(K(nxt(K(call(IT(groupby), 1, s("a"))))), 1))), "'_grouper'");
  PY_REPR("type(groupby('a')).__name__", tname(call(IT(groupby), 1, s("a"))), "'groupby'");
  PY_ERR("groupby()", call(IT(groupby), 0), "TypeError: groupby() missing required argument 'iterable' (pos 1)");
  PY_ERR("groupby(1)", call(IT(groupby), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("groupby([1], None, 3)", call(IT(groupby), 3, L(0), YNONE, I(3)), "TypeError: groupby() takes at most 2 arguments (3 given)");
  PY_ERR("groupby([1], x=1)", callkw(IT(groupby), 1, 1, L(0), "x", I(1)), "TypeError: 'x' is an invalid keyword argument for groupby()");
  PY_ERR("groupby(key=None)", callkw(IT(groupby), 0, 1, "key", YNONE), "TypeError: groupby() missing required argument 'iterable' (pos 1)");
  PY_ERR("list(groupby([1, 2, 3], boom_at3))", list(call(IT(groupby), 2, L(3, I(1), I(2), I(3)), boom_at3())), "ValueError: boom");
  PY_ERR("list(next(groupby(map(boom_at3, [1, 1, 3])))[1])",
         list(yrt_incref(item(K(nxt(K(call(IT(groupby), 1, booming(L(3, I(1), I(1), I(3))))))), 1))), "ValueError: boom");
}

static void test_islice(void) {
  YValue abc = s("abcdefg");
  PY_REPR("list(islice('abcdefg', 2))", list(call(IT(islice), 2, abc, I(2))), "['a', 'b']");
  PY_REPR("list(islice('abcdefg', 2, 4))", list(call(IT(islice), 3, abc, I(2), I(4))), "['c', 'd']");
  PY_REPR("list(islice('abcdefg', 2, None))", list(call(IT(islice), 3, abc, I(2), YNONE)), "['c', 'd', 'e', 'f', 'g']");
  PY_REPR("list(islice('abcdefg', 0, None, 2))", list(call(IT(islice), 4, abc, I(0), YNONE, I(2))), "['a', 'c', 'e', 'g']");
  PY_REPR("list(islice('abcdefg', None))", list(call(IT(islice), 2, abc, YNONE)), "['a', 'b', 'c', 'd', 'e', 'f', 'g']");
  PY_REPR("list(islice('abcdefg', 5, 2))", list(call(IT(islice), 3, abc, I(5), I(2))), "[]");
  PY_REPR("list(islice('abc', 1, 100, 10))", list(call(IT(islice), 4, s("abc"), I(1), I(100), I(10))), "['b']");
  PY_REPR("list(islice(count(), 3, 10, 3))", list(call(IT(islice), 4, A(call(IT(count), 0)), I(3), I(10), I(3))), "[3, 6, 9]");
  PY_REPR("list(islice(count(), True, 3, True))", list(call(IT(islice), 4, A(call(IT(count), 0)), YTRUE, I(3), YTRUE)), "[1, 2]");
  PY_REPR("list(islice('abc', None, None, None))", list(call(IT(islice), 4, s("abc"), YNONE, YNONE, YNONE)), "['a', 'b', 'c']");
  PY_REPR("list(islice('abc', 2**63 - 1))", list(call(IT(islice), 2, s("abc"), I(INT64_MAX))), "['a', 'b', 'c']");
  YValue c = K(call(IT(count), 0));
  YValue sl = K(call(IT(islice), 3, c, I(2), I(4)));
  PY_REPR("[c := count(), list(islice(c, 2, 4)), next(c)][1:]", (push(list(yrt_incref(sl))), push(nxt(c)), collect()), "[[2, 3], 4]");
  PY_REPR("type(islice('', 1)).__name__", tname(call(IT(islice), 2, s(""), I(1))), "'islice'");
  PY_ERR("list(islice(map(boom_at3, [1, 2, 3, 4]), 1, None))", list(call(IT(islice), 3, booming(L(4, I(1), I(2), I(3), I(4))), I(1), YNONE)),
         "ValueError: boom");
  PY_ERR("islice()", call(IT(islice), 0), "TypeError: islice expected at least 2 arguments, got 0");
  PY_ERR("islice([1])", call(IT(islice), 1, L(0)), "TypeError: islice expected at least 2 arguments, got 1");
  PY_ERR("islice([1], 1, 2, 3, 4)", call(IT(islice), 5, L(0), I(1), I(2), I(3), I(4)), "TypeError: islice expected at most 4 arguments, got 5");
  PY_ERR("islice(1, 2)", call(IT(islice), 2, I(1), I(2)), "TypeError: 'int' object is not iterable");
  PY_ERR("islice([1], stop=2)", callkw(IT(islice), 1, 1, L(0), "stop", I(2)), "TypeError: islice() takes no keyword arguments");
  const char *stop = "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char *ind = "ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char *stp = "ValueError: Step for islice() must be a positive integer or None.";
  PY_ERR("islice([1], 'a')", call(IT(islice), 2, L(0), s("a")), stop);
  PY_ERR("islice([1], -1)", call(IT(islice), 2, L(0), I(-1)), stop);
  PY_ERR("islice([1], -5)", call(IT(islice), 2, L(0), I(-5)), ind);
  PY_ERR("islice([1], 1.5)", call(IT(islice), 2, L(0), F(1.5)), stop);
  PY_ERR("islice([1], 2**63)", call(IT(islice), 2, L(0), big("9223372036854775808")), stop);
  PY_ERR("islice([1], 1, 'a')", call(IT(islice), 3, L(0), I(1), s("a")), stop);
  PY_ERR("islice([1], -2, 3)", call(IT(islice), 3, L(0), I(-2), I(3)), ind);
  PY_ERR("islice([1], 1.0, 2)", call(IT(islice), 3, L(0), F(1.0), I(2)), ind);
  PY_ERR("islice([1], 'a', -1, 0)", call(IT(islice), 4, L(0), s("a"), I(-1), I(0)), stop);
  PY_ERR("islice([1], 1, 2, 0)", call(IT(islice), 4, L(0), I(1), I(2), I(0)), stp);
  PY_ERR("islice([1], 1, 2, -1)", call(IT(islice), 4, L(0), I(1), I(2), I(-1)), stp);
  PY_ERR("islice([1], 0, 1, 'a')", call(IT(islice), 4, L(0), I(0), I(1), s("a")), stp);
  PY_ERR("islice(1, -1)", call(IT(islice), 2, I(1), I(-1)), stop);
}

static void test_pairwise_starmap(void) {
  PY_REPR("list(pairwise('abcd'))", list(call(IT(pairwise), 1, s("abcd"))), "[('a', 'b'), ('b', 'c'), ('c', 'd')]");
  PY_REPR("list(pairwise('a'))", list(call(IT(pairwise), 1, s("a"))), "[]");
  PY_REPR("list(pairwise([]))", list(call(IT(pairwise), 1, L(0))), "[]");
  PY_REPR("take(pairwise(count()), 2)", take(call(IT(pairwise), 1, A(call(IT(count), 0))), 2), "[(0, 1), (1, 2)]");
  PY_REPR("type(pairwise('')).__name__", tname(call(IT(pairwise), 1, s(""))), "'pairwise'");
  PY_ERR("list(pairwise(map(boom_at3, [1, 2, 3])))", list(call(IT(pairwise), 1, booming(L(3, I(1), I(2), I(3))))), "ValueError: boom");
  PY_ERR("pairwise()", call(IT(pairwise), 0), "TypeError: pairwise expected 1 argument, got 0");
  PY_ERR("pairwise([1], [2])", call(IT(pairwise), 2, L(0), L(0)), "TypeError: pairwise expected 1 argument, got 2");
  PY_ERR("pairwise(1)", call(IT(pairwise), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("pairwise(iterable=[1])", callkw(IT(pairwise), 0, 1, "iterable", L(0)), "TypeError: pairwise() takes no keyword arguments");

  PY_REPR("list(starmap(pow, [(2, 5), (3, 2)]))", list(call(IT(starmap), 2, pow_(), L(2, T(2, I(2), I(5)), T(2, I(3), I(2))))),
          "[32, 9]");
  PY_REPR("list(starmap(pow, [[2, 3], (10, 2)]))",
          list(call(IT(starmap), 2, pow_(), L(2, L(2, I(2), I(3)), T(2, I(10), I(2))))), "[8, 100]");
  PY_REPR("list(starmap(max, ['ab', range(4)]))", list(call(IT(starmap), 2, max_(), L(2, s("ab"), range(4)))), "['b', 3]");
  PY_REPR("take(starmap(mul, zip(count(), count(1))), 4)",
          take(call(IT(starmap), 2, mul(), A(call(yobj((void *)&yrt_type_zip), 2, A(call(IT(count), 0)), A(call(IT(count), 1, I(1)))))), 4),
          "[0, 2, 6, 12]");
  PY_REPR("type(starmap(pow, [])).__name__", tname(call(IT(starmap), 2, pow_(), L(0))), "'starmap'");
  PY_ERR("list(starmap(pow, [1]))", list(call(IT(starmap), 2, pow_(), L(1, I(1)))), "TypeError: 'int' object is not iterable");
  PY_ERR("list(starmap(pow, [(1,)]))", list(call(IT(starmap), 2, pow_(), L(1, T(1, I(1))))),
         "TypeError: pow() missing required argument 'exp' (pos 2)");
  PY_ERR("starmap()", call(IT(starmap), 0), "TypeError: starmap expected 2 arguments, got 0");
  PY_ERR("starmap(None, 1)", call(IT(starmap), 2, YNONE, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("starmap(None, [1], 2)", call(IT(starmap), 3, YNONE, L(0), I(2)), "TypeError: starmap expected 2 arguments, got 3");
  PY_ERR("starmap(function=1, iterable=[1])", callkw(IT(starmap), 0, 2, "function", I(1), "iterable", L(0)),
         "TypeError: starmap() takes no keyword arguments");
}

static void test_tee(void) {
  YValue ts = K(call(IT(tee), 2, s("abc"), I(3)));
  PY_REPR("[list(x) for x in tee('abc', 3)]",
          (push(list(yrt_incref(item(ts, 0)))), push(list(yrt_incref(item(ts, 1)))), push(list(yrt_incref(item(ts, 2)))), collect()),
          "[['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']]");
  YValue t = K(call(IT(tee), 1, s("abc")));
  PY_REPR("[t := tee('abc'), next(t[0]), next(t[0]), list(t[1]), list(t[0])][1:]",
          (push(nxt(item(t, 0))), push(nxt(item(t, 0))), push(list(yrt_incref(item(t, 1)))), push(list(yrt_incref(item(t, 0)))), collect()),
          "['a', 'b', ['a', 'b', 'c'], ['c']]");
  t = K(call(IT(tee), 1, range(200)));
  PY_REPR("[t := tee(range(200)), len(list(t[0])), sum(t[1])][1:]",
          (push(yint(yrt_len(K(list(yrt_incref(item(t, 0))))))), push(yrt_b_sum(1, (YValue[]){item(t, 1)})), collect()), "[200, 19900]");
  t = K(call(IT(tee), 1, A(call(IT(count), 0))));
  PY_REPR("[t := tee(count()), take(t[0], 130)[-1], take(t[1], 2), take(t[0], 1)][1:]",
          (push(yrt_incref(item(K(take(yrt_incref(item(t, 0)), 130)), 129))), push(take(yrt_incref(item(t, 1)), 2)), push(take(yrt_incref(item(t, 0)), 1)), collect()),
          "[129, [0, 1], [130]]");
  PY_REPR("tee('abc', 0)", call(IT(tee), 2, s("abc"), I(0)), "()");
  PY_REPR("tee(1, 0)", call(IT(tee), 2, I(1), I(0)), "()");
  PY_REPR("len(tee('ab', True))", yint(yrt_len(K(call(IT(tee), 2, s("ab"), YTRUE)))), "1");
  /* A tee of a tee copies it: the first result is the tee itself. */
  YValue a = K(yrt_incref(item(K(call(IT(tee), 2, s("abcd"), I(1))), 0)));
  YValue nx = K(nxt(a));
  YValue b = K(call(IT(tee), 1, a));
  PY_REPR("(lambda r: [r[1]] + r[3:])([a := tee('abcd', 1)[0], next(a), b := tee(a), len(b), b[0] is a, list(b[1]), list(a)])",
          (push(yrt_incref(nx)), push(yint(yrt_len(b))), push(ybool(yrt_is(item(b, 0), a))), push(list(yrt_incref(item(b, 1)))), push(list(yrt_incref(a))), collect()),
          "['a', 2, True, ['b', 'c', 'd'], ['b', 'c', 'd']]");
  PY_REPR("type(tee([])[0]).__name__", tname(yrt_incref(item(K(call(IT(tee), 1, L(0))), 0))), "'_tee'");
  PY_REPR("repr(tee([])[0])[:25]", repr_head(yrt_incref(item(K(call(IT(tee), 1, L(0))), 0)), 25), "'<itertools._tee object at'");
  t = K(call(IT(tee), 1, booming(L(3, I(1), I(2), I(3)))));
  PY_ERR("[t := tee(map(boom_at3, [1, 2, 3])), list(t[0])]", list(yrt_incref(item(t, 0))), "ValueError: boom");
  PY_REPR("[t := tee(map(boom_at3, [1, 2, 3])), next(t[1]), next(t[1])][1:]", (push(nxt(item(t, 1))), push(nxt(item(t, 1))), collect()), "[1, 2]");
  PY_ERR("tee()", call(IT(tee), 0), "TypeError: tee expected at least 1 argument, got 0");
  PY_ERR("tee([1], 2, 3)", call(IT(tee), 3, L(0), I(2), I(3)), "TypeError: tee expected at most 2 arguments, got 3");
  PY_ERR("tee(1)", call(IT(tee), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("tee([1], -1)", call(IT(tee), 2, L(0), I(-1)), "ValueError: n must be >= 0");
  PY_ERR("tee(1, -1)", call(IT(tee), 2, I(1), I(-1)), "ValueError: n must be >= 0");
  PY_ERR("tee([1], 'a')", call(IT(tee), 2, L(0), s("a")), "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("tee([1], 2**70)", call(IT(tee), 2, L(0), big("1180591620717411303424")),
         "OverflowError: Python int too large to convert to C ssize_t");
  PY_ERR("tee([1], n=2)", callkw(IT(tee), 1, 1, L(0), "n", I(2)), "TypeError: itertools.tee() takes no keyword arguments");
}

static void test_zip_longest(void) {
  PY_REPR("list(zip_longest('ab', 'xyz'))", list(call(IT(zip_longest), 2, s("ab"), s("xyz"))),
          "[('a', 'x'), ('b', 'y'), (None, 'z')]");
  PY_REPR("list(zip_longest('ab', 'xyz', fillvalue='-'))", list(callkw(IT(zip_longest), 2, 1, s("ab"), s("xyz"), "fillvalue", s("-"))),
          "[('a', 'x'), ('b', 'y'), ('-', 'z')]");
  PY_REPR("list(zip_longest('abc', [1], 'xy'))", list(call(IT(zip_longest), 3, s("abc"), L(1, I(1)), s("xy"))),
          "[('a', 1, 'x'), ('b', None, 'y'), ('c', None, None)]");
  PY_REPR("list(zip_longest())", list(call(IT(zip_longest), 0)), "[]");
  PY_REPR("list(zip_longest(fillvalue=2))", list(callkw(IT(zip_longest), 0, 1, "fillvalue", I(2))), "[]");
  PY_REPR("list(zip_longest('a'))", list(call(IT(zip_longest), 1, s("a"))), "[('a',)]");
  PY_REPR("list(zip_longest([], []))", list(call(IT(zip_longest), 2, L(0), L(0))), "[]");
  PY_REPR("take(zip_longest(count(), 'ab'), 4)", take(call(IT(zip_longest), 2, A(call(IT(count), 0)), s("ab")), 4),
          "[(0, 'a'), (1, 'b'), (2, None), (3, None)]");
  PY_REPR("type(zip_longest()).__name__", tname(call(IT(zip_longest), 0)), "'zip_longest'");
  PY_ERR("list(zip_longest('abcd', map(boom_at3, [1, 2, 3])))", list(call(IT(zip_longest), 2, s("abcd"), booming(L(3, I(1), I(2), I(3))))),
         "ValueError: boom");
  PY_ERR("zip_longest(1)", call(IT(zip_longest), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("zip_longest([1], fill=2)", callkw(IT(zip_longest), 1, 1, L(0), "fill", I(2)),
         "TypeError: zip_longest() got an unexpected keyword argument");
  PY_ERR("zip_longest([1], fillvalue=1, x=2)", callkw(IT(zip_longest), 1, 2, L(0), "fillvalue", I(1), "x", I(2)),
         "TypeError: zip_longest() got an unexpected keyword argument");
}

static void test_combinatorics(void) {
  PY_REPR("list(product('ab', range(2)))", list(call(IT(product), 2, s("ab"), range(2))), "[('a', 0), ('a', 1), ('b', 0), ('b', 1)]");
  PY_REPR("list(product('ab', repeat=2))", list(callkw(IT(product), 1, 1, s("ab"), "repeat", I(2))),
          "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]");
  PY_REPR("list(product([1, 2], 'x', repeat=2))", list(callkw(IT(product), 2, 1, L(2, I(1), I(2)), s("x"), "repeat", I(2))),
          "[(1, 'x', 1, 'x'), (1, 'x', 2, 'x'), (2, 'x', 1, 'x'), (2, 'x', 2, 'x')]");
  PY_REPR("list(product())", list(call(IT(product), 0)), "[()]");
  PY_REPR("list(product(repeat=2))", list(callkw(IT(product), 0, 1, "repeat", I(2))), "[()]");
  PY_REPR("list(product('ab', []))", list(call(IT(product), 2, s("ab"), L(0))), "[]");
  PY_REPR("list(product([1, 2], repeat=0))", list(callkw(IT(product), 1, 1, L(2, I(1), I(2)), "repeat", I(0))), "[()]");
  PY_REPR("len(list(product(range(3), repeat=4)))", yint(yrt_len(K(list(callkw(IT(product), 1, 1, range(3), "repeat", I(4)))))), "81");
  PY_REPR("list(product('ab', 'c', 'de'))[-1]", yrt_incref(item(K(list(call(IT(product), 3, s("ab"), s("c"), s("de")))), 3)),
          "('b', 'c', 'e')");
  PY_REPR("type(product()).__name__", tname(call(IT(product), 0)), "'product'");
  PY_ERR("product(1)", call(IT(product), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("product([1], repeat=-1)", callkw(IT(product), 1, 1, L(0), "repeat", I(-1)), "ValueError: repeat argument cannot be negative");
  PY_ERR("product([1], repeat='a')", callkw(IT(product), 1, 1, L(0), "repeat", s("a")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("product([1], repeat=None)", callkw(IT(product), 1, 1, L(0), "repeat", YNONE),
         "TypeError: 'NoneType' object cannot be interpreted as an integer");
  PY_ERR("product([1], rep=1)", callkw(IT(product), 1, 1, L(0), "rep", I(1)), "TypeError: 'rep' is an invalid keyword argument for product()");
  PY_ERR("product([1], repeat=1, x=1)", callkw(IT(product), 1, 2, L(0), "repeat", I(1), "x", I(1)),
         "TypeError: product() takes at most 1 keyword argument (2 given)");
  PY_ERR("product([1], repeat=2**70)", callkw(IT(product), 1, 1, L(0), "repeat", big("1180591620717411303424")),
         "OverflowError: Python int too large to convert to C ssize_t");
  PY_ERR("product([1], [2], repeat=2**60)", callkw(IT(product), 2, 1, L(0), L(0), "repeat", I((int64_t)1 << 60)),
         "OverflowError: repeat argument too large");

  PY_REPR("list(permutations('abc'))", list(call(IT(permutations), 1, s("abc"))),
          "[('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]");
  PY_REPR("list(permutations('abcd', 2))", list(call(IT(permutations), 2, s("abcd"), I(2))),
          "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), "
          "('d', 'a'), ('d', 'b'), ('d', 'c')]");
  PY_REPR("list(permutations('ab', 3))", list(call(IT(permutations), 2, s("ab"), I(3))), "[]");
  PY_REPR("list(permutations([]))", list(call(IT(permutations), 1, L(0))), "[()]");
  PY_REPR("list(permutations('abc', 0))", list(call(IT(permutations), 2, s("abc"), I(0))), "[()]");
  PY_REPR("list(permutations(range(3), r=None))", list(callkw(IT(permutations), 1, 1, range(3), "r", YNONE)),
          "[(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]");
  PY_REPR("list(permutations(iterable='ab', r=True))", list(callkw(IT(permutations), 0, 2, "iterable", s("ab"), "r", YTRUE)),
          "[('a',), ('b',)]");
  PY_REPR("len(list(permutations(range(6))))", yint(yrt_len(K(list(call(IT(permutations), 1, range(6)))))), "720");
  PY_REPR("list(permutations(range(5), 3))[37]", yrt_incref(item(K(list(call(IT(permutations), 2, range(5), I(3)))), 37)), "(3, 0, 2)");
  PY_REPR("type(permutations('')).__name__", tname(call(IT(permutations), 1, s(""))), "'permutations'");
  PY_ERR("permutations()", call(IT(permutations), 0), "TypeError: permutations() missing required argument 'iterable' (pos 1)");
  PY_ERR("permutations(1)", call(IT(permutations), 1, I(1)), "TypeError: 'int' object is not iterable");
  PY_ERR("permutations(1, 'a')", call(IT(permutations), 2, I(1), s("a")), "TypeError: 'int' object is not iterable");
  PY_ERR("permutations([1], -1)", call(IT(permutations), 2, L(0), I(-1)), "ValueError: r must be non-negative");
  PY_ERR("permutations([1], 'a')", call(IT(permutations), 2, L(0), s("a")), "TypeError: Expected int as r");
  PY_ERR("permutations([1], 1.0)", call(IT(permutations), 2, L(0), F(1.0)), "TypeError: Expected int as r");
  PY_ERR("permutations([1], 2**70)", call(IT(permutations), 2, L(0), big("1180591620717411303424")),
         "OverflowError: Python int too large to convert to C ssize_t");
  PY_ERR("permutations([1], 1, 2)", call(IT(permutations), 3, L(0), I(1), I(2)), "TypeError: permutations() takes at most 2 arguments (3 given)");
  PY_ERR("permutations([1], x=2)", callkw(IT(permutations), 1, 1, L(0), "x", I(2)),
         "TypeError: 'x' is an invalid keyword argument for permutations()");

  PY_REPR("list(combinations('abcd', 2))", list(call(IT(combinations), 2, s("abcd"), I(2))),
          "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]");
  PY_REPR("list(combinations(range(4), 3))", list(call(IT(combinations), 2, range(4), I(3))),
          "[(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]");
  PY_REPR("list(combinations('ab', 3))", list(call(IT(combinations), 2, s("ab"), I(3))), "[]");
  PY_REPR("list(combinations([], 0))", list(call(IT(combinations), 2, L(0), I(0))), "[()]");
  PY_REPR("list(combinations('abc', 0))", list(call(IT(combinations), 2, s("abc"), I(0))), "[()]");
  PY_REPR("list(combinations(iterable='abc', r=True))", list(callkw(IT(combinations), 0, 2, "iterable", s("abc"), "r", YTRUE)),
          "[('a',), ('b',), ('c',)]");
  PY_REPR("len(list(combinations(range(10), 4)))", yint(yrt_len(K(list(call(IT(combinations), 2, range(10), I(4)))))), "210");
  PY_ERR("list(combinations('ab', 2**62))", list(call(IT(combinations), 2, s("ab"), I((int64_t)1 << 62))), "MemoryError: ");
  PY_REPR("type(combinations('', 1)).__name__", tname(call(IT(combinations), 2, s(""), I(1))), "'combinations'");
  PY_ERR("combinations()", call(IT(combinations), 0), "TypeError: combinations() missing required argument 'iterable' (pos 1)");
  PY_ERR("combinations([1])", call(IT(combinations), 1, L(0)), "TypeError: combinations() missing required argument 'r' (pos 2)");
  PY_ERR("combinations(1, 2)", call(IT(combinations), 2, I(1), I(2)), "TypeError: 'int' object is not iterable");
  PY_ERR("combinations(1, 'a')", call(IT(combinations), 2, I(1), s("a")), "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("combinations(1, -1)", call(IT(combinations), 2, I(1), I(-1)), "TypeError: 'int' object is not iterable");
  PY_ERR("combinations([1], -1)", call(IT(combinations), 2, L(0), I(-1)), "ValueError: r must be non-negative");
  PY_ERR("combinations([1], None)", call(IT(combinations), 2, L(0), YNONE),
         "TypeError: 'NoneType' object cannot be interpreted as an integer");
  PY_ERR("combinations([1], 1, 2)", call(IT(combinations), 3, L(0), I(1), I(2)), "TypeError: combinations() takes at most 2 arguments (3 given)");
  PY_ERR("combinations([1], x=1)", callkw(IT(combinations), 1, 1, L(0), "x", I(1)),
         "TypeError: combinations() missing required argument 'r' (pos 2)");
  PY_ERR("combinations([1], r=1, x=2)", callkw(IT(combinations), 1, 2, L(0), "r", I(1), "x", I(2)),
         "TypeError: combinations() takes at most 2 arguments (3 given)");
  PY_ERR("combinations([1], 2**70)", call(IT(combinations), 2, L(0), big("1180591620717411303424")),
         "OverflowError: Python int too large to convert to C ssize_t");

  YValue cwr = K(IT(combinations_with_replacement));
  PY_REPR("list(combinations_with_replacement('abc', 2))", list(call(cwr, 2, s("abc"), I(2))),
          "[('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]");
  PY_REPR("list(combinations_with_replacement('ab', 3))", list(call(cwr, 2, s("ab"), I(3))),
          "[('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'b'), ('b', 'b', 'b')]");
  PY_REPR("list(combinations_with_replacement('ab', 0))", list(call(cwr, 2, s("ab"), I(0))), "[()]");
  PY_REPR("list(combinations_with_replacement([], 1))", list(call(cwr, 2, L(0), I(1))), "[]");
  PY_REPR("list(combinations_with_replacement([], 0))", list(call(cwr, 2, L(0), I(0))), "[()]");
  PY_REPR("list(combinations_with_replacement(iterable='a', r=2))", list(callkw(cwr, 0, 2, "iterable", s("a"), "r", I(2))),
          "[('a', 'a')]");
  PY_REPR("len(list(combinations_with_replacement(range(5), 3)))", yint(yrt_len(K(list(call(cwr, 2, range(5), I(3)))))), "35");
  PY_REPR("type(combinations_with_replacement('', 1)).__name__", tname(call(cwr, 2, s(""), I(1))), "'combinations_with_replacement'");
  PY_ERR("combinations_with_replacement()", call(cwr, 0),
         "TypeError: combinations_with_replacement() missing required argument 'iterable' (pos 1)");
  PY_ERR("combinations_with_replacement([1])", call(cwr, 1, L(0)),
         "TypeError: combinations_with_replacement() missing required argument 'r' (pos 2)");
  PY_ERR("combinations_with_replacement([1], -1)", call(cwr, 2, L(0), I(-1)), "ValueError: r must be non-negative");
  PY_ERR("combinations_with_replacement([1], 'a')", call(cwr, 2, L(0), s("a")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  PY_ERR("combinations_with_replacement([1], 1, 3)", call(cwr, 3, L(0), I(1), I(3)),
         "TypeError: combinations_with_replacement() takes at most 2 arguments (3 given)");
  PY_ERR("combinations_with_replacement(1, 1)", call(cwr, 2, I(1), I(1)), "TypeError: 'int' object is not iterable");
}

static void test_module(void) {
  YValue m = yobj(&yrt_module_itertools);
  static const YName names[] = {YN_count, YN_cycle, YN_repeat, YN_accumulate, YN_chain, YN_compress, YN_dropwhile,
                                YN_filterfalse, YN_groupby, YN_islice, YN_pairwise, YN_starmap, YN_takewhile, YN_tee,
                                YN_zip_longest, YN_product, YN_permutations, YN_combinations,
                                YN_combinations_with_replacement};
  YValue got = yrt_list_new(0, NULL);
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    YValue f = yrt_getattr(m, names[i]);
    YValue n = YIS_ERR(f) ? f : yrt_getattr(f, YN___name__);
    if (YIS_ERR(n)) {
      yrt_decref(got);
      got = YERROR;
      break;
    }
    yrt_list_append(got, n);
    yrt_decref(n);
  }
  PY_REPR("[getattr(itertools, n).__name__ for n in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', "
          "'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', "
          "'product', 'permutations', 'combinations', 'combinations_with_replacement']]",
          got,
          "['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby', "
          "'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product', 'permutations', "
          "'combinations', 'combinations_with_replacement']");
  PY_REPR("itertools.__name__", yrt_getattr(m, YN___name__), "'itertools'");
  PY_REPR("repr(itertools)", yrt_repr(m), "\"<module 'itertools' (built-in)>\"");
  PY_ERR("itertools.append", yrt_getattr(m, YN_append), "AttributeError: module 'itertools' has no attribute 'append'");
  PY_ERR("itertools.foo", yrt_getattr_str(m, s("foo")), "AttributeError: module 'itertools' has no attribute 'foo'");
  PY_ERR("itertools.run", yrt_getattr(m, YN_run), "AttributeError: module 'itertools' has no attribute 'run'");
  PY_REPR("list(itertools.islice(itertools.count(), 3))",
          list(yrt_callmethod(m, YN_islice, 2, (YValue[]){K(yrt_callmethod(m, YN_count, 0, NULL)), I(3)})), "[0, 1, 2]");
  PY_REPR("list(itertools.chain.from_iterable(['ab']))",
          list(yrt_callmethod(K(yrt_getattr(m, YN_chain)), YN_from_iterable, 1, (YValue[]){L(1, s("ab"))})), "['a', 'b']");
}

/* Reference counts: every iterator releases what it holds, an exhausted
 * one drops its source at once where CPython does, and ASan/valgrind see
 * no leak of the values that went through. */
static void test_refcounts(void) {
  YValue x = yrt_str_from_c("xyz"), l = L(3, x, x, x);
  intptr_t rx = x.u.o->refcnt, rl = l.u.o->refcnt;
  YValue it;

  it = call(IT(islice), 2, l, I(2));
  yrt_decref(list(yrt_incref(it)));
  CHECK_INT(l.u.o->refcnt, rl);  /* exhausted islice: its source is gone */
  yrt_decref(it);

  it = call(IT(pairwise), 1, l);
  yrt_decref(list(yrt_incref(it)));
  CHECK_INT(l.u.o->refcnt, rl);
  yrt_decref(it);

  it = call(IT(chain), 2, l, l);
  CHECK_INT(l.u.o->refcnt, rl + 2); /* the tuple of the arguments holds it twice */
  yrt_decref(list(yrt_incref(it)));
  CHECK_INT(l.u.o->refcnt, rl);
  yrt_decref(it);

  YValue ts = call(IT(tee), 2, l, I(3));
  YValue a = item(ts, 0);
  yrt_decref(take(yrt_incref(a), 2));
  CHECK_INT(x.u.o->refcnt, rx + 2); /* two items buffered for the other copies */
  yrt_decref(ts);
  CHECK_INT(x.u.o->refcnt, rx);
  CHECK_INT(l.u.o->refcnt, rl);

  /* tee over more than a link of items, copies far apart */
  YValue many = K(yrt_list_new(0, NULL));
  for (int i = 0; i < 500; i++) yrt_list_append(many, x);
  rx = x.u.o->refcnt;
  ts = call(IT(tee), 2, many, I(2));
  yrt_decref(take(yrt_incref(item(ts, 0)), 400));
  CHECK_INT(x.u.o->refcnt, rx + 400);
  yrt_decref(take(yrt_incref(item(ts, 1)), 300));
  /* the copies at 300 and 400: links 5 to 7 of 57 items are alive, items 285 to 399 */
  CHECK_INT(x.u.o->refcnt, rx + 115);
  yrt_decref(ts);
  CHECK_INT(x.u.o->refcnt, rx);

  /* groupby and its groups */
  it = call(IT(groupby), 1, l);
  YValue g1 = nxt(it);
  yrt_decref(it);
  YValue rest = list(yrt_incref(item(g1, 1)));
  CHECK_INT(yrt_len(rest), 3);
  yrt_decref(rest);
  yrt_decref(g1);
  CHECK_INT(l.u.o->refcnt, rl);

  /* combinatorics hold tuples of the items */
  rx = x.u.o->refcnt;
  it = call(IT(permutations), 1, l);
  YValue p = nxt(it);
  CHECK_INT(x.u.o->refcnt, rx + 6);
  yrt_decref(it);
  yrt_decref(p);
  it = callkw(IT(product), 1, 1, l, "repeat", I(2));
  yrt_decref(list(yrt_incref(it)));
  yrt_decref(it);
  it = call(IT(cycle), 1, l);
  yrt_decref(take(yrt_incref(it), 10));
  yrt_decref(it);
  it = callkw(IT(accumulate), 1, 1, l, "initial", x);
  yrt_decref(list(yrt_incref(it)));
  yrt_decref(it);
  it = call(IT(repeat), 2, x, I(5));
  yrt_decref(take(yrt_incref(it), 2));
  yrt_decref(it);
  CHECK_INT(x.u.o->refcnt, rx);
  CHECK_INT(l.u.o->refcnt, rl);
  yrt_decref(x);
}

int main(void) {
  test_count();
  test_cycle_repeat();
  test_accumulate();
  test_chain_compress();
  test_predicates();
  test_groupby();
  test_islice();
  test_pairwise_starmap();
  test_tee();
  test_zip_longest();
  test_combinatorics();
  test_module();
  test_refcounts();
  return unit_done("test_itertools");
}
