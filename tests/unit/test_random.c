/*
 * test_random.c: unit tests of the random module (runtime/random.c): the
 * sequences each function draws after seed(n) for ints (negative and big),
 * floats, str and bytes, the argument errors, getstate/setstate, and the
 * module object.
 *
 * Each check is PY_REPR(PYTHON, C, WANT) or PY_ERR(PYTHON, C, WANT): the C
 * expression must give a value whose repr is WANT, or fail with WANT
 * ("Type: message").  PYTHON is what the C does: statements and a final
 * expression separated by "; ", run with `from random import *`;
 * tests/unit/check_random.py runs every PYTHON string under CPython and
 * compares it with WANT.  A C expression seeds first with the comma
 * operator: (seed(I(0)), times(5, "random", 0)) is
 * "seed(0); [random() for _ in range(5)]".
 */
#include "unit.h"

#include <math.h>
#include <stdarg.h>


/* ---- values and calls ---------------------------------------------------- */

static YValue b(const char *c) { return K(yrt_bytes_new(c, (int64_t)strlen(c))); }
static YValue range(int64_t a, int64_t z) { return K(yrt_range_new(a, z, 1)); }
/* A list that is also kept: shuffled in place, then printed. */
static YValue range_list(int64_t n) { return K(yrt_list_from_iterable(range(0, n))); }

static YValue mod(void) { return yobj(&yrt_module_random); }
static YValue fn(const char *name) { return K(yrt_module_getattr(mod(), name)); }

/* random.NAME(*args): an owned result. */
static YValue vcall(const char *name, int argc, va_list ap) {
  YValue argv[16];
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  return yrt_call(fn(name), argc, argv);
}
static YValue rcall(const char *name, int argc, ...) {
  va_list ap;
  va_start(ap, argc);
  YValue r = vcall(name, argc, ap);
  va_end(ap);
  return r;
}
/* random.NAME(*args, **kw): argc values, then nkw pairs (name, value). */
static YValue rcallkw(const char *name, int argc, int nkw, ...) {
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
  return yrt_call_kw(fn(name), argc, argv, nkw, names);
}
/* [random.NAME(*args) for _ in range(n)] */
static YValue times(int n, const char *name, int argc, ...) {
  YValue out = yrt_list_new(0, NULL);
  for (int i = 0; i < n; i++) {
    va_list ap;
    va_start(ap, argc);
    YValue x = vcall(name, argc, ap);
    va_end(ap);
    if (YIS_ERR(x)) {
      yrt_decref(out);
      return x;
    }
    yrt_list_append(out, x);
    yrt_decref(x);
  }
  return out;
}
/* random.seed(a) as a statement. */
static void seed(YValue a) {
  YValue r = rcall("seed", 1, a);
  if (YIS_ERR(r)) {
    char buf[256];
    unit_fail(__LINE__, "seed", unit_exc_text(buf, sizeof buf), "None");
  }
}
/* (random.NAME(*args), x): a call made for its effect on x, then x. */
static YValue then(YValue r, YValue x) {
  if (YIS_ERR(r)) return r;
  yrt_decref(r);
  return yrt_incref(x);
}

/* A list built left to right, one call at a time (C leaves the order of a
 * function's arguments open): (begin(), add(x), add(y), end()). */
static YValue acc_list;
static int acc_failed;
static void begin(void) {
  acc_list = yrt_list_new(0, NULL);
  acc_failed = 0;
}
static void add(YValue v) {
  if (acc_failed || YIS_ERR(v)) {
    acc_failed = 1;
    return;
  }
  yrt_list_append(acc_list, v);
  yrt_decref(v);
}
static YValue end(void) {
  if (!acc_failed) return acc_list;
  yrt_decref(acc_list);
  return YERROR;
}
/* A tuple of borrowed items, not kept (a checked value). */
static YValue tuple_b(int n, ...) {
  YValue items[32];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) items[i] = va_arg(ap, YValue);
  va_end(ap);
  return yrt_tuple_new(n, items);
}

/* ---- the sequences ---------------------------------------------------- */

