/*
 * math.c: the math module of CPython 3.11: its constants and the functions
 * of floats (the exact integer functions are math_int.c).
 *
 * Design
 * ------
 * The module is one of yrt_modules.h's.  Every function is a YRT_MFUNC_KW:
 * yrt_math_<name> takes positional arguments, yrt_math_kw_<name> a call
 * with keywords, which all but prod() and isclose() refuse with CPython's
 * "math.sqrt() takes no keyword arguments".  The argument-count errors are
 * CPython's too, in the three styles its functions use (METH_O "math.sqrt()
 * takes exactly one argument (2 given)", the positional-only Argument
 * Clinic "copysign expected 2 arguments, got 1", and math.log's own).
 *
 * A float argument is converted as PyFloat_AsDouble does: a float, an int
 * of any size (correctly rounded; OverflowError "int too large to convert
 * to float"), a bool, or an instance of a program's class with __float__
 * (which must return a float) or __index__; anything else is TypeError
 * "must be real number, not str".
 *
 * Errors follow CPython's math_1/math_2 rules on the C library's results:
 * a NaN from non-NaN arguments is ValueError("math domain error"), an
 * infinity from finite arguments is OverflowError("math range error") for
 * the functions that can overflow (exp, cosh, ...) and ValueError for the
 * others (a singularity, as log1p(-1)).  The functions CPython implements
 * itself rather than take from libm are implemented here with the same
 * algorithm, so that their results are bit for bit CPython's: gamma and
 * lgamma (Lanczos' approximation, N=13, with the reflection formula),
 * atan2, remainder, pow, fmod, log, log2, log10 (their special cases),
 * fsum (Shewchuk's exact partial sums, rounded half to even), hypot and
 * dist (3.11's vector_norm: power-of-two scaling, Veltkamp-Dekker
 * splitting, compensated summation and one differential correction of the
 * square root), isclose, ulp.
 *
 * floor, ceil and trunc of a float give an int (big when needed); on an
 * instance of a program's class they call its __floor__, __ceil__ or
 * __trunc__ as CPython does (found on the class; the bound method is then
 * the attribute of the instance, which an instance attribute of the same
 * name could shadow, where CPython would not look).
 *
 * The constants pi, e, tau, inf and nan are YRT_MVALUEs set statically.
 *
 * Every public name of CPython 3.11's math is here.  Differences: fsum
 * and hypot abort rather than raise MemoryError when memory runs out, and
 * __float__ and __index__ are only reached by the compiler once it lets a
 * class define them (sema.c refuses them while float(), int() and
 * indexing do not call them).
 */
#include "rt.h"

#include <errno.h>
#include <float.h>
#include <math.h>

#define PI 3.141592653589793238462643383279502884197
#define LOGPI 1.144729885849400174143427351353058711647

YValue yrt_m_math_pi = {.tag = YT_FLOAT, .u = {.f = PI}};
YValue yrt_m_math_e = {.tag = YT_FLOAT, .u = {.f = 2.718281828459045235360287471352662498}};
YValue yrt_m_math_tau = {.tag = YT_FLOAT, .u = {.f = 2 * PI}};
YValue yrt_m_math_inf = {.tag = YT_FLOAT, .u = {.f = HUGE_VAL}};
YValue yrt_m_math_nan = {.tag = YT_FLOAT, .u = {.f = NAN}};

/* ===================================================================== */
/* Arguments                                                              */
/* ===================================================================== */

