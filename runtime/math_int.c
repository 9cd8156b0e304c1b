/*
 * math_int.c: the integer functions of the math module (CPython 3.11):
 * gcd, lcm, factorial, comb, perm, isqrt.
 *
 * Design
 * ------
 * They are exact on ints of any size: each argument is converted as
 * PyNumber_Index does (an int, a bool, or an instance of a program's class
 * with __index__; a float is TypeError "'float' object cannot be
 * interpreted as an integer"), and the arithmetic is GMP's, through
 * bigint.c (yrt_int_gcd, yrt_int_isqrt, yrt_int_factorial, yrt_int_comb).
 * The order of the checks and their messages are CPython's: for instance
 * comb(n, k) with a huge n and k is OverflowError "min(n - k, k) must not
 * exceed 9223372036854775807", and perm(n) is factorial(n), with its
 * messages.
 *
 * Where CPython would run for hours or exhaust memory building a result of
 * more than 2**36 bits (factorial(10**12), comb(10**30, 10**12)), these
 * raise MemoryError.
 */
#include "rt.h"

/* NAME(*integers): any number of arguments, no keywords. */
#define NO_KEYWORDS(n)                                                                   \
  YValue yrt_math_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) { \
    (void)argc, (void)argv, (void)nkw, (void)kwnames;                                    \
    return yrt_raise_msg(&yrt_exc_TypeError, "math.%s() takes no keyword arguments", #n); \
  }

/* METH_O's check of the argument count. */
static int one_arg(const char *name, int argc) {
  if (argc == 1) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, argc);
  return -1;
}

/* An int's absolute value (owned). */
static YValue int_abs(YValue v) { return yrt_int_sign(v) < 0 ? yrt_int_unop(YI_ABS, v) : yrt_incref(v); }

/* ---- gcd, lcm ------------------------------------------------------------------ */

/* gcd or lcm of every argument, each converted in turn (even once the
 * result is settled: gcd 1, lcm 0). */
static YValue gcd_lcm(int argc, const YValue *argv, int lcm) {
  if (argc == 0) return yint(lcm ? 1 : 0);
  YValue res = yrt_math_index(argv[0]);
  if (YIS_ERR(res)) return res;
  YValue a = int_abs(res);
  yrt_decref(res);
  res = a;
  for (int i = 1; i < argc && !YIS_ERR(res); i++) {
    YValue x = yrt_math_index(argv[i]);
    if (YIS_ERR(x)) {
      yrt_decref(res);
      return x;
    }
    YValue r;
    if (!lcm) {
      r = yrt_int_gcd(res, x);
    } else if (yrt_int_sign(res) == 0 || yrt_int_sign(x) == 0) {
      r = yint(0);
    } else {
      /* |res // gcd * x| */
      YValue g = yrt_int_gcd(res, x), f = yrt_int_binop(YI_FLOORDIV, res, g), m = yrt_int_binop(YI_MUL, f, x);
      r = YIS_ERR(m) ? m : int_abs(m);
      yrt_decref(g);
      yrt_decref(f);
      yrt_decref(m);
    }
    yrt_decref(x);
    yrt_decref(res);
    res = r;
  }
  return res;
}

YValue yrt_math_gcd(int argc, const YValue *argv) { return gcd_lcm(argc, argv, 0); }
NO_KEYWORDS(gcd)
YValue yrt_math_lcm(int argc, const YValue *argv) { return gcd_lcm(argc, argv, 1); }
NO_KEYWORDS(lcm)

/* ---- factorial, isqrt ------------------------------------------------------------ */

static YValue factorial_of(YValue arg) {
  YValue n = yrt_math_index(arg);
  if (YIS_ERR(n)) return n;
  int64_t x;
  int clamped = yrt_int_clamp(n, &x);
  yrt_decref(n);
  if (clamped && x > 0)
    return yrt_raise_msg(&yrt_exc_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
  if (x < 0) return yrt_raise_msg(&yrt_exc_ValueError, "factorial() not defined for negative values");
  return yrt_int_factorial((uint64_t)x);
}

YValue yrt_math_factorial(int argc, const YValue *argv) {
  return one_arg("factorial", argc) < 0 ? YERROR : factorial_of(argv[0]);
}
NO_KEYWORDS(factorial)

YValue yrt_math_isqrt(int argc, const YValue *argv) {
  if (one_arg("isqrt", argc) < 0) return YERROR;
  YValue n = yrt_math_index(argv[0]);
  if (YIS_ERR(n)) return n;
  YValue r = yrt_int_sign(n) < 0 ? yrt_raise_msg(&yrt_exc_ValueError, "isqrt() argument must be nonnegative")
                                 : yrt_int_isqrt(n);
  yrt_decref(n);
  return r;
}
NO_KEYWORDS(isqrt)

/* ---- comb, perm ------------------------------------------------------------------ */

/* n and k as ints (owned), both nonnegative; 0, or -1 with an error. */
static int comb_args(YValue nv, YValue kv, YValue *n, YValue *k) {
  *n = yrt_math_index(nv);
  if (YIS_ERR(*n)) return -1;
  *k = yrt_math_index(kv);
  if (YIS_ERR(*k)) {
    yrt_decref(*n);
    return -1;
  }
  const char *bad = yrt_int_sign(*n) < 0 ? "n" : yrt_int_sign(*k) < 0 ? "k" : NULL;
  if (!bad) return 0;
  yrt_raise_msg(&yrt_exc_ValueError, "%s must be a non-negative integer", bad);
  yrt_decref(*n);
  yrt_decref(*k);
  return -1;
}

YValue yrt_math_comb(int argc, const YValue *argv) {
  if (argc != 2) return yrt_raise_msg(&yrt_exc_TypeError, "comb expected 2 arguments, got %d", argc);
  YValue n, k, r;
  if (comb_args(argv[0], argv[1], &n, &k) < 0) return YERROR;
  YValue d = yrt_int_binop(YI_SUB, n, k); /* n - k */
  if (YIS_ERR(d)) {
    r = d;
  } else if (yrt_int_sign(d) < 0) {
    r = yint(0);
  } else {
    /* k = min(k, n - k), which must fit in 63 bits */
    YValue m = yrt_int_cmp(d, k) < 0 ? d : k;
    int64_t ki;
    if (yrt_int_clamp(m, &ki))
      r = yrt_raise_msg(&yrt_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    else
      r = yrt_int_comb(n, (uint64_t)ki, 0);
  }
  yrt_decref(d);
  yrt_decref(n);
  yrt_decref(k);
  return r;
}
NO_KEYWORDS(comb)

YValue yrt_math_perm(int argc, const YValue *argv) {
  if (argc < 1) return yrt_raise_msg(&yrt_exc_TypeError, "perm expected at least 1 argument, got %d", argc);
  if (argc > 2) return yrt_raise_msg(&yrt_exc_TypeError, "perm expected at most 2 arguments, got %d", argc);
  if (argc == 1 || YIS_NONE(argv[1])) return factorial_of(argv[0]);
  YValue n, k, r;
  if (comb_args(argv[0], argv[1], &n, &k) < 0) return YERROR;
  int64_t ki;
  if (yrt_int_cmp(n, k) < 0)
    r = yint(0);
  else if (yrt_int_clamp(k, &ki))
    r = yrt_raise_msg(&yrt_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
  else
    r = yrt_int_comb(n, (uint64_t)ki, 1);
  yrt_decref(n);
  yrt_decref(k);
  return r;
}
NO_KEYWORDS(perm)