static void test_random_bits(void) {
  PY_REPR("seed(0); [random() for _ in range(5)]", (seed(I(0)), times(5, "random", 0)), "[0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085]");
  PY_REPR("seed(42); [random() for _ in range(5)]", (seed(I(42)), times(5, "random", 0)), "[0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124]");
  PY_REPR("seed(2**100); [random() for _ in range(3)]",
          (seed(big("1267650600228229401496703205376")), times(3, "random", 0)), "[0.7586581712996778, 0.22562004686918613, 0.9800682106697105]");
  PY_REPR("seed(-7); [random() for _ in range(3)]", (seed(I(-7)), times(3, "random", 0)), "[0.32383276483316237, 0.15084917392450192, 0.6509344730398537]");
  PY_REPR("seed(7); [random() for _ in range(3)]", (seed(I(7)), times(3, "random", 0)), "[0.32383276483316237, 0.15084917392450192, 0.6509344730398537]");
  PY_REPR("seed(-2**100); [random() for _ in range(2)]",
          (seed(big("-1267650600228229401496703205376")), times(2, "random", 0)), "[0.7586581712996778, 0.22562004686918613]");
  PY_REPR("seed(2**32); [random() for _ in range(2)]", (seed(I(4294967296)), times(2, "random", 0)), "[0.11299430095636409, 0.41782886486292836]");
  PY_REPR("seed(2**64 - 1); [random() for _ in range(2)]", (seed(big("18446744073709551615")), times(2, "random", 0)), "[0.021825695401270107, 0.3380953268613758]");
  PY_REPR("seed(-2**63); [random() for _ in range(2)]", (seed(I(INT64_MIN)), times(2, "random", 0)), "[0.5534639983914199, 0.9406144709090462]");
  PY_REPR("seed(True); [random() for _ in range(2)]", (seed(YTRUE), times(2, "random", 0)), "[0.13436424411240122, 0.8474337369372327]");
  PY_REPR("seed(1.5); [random() for _ in range(2)]", (seed(F(1.5)), times(2, "random", 0)), "[0.551763726942059, 0.2560930858958398]");
  PY_REPR("seed(-2.5); [random() for _ in range(2)]", (seed(F(-2.5)), times(2, "random", 0)), "[0.4779490710306722, 0.3850051423533203]");
  PY_REPR("seed('hello'); [random() for _ in range(3)]", (seed(s("hello")), times(3, "random", 0)), "[0.3537754404730722, 0.6631985810268619, 0.5476053663383964]");
  PY_REPR("seed(''); [random() for _ in range(2)]", (seed(s("")), times(2, "random", 0)), "[0.9602256525641875, 0.595411957851699]");
  PY_REPR("seed('h\\u00e9llo w\\u00f6rld \\u20ac'); [random() for _ in range(2)]",
          (seed(s("h\xc3\xa9llo w\xc3\xb6rld \xe2\x82\xac")), times(2, "random", 0)), "[0.6161139195332253, 0.3271417773525618]");
  PY_REPR("seed('x' * 200); [random() for _ in range(2)]",
          (seed(K(yrt_mul(s("x"), I(200)))), times(2, "random", 0)), "[0.8500063097913054, 0.17305576775745346]");
  PY_REPR("seed('x' * 111); [random() for _ in range(2)]",
          (seed(K(yrt_mul(s("x"), I(111)))), times(2, "random", 0)), "[0.9574491191756562, 0.47683070910648084]");
  PY_REPR("seed('x' * 112); random()", (seed(K(yrt_mul(s("x"), I(112)))), rcall("random", 0)), "0.2179316391017626");
  PY_REPR("seed('x' * 127); random()", (seed(K(yrt_mul(s("x"), I(127)))), rcall("random", 0)), "0.19126254963248168");
  PY_REPR("seed('x' * 128); random()", (seed(K(yrt_mul(s("x"), I(128)))), rcall("random", 0)), "0.5204149067930067");
  PY_REPR("seed('x' * 239); random()", (seed(K(yrt_mul(s("x"), I(239)))), rcall("random", 0)), "0.7266021966202699");
  PY_REPR("seed('x' * 240); random()", (seed(K(yrt_mul(s("x"), I(240)))), rcall("random", 0)), "0.8334117902176904");
  PY_REPR("seed('x' * 1000); random()", (seed(K(yrt_mul(s("x"), I(1000)))), rcall("random", 0)), "0.16324419727364425");
  PY_REPR("seed(b'abc'); [random() for _ in range(3)]", (seed(b("abc")), times(3, "random", 0)), "[0.7720246314157545, 0.5581691373899791, 0.7095325359498886]");
  PY_REPR("seed('abc', version=1); [random() for _ in range(2)]",
          (then(rcallkw("seed", 1, 1, s("abc"), "version", I(1)), YNONE), times(2, "random", 0)), "[0.09639374978773074, 0.5713805557815966]");
  PY_REPR("seed(b'abc', 1); [random() for _ in range(2)]",
          (then(rcall("seed", 2, b("abc"), I(1)), YNONE), times(2, "random", 0)), "[0.09639374978773074, 0.5713805557815966]");
  PY_REPR("seed('\\u20ac', 1); [random() for _ in range(2)]",
          (then(rcall("seed", 2, s("\xe2\x82\xac"), I(1)), YNONE), times(2, "random", 0)), "[0.6237421035195541, 0.7958906982637546]");
  PY_REPR("seed(a=5); random()", (then(rcallkw("seed", 0, 1, "a", I(5)), YNONE), rcall("random", 0)), "0.6229016948897019");
  PY_REPR("seed(12345); [getrandbits(k) for k in (1, 5, 31, 32, 33, 63, 64, 65, 96, 200)]",
          (seed(I(12345)), begin(), add(rcall("getrandbits", 1, I(1))), add(rcall("getrandbits", 1, I(5))), add(rcall("getrandbits", 1, I(31))), add(rcall("getrandbits", 1, I(32))), add(rcall("getrandbits", 1, I(33))), add(rcall("getrandbits", 1, I(63))), add(rcall("getrandbits", 1, I(64))), add(rcall("getrandbits", 1, I(65))), add(rcall("getrandbits", 1, I(96))), add(rcall("getrandbits", 1, I(200))), end()), "[0, 23, 21838114, 3522623596, 7839202253, 7887259101635520834, 17188393767951940199, 23431881459315755604, 29557163005649856584429120080, 280129567047095736550147590626811031259462694299273930994772]");
  PY_REPR("seed(3); [getrandbits(0), getrandbits(True)]",
          (seed(I(3)), begin(), add(rcall("getrandbits", 1, I(0))), add(rcall("getrandbits", 1, YTRUE)), end()), "[0, 0]");
  PY_REPR("seed(8); randbytes(10)", (seed(I(8)), rcall("randbytes", 1, I(10))), "b'3e\\t:\\xe5O\\xd3^X\\xf6'");
  PY_REPR("seed(8); [randbytes(3), randbytes(0), randbytes(5)]",
          (seed(I(8)), begin(), add(rcall("randbytes", 1, I(3))), add(rcall("randbytes", 1, I(0))), add(rcall("randbytes", 1, I(5))), end()), "[b'e\\t:', b'', b'\\xe5O\\xd3^\\xf6']");
}