/* The entry point for keywords of a function that takes none. */
#define NO_KEYWORDS(n)                                                                   \
  YValue yrt_math_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) { \
    (void)argc, (void)argv, (void)nkw, (void)kwnames;                                    \
    return yrt_raise_msg(&yrt_exc_TypeError, "math.%s() takes no keyword arguments", #n); \
  }

/* NAME(x): METH_O's argument check, then n##_of(x). */
#define FUNC_O(n)                                                                              \
  static YValue n##_of(YValue x);                                                              \
  YValue yrt_math_##n(int argc, const YValue *argv) {                                          \
    if (argc != 1)                                                                             \
      return yrt_raise_msg(&yrt_exc_TypeError, "math.%s() takes exactly one argument (%d given)", #n, argc); \
    return n##_of(argv[0]);                                                                    \
  }                                                                                            \
  NO_KEYWORDS(n)

/* NAME(x, y), positional only: Argument Clinic's check, then n##_of(x, y). */
#define FUNC_2(n)                                                                              \
  static YValue n##_of(YValue x, YValue y);                                                    \
  YValue yrt_math_##n(int argc, const YValue *argv) {                                          \
    if (argc != 2)                                                                             \
      return yrt_raise_msg(&yrt_exc_TypeError, "%s expected 2 arguments, got %d", #n, argc);   \
    return n##_of(argv[0], argv[1]);                                                           \
  }                                                                                            \
  NO_KEYWORDS(n)

static YStr s___float__ = YRT_STR_LIT("__float__", 9, 9);
static YStr s___floor__ = YRT_STR_LIT("__floor__", 9, 9);
static YStr s___ceil__ = YRT_STR_LIT("__ceil__", 8, 8);
static YStr s___trunc__ = YRT_STR_LIT("__trunc__", 9, 9);

/* Call v's special method `name` (a str) without arguments, if v's class
 * (a program's) defines it: the result, or unbound when it does not. */
static YValue call_special(YValue v, YStr *name) {
  if (!yrt_heap_obj(v) || YIS_UNBOUND(yrt_mro_lookup(v.u.o->type, yobj(name)))) return YUNBOUND;
  YValue m = yrt_getattr_str(v, yobj(name));
  if (YIS_ERR(m)) return m;
  YValue r = yrt_call(m, 0, NULL);
  yrt_decref(m);
  return r;
}

int yrt_math_double(YValue v, double *out) {
  if (v.tag == YT_FLOAT) {
    *out = v.u.f;
    return 0;
  }
  if (yrt_is_int(v)) return yrt_int_to_double(v, out);
  YValue r = call_special(v, &s___float__);
  if (YIS_ERR(r)) return -1;
  if (!YIS_UNBOUND(r)) {
    if (r.tag != YT_FLOAT) {
      yrt_raise_msg(&yrt_exc_TypeError, "%s.__float__ returned non-float (type %s)", yrt_tname(v), yrt_tname(r));
      yrt_decref(r);
      return -1;
    }
    *out = r.u.f;
    return 0;
  }
  if (!YIS_UNBOUND(yrt_special_find(v, YN___index__))) {
    YValue i = yrt_math_index(v);
    if (YIS_ERR(i)) return -1;
    int rc = yrt_int_to_double(i, out);
    yrt_decref(i);
    return rc;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "must be real number, not %s", yrt_tname(v));
  return -1;
}

YValue yrt_math_index(YValue v) {
  if (yrt_is_intlike(v)) return yint(v.u.i);
  if (yrt_is_big(v)) return yrt_incref(v);
  YValue r = yrt_special(v, YN___index__, 0, NULL);
  if (YIS_ERR(r)) return r;
  if (YIS_UNBOUND(r))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", yrt_tname(v));
  if (!yrt_is_int(r)) {
    yrt_raise_msg(&yrt_exc_TypeError, "__index__ returned non-int (type %s)", yrt_tname(r));
    yrt_decref(r);
    return YERROR;
  }
  if (r.tag == YT_BOOL) r = yint(r.u.i);
  return r;
}

/* ===================================================================== */
/* Errors from the C library's results                                    */
/* ===================================================================== */

YRT_COLD static YValue domain_error(void) { return yrt_raise_msg(&yrt_exc_ValueError, "math domain error"); }
YRT_COLD static YValue range_error(void) { return yrt_raise_msg(&yrt_exc_OverflowError, "math range error"); }

/* CPython's is_error: the exception errno (set) calls for with result r,
 * or r itself (ERANGE on an underflow is no error). */
static YValue check_errno(double r) {
  if (errno == EDOM) return domain_error();
  if (errno == ERANGE && fabs(r) >= 1.5) return range_error();
  return yfloat(r);
}

/* f(x) under math_1's rules (see the design comment). */
static YValue math_1(YValue arg, double (*f)(double), int can_overflow) {
  double x, r;
  if (yrt_math_double(arg, &x) < 0) return YERROR;
  errno = 0;
  r = f(x);
  if (isnan(r) && !isnan(x)) return domain_error();
  if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
  if (isfinite(r) && errno) return check_errno(r);
  return yfloat(r);
}

/* f(x) for a function that sets errno itself (math_1a). */
static YValue math_1a(YValue arg, double (*f)(double)) {
  double x, r;
  if (yrt_math_double(arg, &x) < 0) return YERROR;
  errno = 0;
  r = f(x);
  return errno ? check_errno(r) : yfloat(r);
}

/* f(x, y) under math_2's rules. */
static YValue math_2(YValue a, YValue b, double (*f)(double, double)) {
  double x, y, r;
  if (yrt_math_double(a, &x) < 0 || yrt_math_double(b, &y) < 0) return YERROR;
  errno = 0;
  r = f(x, y);
  if (isnan(r))
    errno = !isnan(x) && !isnan(y) ? EDOM : 0;
  else if (isinf(r))
    errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
  return errno ? check_errno(r) : yfloat(r);
}

/* ===================================================================== */
/* The functions of one float                                             */
/* ===================================================================== */

#define LIBM_1(n, f, can_overflow) \
  FUNC_O(n)                        \
  static YValue n##_of(YValue x) { return math_1(x, f, can_overflow); }

LIBM_1(acos, acos, 0)
LIBM_1(acosh, acosh, 0)
LIBM_1(asin, asin, 0)
LIBM_1(asinh, asinh, 0)
LIBM_1(atan, atan, 0)
LIBM_1(atanh, atanh, 0)
LIBM_1(cbrt, cbrt, 0)
LIBM_1(cos, cos, 0)
LIBM_1(cosh, cosh, 1)
LIBM_1(exp, exp, 1)
LIBM_1(exp2, exp2, 1)
LIBM_1(expm1, expm1, 1)
LIBM_1(fabs, fabs, 0)
LIBM_1(sin, sin, 0)
LIBM_1(sinh, sinh, 1)
LIBM_1(sqrt, sqrt, 0)
LIBM_1(tan, tan, 0)
LIBM_1(tanh, tanh, 0)

/* log1p keeps the sign of a zero. */
static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }
LIBM_1(log1p, m_log1p, 0)

