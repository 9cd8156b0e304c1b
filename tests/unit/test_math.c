/*
 * test_math.c: unit tests of the math module (runtime/math.c,
 * runtime/math_int.c): every function on ordinary, special (inf, nan, -0.0)
 * and huge (beyond 64 bits, beyond a float) arguments, CPython's errors
 * for domains, ranges, types and argument counts, the constants and the
 * module object.
 *
 * Each check is PY_REPR(PYTHON, C, WANT) or PY_ERR(PYTHON, C, WANT) (unit.h):
 * the C expression must give a value whose repr is WANT, or fail with WANT
 * ("Type: message"); PYTHON is the Python expression it performs (with
 * `from math import *`), and WANT is what python3 (3.11) prints for it:
 * tests/unit/check_math_time.py evaluates every PYTHON string under
 * CPython, with the helpers below defined the same way, and compares it
 * with WANT.  Float arguments are written as C hex literals, the exact
 * value of the Python literal.
 */
#include "unit.h"

#include <math.h>
#include <stdarg.h>

/* ---- values (s, L, T, big, call, callkw: unit.h) ------------------------ */

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
/* math.NAME, the module's slot. */
#define M(n) yrt_m_math_##n

/* v % m, releasing v. */
static YValue mod(YValue v, YValue m) {
  if (YIS_ERR(v)) return v;
  YValue r = yrt_mod(v, m);
  yrt_decref(v);
  return r;
}
/* v.bit_length(), releasing v. */
static YValue bitlen(YValue v) {
  if (YIS_ERR(v)) return v;
  int64_t n = yrt_int_bits(v, 0);
  yrt_decref(v);
  return yint(n);
}
/* len(repr(v)), releasing v. */
static YValue repr_len(YValue v) {
  if (YIS_ERR(v)) return v;
  YValue r = yrt_repr(v);
  yrt_decref(v);
  if (YIS_ERR(r)) return r;
  int64_t n = YSTR(r)->nchars;
  yrt_decref(r);
  return yint(n);
}
/* getattr(math, name) */
static YValue attr(const char *name) { return yrt_module_getattr(yobj(&yrt_module_math), name); }