static void test_integers(void) {
  PY_REPR("seed(0); [randint(1, 10) for _ in range(10)]", (seed(I(0)), times(10, "randint", 2, I(1), I(10))), "[7, 7, 1, 5, 9, 8, 7, 5, 8, 6]");
  PY_REPR("seed(42); [randint(1, 100) for _ in range(10)]", (seed(I(42)), times(10, "randint", 2, I(1), I(100))), "[82, 15, 4, 95, 36, 32, 29, 18, 95, 14]");
  PY_REPR("seed(2**100); [randint(-5, 5) for _ in range(10)]",
          (seed(big("1267650600228229401496703205376")), times(10, "randint", 2, I(-5), I(5))), "[-4, -2, -4, 3, -3, -3, 0, 1, -3, 2]");
  PY_REPR("seed(-7); [randint(0, 2**40) for _ in range(3)]",
          (seed(I(-7)), times(3, "randint", 2, I(0), I(1099511627776))), "[868231286071, 105874957392, 208460025899]");
  PY_REPR("seed(0); [randrange(10) for _ in range(10)]", (seed(I(0)), times(10, "randrange", 1, I(10))), "[6, 6, 0, 4, 8, 7, 6, 4, 7, 5]");
  PY_REPR("seed(0); [randrange(0, 100, 7) for _ in range(8)]",
          (seed(I(0)), times(8, "randrange", 3, I(0), I(100), I(7))), "[91, 42, 84, 98, 42, 0, 28, 56]");
  PY_REPR("seed(0); [randrange(10, 0, -3) for _ in range(8)]",
          (seed(I(0)), times(8, "randrange", 3, I(10), I(0), I(-3))), "[1, 1, 10, 4, 1, 1, 4, 1]");
  PY_REPR("seed(0); [randrange(-10, -2) for _ in range(5)]", (seed(I(0)), times(5, "randrange", 2, I(-10), I(-2))), "[-4, -4, -10, -6, -3]");
  PY_REPR("seed(5); [randrange(10**30) for _ in range(3)]",
          (seed(I(5)), times(3, "randrange", 1, big("1000000000000000000000000000000"))), "[454911232961676339139289971781, 706899414540038233555879984681, 987628377558082410878553875183]");
  PY_REPR("seed(5); [randrange(-10**25, 10**25, 3) for _ in range(3)]",
          (seed(I(5)), times(3, "randrange", 3, big("-10000000000000000000000000"), big("10000000000000000000000000"), I(3))), "[5378714194305393954563546, 3509703994882271356561613, -2773896972146174837413531]");
  PY_REPR("seed(5); [randint(2**64, 2**65) for _ in range(3)]",
          (seed(I(5)), times(3, "randint", 2, big("18446744073709551616"), big("36893488147419103232"))), "[33948430855087907567, 35848604057394821239, 20535025575347579021]");
  PY_REPR("seed(5); [randrange(2**62, 2**63) for _ in range(3)]",
          (seed(I(5)), times(3, "randrange", 2, I(4611686018427387904), big("9223372036854775808"))), "[6967750443685805125, 7918592440446337177, 6908791328750949236]");
  PY_REPR("seed(9); [randrange(5, step=1), randrange(3.0), randrange(1, 6.0), randrange(0, 10, 2.0), randint(1, 3.0)]",
          (seed(I(9)), begin(), add(rcallkw("randrange", 1, 1, I(5), "step", I(1))), add(rcall("randrange", 1, F(3.0))), add(rcall("randrange", 2, I(1), F(6.0))), add(rcall("randrange", 3, I(0), I(10), F(2.0))), add(rcall("randint", 2, I(1), F(3.0))), end()), "[3, 2, 3, 4, 1]");
  PY_REPR("seed(9); [randrange(True), randrange(start=4), randrange(1, stop=3), randint(b=9, a=7)]",
          (seed(I(9)), begin(), add(rcall("randrange", 1, YTRUE)), add(rcallkw("randrange", 0, 1, "start", I(4))), add(rcallkw("randrange", 1, 1, I(1), "stop", I(3))), add(rcallkw("randint", 0, 2, "b", I(9), "a", I(7))), end()), "[0, 2, 2, 7]");
  PY_REPR("seed(1); randrange(3, None)", (seed(I(1)), rcall("randrange", 2, I(3), YNONE)), "0");
}