/* erf and erfc are the C library's (CPython 3.11's on a C99 libm). */
FUNC_O(erf)
static YValue erf_of(YValue x) { return math_1a(x, erf); }
FUNC_O(erfc)
static YValue erfc_of(YValue x) { return math_1a(x, erfc); }

/* ---- gamma and lgamma ------------------------------------------------------ */

/* sin(pi * x) for finite x, exact at the integers (the reflection formula
 * needs it). */
static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0), r;
  switch ((int)round(2.0 * y)) {
  case 0: r = sin(PI * y); break;
  case 1: r = cos(PI * (y - 0.5)); break;
  case 2: r = sin(PI * (1.0 - y)); break; /* not -sin(pi*(y-1)): that is -0.0 at y == 1 */
  case 3: r = -cos(PI * (y - 1.5)); break;
  default: r = sin(PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/* Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375
 * (Boost's parameters), its sum written as a rational function. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* The denominator: x (x+1) ... (x+11), expanded. */
static const double lanczos_den[LANCZOS_N] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                              45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                              1925.0,     66.0,       1.0};

/* L_g(x) for x > 0; in 1/x beyond 5 so that it cannot overflow. */
static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* gamma(1) .. gamma(23), exact. */
static const double gamma_integral[23] = {
    1.0,          1.0,           2.0,            6.0,             24.0,             120.0,
    720.0,        5040.0,        40320.0,        362880.0,        3628800.0,        39916800.0,
    479001600.0,  6227020800.0,  87178291200.0,  1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
    1124000727777607680000.0};

/* The gamma function; errno EDOM at the poles and for -inf, ERANGE on
 * overflow. */
static double m_tgamma(double x) {
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return copysign(HUGE_VAL, x);
  }
  if (x == floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= 23) return gamma_integral[(int)x - 1];
  }
  double absx = fabs(x), r;
  if (absx < 1e-20) { /* gamma(x) ~ 1/x near 0 */
    r = 1.0 / x;
    if (isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) { /* overflows above, underflows below -200 */
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + lanczos_g_minus_half, z;
  /* z: the rounding error of y, which pow and exp would magnify; the
   * result is corrected by the factor 1 + z * g / y. */
  if (absx > lanczos_g_minus_half) {
    double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      double sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      double sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isinf(r)) errno = ERANGE;
  return r;
}

/* log(|gamma(x)|); errno EDOM at the poles, ERANGE on overflow. */
static double m_lgamma(double x) {
  if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = fabs(x);
  if (absx < 1e-20) return -log(absx);
  double r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r; /* reflection */
  if (isinf(r)) errno = ERANGE;
  return r;
}

FUNC_O(gamma)
static YValue gamma_of(YValue x) { return math_1a(x, m_tgamma); }
FUNC_O(lgamma)
static YValue lgamma_of(YValue x) { return math_1a(x, m_lgamma); }

/* ---- conversions, classification --------------------------------------------- */

FUNC_O(degrees)
static YValue degrees_of(YValue v) {
  double x;
  return yrt_math_double(v, &x) < 0 ? YERROR : yfloat(x * (180.0 / PI));
}

FUNC_O(radians)
static YValue radians_of(YValue v) {
  double x;
  return yrt_math_double(v, &x) < 0 ? YERROR : yfloat(x * (PI / 180.0));
}

FUNC_O(isfinite)
static YValue isfinite_of(YValue v) {
  double x;
  return yrt_math_double(v, &x) < 0 ? YERROR : ybool(isfinite(x));
}

FUNC_O(isinf)
static YValue isinf_of(YValue v) {
  double x;
  return yrt_math_double(v, &x) < 0 ? YERROR : ybool(isinf(x));
}

FUNC_O(isnan)
static YValue isnan_of(YValue v) {
  double x;
  return yrt_math_double(v, &x) < 0 ? YERROR : ybool(isnan(x));
}

FUNC_O(ulp)
static YValue ulp_of(YValue v) {
  double x;
  if (yrt_math_double(v, &x) < 0) return YERROR;
  if (isnan(x)) return yfloat(x);
  x = fabs(x);
  if (isinf(x)) return yfloat(x);
  double x2 = nextafter(x, HUGE_VAL);
  if (isinf(x2)) return yfloat(x - nextafter(x, -HUGE_VAL)); /* x is the largest float */
  return yfloat(x2 - x);
}

/* (m, e) with x == m * 2**e, 0.5 <= |m| < 1; (x, 0) for 0, inf and nan. */
FUNC_O(frexp)
static YValue frexp_of(YValue v) {
  double x;
  if (yrt_math_double(v, &x) < 0) return YERROR;
  int e = 0;
  if (isfinite(x) && x != 0.0) x = frexp(x, &e);
  YValue items[2] = {yfloat(x), yint(e)};
  return yrt_tuple_new(2, items);
}

/* (fractional part, integral part), both with x's sign. */
FUNC_O(modf)
static YValue modf_of(YValue v) {
  double x, ip;
  if (yrt_math_double(v, &x) < 0) return YERROR;
  YValue items[2];
  if (isinf(x)) {
    items[0] = yfloat(copysign(0.0, x));
    items[1] = yfloat(x);
  } else if (isnan(x)) {
    items[0] = items[1] = yfloat(x);
  } else {
    double fp = modf(x, &ip);
    items[0] = yfloat(fp);
    items[1] = yfloat(ip);
  }
  return yrt_tuple_new(2, items);
}

/* ---- floor, ceil, trunc ------------------------------------------------------- */

/* int(f) for a float that is already integral: CPython's PyLong_FromDouble. */
static YValue int_of_double(double f) {
  if (isnan(f)) return yrt_raise_msg(&yrt_exc_ValueError, "cannot convert float NaN to integer");
  if (isinf(f)) return yrt_raise_msg(&yrt_exc_OverflowError, "cannot convert float infinity to integer");
  if (f < -9223372036854775808.0 || f >= 9223372036854775808.0) return yrt_int_from_double(f);
  return yint((int64_t)f);
}

/* floor(x) or ceil(x): an int's own __floor__ / __ceil__ (itself), a
 * class's method, or the float's. */
static YValue round_to_int(YValue v, YStr *special, double (*f)(double)) {
  if (v.tag != YT_FLOAT) {
    if (yrt_is_int(v)) return yrt_math_index(v);
    YValue r = call_special(v, special);
    if (!YIS_UNBOUND(r)) return r;
  }
  double x;
  if (yrt_math_double(v, &x) < 0) return YERROR;
  return int_of_double(f(x));
}

FUNC_O(floor)
static YValue floor_of(YValue v) { return round_to_int(v, &s___floor__, floor); }
FUNC_O(ceil)
static YValue ceil_of(YValue v) { return round_to_int(v, &s___ceil__, ceil); }

FUNC_O(trunc)
static YValue trunc_of(YValue v) {
  if (v.tag == YT_FLOAT) return int_of_double(trunc(v.u.f));
  if (yrt_is_int(v)) return yrt_math_index(v);
  YValue r = call_special(v, &s___trunc__);
  if (!YIS_UNBOUND(r)) return r;
  return yrt_raise_msg(&yrt_exc_TypeError, "type %s doesn't define __trunc__ method", yrt_tname(v));
}

/* ---- logarithms ---------------------------------------------------------------- */

/* log, log2 and log10 with the special cases done here (errno EDOM for
 * zero and the negatives). */
static double m_log(double x) {
  if (isfinite(x)) {
    if (x > 0.0) return log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

static double m_log2(double x) {
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return log2(x);
  errno = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x) {
  if (isfinite(x)) {
    if (x > 0.0) return log10(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

/* f(x) for an int x of any size (an int too big for a float: from its
 * frexp, f(m) + f(2) * e), else as math_1. */
static YValue log_helper(YValue x, double (*f)(double)) {
  if (!yrt_is_int(x)) return math_1(x, f, 0);
  if (yrt_int_sign(x) <= 0) return domain_error();
  double d;
  if (yrt_int_to_double(x, &d) == 0) return yfloat(f(d));
  yrt_decref(yrt_fetch_exc()); /* OverflowError: past the largest float */
  int64_t e;
  double m = yrt_int_frexp(x, &e);
  return yfloat(f(m) + f(2.0) * (double)e);
}

/* log(x[, base]) */
YValue yrt_math_log(int argc, const YValue *argv) {
  if (argc < 1 || argc > 2) return yrt_raise_msg(&yrt_exc_TypeError, "math.log requires 1 to 2 arguments");
  YValue num = log_helper(argv[0], m_log);
  if (YIS_ERR(num) || argc == 1) return num;
  YValue den = log_helper(argv[1], m_log);
  if (YIS_ERR(den)) return den;
  return yrt_truediv(num, den);
}

YValue yrt_math_kw_log(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  (void)argc, (void)argv, (void)nkw, (void)kwnames;
  return yrt_raise_msg(&yrt_exc_TypeError, "log() takes no keyword arguments");
}

FUNC_O(log2)
static YValue log2_of(YValue x) { return log_helper(x, m_log2); }
FUNC_O(log10)
static YValue log10_of(YValue x) { return log_helper(x, m_log10); }

/* ===================================================================== */
/* The functions of two floats                                            */
/* ===================================================================== */

FUNC_2(copysign)
static YValue copysign_of(YValue x, YValue y) { return math_2(x, y, copysign); }

FUNC_2(nextafter)
static YValue nextafter_of(YValue a, YValue b) {
  double x, y;
  if (yrt_math_double(a, &x) < 0 || yrt_math_double(b, &y) < 0) return YERROR;
  return yfloat(nextafter(x, y));
}

/* atan2 with C99's special cases done here. */
static double m_atan2(double y, double x) {
  if (isnan(x) || isnan(y)) return NAN;
  if (isinf(y)) {
    if (isinf(x)) return copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (isinf(x) || y == 0.0) return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
  return atan2(y, x);
}
FUNC_2(atan2)
static YValue atan2_of(YValue y, YValue x) { return math_2(y, x, m_atan2); }

/* IEEE 754 remainder: x - n*y for the integer n nearest x/y, the even one
 * on a tie; exact. */
static double m_remainder(double x, double y) {
  if (isfinite(x) && isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), r;
    /* Compare m with absy - m (exact whenever it matters), not 0.5*absy
     * (which could underflow). */
    double c = absy - m;
    if (m < c)
      r = m;
    else if (m > c)
      r = -c;
    else /* a tie: m if the multiple below is even, else -m */
      r = m - 2.0 * fmod(0.5 * (absx - m), absy);
    return copysign(1.0, x) * r;
  }
  if (isnan(x)) return x;
  if (isnan(y)) return y;
  if (isinf(x)) return NAN;
  return x; /* y infinite */
}
FUNC_2(remainder)
static YValue remainder_of(YValue x, YValue y) { return math_2(x, y, m_remainder); }

FUNC_2(fmod)
static YValue fmod_of(YValue a, YValue b) {
  double x, y;
  if (yrt_math_double(a, &x) < 0 || yrt_math_double(b, &y) < 0) return YERROR;
  if (isinf(y) && isfinite(x)) return yfloat(x);
  errno = 0;
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
  return yfloat(r);
}

FUNC_2(pow)
static YValue pow_of(YValue a, YValue b) {
  double x, y, r;
  if (yrt_math_double(a, &x) < 0 || yrt_math_double(b, &y) < 0) return YERROR;
  if (!isfinite(x) || !isfinite(y)) { /* C99's special values, done here */
    if (isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = odd_y ? x : fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = odd_y ? copysign(0.0, x) : 0.0;
    } else { /* y infinite */
      if (fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && fabs(x) > 1.0)
        r = y;
      else if (y < 0.0 && fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
    return yfloat(r);
  }
  r = pow(x, y);
  if (isnan(r)) return domain_error();              /* negative ** non-integer */
  if (isinf(r)) return x == 0.0 ? domain_error() : range_error(); /* 0 ** negative, overflow */
  return yfloat(r);
}

/* ldexp(x, i): i must be an int; an exponent beyond C's int saturates. */
FUNC_2(ldexp)
static YValue ldexp_of(YValue a, YValue i) {
  double x;
  if (yrt_math_double(a, &x) < 0) return YERROR;
  if (!yrt_is_int(i)) return yrt_raise_msg(&yrt_exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  yrt_int_clamp(i, &e);
  if (x == 0.0 || !isfinite(x)) return yfloat(x);
  if (e > INT32_MAX) return range_error();
  if (e < INT32_MIN) return yfloat(copysign(0.0, x));
  double r = ldexp(x, (int)e);
  return isinf(r) ? range_error() : yfloat(r);
}

/* ===================================================================== */
/* isclose                                                                */
/* ===================================================================== */

static const char *const isclose_names[] = {"a", "b", "rel_tol", "abs_tol"};

YValue yrt_math_kw_isclose(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (argc + nkw <= 4 && argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", argc);
  YValue arg[4];
  if (yrt_args_kw("isclose", isclose_names, 4, 2, 2, argc, argv, nkw, kwnames, arg) < 0) return YERROR;
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (yrt_math_double(arg[0], &a) < 0 || yrt_math_double(arg[1], &b) < 0) return YERROR;
  if (!YIS_UNBOUND(arg[2]) && yrt_math_double(arg[2], &rel_tol) < 0) return YERROR;
  if (!YIS_UNBOUND(arg[3]) && yrt_math_double(arg[3], &abs_tol) < 0) return YERROR;
  if (rel_tol < 0.0 || abs_tol < 0.0) return yrt_raise_msg(&yrt_exc_ValueError, "tolerances must be non-negative");
  if (a == b) return YTRUE; /* two infinities of the same sign too */
  if (isinf(a) || isinf(b)) return YFALSE;
  double diff = fabs(b - a);
  return ybool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

YValue yrt_math_isclose(int argc, const YValue *argv) { return yrt_math_kw_isclose(argc, argv, 0, NULL); }

/* ===================================================================== */
/* fsum                                                                   */
/* ===================================================================== */

/* The exact sum, kept as a list of non-overlapping partial sums in
 * increasing magnitude (Shewchuk), then rounded once, half to even. */
static YValue fsum_of(YValue seq) {
  YValue it = yrt_iter(seq);
  if (YIS_ERR(it)) return it;
  double small[32], *p = small;
  int64_t n = 0, cap = 32;
  double special_sum = 0.0, inf_sum = 0.0;
  volatile double hi, yr, lo = 0.0; /* volatile: no algebraic shortcuts, no extended precision */
  YValue item, result = YERROR;
  int r;
  while ((r = yrt_next(it, &item)) == 1) {
    double x, y, t;
    int bad = yrt_math_double(item, &x) < 0;
    yrt_decref(item);
    if (bad) goto out;
    double xsave = x;
    int64_t i = 0;
    for (int64_t j = 0; j < n; j++) {
      y = p[j];
      if (fabs(x) < fabs(y)) {
        t = x;
        x = y;
        y = t;
      }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        /* From an inf or nan summand, or from an overflow. */
        if (isfinite(xsave)) {
          yrt_raise_msg(&yrt_exc_OverflowError, "intermediate overflow in fsum");
          goto out;
        }
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        if (n >= cap) {
          cap *= 2;
          if (p == small) {
            p = yrt_malloc((size_t)cap * sizeof *p);
            memcpy(p, small, sizeof small);
          } else {
            p = yrt_realloc(p, (size_t)cap * sizeof *p);
          }
        }
        p[n++] = x;
      }
    }
  }
  if (r < 0) goto out;
  yrt_decref(item);
  if (special_sum != 0.0) {
    result = isnan(inf_sum) ? yrt_raise_msg(&yrt_exc_ValueError, "-inf + inf in fsum") : yfloat(special_sum);
    goto out;
  }
  hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    /* Add the partials from the top while the sum stays exact. */
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    /* Half to even across partials: a tie that the next partial breaks
     * rounds the other way. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  result = yfloat(hi);
out:
  if (p != small) free(p);
  yrt_decref(it);
  return result;
}

FUNC_O(fsum)

/* ===================================================================== */
/* hypot and dist                                                         */
/* ===================================================================== */

/* sqrt(sum(x*x for x in vec)) for n values 0 <= x <= max, nearly always
 * correctly rounded: CPython 3.11's vector_norm (see the design comment). */
static double vector_norm(int64_t n, const double *vec, double max, int found_nan) {
  const double T27 = 134217729.0; /* 2**27 + 1, Veltkamp's splitter */
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, t, hi, lo, h;
  int max_e;
  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  frexp(max, &max_e);
  if (max_e >= -1023) {
    scale = ldexp(1.0, -max_e); /* every x * scale below 1, the largest at least 0.5 */
    for (int64_t i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27; /* x = hi + lo, each half the bits */
      hi = t - (t - x);
      lo = x - hi;
      /* csum (starting at 1.0, above every term) gathers hi*hi and
       * 2*hi*lo, each addition's error going to its own frac; lo*lo is
       * below csum's last bit. */
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* The differential correction: subtract h*h exactly from the sum, and
     * adjust h by the first-order term of sqrt(h*h + x). */
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  /* max is subnormal: 2**-max_e would overflow, so divide by max. */
  for (int64_t i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * sqrt(csum - 1.0 + frac1);
}

YValue yrt_math_hypot(int argc, const YValue *argv) {
  double small[16], *v = argc > 16 ? yrt_malloc((size_t)argc * sizeof *v) : small, max = 0.0;
  int found_nan = 0;
  YValue r = YERROR;
  for (int i = 0; i < argc; i++) {
    double x;
    if (yrt_math_double(argv[i], &x) < 0) goto out;
    x = fabs(x);
    v[i] = x;
    found_nan |= isnan(x);
    if (x > max) max = x;
  }
  r = yfloat(vector_norm(argc, v, max, found_nan));
out:
  if (v != small) free(v);
  return r;
}
NO_KEYWORDS(hypot)

/* p or q of dist as a tuple (owned). */
static YValue as_tuple(YValue v) {
  if (yrt_is_tuple(v)) return yrt_incref(v);
  YValue l = yrt_list_from_iterable(v);
  if (YIS_ERR(l)) return l;
  YValue t = yrt_tuple_new(YLIST(l)->len, YLIST(l)->items);
  yrt_decref(l);
  return t;
}

FUNC_2(dist)
static YValue dist_of(YValue pv, YValue qv) {
  YValue p = as_tuple(pv);
  if (YIS_ERR(p)) return p;
  YValue q = as_tuple(qv);
  if (YIS_ERR(q)) {
    yrt_decref(p);
    return q;
  }
  int64_t n = YTUPLE(p)->len;
  YValue r = YERROR;
  double small[16], *v = small, max = 0.0;
  if (n != YTUPLE(q)->len) {
    yrt_raise_msg(&yrt_exc_ValueError, "both points must have the same number of dimensions");
    goto out;
  }
  if (n > 16) v = yrt_malloc((size_t)n * sizeof *v);
  int found_nan = 0;
  for (int64_t i = 0; i < n; i++) {
    double px, qx;
    if (yrt_math_double(YTUPLE(p)->items[i], &px) < 0 || yrt_math_double(YTUPLE(q)->items[i], &qx) < 0) goto out;
    double x = fabs(px - qx);
    v[i] = x;
    found_nan |= isnan(x);
    if (x > max) max = x;
  }
  r = yfloat(vector_norm(n, v, max, found_nan));
out:
  if (v != small) free(v);
  yrt_decref(p);
  yrt_decref(q);
  return r;
}

/* ===================================================================== */
/* prod                                                                   */
/* ===================================================================== */

static const char *const prod_names[] = {"iterable", "start"};

/* prod(iterable, /, *, start=1): start * item * item ..., left to right,
 * with the ordinary `*` (CPython's fast paths for ints and floats give the
 * same results). */
YValue yrt_math_kw_prod(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (argc + nkw <= 2 && argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", argc);
  YValue arg[2];
  if (yrt_args_kw("prod", prod_names, 2, 1, 1, argc, argv, nkw, kwnames, arg) < 0) return YERROR;
  YValue it = yrt_iter(arg[0]);
  if (YIS_ERR(it)) return it;
  YValue acc = YIS_UNBOUND(arg[1]) ? yint(1) : yrt_incref(arg[1]), item;
  int r;
  while ((r = yrt_next(it, &item)) == 1) {
    YValue m = yrt_mul(acc, item);
    yrt_decref(acc);
    yrt_decref(item);
    acc = m;
    if (YIS_ERR(acc)) break;
  }
  if (r == 0) yrt_decref(item);
  yrt_decref(it);
  if (r < 0) {
    yrt_decref(acc);
    return YERROR;
  }
  return acc;
}

YValue yrt_math_prod(int argc, const YValue *argv) { return yrt_math_kw_prod(argc, argv, 0, NULL); }