int main(void) {
  yrt_init(0, NULL, "test_math");
  YValue math = yrt_import(&yrt_module_math);

  /* the module and its constants */
  PY_REPR("math.sqrt", attr("sqrt"), "<built-in function sqrt>");
  PY_REPR("math.pi", attr("pi"), "3.141592653589793");
  PY_REPR("math.e", attr("e"), "2.718281828459045");
  PY_REPR("math.tau", attr("tau"), "6.283185307179586");
  PY_REPR("math.inf", attr("inf"), "inf");
  PY_REPR("math.nan", attr("nan"), "nan");
  PY_REPR("-math.inf", yrt_neg(M(inf)), "-inf");
  PY_REPR("math.pi == 4 * atan(1)", cmp(call(M(atan), 1, I(1)), YC_EQ, yrt_truediv(M(pi), I(4))), "True");
  PY_ERR("math.cbrt2", attr("cbrt2"), "AttributeError: module 'math' has no attribute 'cbrt2'");
  PY_REPR("math.__name__", attr("__name__"), "'math'");

  /* sqrt and the functions of libm, with math_1's errors */
  PY_REPR("sqrt(2.0)",
          call(M(sqrt), 1, F(0x1.0000000000000p+1)),
          "1.4142135623730951");
  PY_REPR("sqrt(16)",
          call(M(sqrt), 1, I(16)),
          "4.0");
  PY_REPR("sqrt(True)",
          call(M(sqrt), 1, YTRUE),
          "1.0");
  PY_REPR("sqrt(0.0)",
          call(M(sqrt), 1, F(0x0.0p+0)),
          "0.0");
  PY_REPR("sqrt(-0.0)",
          call(M(sqrt), 1, F(-0.0)),
          "-0.0");
  PY_ERR("sqrt(-1)",
         call(M(sqrt), 1, I(-1)),
         "ValueError: math domain error");
  PY_REPR("sqrt(inf)",
          call(M(sqrt), 1, F(INFINITY)),
          "inf");
  PY_ERR("sqrt(-inf)",
         call(M(sqrt), 1, F(-INFINITY)),
         "ValueError: math domain error");
  PY_REPR("sqrt(nan)",
          call(M(sqrt), 1, F(NAN)),
          "nan");
  PY_ERR("sqrt(10**400)",
         call(M(sqrt), 1, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
         "OverflowError: int too large to convert to float");
  PY_REPR("sqrt(2**1000)",
          call(M(sqrt), 1, big("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376")),
          "3.273390607896142e+150");
  PY_ERR("sqrt(\"x\")",
         call(M(sqrt), 1, s("x")),
         "TypeError: must be real number, not str");
  PY_ERR("sqrt(None)",
         call(M(sqrt), 1, YNONE),
         "TypeError: must be real number, not NoneType");
  PY_ERR("sqrt([1])",
         call(M(sqrt), 1, L(1, I(1))),
         "TypeError: must be real number, not list");
  PY_REPR("exp(1)",
          call(M(exp), 1, I(1)),
          "2.718281828459045");
  PY_REPR("exp(-745.2)",
          call(M(exp), 1, F(-0x1.749999999999ap+9)),
          "0.0");
  PY_REPR("exp(709)",
          call(M(exp), 1, I(709)),
          "8.218407461554972e+307");
  PY_ERR("exp(710)",
         call(M(exp), 1, I(710)),
         "OverflowError: math range error");
  PY_REPR("exp(-inf)",
          call(M(exp), 1, F(-INFINITY)),
          "0.0");
  PY_REPR("exp(nan)",
          call(M(exp), 1, F(NAN)),
          "nan");
  PY_REPR("expm1(1e-10)",
          call(M(expm1), 1, F(0x1.b7cdfd9d7bdbbp-34)),
          "1.00000000005e-10");
  PY_ERR("expm1(1000)",
         call(M(expm1), 1, I(1000)),
         "OverflowError: math range error");
  PY_REPR("log1p(1e-10)",
          call(M(log1p), 1, F(0x1.b7cdfd9d7bdbbp-34)),
          "9.999999999500001e-11");
  PY_ERR("log1p(-1)",
         call(M(log1p), 1, I(-1)),
         "ValueError: math domain error");
  PY_ERR("log1p(-2)",
         call(M(log1p), 1, I(-2)),
         "ValueError: math domain error");
  PY_REPR("log1p(-0.0)",
          call(M(log1p), 1, F(-0.0)),
          "-0.0");
  PY_REPR("sin(1)",
          call(M(sin), 1, I(1)),
          "0.8414709848078965");
  PY_ERR("sin(inf)",
         call(M(sin), 1, F(INFINITY)),
         "ValueError: math domain error");
  PY_REPR("cos(0)",
          call(M(cos), 1, I(0)),
          "1.0");
  PY_ERR("cos(-inf)",
         call(M(cos), 1, F(-INFINITY)),
         "ValueError: math domain error");
  PY_REPR("tan(0.5)",
          call(M(tan), 1, F(0x1.0000000000000p-1)),
          "0.5463024898437905");
  PY_ERR("tan(inf)",
         call(M(tan), 1, F(INFINITY)),
         "ValueError: math domain error");
  PY_REPR("asin(0.5)",
          call(M(asin), 1, F(0x1.0000000000000p-1)),
          "0.5235987755982989");
  PY_ERR("asin(2)",
         call(M(asin), 1, I(2)),
         "ValueError: math domain error");
  PY_REPR("acos(-1)",
          call(M(acos), 1, I(-1)),
          "3.141592653589793");
  PY_ERR("acos(1.5)",
         call(M(acos), 1, F(0x1.8000000000000p+0)),
         "ValueError: math domain error");
  PY_REPR("atan(1e300)",
          call(M(atan), 1, F(0x1.7e43c8800759cp+996)),
          "1.5707963267948966");
  PY_REPR("atan(-inf)",
          call(M(atan), 1, F(-INFINITY)),
          "-1.5707963267948966");
  PY_REPR("sinh(1)",
          call(M(sinh), 1, I(1)),
          "1.1752011936438014");
  PY_ERR("sinh(1000)",
         call(M(sinh), 1, I(1000)),
         "OverflowError: math range error");
  PY_REPR("cosh(-2)",
          call(M(cosh), 1, I(-2)),
          "3.7621956910836314");
  PY_ERR("cosh(1000)",
         call(M(cosh), 1, I(1000)),
         "OverflowError: math range error");
  PY_REPR("tanh(100)",
          call(M(tanh), 1, I(100)),
          "1.0");
  PY_REPR("asinh(-3)",
          call(M(asinh), 1, I(-3)),
          "-1.8184464592320668");
  PY_REPR("acosh(1)",
          call(M(acosh), 1, I(1)),
          "0.0");
  PY_ERR("acosh(0)",
         call(M(acosh), 1, I(0)),
         "ValueError: math domain error");
  PY_REPR("atanh(0.5)",
          call(M(atanh), 1, F(0x1.0000000000000p-1)),
          "0.5493061443340548");
  PY_ERR("atanh(1)",
         call(M(atanh), 1, I(1)),
         "ValueError: math domain error");
  PY_ERR("atanh(-1)",
         call(M(atanh), 1, I(-1)),
         "ValueError: math domain error");
  PY_REPR("fabs(-3)",
          call(M(fabs), 1, I(-3)),
          "3.0");
  PY_REPR("fabs(-0.0)",
          call(M(fabs), 1, F(-0.0)),
          "0.0");
  PY_REPR("fabs(-inf)",
          call(M(fabs), 1, F(-INFINITY)),
          "inf");
  PY_REPR("erf(0.5)",
          call(M(erf), 1, F(0x1.0000000000000p-1)),
          "0.5204998778130465");
  PY_REPR("erf(-inf)",
          call(M(erf), 1, F(-INFINITY)),
          "-1.0");
  PY_REPR("erfc(0.5)",
          call(M(erfc), 1, F(0x1.0000000000000p-1)),
          "0.4795001221869535");
  PY_REPR("erfc(30)",
          call(M(erfc), 1, I(30)),
          "0.0");
  PY_REPR("erfc(-inf)",
          call(M(erfc), 1, F(-INFINITY)),
          "2.0");
  /* gamma and lgamma (CPython's own Lanczos approximation) */
  PY_REPR("gamma(0.5)",
          call(M(gamma), 1, F(0x1.0000000000000p-1)),
          "1.7724538509055159");
  PY_REPR("gamma(-0.5)",
          call(M(gamma), 1, F(-0x1.0000000000000p-1)),
          "-3.544907701811032");
  PY_REPR("gamma(5)",
          call(M(gamma), 1, I(5)),
          "24.0");
  PY_REPR("gamma(23)",
          call(M(gamma), 1, I(23)),
          "1.1240007277776077e+21");
  PY_REPR("gamma(24)",
          call(M(gamma), 1, I(24)),
          "2.585201673888497e+22");
  PY_REPR("gamma(1e-30)",
          call(M(gamma), 1, F(0x1.4484bfeebc2a0p-100)),
          "9.999999999999999e+29");
  PY_REPR("gamma(-1e-30)",
          call(M(gamma), 1, F(-0x1.4484bfeebc2a0p-100)),
          "-9.999999999999999e+29");
  PY_REPR("gamma(171.5)",
          call(M(gamma), 1, F(0x1.5700000000000p+7)),
          "9.483367566824801e+307");
  PY_ERR("gamma(172)",
         call(M(gamma), 1, I(172)),
         "OverflowError: math range error");
  PY_ERR("gamma(0)",
         call(M(gamma), 1, I(0)),
         "ValueError: math domain error");
  PY_ERR("gamma(-0.0)",
         call(M(gamma), 1, F(-0.0)),
         "ValueError: math domain error");
  PY_ERR("gamma(-3)",
         call(M(gamma), 1, I(-3)),
         "ValueError: math domain error");
  PY_ERR("gamma(-inf)",
         call(M(gamma), 1, F(-INFINITY)),
         "ValueError: math domain error");
  PY_REPR("gamma(inf)",
          call(M(gamma), 1, F(INFINITY)),
          "inf");
  PY_REPR("gamma(nan)",
          call(M(gamma), 1, F(NAN)),
          "nan");
  PY_REPR("gamma(-200.5)",
          call(M(gamma), 1, F(-0x1.9100000000000p+7)),
          "-0.0");
  PY_REPR("gamma(10.1)",
          call(M(gamma), 1, F(0x1.4333333333333p+3)),
          "454760.7514415857");
  PY_REPR("gamma(150.3)",
          call(M(gamma), 1, F(0x1.2c9999999999ap+7)),
          "1.7112969992195767e+261");
  PY_REPR("gamma(-150.3)",
          call(M(gamma), 1, F(-0x1.2c9999999999ap+7)),
          "-1.5097598047749159e-263");
  PY_REPR("gamma(3.7)",
          call(M(gamma), 1, F(0x1.d99999999999ap+1)),
          "4.170651783796603");
  PY_REPR("lgamma(0.5)",
          call(M(lgamma), 1, F(0x1.0000000000000p-1)),
          "0.5723649429247004");
  PY_REPR("lgamma(1)",
          call(M(lgamma), 1, I(1)),
          "0.0");
  PY_REPR("lgamma(2)",
          call(M(lgamma), 1, I(2)),
          "0.0");
  PY_ERR("lgamma(0)",
         call(M(lgamma), 1, I(0)),
         "ValueError: math domain error");
  PY_ERR("lgamma(-2)",
         call(M(lgamma), 1, I(-2)),
         "ValueError: math domain error");
  PY_REPR("lgamma(-2.5)",
          call(M(lgamma), 1, F(-0x1.4000000000000p+1)),
          "-0.05624371649767457");
  PY_REPR("lgamma(100)",
          call(M(lgamma), 1, I(100)),
          "359.1342053695754");
  PY_REPR("lgamma(1e300)",
          call(M(lgamma), 1, F(0x1.7e43c8800759cp+996)),
          "6.897755278982137e+302");
  PY_REPR("lgamma(1e-30)",
          call(M(lgamma), 1, F(0x1.4484bfeebc2a0p-100)),
          "69.07755278982137");
  PY_REPR("lgamma(inf)",
          call(M(lgamma), 1, F(INFINITY)),
          "inf");
  PY_REPR("lgamma(-inf)",
          call(M(lgamma), 1, F(-INFINITY)),
          "inf");
  PY_REPR("lgamma(2.5e305)",
          call(M(lgamma), 1, F(0x1.6c8e5ca239029p+1014)),
          "1.7555118602376454e+308");
  PY_REPR("lgamma(7.25)",
          call(M(lgamma), 1, F(0x1.d000000000000p+2)),
          "7.0521854507385395");
  /* degrees, radians, classification, ulp, nextafter */
  PY_REPR("degrees(pi)",
          call(M(degrees), 1, F(0x1.921fb54442d18p+1)),
          "180.0");
  PY_REPR("degrees(1)",
          call(M(degrees), 1, I(1)),
          "57.29577951308232");
  PY_REPR("radians(180)",
          call(M(radians), 1, I(180)),
          "3.141592653589793");
  PY_REPR("radians(-45.5)",
          call(M(radians), 1, F(-0x1.6c00000000000p+5)),
          "-0.7941248096574199");
  PY_REPR("isfinite(1e308)",
          call(M(isfinite), 1, F(0x1.1ccf385ebc8a0p+1023)),
          "True");
  PY_REPR("isfinite(inf)",
          call(M(isfinite), 1, F(INFINITY)),
          "False");
  PY_ERR("isfinite(10**400)",
         call(M(isfinite), 1, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
         "OverflowError: int too large to convert to float");
  PY_REPR("isinf(-inf)",
          call(M(isinf), 1, F(-INFINITY)),
          "True");
  PY_REPR("isinf(nan)",
          call(M(isinf), 1, F(NAN)),
          "False");
  PY_REPR("isinf(5)",
          call(M(isinf), 1, I(5)),
          "False");
  PY_REPR("isnan(nan)",
          call(M(isnan), 1, F(NAN)),
          "True");
  PY_REPR("isnan(1.0)",
          call(M(isnan), 1, F(0x1.0000000000000p+0)),
          "False");
  PY_REPR("ulp(1.0)",
          call(M(ulp), 1, F(0x1.0000000000000p+0)),
          "2.220446049250313e-16");
  PY_REPR("ulp(-1e300)",
          call(M(ulp), 1, F(-0x1.7e43c8800759cp+996)),
          "1.487016908477783e+284");
  PY_REPR("ulp(0.0)",
          call(M(ulp), 1, F(0x0.0p+0)),
          "5e-324");
  PY_REPR("ulp(1.7976931348623157e308)",
          call(M(ulp), 1, F(0x1.fffffffffffffp+1023)),
          "1.99584030953472e+292");
  PY_REPR("ulp(inf)",
          call(M(ulp), 1, F(INFINITY)),
          "inf");
  PY_REPR("ulp(nan)",
          call(M(ulp), 1, F(NAN)),
          "nan");
  PY_REPR("ulp(5e-324)",
          call(M(ulp), 1, F(0x0.0000000000001p-1022)),
          "5e-324");
  PY_REPR("nextafter(1, 2)",
          call(M(nextafter), 2, I(1), I(2)),
          "1.0000000000000002");
  PY_REPR("nextafter(1.0, 0)",
          call(M(nextafter), 2, F(0x1.0000000000000p+0), I(0)),
          "0.9999999999999999");
  PY_REPR("nextafter(0.0, -1)",
          call(M(nextafter), 2, F(0x0.0p+0), I(-1)),
          "-5e-324");
  PY_REPR("nextafter(5, 5)",
          call(M(nextafter), 2, I(5), I(5)),
          "5.0");
  PY_REPR("nextafter(nan, 1)",
          call(M(nextafter), 2, F(NAN), I(1)),
          "nan");
  /* frexp, modf, ldexp */
  PY_REPR("frexp(8)",
          call(M(frexp), 1, I(8)),
          "(0.5, 4)");
  PY_REPR("frexp(-0.1)",
          call(M(frexp), 1, F(-0x1.999999999999ap-4)),
          "(-0.8, -3)");
  PY_REPR("frexp(0.0)",
          call(M(frexp), 1, F(0x0.0p+0)),
          "(0.0, 0)");
  PY_REPR("frexp(-0.0)",
          call(M(frexp), 1, F(-0.0)),
          "(-0.0, 0)");
  PY_REPR("frexp(inf)",
          call(M(frexp), 1, F(INFINITY)),
          "(inf, 0)");
  PY_REPR("frexp(nan)",
          call(M(frexp), 1, F(NAN)),
          "(nan, 0)");
  PY_REPR("frexp(5e-324)",
          call(M(frexp), 1, F(0x0.0000000000001p-1022)),
          "(0.5, -1073)");
  PY_REPR("modf(3.25)",
          call(M(modf), 1, F(0x1.a000000000000p+1)),
          "(0.25, 3.0)");
  PY_REPR("modf(-3.25)",
          call(M(modf), 1, F(-0x1.a000000000000p+1)),
          "(-0.25, -3.0)");
  PY_REPR("modf(inf)",
          call(M(modf), 1, F(INFINITY)),
          "(0.0, inf)");
  PY_REPR("modf(-inf)",
          call(M(modf), 1, F(-INFINITY)),
          "(-0.0, -inf)");
  PY_REPR("modf(nan)",
          call(M(modf), 1, F(NAN)),
          "(nan, nan)");
  PY_REPR("modf(7)",
          call(M(modf), 1, I(7)),
          "(0.0, 7.0)");
  PY_REPR("ldexp(0.75, 3)",
          call(M(ldexp), 2, F(0x1.8000000000000p-1), I(3)),
          "6.0");
  PY_REPR("ldexp(1, -1080)",
          call(M(ldexp), 2, I(1), I(-1080)),
          "0.0");
  PY_ERR("ldexp(1.0, 1024)",
         call(M(ldexp), 2, F(0x1.0000000000000p+0), I(1024)),
         "OverflowError: math range error");
  PY_ERR("ldexp(1.0, 2**70)",
         call(M(ldexp), 2, F(0x1.0000000000000p+0), big("1180591620717411303424")),
         "OverflowError: math range error");
  PY_REPR("ldexp(1.0, -2**70)",
          call(M(ldexp), 2, F(0x1.0000000000000p+0), big("-1180591620717411303424")),
          "0.0");
  PY_ERR("ldexp(-2.5, 10**30)",
         call(M(ldexp), 2, F(-0x1.4000000000000p+1), big("1000000000000000000000000000000")),
         "OverflowError: math range error");
  PY_REPR("ldexp(0.0, 10**30)",
          call(M(ldexp), 2, F(0x0.0p+0), big("1000000000000000000000000000000")),
          "0.0");
  PY_REPR("ldexp(inf, -5)",
          call(M(ldexp), 2, F(INFINITY), I(-5)),
          "inf");
  PY_ERR("ldexp(1.0, 1.5)",
         call(M(ldexp), 2, F(0x1.0000000000000p+0), F(0x1.8000000000000p+0)),
         "TypeError: Expected an int as second argument to ldexp.");
  PY_REPR("ldexp(1.0, True)",
          call(M(ldexp), 2, F(0x1.0000000000000p+0), YTRUE),
          "2.0");
  PY_ERR("ldexp(1.0, \"3\")",
         call(M(ldexp), 2, F(0x1.0000000000000p+0), s("3")),
         "TypeError: Expected an int as second argument to ldexp.");
  PY_ERR("ldexp(\"1\", 3)",
         call(M(ldexp), 2, s("1"), I(3)),
         "TypeError: must be real number, not str");
  /* floor, ceil, trunc */
  PY_REPR("floor(2.5)",
          call(M(floor), 1, F(0x1.4000000000000p+1)),
          "2");
  PY_REPR("floor(-2.5)",
          call(M(floor), 1, F(-0x1.4000000000000p+1)),
          "-3");
  PY_REPR("floor(-0.0)",
          call(M(floor), 1, F(-0.0)),
          "0");
  PY_REPR("floor(1e300)",
          call(M(floor), 1, F(0x1.7e43c8800759cp+996)),
          "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
  PY_REPR("floor(-1e20)",
          call(M(floor), 1, F(-0x1.5af1d78b58c40p+66)),
          "-100000000000000000000");
  PY_REPR("floor(10**30)",
          call(M(floor), 1, big("1000000000000000000000000000000")),
          "1000000000000000000000000000000");
  PY_REPR("floor(True)",
          call(M(floor), 1, YTRUE),
          "1");
  PY_REPR("floor(7)",
          call(M(floor), 1, I(7)),
          "7");
  PY_ERR("floor(inf)",
         call(M(floor), 1, F(INFINITY)),
         "OverflowError: cannot convert float infinity to integer");
  PY_ERR("floor(nan)",
         call(M(floor), 1, F(NAN)),
         "ValueError: cannot convert float NaN to integer");
  PY_ERR("floor(\"x\")",
         call(M(floor), 1, s("x")),
         "TypeError: must be real number, not str");
  PY_REPR("ceil(2.1)",
          call(M(ceil), 1, F(0x1.0cccccccccccdp+1)),
          "3");
  PY_REPR("ceil(-2.9)",
          call(M(ceil), 1, F(-0x1.7333333333333p+1)),
          "-2");
  PY_REPR("ceil(-1e20)",
          call(M(ceil), 1, F(-0x1.5af1d78b58c40p+66)),
          "-100000000000000000000");
  PY_REPR("ceil(2**70)",
          call(M(ceil), 1, big("1180591620717411303424")),
          "1180591620717411303424");
  PY_ERR("ceil(-inf)",
         call(M(ceil), 1, F(-INFINITY)),
         "OverflowError: cannot convert float infinity to integer");
  PY_REPR("trunc(2.9)",
          call(M(trunc), 1, F(0x1.7333333333333p+1)),
          "2");
  PY_REPR("trunc(-2.9)",
          call(M(trunc), 1, F(-0x1.7333333333333p+1)),
          "-2");
  PY_REPR("trunc(1e19)",
          call(M(trunc), 1, F(0x1.158e460913d00p+63)),
          "10000000000000000000");
  PY_REPR("trunc(-(10**25))",
          call(M(trunc), 1, big("-10000000000000000000000000")),
          "-10000000000000000000000000");
  PY_REPR("trunc(False)",
          call(M(trunc), 1, YFALSE),
          "0");
  PY_ERR("trunc(nan)",
         call(M(trunc), 1, F(NAN)),
         "ValueError: cannot convert float NaN to integer");
  PY_ERR("trunc(inf)",
         call(M(trunc), 1, F(INFINITY)),
         "OverflowError: cannot convert float infinity to integer");
  PY_ERR("trunc(\"x\")",
         call(M(trunc), 1, s("x")),
         "TypeError: type str doesn't define __trunc__ method");
  PY_ERR("trunc(None)",
         call(M(trunc), 1, YNONE),
         "TypeError: type NoneType doesn't define __trunc__ method");
  /* copysign, atan2, remainder, fmod, pow */
  PY_REPR("copysign(3, -0.0)",
          call(M(copysign), 2, I(3), F(-0.0)),
          "-3.0");
  PY_REPR("copysign(-3, 1)",
          call(M(copysign), 2, I(-3), I(1)),
          "3.0");
  PY_REPR("copysign(nan, -1)",
          call(M(copysign), 2, F(NAN), I(-1)),
          "nan");
  PY_ERR("copysign(1, \"x\")",
         call(M(copysign), 2, I(1), s("x")),
         "TypeError: must be real number, not str");
  PY_REPR("atan2(1, 1)",
          call(M(atan2), 2, I(1), I(1)),
          "0.7853981633974483");
  PY_REPR("atan2(0.0, -0.0)",
          call(M(atan2), 2, F(0x0.0p+0), F(-0.0)),
          "3.141592653589793");
  PY_REPR("atan2(-0.0, -1)",
          call(M(atan2), 2, F(-0.0), I(-1)),
          "-3.141592653589793");
  PY_REPR("atan2(inf, inf)",
          call(M(atan2), 2, F(INFINITY), F(INFINITY)),
          "0.7853981633974483");
  PY_REPR("atan2(inf, -inf)",
          call(M(atan2), 2, F(INFINITY), F(-INFINITY)),
          "2.356194490192345");
  PY_REPR("atan2(-inf, 5)",
          call(M(atan2), 2, F(-INFINITY), I(5)),
          "-1.5707963267948966");
  PY_REPR("atan2(5, -inf)",
          call(M(atan2), 2, I(5), F(-INFINITY)),
          "3.141592653589793");
  PY_REPR("atan2(nan, 1)",
          call(M(atan2), 2, F(NAN), I(1)),
          "nan");
  PY_REPR("remainder(10, 3)",
          call(M(remainder), 2, I(10), I(3)),
          "1.0");
  PY_REPR("remainder(11, 3)",
          call(M(remainder), 2, I(11), I(3)),
          "-1.0");
  PY_REPR("remainder(5, 2)",
          call(M(remainder), 2, I(5), I(2)),
          "1.0");
  PY_REPR("remainder(7, 2)",
          call(M(remainder), 2, I(7), I(2)),
          "-1.0");
  PY_REPR("remainder(-5, 2)",
          call(M(remainder), 2, I(-5), I(2)),
          "-1.0");
  PY_ERR("remainder(1, 0)",
         call(M(remainder), 2, I(1), I(0)),
         "ValueError: math domain error");
  PY_ERR("remainder(inf, 1)",
         call(M(remainder), 2, F(INFINITY), I(1)),
         "ValueError: math domain error");
  PY_REPR("remainder(1, inf)",
          call(M(remainder), 2, I(1), F(INFINITY)),
          "1.0");
  PY_REPR("remainder(nan, 1)",
          call(M(remainder), 2, F(NAN), I(1)),
          "nan");
  PY_REPR("remainder(2.5e-323, 1e-323)",
          call(M(remainder), 2, F(0x0.0000000000005p-1022), F(0x0.0000000000002p-1022)),
          "5e-324");
  PY_REPR("fmod(10, 3)",
          call(M(fmod), 2, I(10), I(3)),
          "1.0");
  PY_REPR("fmod(-10, 3)",
          call(M(fmod), 2, I(-10), I(3)),
          "-1.0");
  PY_REPR("fmod(10, -3)",
          call(M(fmod), 2, I(10), I(-3)),
          "1.0");
  PY_ERR("fmod(1, 0)",
         call(M(fmod), 2, I(1), I(0)),
         "ValueError: math domain error");
  PY_ERR("fmod(inf, 1)",
         call(M(fmod), 2, F(INFINITY), I(1)),
         "ValueError: math domain error");
  PY_REPR("fmod(1, inf)",
          call(M(fmod), 2, I(1), F(INFINITY)),
          "1.0");
  PY_REPR("fmod(-0.0, 1)",
          call(M(fmod), 2, F(-0.0), I(1)),
          "-0.0");
  PY_REPR("fmod(nan, 0)",
          call(M(fmod), 2, F(NAN), I(0)),
          "nan");
  PY_REPR("pow(2, 10)",
          call(M(pow), 2, I(2), I(10)),
          "1024.0");
  PY_REPR("pow(2, 0.5)",
          call(M(pow), 2, I(2), F(0x1.0000000000000p-1)),
          "1.4142135623730951");
  PY_ERR("pow(-8, 1/3)",
         call(M(pow), 2, I(-8), F(0x1.5555555555555p-2)),
         "ValueError: math domain error");
  PY_ERR("pow(0, -1)",
         call(M(pow), 2, I(0), I(-1)),
         "ValueError: math domain error");
  PY_ERR("pow(-0.0, -3)",
         call(M(pow), 2, F(-0.0), I(-3)),
         "ValueError: math domain error");
  PY_ERR("pow(10, 400)",
         call(M(pow), 2, I(10), I(400)),
         "OverflowError: math range error");
  PY_ERR("pow(-10, 401)",
         call(M(pow), 2, I(-10), I(401)),
         "OverflowError: math range error");
  PY_REPR("pow(nan, 0)",
          call(M(pow), 2, F(NAN), I(0)),
          "1.0");
  PY_REPR("pow(1, nan)",
          call(M(pow), 2, I(1), F(NAN)),
          "1.0");
  PY_REPR("pow(inf, -3)",
          call(M(pow), 2, F(INFINITY), I(-3)),
          "0.0");
  PY_REPR("pow(-inf, 3)",
          call(M(pow), 2, F(-INFINITY), I(3)),
          "-inf");
  PY_REPR("pow(-inf, -3)",
          call(M(pow), 2, F(-INFINITY), I(-3)),
          "-0.0");
  PY_REPR("pow(-inf, 2)",
          call(M(pow), 2, F(-INFINITY), I(2)),
          "inf");
  PY_REPR("pow(0.5, inf)",
          call(M(pow), 2, F(0x1.0000000000000p-1), F(INFINITY)),
          "0.0");
  PY_REPR("pow(2, -inf)",
          call(M(pow), 2, I(2), F(-INFINITY)),
          "0.0");
  PY_REPR("pow(-1, inf)",
          call(M(pow), 2, I(-1), F(INFINITY)),
          "1.0");
  PY_REPR("pow(2, inf)",
          call(M(pow), 2, I(2), F(INFINITY)),
          "inf");
  PY_REPR("pow(0.5, -inf)",
          call(M(pow), 2, F(0x1.0000000000000p-1), F(-INFINITY)),
          "inf");
  PY_REPR("pow(-2, 3)",
          call(M(pow), 2, I(-2), I(3)),
          "-8.0");
  PY_REPR("pow(0.0, 0.0)",
          call(M(pow), 2, F(0x0.0p+0), F(0x0.0p+0)),
          "1.0");
  /* logarithms, ints of any size */
  PY_REPR("log(100)",
          call(M(log), 1, I(100)),
          "4.605170185988092");
  PY_REPR("log(100, 10)",
          call(M(log), 2, I(100), I(10)),
          "2.0");
  PY_REPR("log(8, 2)",
          call(M(log), 2, I(8), I(2)),
          "3.0");
  PY_REPR("log(2**2000)",
          call(M(log), 1, big("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")),
          "1386.2943611198907");
  PY_REPR("log(2**2000, 2)",
          call(M(log), 2, big("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"), I(2)),
          "2000.0000000000002");
  PY_REPR("log(10**400, 10)",
          call(M(log), 2, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), I(10)),
          "399.99999999999994");
  PY_ERR("log(0)",
         call(M(log), 1, I(0)),
         "ValueError: math domain error");
  PY_ERR("log(-1)",
         call(M(log), 1, I(-1)),
         "ValueError: math domain error");
  PY_ERR("log(0.0)",
         call(M(log), 1, F(0x0.0p+0)),
         "ValueError: math domain error");
  PY_ERR("log(-inf)",
         call(M(log), 1, F(-INFINITY)),
         "ValueError: math domain error");
  PY_REPR("log(inf)",
          call(M(log), 1, F(INFINITY)),
          "inf");
  PY_REPR("log(nan)",
          call(M(log), 1, F(NAN)),
          "nan");
  PY_ERR("log(10, 1)",
         call(M(log), 2, I(10), I(1)),
         "ZeroDivisionError: float division by zero");
  PY_ERR("log(1, 0)",
         call(M(log), 2, I(1), I(0)),
         "ValueError: math domain error");
  PY_ERR("log(-(2**2000))",
         call(M(log), 1, big("-114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")),
         "ValueError: math domain error");
  PY_ERR("log(10, \"x\")",
         call(M(log), 2, I(10), s("x")),
         "TypeError: must be real number, not str");
  PY_ERR("log(\"x\", 10)",
         call(M(log), 2, s("x"), I(10)),
         "TypeError: must be real number, not str");
  PY_REPR("log2(8)",
          call(M(log2), 1, I(8)),
          "3.0");
  PY_REPR("log2(2**3000)",
          call(M(log2), 1, big("1230231922161117176931558813276752514640713895736833715766118029160058800614672948775360067838593459582429649254051804908512884180898236823585082482065348331234959350355845017413023320111360666922624728239756880416434478315693675013413090757208690376793296658810662941824493488451726505303712916005346747908623702673480919353936813105736620402352744776903840477883651100322409301983488363802930540482487909763484098253940728685132044408863734754271212592471778643949486688511721051561970432780747454823776808464180697103083861812184348565522740195796682622205511845512080552010310050255801589349645928001133745474220715013683413907542779063759833876101354235184245096670042160720629411581502371248008430447184842098610320580417992206662247328722122088513643683907670360209162653670641130936997002170500675501374723998766005827579300723253474890612250135171889174899079911291512399773872178519018229989376")),
          "3000.0");
  PY_REPR("log2(3**700)",
          call(M(log2), 1, big("9657802140591758043812442031522928437371194636776843099838260055342219733688083412928987321682880332396927287242805644548901834234972280564072880735127568242460394336247761481999342991210220561304479523441956128812808859393388776484808811910915541232693035534590226711458043242074211993816993921587180335757972232760635320184916654001")),
          "1109.4737505048092");
  PY_ERR("log2(0)",
         call(M(log2), 1, I(0)),
         "ValueError: math domain error");
  PY_ERR("log2(-0.5)",
         call(M(log2), 1, F(-0x1.0000000000000p-1)),
         "ValueError: math domain error");
  PY_REPR("log2(inf)",
          call(M(log2), 1, F(INFINITY)),
          "inf");
  PY_REPR("log10(1000)",
          call(M(log10), 1, I(1000)),
          "3.0");
  PY_REPR("log10(10**400)",
          call(M(log10), 1, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
          "400.0");
  PY_REPR("log10(10**308)",
          call(M(log10), 1, big("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
          "308.0");
  PY_ERR("log10(0)",
         call(M(log10), 1, I(0)),
         "ValueError: math domain error");
  PY_ERR("log10(-(10**400))",
         call(M(log10), 1, big("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
         "ValueError: math domain error");
  PY_REPR("log10(0.001)",
          call(M(log10), 1, F(0x1.0624dd2f1a9fcp-10)),
          "-3.0");
  PY_ERR("log10(-inf)",
         call(M(log10), 1, F(-INFINITY)),
         "ValueError: math domain error");
  PY_REPR("log(True)",
          call(M(log), 1, YTRUE),
          "0.0");
  /* hypot and dist */
  PY_REPR("hypot(3, 4)",
          call(M(hypot), 2, I(3), I(4)),
          "5.0");
  PY_REPR("hypot()",
          call(M(hypot), 0),
          "0.0");
  PY_REPR("hypot(7)",
          call(M(hypot), 1, I(7)),
          "7.0");
  PY_REPR("hypot(-7)",
          call(M(hypot), 1, I(-7)),
          "7.0");
  PY_REPR("hypot(1, 2, 3)",
          call(M(hypot), 3, I(1), I(2), I(3)),
          "3.7416573867739413");
  PY_REPR("hypot(1e308, 1e308)",
          call(M(hypot), 2, F(0x1.1ccf385ebc8a0p+1023), F(0x1.1ccf385ebc8a0p+1023)),
          "1.4142135623730951e+308");
  PY_REPR("hypot(1.7e308, 1.7e308)",
          call(M(hypot), 2, F(0x1.e42d130773b76p+1023), F(0x1.e42d130773b76p+1023)),
          "inf");
  PY_REPR("hypot(inf, nan)",
          call(M(hypot), 2, F(INFINITY), F(NAN)),
          "inf");
  PY_REPR("hypot(nan, 1)",
          call(M(hypot), 2, F(NAN), I(1)),
          "nan");
  PY_REPR("hypot(5e-324, 5e-324)",
          call(M(hypot), 2, F(0x0.0000000000001p-1022), F(0x0.0000000000001p-1022)),
          "5e-324");
  PY_REPR("hypot(1e-310, 2e-310, 3e-310)",
          call(M(hypot), 3, F(0x0.012688b70e62bp-1022), F(0x0.024d116e1cc56p-1022), F(0x0.03739a252b281p-1022)),
          "3.74165738677395e-310");
  PY_REPR("hypot(0.1, 0.2, 0.3, 0.4, 0.5)",
          call(M(hypot), 5, F(0x1.999999999999ap-4), F(0x1.999999999999ap-3), F(0x1.3333333333333p-2), F(0x1.999999999999ap-2), F(0x1.0000000000000p-1)),
          "0.7416198487095663");
  PY_ERR("hypot(3, \"x\")",
         call(M(hypot), 2, I(3), s("x")),
         "TypeError: must be real number, not str");
  PY_REPR("hypot(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)",
          call(M(hypot), 20, I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19)),
          "49.69909455915671");
  PY_REPR("dist((0, 0), (3, 4))",
          call(M(dist), 2, T(2, I(0), I(0)), T(2, I(3), I(4))),
          "5.0");
  PY_REPR("dist([1, 2, 3], (4, 5, 6))",
          call(M(dist), 2, L(3, I(1), I(2), I(3)), T(3, I(4), I(5), I(6))),
          "5.196152422706632");
  PY_REPR("dist((), ())",
          call(M(dist), 2, T(0), T(0)),
          "0.0");
  PY_REPR("dist((1.5,), (-2.5,))",
          call(M(dist), 2, T(1, F(0x1.8000000000000p+0)), T(1, F(-0x1.4000000000000p+1))),
          "4.0");
  PY_ERR("dist((1, 2), (3,))",
         call(M(dist), 2, T(2, I(1), I(2)), T(1, I(3))),
         "ValueError: both points must have the same number of dimensions");
  PY_ERR("dist(5, (1,))",
         call(M(dist), 2, I(5), T(1, I(1))),
         "TypeError: 'int' object is not iterable");
  PY_ERR("dist((1,), 5)",
         call(M(dist), 2, T(1, I(1)), I(5)),
         "TypeError: 'int' object is not iterable");
  PY_ERR("dist((1, \"x\"), (1, 2))",
         call(M(dist), 2, T(2, I(1), s("x")), T(2, I(1), I(2))),
         "TypeError: must be real number, not str");
  PY_REPR("dist((0.1, 0.2, 0.3), (0.7, 0.11, 1e-5))",
          call(M(dist), 2, T(3, F(0x1.999999999999ap-4), F(0x1.999999999999ap-3), F(0x1.3333333333333p-2)), T(3, F(0x1.6666666666666p-1), F(0x1.c28f5c28f5c29p-4), F(0x1.4f8b588e368f1p-17))),
          "0.6768264179979975");
  PY_REPR("dist(range(20), range(1, 21))",
          call(M(dist), 2, rng(I(0), I(20)), rng(I(1), I(21))),
          "4.47213595499958");
  /* fsum */
  PY_REPR("fsum([0.1] * 10)",
          call(M(fsum), 1, L(10, F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4), F(0x1.999999999999ap-4))),
          "1.0");
  PY_REPR("fsum([])",
          call(M(fsum), 1, L(0)),
          "0.0");
  PY_REPR("fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
          call(M(fsum), 1, L(7, F(0x1.249ad2594c37dp+332), F(0x1.0000000000000p+0), F(-0x1.249ad2594c37dp+332), F(0x1.bff2ee48e0530p-333), F(0x1.11b0ec57e649ap+166), F(-0x1.0000000000000p+0), F(-0x1.11b0ec57e649ap+166))),
          "1e-100");
  PY_REPR("fsum([1e-16, 1, 1e16])",
          call(M(fsum), 1, L(3, F(0x1.cd2b297d889bcp-54), I(1), F(0x1.1c37937e08000p+53))),
          "1.0000000000000002e+16");
  PY_REPR("fsum([1, 2, 3])",
          call(M(fsum), 1, L(3, I(1), I(2), I(3))),
          "6.0");
  PY_REPR("fsum(range(1000))",
          call(M(fsum), 1, rng(I(0), I(1000))),
          "499500.0");
  PY_REPR("fsum([2**1000, 1.5])",
          call(M(fsum), 1, L(2, big("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"), F(0x1.8000000000000p+0))),
          "1.0715086071862673e+301");
  PY_ERR("fsum([1e308, 1e308])",
         call(M(fsum), 1, L(2, F(0x1.1ccf385ebc8a0p+1023), F(0x1.1ccf385ebc8a0p+1023))),
         "OverflowError: intermediate overflow in fsum");
  PY_ERR("fsum([1e308, 1e308, -1e308])",
         call(M(fsum), 1, L(3, F(0x1.1ccf385ebc8a0p+1023), F(0x1.1ccf385ebc8a0p+1023), F(-0x1.1ccf385ebc8a0p+1023))),
         "OverflowError: intermediate overflow in fsum");
  PY_REPR("fsum([inf, 1])",
          call(M(fsum), 1, L(2, F(INFINITY), I(1))),
          "inf");
  PY_ERR("fsum([inf, -inf])",
         call(M(fsum), 1, L(2, F(INFINITY), F(-INFINITY))),
         "ValueError: -inf + inf in fsum");
  PY_REPR("fsum([inf, nan])",
          call(M(fsum), 1, L(2, F(INFINITY), F(NAN))),
          "nan");
  PY_REPR("fsum([-inf, -inf, 3])",
          call(M(fsum), 1, L(3, F(-INFINITY), F(-INFINITY), I(3))),
          "-inf");
  PY_ERR("fsum([1, \"x\"])",
         call(M(fsum), 1, L(2, I(1), s("x"))),
         "TypeError: must be real number, not str");
  PY_ERR("fsum(5)",
         call(M(fsum), 1, I(5)),
         "TypeError: 'int' object is not iterable");
  PY_REPR("fsum((0.1, 0.2, 0.3))",
          call(M(fsum), 1, T(3, F(0x1.999999999999ap-4), F(0x1.999999999999ap-3), F(0x1.3333333333333p-2))),
          "0.6");
  PY_ERR("fsum(\"ab\")",
         call(M(fsum), 1, s("ab")),
         "TypeError: must be real number, not str");
  PY_ERR("fsum([10**400])",
         call(M(fsum), 1, L(1, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))),
         "OverflowError: int too large to convert to float");
  PY_REPR("fsum([1.0, 1e-16, 1e-16])",
          call(M(fsum), 1, L(3, F(0x1.0000000000000p+0), F(0x1.cd2b297d889bcp-54), F(0x1.cd2b297d889bcp-54))),
          "1.0000000000000002");
  PY_REPR("fsum([0.3, -0.1, -0.2])",
          call(M(fsum), 1, L(3, F(0x1.3333333333333p-2), F(-0x1.999999999999ap-4), F(-0x1.999999999999ap-3))),
          "-2.7755575615628914e-17");
  /* isclose */
  PY_REPR("isclose(1.0, 1.0 + 1e-10)",
          call(M(isclose), 2, F(0x1.0000000000000p+0), F(0x1.000000006df38p+0)),
          "True");
  PY_REPR("isclose(1.0, 1.1)",
          call(M(isclose), 2, F(0x1.0000000000000p+0), F(0x1.199999999999ap+0)),
          "False");
  PY_REPR("isclose(1.0, 1.1, rel_tol=0.2)",
          callkw(M(isclose), 2, 1, F(0x1.0000000000000p+0), F(0x1.199999999999ap+0), "rel_tol", F(0x1.999999999999ap-3)),
          "True");
  PY_REPR("isclose(0.0, 1e-10)",
          call(M(isclose), 2, F(0x0.0p+0), F(0x1.b7cdfd9d7bdbbp-34)),
          "False");
  PY_REPR("isclose(0.0, 1e-10, abs_tol=1e-9)",
          callkw(M(isclose), 2, 1, F(0x0.0p+0), F(0x1.b7cdfd9d7bdbbp-34), "abs_tol", F(0x1.12e0be826d695p-30)),
          "True");
  PY_REPR("isclose(inf, inf)",
          call(M(isclose), 2, F(INFINITY), F(INFINITY)),
          "True");
  PY_REPR("isclose(inf, -inf)",
          call(M(isclose), 2, F(INFINITY), F(-INFINITY)),
          "False");
  PY_REPR("isclose(nan, nan)",
          call(M(isclose), 2, F(NAN), F(NAN)),
          "False");
  PY_REPR("isclose(1e308, inf)",
          call(M(isclose), 2, F(0x1.1ccf385ebc8a0p+1023), F(INFINITY)),
          "False");
  PY_ERR("isclose(1, 2, rel_tol=-1)",
         callkw(M(isclose), 2, 1, I(1), I(2), "rel_tol", I(-1)),
         "ValueError: tolerances must be non-negative");
  PY_ERR("isclose(1, 2, abs_tol=-1)",
         callkw(M(isclose), 2, 1, I(1), I(2), "abs_tol", I(-1)),
         "ValueError: tolerances must be non-negative");
  PY_ERR("isclose(1)",
         call(M(isclose), 1, I(1)),
         "TypeError: isclose() missing required argument 'b' (pos 2)");
  PY_ERR("isclose()",
         call(M(isclose), 0),
         "TypeError: isclose() missing required argument 'a' (pos 1)");
  PY_ERR("isclose(1, 2, 3)",
         call(M(isclose), 3, I(1), I(2), I(3)),
         "TypeError: isclose() takes exactly 2 positional arguments (3 given)");
  PY_ERR("isclose(1, 2, 3, 4, 5)",
         call(M(isclose), 5, I(1), I(2), I(3), I(4), I(5)),
         "TypeError: isclose() takes at most 4 arguments (5 given)");
  PY_REPR("isclose(1, b=1)",
          callkw(M(isclose), 1, 1, I(1), "b", I(1)),
          "True");
  PY_REPR("isclose(a=1, b=1)",
          callkw(M(isclose), 0, 2, "a", I(1), "b", I(1)),
          "True");
  PY_ERR("isclose(1, 2, tol=1)",
         callkw(M(isclose), 2, 1, I(1), I(2), "tol", I(1)),
         "TypeError: 'tol' is an invalid keyword argument for isclose()");
  PY_ERR("isclose(1, 1, a=1)",
         callkw(M(isclose), 2, 1, I(1), I(1), "a", I(1)),
         "TypeError: argument for isclose() given by name ('a') and position (1)");
  PY_ERR("isclose(\"x\", 1)",
         call(M(isclose), 2, s("x"), I(1)),
         "TypeError: must be real number, not str");
  PY_ERR("isclose(1, 1, rel_tol=\"x\")",
         callkw(M(isclose), 2, 1, I(1), I(1), "rel_tol", s("x")),
         "TypeError: must be real number, not str");
  /* prod */
  PY_REPR("prod([1, 2, 3, 4])",
          call(M(prod), 1, L(4, I(1), I(2), I(3), I(4))),
          "24");
  PY_REPR("prod([])",
          call(M(prod), 1, L(0)),
          "1");
  PY_REPR("prod([], start=5)",
          callkw(M(prod), 1, 1, L(0), "start", I(5)),
          "5");
  PY_REPR("prod([2.5, 4])",
          call(M(prod), 1, L(2, F(0x1.4000000000000p+1), I(4))),
          "10.0");
  PY_REPR("prod([2, 2.5])",
          call(M(prod), 1, L(2, I(2), F(0x1.4000000000000p+1))),
          "5.0");
  PY_REPR("prod(range(1, 30))",
          call(M(prod), 1, rng(I(1), I(30))),
          "8841761993739701954543616000000");
  PY_REPR("prod([2**62, 4, 0.5])",
          call(M(prod), 1, L(3, I(4611686018427387904LL), I(4), F(0x1.0000000000000p-1))),
          "9.223372036854776e+18");
  PY_ERR("prod([1.5, 10**400])",
         call(M(prod), 1, L(2, F(0x1.8000000000000p+0), big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))),
         "OverflowError: int too large to convert to float");
  PY_REPR("prod([1e300, 1e300])",
          call(M(prod), 1, L(2, F(0x1.7e43c8800759cp+996), F(0x1.7e43c8800759cp+996))),
          "inf");
  PY_REPR("prod([\"ab\", 3])",
          call(M(prod), 1, L(2, s("ab"), I(3))),
          "'ababab'");
  PY_REPR("prod([3, \"ab\"])",
          call(M(prod), 1, L(2, I(3), s("ab"))),
          "'ababab'");
  PY_REPR("prod([2, 3], start=\"ab\")",
          callkw(M(prod), 1, 1, L(2, I(2), I(3)), "start", s("ab")),
          "'abababababab'");
  PY_ERR("prod(\"ab\", start=\"\")",
         callkw(M(prod), 1, 1, s("ab"), "start", s("")),
         "TypeError: can't multiply sequence by non-int of type 'str'");
  PY_REPR("prod([2, 3], start=2.0)",
          callkw(M(prod), 1, 1, L(2, I(2), I(3)), "start", F(0x1.0000000000000p+1)),
          "12.0");
  PY_ERR("prod(5)",
         call(M(prod), 1, I(5)),
         "TypeError: 'int' object is not iterable");
  PY_ERR("prod()",
         call(M(prod), 0),
         "TypeError: prod() takes exactly 1 positional argument (0 given)");
  PY_ERR("prod(start=1)",
         callkw(M(prod), 0, 1, "start", I(1)),
         "TypeError: prod() takes exactly 1 positional argument (0 given)");
  PY_ERR("prod([1], [2])",
         call(M(prod), 2, L(1, I(1)), L(1, I(2))),
         "TypeError: prod() takes exactly 1 positional argument (2 given)");
  PY_ERR("prod([1], 2, 3)",
         call(M(prod), 3, L(1, I(1)), I(2), I(3)),
         "TypeError: prod() takes at most 2 arguments (3 given)");
  PY_ERR("prod([1], stop=2)",
         callkw(M(prod), 1, 1, L(1, I(1)), "stop", I(2)),
         "TypeError: 'stop' is an invalid keyword argument for prod()");
  PY_REPR("prod([True, True])",
          call(M(prod), 1, L(2, YTRUE, YTRUE)),
          "1");
  /* gcd and lcm, exact on ints of any size */
  PY_REPR("gcd()",
          call(M(gcd), 0),
          "0");
  PY_REPR("gcd(0)",
          call(M(gcd), 1, I(0)),
          "0");
  PY_REPR("gcd(-12)",
          call(M(gcd), 1, I(-12)),
          "12");
  PY_REPR("gcd(12, 18)",
          call(M(gcd), 2, I(12), I(18)),
          "6");
  PY_REPR("gcd(-12, 18, 27)",
          call(M(gcd), 3, I(-12), I(18), I(27)),
          "3");
  PY_REPR("gcd(0, 0)",
          call(M(gcd), 2, I(0), I(0)),
          "0");
  PY_REPR("gcd(0, -5)",
          call(M(gcd), 2, I(0), I(-5)),
          "5");
  PY_REPR("gcd(2**100, 6**50)",
          call(M(gcd), 2, big("1267650600228229401496703205376"), big("808281277464764060643139600456536293376")),
          "1125899906842624");
  PY_REPR("gcd(3**80 * 5, 3**60 * 7)",
          call(M(gcd), 2, big("739044147071729616580416051031916488005"), big("296738107926513424600061032407")),
          "42391158275216203514294433201");
  PY_REPR("gcd(True, 4)",
          call(M(gcd), 2, YTRUE, I(4)),
          "1");
  PY_ERR("gcd(1, 1.5)",
         call(M(gcd), 2, I(1), F(0x1.8000000000000p+0)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("gcd(1.5, \"x\")",
         call(M(gcd), 2, F(0x1.8000000000000p+0), s("x")),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("gcd(1, 2, \"x\")",
         call(M(gcd), 3, I(1), I(2), s("x")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  PY_REPR("lcm()",
          call(M(lcm), 0),
          "1");
  PY_REPR("lcm(-4)",
          call(M(lcm), 1, I(-4)),
          "4");
  PY_REPR("lcm(4, 6)",
          call(M(lcm), 2, I(4), I(6)),
          "12");
  PY_REPR("lcm(-4, 6, 10)",
          call(M(lcm), 3, I(-4), I(6), I(10)),
          "60");
  PY_REPR("lcm(4, 0, 6)",
          call(M(lcm), 3, I(4), I(0), I(6)),
          "0");
  PY_REPR("lcm(0, 0)",
          call(M(lcm), 2, I(0), I(0)),
          "0");
  PY_REPR("lcm(2**70, 3**40)",
          call(M(lcm), 2, big("1180591620717411303424"), big("12157665459056928801")),
          "14353237968448109868972222216943775514624");
  PY_REPR("lcm(2**70, 2**80, 6)",
          call(M(lcm), 3, big("1180591620717411303424"), big("1208925819614629174706176"), I(6)),
          "3626777458843887524118528");
  PY_ERR("lcm(4, 2.0)",
         call(M(lcm), 2, I(4), F(0x1.0000000000000p+1)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("lcm(0, \"x\")",
         call(M(lcm), 2, I(0), s("x")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  /* factorial */
  PY_REPR("factorial(0)",
          call(M(factorial), 1, I(0)),
          "1");
  PY_REPR("factorial(1)",
          call(M(factorial), 1, I(1)),
          "1");
  PY_REPR("factorial(20)",
          call(M(factorial), 1, I(20)),
          "2432902008176640000");
  PY_REPR("factorial(21)",
          call(M(factorial), 1, I(21)),
          "51090942171709440000");
  PY_REPR("factorial(25)",
          call(M(factorial), 1, I(25)),
          "15511210043330985984000000");
  PY_REPR("factorial(True)",
          call(M(factorial), 1, YTRUE),
          "1");
  PY_REPR("mod(factorial(1000), 2**61 - 1)",
          mod(call(M(factorial), 1, I(1000)), I(2305843009213693951LL)),
          "1923665450338186562");
  PY_REPR("bitlen(factorial(1000))",
          bitlen(call(M(factorial), 1, I(1000))),
          "8530");
  PY_REPR("repr_len(factorial(1000))",
          repr_len(call(M(factorial), 1, I(1000))),
          "2568");
  PY_REPR("mod(factorial(5000), 10**30 + 57)",
          mod(call(M(factorial), 1, I(5000)), big("1000000000000000000000000000057")),
          "591819440321258423780907181081");
  PY_ERR("factorial(-1)",
         call(M(factorial), 1, I(-1)),
         "ValueError: factorial() not defined for negative values");
  PY_ERR("factorial(-(10**30))",
         call(M(factorial), 1, big("-1000000000000000000000000000000")),
         "ValueError: factorial() not defined for negative values");
  PY_ERR("factorial(10**30)",
         call(M(factorial), 1, big("1000000000000000000000000000000")),
         "OverflowError: factorial() argument should not exceed 9223372036854775807");
  PY_ERR("factorial(2.0)",
         call(M(factorial), 1, F(0x1.0000000000000p+1)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("factorial(\"5\")",
         call(M(factorial), 1, s("5")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  /* comb and perm */
  PY_REPR("comb(10, 3)",
          call(M(comb), 2, I(10), I(3)),
          "120");
  PY_REPR("comb(10, 0)",
          call(M(comb), 2, I(10), I(0)),
          "1");
  PY_REPR("comb(10, 10)",
          call(M(comb), 2, I(10), I(10)),
          "1");
  PY_REPR("comb(10, 11)",
          call(M(comb), 2, I(10), I(11)),
          "0");
  PY_REPR("comb(0, 0)",
          call(M(comb), 2, I(0), I(0)),
          "1");
  PY_REPR("comb(100, 50)",
          call(M(comb), 2, I(100), I(50)),
          "100891344545564193334812497256");
  PY_REPR("comb(1000, 3)",
          call(M(comb), 2, I(1000), I(3)),
          "166167000");
  PY_REPR("comb(10**30, 2)",
          call(M(comb), 2, big("1000000000000000000000000000000"), I(2)),
          "499999999999999999999999999999500000000000000000000000000000");
  PY_REPR("comb(10**30, 10**30 - 2)",
          call(M(comb), 2, big("1000000000000000000000000000000"), big("999999999999999999999999999998")),
          "499999999999999999999999999999500000000000000000000000000000");
  PY_REPR("comb(10**30, 10**30 + 5)",
          call(M(comb), 2, big("1000000000000000000000000000000"), big("1000000000000000000000000000005")),
          "0");
  PY_ERR("comb(10**30, 10**20)",
         call(M(comb), 2, big("1000000000000000000000000000000"), big("100000000000000000000")),
         "OverflowError: min(n - k, k) must not exceed 9223372036854775807");
  PY_REPR("comb(2**64, 1)",
          call(M(comb), 2, big("18446744073709551616"), I(1)),
          "18446744073709551616");
  PY_ERR("comb(-1, 2)",
         call(M(comb), 2, I(-1), I(2)),
         "ValueError: n must be a non-negative integer");
  PY_ERR("comb(5, -1)",
         call(M(comb), 2, I(5), I(-1)),
         "ValueError: k must be a non-negative integer");
  PY_ERR("comb(-1, -1)",
         call(M(comb), 2, I(-1), I(-1)),
         "ValueError: n must be a non-negative integer");
  PY_ERR("comb(5.0, 2)",
         call(M(comb), 2, F(0x1.4000000000000p+2), I(2)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("comb(5, 2.0)",
         call(M(comb), 2, I(5), F(0x1.0000000000000p+1)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("comb(5)",
         call(M(comb), 1, I(5)),
         "TypeError: comb expected 2 arguments, got 1");
  PY_ERR("comb(5, 2, 1)",
         call(M(comb), 3, I(5), I(2), I(1)),
         "TypeError: comb expected 2 arguments, got 3");
  PY_REPR("mod(comb(3000, 1500), 2**61 - 1)",
          mod(call(M(comb), 2, I(3000), I(1500)), I(2305843009213693951LL)),
          "849370129770527546");
  PY_REPR("perm(5)",
          call(M(perm), 1, I(5)),
          "120");
  PY_REPR("perm(5, None)",
          call(M(perm), 2, I(5), YNONE),
          "120");
  PY_REPR("perm(5, 2)",
          call(M(perm), 2, I(5), I(2)),
          "20");
  PY_REPR("perm(5, 0)",
          call(M(perm), 2, I(5), I(0)),
          "1");
  PY_REPR("perm(5, 6)",
          call(M(perm), 2, I(5), I(6)),
          "0");
  PY_REPR("perm(30, 25)",
          call(M(perm), 2, I(30), I(25)),
          "2210440498434925488635904000000");
  PY_REPR("perm(10**20, 3)",
          call(M(perm), 2, big("100000000000000000000"), I(3)),
          "999999999999999999970000000000000000000200000000000000000000");
  PY_ERR("perm(10**30, 10**20)",
         call(M(perm), 2, big("1000000000000000000000000000000"), big("100000000000000000000")),
         "OverflowError: k must not exceed 9223372036854775807");
  PY_ERR("perm(-1)",
         call(M(perm), 1, I(-1)),
         "ValueError: factorial() not defined for negative values");
  PY_ERR("perm(-1, 2)",
         call(M(perm), 2, I(-1), I(2)),
         "ValueError: n must be a non-negative integer");
  PY_ERR("perm(5, -1)",
         call(M(perm), 2, I(5), I(-1)),
         "ValueError: k must be a non-negative integer");
  PY_ERR("perm(5.0)",
         call(M(perm), 1, F(0x1.4000000000000p+2)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("perm(5, 2.0)",
         call(M(perm), 2, I(5), F(0x1.0000000000000p+1)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("perm()",
         call(M(perm), 0),
         "TypeError: perm expected at least 1 argument, got 0");
  PY_ERR("perm(1, 2, 3)",
         call(M(perm), 3, I(1), I(2), I(3)),
         "TypeError: perm expected at most 2 arguments, got 3");
  PY_REPR("perm(2**64, 2)",
          call(M(perm), 2, big("18446744073709551616"), I(2)),
          "340282366920938463444927863358058659840");
  /* isqrt */
  PY_REPR("isqrt(0)",
          call(M(isqrt), 1, I(0)),
          "0");
  PY_REPR("isqrt(1)",
          call(M(isqrt), 1, I(1)),
          "1");
  PY_REPR("isqrt(15)",
          call(M(isqrt), 1, I(15)),
          "3");
  PY_REPR("isqrt(16)",
          call(M(isqrt), 1, I(16)),
          "4");
  PY_REPR("isqrt(2**64 - 1)",
          call(M(isqrt), 1, big("18446744073709551615")),
          "4294967295");
  PY_REPR("isqrt(2**64)",
          call(M(isqrt), 1, big("18446744073709551616")),
          "4294967296");
  PY_REPR("isqrt(10**400)",
          call(M(isqrt), 1, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
          "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
  PY_REPR("isqrt(10**401)",
          call(M(isqrt), 1, big("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
          "316227766016837933199889354443271853371955513932521682685750485279259443863923822134424810837930029518734728415284005514854885603045388001469051959670015390334492165717925994065915015347411333948412408");
  PY_REPR("isqrt(True)",
          call(M(isqrt), 1, YTRUE),
          "1");
  PY_ERR("isqrt(-1)",
         call(M(isqrt), 1, I(-1)),
         "ValueError: isqrt() argument must be nonnegative");
  PY_ERR("isqrt(-(10**30))",
         call(M(isqrt), 1, big("-1000000000000000000000000000000")),
         "ValueError: isqrt() argument must be nonnegative");
  PY_ERR("isqrt(16.0)",
         call(M(isqrt), 1, F(0x1.0000000000000p+4)),
         "TypeError: 'float' object cannot be interpreted as an integer");
  PY_ERR("isqrt(\"16\")",
         call(M(isqrt), 1, s("16")),
         "TypeError: 'str' object cannot be interpreted as an integer");
  /* argument counts and keywords, in CPython's three styles */
  PY_ERR("sqrt()",
         call(M(sqrt), 0),
         "TypeError: math.sqrt() takes exactly one argument (0 given)");
  PY_ERR("sqrt(1, 2)",
         call(M(sqrt), 2, I(1), I(2)),
         "TypeError: math.sqrt() takes exactly one argument (2 given)");
  PY_ERR("sqrt(x=1)",
         callkw(M(sqrt), 0, 1, "x", I(1)),
         "TypeError: math.sqrt() takes no keyword arguments");
  PY_ERR("floor(1, 2)",
         call(M(floor), 2, I(1), I(2)),
         "TypeError: math.floor() takes exactly one argument (2 given)");
  PY_ERR("copysign(1)",
         call(M(copysign), 1, I(1)),
         "TypeError: copysign expected 2 arguments, got 1");
  PY_ERR("copysign(1, 2, 3)",
         call(M(copysign), 3, I(1), I(2), I(3)),
         "TypeError: copysign expected 2 arguments, got 3");
  PY_ERR("copysign(x=1, y=2)",
         callkw(M(copysign), 0, 2, "x", I(1), "y", I(2)),
         "TypeError: math.copysign() takes no keyword arguments");
  PY_ERR("atan2(1)",
         call(M(atan2), 1, I(1)),
         "TypeError: atan2 expected 2 arguments, got 1");
  PY_ERR("pow(2)",
         call(M(pow), 1, I(2)),
         "TypeError: pow expected 2 arguments, got 1");
  PY_ERR("ldexp(1)",
         call(M(ldexp), 1, I(1)),
         "TypeError: ldexp expected 2 arguments, got 1");
  PY_ERR("dist((1,))",
         call(M(dist), 1, T(1, I(1))),
         "TypeError: dist expected 2 arguments, got 1");
  PY_ERR("remainder()",
         call(M(remainder), 0),
         "TypeError: remainder expected 2 arguments, got 0");
  PY_ERR("nextafter(1)",
         call(M(nextafter), 1, I(1)),
         "TypeError: nextafter expected 2 arguments, got 1");
  PY_ERR("fmod(1, 2, 3)",
         call(M(fmod), 3, I(1), I(2), I(3)),
         "TypeError: fmod expected 2 arguments, got 3");
  PY_ERR("log()",
         call(M(log), 0),
         "TypeError: math.log requires 1 to 2 arguments");
  PY_ERR("log(1, 2, 3)",
         call(M(log), 3, I(1), I(2), I(3)),
         "TypeError: math.log requires 1 to 2 arguments");
  PY_ERR("log(8, base=2)",
         callkw(M(log), 1, 1, I(8), "base", I(2)),
         "TypeError: log() takes no keyword arguments");
  PY_ERR("log2()",
         call(M(log2), 0),
         "TypeError: math.log2() takes exactly one argument (0 given)");
  PY_ERR("gcd(a=1)",
         callkw(M(gcd), 0, 1, "a", I(1)),
         "TypeError: math.gcd() takes no keyword arguments");
  PY_ERR("lcm(1, b=2)",
         callkw(M(lcm), 1, 1, I(1), "b", I(2)),
         "TypeError: math.lcm() takes no keyword arguments");
  PY_ERR("hypot(x=1)",
         callkw(M(hypot), 0, 1, "x", I(1)),
         "TypeError: math.hypot() takes no keyword arguments");
  PY_ERR("fsum()",
         call(M(fsum), 0),
         "TypeError: math.fsum() takes exactly one argument (0 given)");
  PY_ERR("fsum([1], [2])",
         call(M(fsum), 2, L(1, I(1)), L(1, I(2))),
         "TypeError: math.fsum() takes exactly one argument (2 given)");
  PY_ERR("factorial()",
         call(M(factorial), 0),
         "TypeError: math.factorial() takes exactly one argument (0 given)");
  PY_ERR("factorial(n=3)",
         callkw(M(factorial), 0, 1, "n", I(3)),
         "TypeError: math.factorial() takes no keyword arguments");
  PY_ERR("isqrt(1, 2)",
         call(M(isqrt), 2, I(1), I(2)),
         "TypeError: math.isqrt() takes exactly one argument (2 given)");
  PY_ERR("comb(n=5, k=2)",
         callkw(M(comb), 0, 2, "n", I(5), "k", I(2)),
         "TypeError: math.comb() takes no keyword arguments");
  PY_ERR("perm(5, k=2)",
         callkw(M(perm), 1, 1, I(5), "k", I(2)),
         "TypeError: math.perm() takes no keyword arguments");
  PY_ERR("frexp(x=1.0)",
         callkw(M(frexp), 0, 1, "x", F(0x1.0000000000000p+0)),
         "TypeError: math.frexp() takes no keyword arguments");
  PY_ERR("modf()",
         call(M(modf), 0),
         "TypeError: math.modf() takes exactly one argument (0 given)");
  PY_ERR("trunc()",
         call(M(trunc), 0),
         "TypeError: math.trunc() takes exactly one argument (0 given)");
  PY_ERR("gamma(1, 2)",
         call(M(gamma), 2, I(1), I(2)),
         "TypeError: math.gamma() takes exactly one argument (2 given)");

  /* cbrt and exp2 (new in 3.11) */
  PY_REPR("cbrt(27)",
          call(M(cbrt), 1, I(27)),
          "3.0000000000000004");
  PY_REPR("cbrt(-8)",
          call(M(cbrt), 1, I(-8)),
          "-2.0");
  PY_REPR("cbrt(2)",
          call(M(cbrt), 1, I(2)),
          "1.2599210498948734");
  PY_REPR("cbrt(-0.0)",
          call(M(cbrt), 1, F(-0.0)),
          "-0.0");
  PY_REPR("cbrt(inf)",
          call(M(cbrt), 1, F(INFINITY)),
          "inf");
  PY_ERR("cbrt(\"x\")",
         call(M(cbrt), 1, s("x")),
         "TypeError: must be real number, not str");
  PY_REPR("exp2(10)",
          call(M(exp2), 1, I(10)),
          "1024.0");
  PY_REPR("exp2(0.5)",
          call(M(exp2), 1, F(0x1.0000000000000p-1)),
          "1.4142135623730951");
  PY_REPR("exp2(-1075)",
          call(M(exp2), 1, I(-1075)),
          "0.0");
  PY_ERR("exp2(1024)",
         call(M(exp2), 1, I(1024)),
         "OverflowError: math range error");
  PY_REPR("exp2(-inf)",
          call(M(exp2), 1, F(-INFINITY)),
          "0.0");

  /* logs of ints just below and past the largest float */
  PY_REPR("log(2**1024 - 2**970 - 1)",
          call(M(log), 1, big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")),
          "709.782712893384");
  PY_REPR("log(2**1024 - 2**970)",
          call(M(log), 1, big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792")),
          "709.782712893384");
  PY_REPR("log2(2**1024 - 2**970 - 1)",
          call(M(log2), 1, big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")),
          "1024.0");
  PY_REPR("log10(2**1024 - 1)",
          call(M(log10), 1, big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215")),
          "308.25471555991675");
  PY_REPR("log(2**1024 - 1, 2)",
          call(M(log), 2, big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215"), I(2)),
          "1024.0");

  yrt_decref(math);
  return unit_done("test_math");
}