static void test_sequences(void) {
  YValue abc = L(5, s("a"), s("b"), s("c"), s("d"), s("e"));
  PY_REPR("seed(0); [choice('abcde') for _ in range(10)]", (seed(I(0)), times(10, "choice", 1, s("abcde"))), "['d', 'd', 'a', 'c', 'e', 'd', 'd', 'c', 'd', 'c']");
  PY_REPR("seed(42); [choice(['a', 'b', 'c', 'd', 'e']) for _ in range(10)]",
          (seed(I(42)), times(10, "choice", 1, abc)), "['a', 'a', 'c', 'b', 'b', 'b', 'a', 'e', 'a', 'e']");
  PY_REPR("seed(2**100); [choice(range(1000)) for _ in range(5)]",
          (seed(big("1267650600228229401496703205376")), times(5, "choice", 1, range(0, 1000))), "[776, 82, 231, 84, 533]");
  PY_REPR("seed(-7); [choice((1, 2, 3)) for _ in range(5)]",
          (seed(I(-7)), times(5, "choice", 1, T(3, I(1), I(2), I(3)))), "[2, 1, 2, 3, 1]");
  YValue l1 = range_list(20), l2 = range_list(10), l3 = range_list(1), l4 = range_list(0);
  PY_REPR("seed(0); x = list(range(20)); shuffle(x); x", (seed(I(0)), then(rcall("shuffle", 1, l1), l1)), "[10, 18, 16, 14, 0, 17, 11, 2, 3, 9, 5, 7, 4, 19, 6, 15, 8, 1, 13, 12]");
  PY_REPR("seed(42); x = list(range(10)); shuffle(x); x", (seed(I(42)), then(rcall("shuffle", 1, l2), l2)), "[7, 3, 2, 8, 5, 6, 9, 4, 0, 1]");
  PY_REPR("seed(-7); x = list(range(1)); shuffle(x); x", (seed(I(-7)), then(rcall("shuffle", 1, l3), l3)), "[0]");
  PY_REPR("seed(-7); x = list(range(0)); shuffle(x); x", (seed(I(-7)), then(rcall("shuffle", 1, l4), l4)), "[]");
  PY_REPR("seed(0); sample(range(100), 10)", (seed(I(0)), rcall("sample", 2, range(0, 100), I(10))), "[49, 97, 53, 5, 33, 65, 62, 51, 38, 61]");
  PY_REPR("seed(42); sample(range(10000), 5)", (seed(I(42)), rcall("sample", 2, range(0, 10000), I(5))), "[1824, 409, 4506, 4012, 3657]");
  PY_REPR("seed(42); sample(range(1000), 30)", (seed(I(42)), rcall("sample", 2, range(0, 1000), I(30))), "[654, 114, 25, 759, 281, 250, 228, 142, 754, 104, 692, 758, 913, 558, 89, 604, 432, 32, 30, 95, 223, 238, 517, 616, 27, 574, 203, 733, 665, 718]");
  PY_REPR("seed(42); sample(range(50), 30)", (seed(I(42)), rcall("sample", 2, range(0, 50), I(30))), "[40, 7, 1, 17, 15, 14, 8, 6, 34, 5, 37, 27, 2, 47, 49, 13, 44, 32, 36, 46, 42, 22, 20, 28, 30, 41, 48, 33, 18, 43]");
  PY_REPR("seed(2**100); sample(['a', 'b', 'c', 'd', 'e'], 3)",
          (seed(big("1267650600228229401496703205376")), rcall("sample", 2, abc, I(3))), "['a', 'b', 'e']");
  PY_REPR("seed(-7); sample('abcdefghij', k=10)", (seed(I(-7)), rcallkw("sample", 1, 1, s("abcdefghij"), "k", I(10))), "['f', 'c', 'g', 'j', 'a', 'h', 'e', 'b', 'd', 'i']");
  PY_REPR("seed(-7); sample((1, 2, 3), 0)", (seed(I(-7)), rcall("sample", 2, T(3, I(1), I(2), I(3)), I(0))), "[]");
  PY_REPR("seed(3); sample(['red', 'blue'], counts=[4, 2], k=5)",
          (seed(I(3)), rcallkw("sample", 1, 2, L(2, s("red"), s("blue")), "counts", L(2, I(4), I(2)), "k", I(5))), "['red', 'blue', 'blue', 'red', 'red']");
  PY_ERR("seed(3); sample(range(10**30), 3)",
          (seed(I(3)), rcall("sample", 2, K(yrt_range_of(I(0), big("1000000000000000000000000000000"), I(1))), I(3))), "OverflowError: Python int too large to convert to C ssize_t");
  PY_REPR("seed(0); choices('abc', k=10)", (seed(I(0)), rcallkw("choices", 1, 1, s("abc"), "k", I(10))), "['c', 'c', 'b', 'a', 'b', 'b', 'c', 'a', 'b', 'b']");
  PY_REPR("seed(0); choices(['a', 'b', 'c', 'd', 'e'])", (seed(I(0)), rcall("choices", 1, abc)), "['e']");
  PY_REPR("seed(42); choices('abc', [1, 2, 7], k=10)",
          (seed(I(42)), rcallkw("choices", 2, 1, s("abc"), L(3, I(1), I(2), I(7)), "k", I(10))), "['c', 'a', 'b', 'b', 'c', 'c', 'c', 'a', 'c', 'a']");
  PY_REPR("seed(42); choices('abc', cum_weights=[0.5, 0.6, 3.0], k=6)",
          (seed(I(42)), rcallkw("choices", 1, 2, s("abc"), "cum_weights", L(3, F(0.5), F(0.6), F(3.0)), "k", I(6))), "['c', 'a', 'c', 'c', 'c', 'c']");
  PY_REPR("seed(42); choices(range(5), k=0)", (seed(I(42)), rcallkw("choices", 1, 1, range(0, 5), "k", I(0))), "[]");
  PY_REPR("seed(42); choices(range(5), k=-2)", (seed(I(42)), rcallkw("choices", 1, 1, range(0, 5), "k", I(-2))), "[]");
}

static void test_reals(void) {
  PY_REPR("seed(0); [uniform(1, 10) for _ in range(3)]", (seed(I(0)), times(3, "uniform", 2, I(1), I(10))), "[8.599796663725433, 7.821589626462722, 4.7851442274776055]");
  PY_REPR("seed(42); [uniform(-1.5, 2.5) for _ in range(3)]", (seed(I(42)), times(3, "uniform", 2, F(-1.5), F(2.5))), "[1.057707193831535, -1.3999569791093323, -0.39988272652352297]");
  PY_REPR("seed(0); [uniform(2**70, 2**71)]",
          (seed(I(0)), times(1, "uniform", 2, big("1180591620717411303424"), big("2361183241434822606848"))), "[2.177508982978565e+21]");
  PY_REPR("seed(0); [triangular() for _ in range(3)]", (seed(I(0)), times(3, "triangular", 0)), "[0.7210930724462443, 0.6521166883424145, 0.45856928638475397]");
  PY_REPR("seed(0); [triangular(1, 10, 3) for _ in range(4)]", (seed(I(0)), times(4, "triangular", 3, I(1), I(10), I(3))), "[6.869277502888196, 6.0950195116030415, 3.9581467737409604, 3.1671203192546047]");
  PY_REPR("seed(0); [triangular(5, 5, 5), triangular(2, 8)]",
          (seed(I(0)), begin(), add(rcall("triangular", 3, I(5), I(5), I(5))), add(rcall("triangular", 2, I(2), I(8))), end()), "[5, 5.912700130054487]");
  PY_REPR("seed(0); [gauss() for _ in range(5)]", (seed(I(0)), times(5, "gauss", 0)), "[0.9417154046806644, -1.3965781047011498, -0.6797144480784211, 0.3705035674606598, -1.016348894188071]");
  PY_REPR("seed(42); [gauss(10, 2) for _ in range(3)]", (seed(I(42)), times(3, "gauss", 2, I(10), I(2))), "[9.711819340844142, 9.654192799336961, 9.777368276864674]");
  PY_REPR("seed(42); gauss(); seed(42); gauss()",
          (seed(I(42)), then(rcall("gauss", 0), YNONE), seed(I(42)), rcall("gauss", 0)), "-0.14409032957792836");
  PY_REPR("seed(2**100); [normalvariate() for _ in range(3)]",
          (seed(big("1267650600228229401496703205376")), times(3, "normalvariate", 0)), "[0.5730200969016153, 2.2500673863408687, 0.3750947430879685]");
  PY_REPR("seed(-7); [normalvariate(mu=5, sigma=0.5) for _ in range(3)]",
          (seed(I(-7)), times(3, "normalvariate", 2, I(5), F(0.5))), "[4.822045875244714, 5.139576546719393, 5.048522386310001]");
  PY_REPR("seed(1); [lognormvariate(0, 1) for _ in range(3)]", (seed(I(1)), times(3, "lognormvariate", 2, I(0), I(1))), "[1.8357550305018295, 0.9858752580559671, 3.4243347837122284]");
  PY_REPR("seed(1); [expovariate(2) for _ in range(3)]", (seed(I(1)), times(3, "expovariate", 1, I(2))), "[0.0721455320547546, 0.9400781327103127, 0.7214844626733314]");
  PY_REPR("seed(1); [vonmisesvariate(1, 2) for _ in range(3)]", (seed(I(1)), times(3, "vonmisesvariate", 2, I(1), I(2))), "[1.1500627944441046, 0.704926521693842, 6.238333879177638]");
  PY_REPR("seed(1); [vonmisesvariate(1, 0) for _ in range(2)]", (seed(I(1)), times(2, "vonmisesvariate", 2, I(1), I(0))), "[0.8442354444173306, 5.324583204732311]");
  PY_REPR("seed(1); [gammavariate(0.5, 1) for _ in range(3)]",
          (seed(I(1)), times(3, "gammavariate", 2, F(0.5), I(1))), "[0.025306180937902198, 0.8176917702651378, 0.3440588260356271]");
  PY_REPR("seed(1); [gammavariate(1, 2) for _ in range(3)]", (seed(I(1)), times(3, "gammavariate", 2, I(1), I(2))), "[0.2885821282190184, 3.760312530841251, 2.8859378506933258]");
  PY_REPR("seed(1); [gammavariate(2.5, 1.5) for _ in range(3)]",
          (seed(I(1)), times(3, "gammavariate", 2, F(2.5), F(1.5))), "[1.4774252967990433, 6.742960253941363, 3.7159180242111054]");
  PY_REPR("seed(1); [betavariate(2, 3) for _ in range(3)]", (seed(I(1)), times(3, "betavariate", 2, I(2), I(3))), "[0.11859366316861172, 0.33270298410156707, 0.5028528700824643]");
  PY_REPR("seed(1); [paretovariate(3) for _ in range(3)]", (seed(I(1)), times(3, "paretovariate", 1, I(3))), "[1.0492724522368004, 1.871459775867043, 1.617674528589855]");
  PY_REPR("seed(1); [weibullvariate(1, 2) for _ in range(3)]", (seed(I(1)), times(3, "weibullvariate", 2, I(1), I(2))), "[0.37985663625835103, 1.3711879030317564, 1.2012364152599866]");
}

static YValue item(YValue v, int64_t i) { return YIS_ERR(v) ? v : K(yrt_getitem(v, I(i))); }

static void test_state(void) {
  YValue st = (seed(I(11)), K(rcall("getstate", 0)));
  YValue inner = item(st, 1);
  PY_REPR("seed(11); st = getstate(); (st[0], len(st[1]), st[1][0], st[1][1], st[1][623], st[1][624], st[2])",
          tuple_b(7, item(st, 0), I(yrt_len(inner)), item(inner, 0), item(inner, 1), item(inner, 623), item(inner, 624),
            item(st, 2)), "(3, 625, 2147483648, 2946197036, 785627538, 624, None)");
  YValue a = K(times(3, "random", 0));
  PY_REPR("seed(11); st = getstate(); a = [random() for _ in range(3)]; setstate(st); [a, [random() for _ in range(3)]]",
          (then(rcall("setstate", 1, st), YNONE), (begin(), add(yrt_incref(a)), add(times(3, "random", 0)), end())), "[[0.4523795535098186, 0.559772386080496, 0.9242105840237294], [0.4523795535098186, 0.559772386080496, 0.9242105840237294]]");
  PY_REPR("seed(11); st = getstate(); setstate((2, st[1], None)); random()",
          (then(rcall("setstate", 1, T(3, I(2), inner, YNONE)), YNONE), rcall("random", 0)), "0.4523795535098186");
  YValue g1 = (seed(I(11)), K(rcall("gauss", 0)));
  YValue st2 = K(rcall("getstate", 0));
  YValue g2 = K(rcall("gauss", 0));
  PY_REPR("seed(11); g1 = gauss(); st = getstate(); g2 = gauss(); setstate(st); [g1, g2, st[2] == g2, gauss()]",
          (then(rcall("setstate", 1, st2), YNONE), (begin(), add(yrt_incref(g1)), add(yrt_incref(g2)), add(ybool(yrt_eq(item(st2, 2), g2))), add(rcall("gauss", 0)), end())), "[-1.224072675713965, 0.3775881983015979, True, 0.3775881983015979]");
  PY_REPR("seed(11); st = getstate(); s1 = st[1][:624] + (624,); setstate((3, s1, None)); getrandbits(32)",
          (then(rcall("setstate", 1,
                     T(3, I(3), K(yrt_add(K(yrt_getslice(inner, YNONE, I(624), YNONE)), T(1, I(624)))),
                       YNONE)),
                YNONE),
           rcall("getrandbits", 1, I(32))), "1942955373");
}

static void test_errors(void) {
  PY_ERR("random(1)", rcall("random", 1, I(1)), "TypeError: Random.random() takes no arguments (1 given)");
  PY_ERR("random(x=1)", rcallkw("random", 0, 1, "x", I(1)), "TypeError: Random.random() takes no keyword arguments");
  PY_ERR("getrandbits()", rcall("getrandbits", 0), "TypeError: Random.getrandbits() takes exactly one argument (0 given)");
  PY_ERR("getrandbits(1, 2)", rcall("getrandbits", 2, I(1), I(2)), "TypeError: Random.getrandbits() takes exactly one argument (2 given)");
  PY_ERR("getrandbits(k=3)", rcallkw("getrandbits", 0, 1, "k", I(3)), "TypeError: Random.getrandbits() takes no keyword arguments");
  PY_ERR("getrandbits(-1)", rcall("getrandbits", 1, I(-1)), "ValueError: number of bits must be non-negative");
  PY_ERR("getrandbits(1.5)", rcall("getrandbits", 1, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("getrandbits(2**70)", rcall("getrandbits", 1, big("1180591620717411303424")), "OverflowError: Python int too large to convert to C int");
  PY_ERR("getrandbits(2**40)", rcall("getrandbits", 1, I(1099511627776)), "OverflowError: Python int too large to convert to C int");
  PY_ERR("randbytes(-1)", rcall("randbytes", 1, I(-1)), "ValueError: number of bits must be non-negative");
  PY_ERR("randbytes(1.5)", rcall("randbytes", 1, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("randint(1)", rcall("randint", 1, I(1)), "TypeError: Random.randint() missing 1 required positional argument: 'b'");
  PY_ERR("randint()", rcall("randint", 0), "TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'");
  PY_ERR("randint(1, 2, 3)", rcall("randint", 3, I(1), I(2), I(3)), "TypeError: Random.randint() takes 3 positional arguments but 4 were given");
  PY_ERR("randint(1, b=2, c=3)", rcallkw("randint", 1, 2, I(1), "b", I(2), "c", I(3)), "TypeError: Random.randint() got an unexpected keyword argument 'c'");
  PY_ERR("randint(1, a=2)", rcallkw("randint", 1, 1, I(1), "a", I(2)), "TypeError: Random.randint() got multiple values for argument 'a'");
  PY_ERR("randint(1, 'a')", rcall("randint", 2, I(1), s("a")), "TypeError: can only concatenate str (not \"int\") to str");
  PY_ERR("randint(5, 3)", rcall("randint", 2, I(5), I(3)), "ValueError: empty range for randrange() (5, 4, -1)");
  PY_ERR("randint(1.5, 3)", rcall("randint", 2, F(1.5), I(3)), "ValueError: non-integer arg 1 for randrange()");
  PY_ERR("seed(1, 2, 3)", rcall("seed", 3, I(1), I(2), I(3)), "TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given");
  PY_ERR("seed([])", rcall("seed", 1, L(0)), "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  PY_ERR("seed(a=1, b=2)", rcallkw("seed", 0, 2, "a", I(1), "b", I(2)), "TypeError: Random.seed() got an unexpected keyword argument 'b'");
  PY_ERR("randrange(5, 3)", rcall("randrange", 2, I(5), I(3)), "ValueError: empty range for randrange() (5, 3, -2)");
  PY_ERR("randrange(10**30, 1)", rcall("randrange", 2, big("1000000000000000000000000000000"), I(1)), "ValueError: empty range for randrange() (1000000000000000000000000000000, 1, -999999999999999999999999999999)");
  PY_ERR("randrange(0)", rcall("randrange", 1, I(0)), "ValueError: empty range for randrange()");
  PY_ERR("randrange(-3)", rcall("randrange", 1, I(-3)), "ValueError: empty range for randrange()");
  PY_ERR("randrange(1, 5, 0)", rcall("randrange", 3, I(1), I(5), I(0)), "ValueError: zero step for randrange()");
  PY_ERR("randrange(1, 5, -1)", rcall("randrange", 3, I(1), I(5), I(-1)), "ValueError: empty range for randrange()");
  PY_ERR("randrange(1.5)", rcall("randrange", 1, F(1.5)), "ValueError: non-integer arg 1 for randrange()");
  PY_ERR("randrange(1, 2.5)", rcall("randrange", 2, I(1), F(2.5)), "ValueError: non-integer stop for randrange()");
  PY_ERR("randrange(1, 3, 1.5)", rcall("randrange", 3, I(1), I(3), F(1.5)), "ValueError: non-integer step for randrange()");
  PY_ERR("randrange('a')", rcall("randrange", 1, s("a")), "ValueError: invalid literal for int() with base 10: 'a'");
  PY_ERR("randrange('5')", rcall("randrange", 1, s("5")), "ValueError: non-integer arg 1 for randrange()");
  PY_ERR("randrange([])", rcall("randrange", 1, L(0)), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
  PY_ERR("randrange(3, step=2)", rcallkw("randrange", 1, 1, I(3), "step", I(2)), "TypeError: Missing a non-None stop argument");
  PY_ERR("randrange()", rcall("randrange", 0), "TypeError: Random.randrange() missing 1 required positional argument: 'start'");
  PY_ERR("randrange(1, 2, 3, 4)", rcall("randrange", 4, I(1), I(2), I(3), I(4)), "TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given");
  PY_ERR("choice([])", rcall("choice", 1, L(0)), "IndexError: Cannot choose from an empty sequence");
  PY_ERR("choice('')", rcall("choice", 1, s("")), "IndexError: Cannot choose from an empty sequence");
  PY_ERR("choice(5)", rcall("choice", 1, I(5)), "TypeError: object of type 'int' has no len()");
  PY_ERR("choice()", rcall("choice", 0), "TypeError: Random.choice() missing 1 required positional argument: 'seq'");
  PY_ERR("shuffle((1, 2))", rcall("shuffle", 1, T(2, I(1), I(2))), "TypeError: 'tuple' object does not support item assignment");
  PY_ERR("shuffle([1, 2], 1)", rcall("shuffle", 2, L(2, I(1), I(2)), I(1)), "TypeError: Random.shuffle() takes 2 positional arguments but 3 were given");
  PY_ERR("shuffle(5)", rcall("shuffle", 1, I(5)), "TypeError: object of type 'int' has no len()");
  PY_ERR("sample({1, 2}, 1)", rcall("sample", 2, K(yrt_set_steal(2, (YValue[]){I(1), I(2)})), I(1)), "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).");
  PY_ERR("sample([1, 2], 3)", rcall("sample", 2, L(2, I(1), I(2)), I(3)), "ValueError: Sample larger than population or is negative");
  PY_ERR("sample([1, 2], -1)", rcall("sample", 2, L(2, I(1), I(2)), I(-1)), "ValueError: Sample larger than population or is negative");
  PY_ERR("sample([1, 2], 1.5)", rcall("sample", 2, L(2, I(1), I(2)), F(1.5)), "TypeError: can't multiply sequence by non-int of type 'float'");
  PY_ERR("sample([1, 2])", rcall("sample", 1, L(2, I(1), I(2))), "TypeError: Random.sample() missing 1 required positional argument: 'k'");
  PY_ERR("sample([1, 2, 3], 1, 2)", rcall("sample", 3, L(0), I(1), I(2)), "TypeError: Random.sample() takes 3 positional arguments but 4 were given");
  PY_ERR("sample([1, 2, 3], 1, 2, counts=[1, 1, 1])",
         rcallkw("sample", 3, 1, L(0), I(1), I(2), "counts", L(3, I(1), I(1), I(1))), "TypeError: Random.sample() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given");
  PY_ERR("sample([1], k=1, x=2)", rcallkw("sample", 1, 2, L(1, I(1)), "k", I(1), "x", I(2)), "TypeError: Random.sample() got an unexpected keyword argument 'x'");
  PY_ERR("sample([1, 2], 1, counts=[1])", rcallkw("sample", 2, 1, L(2, I(1), I(2)), I(1), "counts", L(1, I(1))), "ValueError: The number of counts does not match the population");
  PY_ERR("sample([1, 2], 1, counts=[0, 0])",
         rcallkw("sample", 2, 1, L(2, I(1), I(2)), I(1), "counts", L(2, I(0), I(0))), "ValueError: Total of counts must be greater than zero");
  PY_ERR("sample([1, 2], 1, counts=[1.0, 1])",
         rcallkw("sample", 2, 1, L(2, I(1), I(2)), I(1), "counts", L(2, F(1.0), I(1))), "TypeError: Counts must be integers");
  PY_ERR("sample([1, 2], 5, counts=[1, 1])",
         rcallkw("sample", 2, 1, L(2, I(1), I(2)), I(5), "counts", L(2, I(1), I(1))), "ValueError: Sample larger than population or is negative");
  PY_ERR("sample([], 1, counts=[])", rcallkw("sample", 2, 1, L(0), I(1), "counts", L(0)), "IndexError: pop from empty list");
  PY_ERR("choices([1, 2], [1])", rcall("choices", 2, L(2, I(1), I(2)), L(1, I(1))), "ValueError: The number of weights does not match the population");
  PY_ERR("choices([1, 2], 2)", rcall("choices", 2, L(2, I(1), I(2)), I(2)), "TypeError: The number of choices must be a keyword argument: k=2");
  PY_ERR("choices([1, 2], 2.5)", rcall("choices", 2, L(2, I(1), I(2)), F(2.5)), "TypeError: 'float' object is not iterable");
  PY_ERR("choices([1, 2], [0, 0])", rcall("choices", 2, L(2, I(1), I(2)), L(2, I(0), I(0))), "ValueError: Total of weights must be greater than zero");
  PY_ERR("choices([1, 2], [1, float('inf')])", rcall("choices", 2, L(2, I(1), I(2)), L(2, I(1), F(INFINITY))), "ValueError: Total of weights must be finite");
  PY_ERR("choices([1, 2], [1, 1], cum_weights=[1, 2])",
         rcallkw("choices", 2, 1, L(2, I(1), I(2)), L(2, I(1), I(1)), "cum_weights", L(2, I(1), I(2))), "TypeError: Cannot specify both weights and cumulative weights");
  PY_ERR("choices([], k=2)", rcallkw("choices", 1, 1, L(0), "k", I(2)), "IndexError: list index out of range");
  PY_ERR("choices([], cum_weights=[])", rcallkw("choices", 1, 1, L(0), "cum_weights", L(0)), "IndexError: list index out of range");
  PY_ERR("choices([1, 2], k=1.5)", rcallkw("choices", 1, 1, L(2, I(1), I(2)), "k", F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("choices([1, 2], ['a', 'b'])", rcall("choices", 2, L(2, I(1), I(2)), L(2, s("a"), s("b"))), "TypeError: can only concatenate str (not \"float\") to str");
  PY_ERR("choices([1], [1], [1])", rcall("choices", 3, L(1, I(1)), L(1, I(1)), L(1, I(1))), "TypeError: Random.choices() takes from 2 to 3 positional arguments but 4 were given");
  PY_ERR("uniform(1)", rcall("uniform", 1, I(1)), "TypeError: Random.uniform() missing 1 required positional argument: 'b'");
  PY_ERR("uniform('a', 'b')", rcall("uniform", 2, s("a"), s("b")), "TypeError: unsupported operand type(s) for -: 'str' and 'str'");
  PY_ERR("expovariate(0)", rcall("expovariate", 1, I(0)), "ZeroDivisionError: float division by zero");
  PY_ERR("expovariate()", rcall("expovariate", 0), "TypeError: Random.expovariate() missing 1 required positional argument: 'lambd'");
  PY_ERR("gammavariate(0, 1)", rcall("gammavariate", 2, I(0), I(1)), "ValueError: gammavariate: alpha and beta must be > 0.0");
  PY_ERR("gammavariate(1, -1)", rcall("gammavariate", 2, I(1), I(-1)), "ValueError: gammavariate: alpha and beta must be > 0.0");
  PY_ERR("betavariate(1, 0)", rcall("betavariate", 2, I(1), I(0)), "ValueError: gammavariate: alpha and beta must be > 0.0");
  PY_ERR("gauss(1, 2, 3)", rcall("gauss", 3, I(1), I(2), I(3)), "TypeError: Random.gauss() takes from 1 to 3 positional arguments but 4 were given");
  PY_ERR("gauss('a')", rcall("gauss", 1, s("a")), "TypeError: can only concatenate str (not \"float\") to str");
  PY_ERR("triangular(1, 2, 3, 4)", rcall("triangular", 4, I(1), I(2), I(3), I(4)), "TypeError: Random.triangular() takes from 1 to 4 positional arguments but 5 were given");
  PY_ERR("paretovariate(0)", rcall("paretovariate", 1, I(0)), "ZeroDivisionError: float division by zero");
  PY_ERR("weibullvariate(1, 0)", rcall("weibullvariate", 2, I(1), I(0)), "ZeroDivisionError: float division by zero");
  PY_ERR("getstate(1)", rcall("getstate", 1, I(1)), "TypeError: Random.getstate() takes 1 positional argument but 2 were given");
  PY_ERR("setstate((1, 2, 3))", rcall("setstate", 1, T(3, I(1), I(2), I(3))), "ValueError: state with version 1 passed to Random.setstate() of version 3");
  PY_ERR("setstate((3, (1, 2), None))", rcall("setstate", 1, T(3, I(3), T(2, I(1), I(2)), YNONE)), "ValueError: state vector is the wrong size");
  PY_ERR("setstate((3, [1, 2], None))", rcall("setstate", 1, T(3, I(3), L(2, I(1), I(2)), YNONE)), "TypeError: state vector must be a tuple");
  PY_ERR("setstate((3, 1))", rcall("setstate", 1, T(2, I(3), I(1))), "ValueError: not enough values to unpack (expected 3, got 2)");
  PY_ERR("setstate(())", rcall("setstate", 1, T(0)), "IndexError: tuple index out of range");
}

int main(void) {
  if (YIS_ERR(K(yrt_import(&yrt_module_random)))) return 1;
  test_random_bits();
  test_integers();
  test_sequences();
  test_reals();
  test_state();
  test_errors();
  return unit_done("test_random");
}
