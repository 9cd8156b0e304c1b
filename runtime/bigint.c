/*
 * bigint.c: ints beyond 64 bits, on GMP's mpz.
 *
 * Design
 * ------
 * An int is a YValue with tag YT_INT (the payload an int64_t) whenever its
 * value fits in 64 bits, and a heap YBigInt (type int, kind YK_INT: a YObj
 * and an mpz_t) only when it does not.  Every result is normalised: a value
 * that fits is always YT_INT, a YBigInt never holds one.  So each int has
 * exactly one representation, and ==, hash and dict keys can compare tags
 * and payloads first.  type(x) is int for both, isinstance(x, int) holds,
 * and repr is the same.
 *
 * The small-int fast paths stay where they were (yieldrt.h's inline + - *,
 * number.c's other operators), allocation-free: they detect overflow with
 * __builtin_*_overflow and only then call here.  This file is the slow path
 * for any operand or result past 64 bits.  A small operand is seen as a
 * read-only mpz over one limb on the C stack (mpz_roinit_n), so mixing a
 * small and a big int copies nothing.  GMP does the arithmetic; this file
 * adds what Python defines on top of it:
 *   - floor division and modulo (mpz_fdiv_*), and bitwise operations with
 *     two's complement semantics on negative numbers (GMP's own);
 *   - conversions to float correctly rounded (round half to even, from the
 *     exact value), true division int / int correctly rounded from the
 *     exact quotient, both with CPython's OverflowError messages;
 *   - hashes as CPython's: |n| modulo 2**61 - 1 with n's sign, so a big int
 *     hashes like the equal float;
 *   - pow(a, b, m), with a negative b through the modular inverse (3.8+);
 *   - the 4300-digit limit of CPython 3.11 on int <-> decimal str
 *     conversions (sys.set_int_max_str_digits' default, which the subset
 *     cannot change), with CPython's messages.
 * Results CPython could only produce by exhausting memory (a shift or power
 * beyond 2**36 bits) raise MemoryError here instead of letting GMP abort;
 * a left shift that CPython refuses outright (more 30-bit digits than its
 * ints can have) raises its OverflowError "too many digits in integer".
 *
 * Int literals beyond 64 bits are made once, on first evaluation, by
 * yrt_int_const: the compiler passes the literal's decimal digits as a C
 * string, and the immortal YBigInt is remembered by that string's address.
 *
 * GMP's limbs must be 64 bits without nails (every 64-bit platform): a
 * small int is then one limb.
 */
#include "rt.h"

#include <float.h>
#include <gmp.h>
#include <math.h>

#if GMP_NUMB_BITS != 64 || GMP_NAIL_BITS != 0
#error "bigint.c assumes GMP's 64-bit limbs without nails"
#endif

/* An int that does not fit in 64 bits. */
typedef struct YBigInt {
  YObj ob;
  mpz_t z; /* never a value in int64_t's range */
} YBigInt;

/* The largest result, in bits, this runtime asks GMP to build. */
#define MAX_BITS ((uint64_t)1 << 36)


void yrt_big_dealloc(YObj *o) {
  mpz_clear(((YBigInt *)o)->z);
  free(o);
}

/* ===================================================================== */
/* Between YValues and mpz                                                */
/* ===================================================================== */

/* A read-only mpz view of an int (small, big or bool), made without
 * allocating: a small value is one limb in `t`. */
typedef struct View {
  mpz_t z;
  mp_limb_t limb;
} View;

static mpz_srcptr view(YValue v, View *t) {
  if (v.tag == YT_OBJ) return ((const YBigInt *)v.u.o)->z;
  int64_t i = v.u.i;
  t->limb = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
  return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0);
}

/* Does z fit in int64_t?  Then *out is its value. */
static int fits64(mpz_srcptr z, int64_t *out) {
  size_t n = mpz_size(z);
  if (n > 1) return 0;
  uint64_t m = n ? mpz_getlimbn(z, 0) : 0;
  if (mpz_sgn(z) >= 0) {
    if (m > (uint64_t)INT64_MAX) return 0;
    *out = (int64_t)m;
  } else {
    if (m > (uint64_t)1 << 63) return 0;
    *out = m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m;
  }
  return 1;
}

/* The value of r as an int: YT_INT when it fits (r is cleared), else a new
 * YBigInt that takes r's limbs.  r is left cleared either way. */
static YValue finish(mpz_t r) {
  int64_t i;
  if (fits64(r, &i)) {
    mpz_clear(r);
    return yint(i);
  }
  YBigInt *b = yrt_obj_new(&yrt_type_int, sizeof *b);
  mpz_init(b->z);
  mpz_swap(b->z, r);
  mpz_clear(r);
  return yobj(b);
}

YRT_COLD static YValue memory_error(void) { return yrt_raise(yobj((void *)&yrt_exc_MemoryError)); }

/* Whether CPython refuses x << y (y >= 0) with OverflowError "too many digits
 * in integer" rather than failing to allocate it: when the result would
 * need more 30-bit digits than a PyLongObject can have, which only a shift
 * count beyond 64 bits reaches (long_lshift1 and _PyLong_New; a huge word
 * shift is clipped to PY_SSIZE_T_MAX / 4, the remainder then dropped). */
static int too_many_digits(mpz_srcptr x, mpz_srcptr y) {
  if (mpz_fits_ulong_p(y)) return 0;
  const uint64_t max_digits = ((uint64_t)INT64_MAX - 24) / 4, clip = (uint64_t)INT64_MAX / 4;
  mpz_t w;
  mpz_init(w);
  uint64_t rem = mpz_fdiv_q_ui(w, y, 30), words = clip;
  if (mpz_cmp_ui(w, clip) < 0)
    words = mpz_get_ui(w);
  else
    rem = 0;
  mpz_clear(w);
  uint64_t size = (mpz_sizeinbase(x, 2) + 29) / 30;
  return size + words + (rem != 0) > max_digits;
}

/* ===================================================================== */
/* Arithmetic                                                             */
/* ===================================================================== */

YValue yrt_int_binop(YIntOp op, YValue a, YValue b) {
  View va, vb;
  mpz_srcptr x = view(a, &va), y = view(b, &vb);
  mpz_t r;
  mpz_init(r);
  switch (op) {
  case YI_ADD: mpz_add(r, x, y); break;
  case YI_SUB: mpz_sub(r, x, y); break;
  case YI_MUL: mpz_mul(r, x, y); break;
  case YI_FLOORDIV:
  case YI_MOD:
    if (mpz_sgn(y) == 0) {
      mpz_clear(r);
      return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "%s",
                           op == YI_MOD ? "integer modulo by zero"
                                        : "integer division or modulo by zero");
    }
    if (op == YI_MOD)
      mpz_fdiv_r(r, x, y);
    else
      mpz_fdiv_q(r, x, y);
    break;
  case YI_POW: /* y >= 0 (number.c takes negative exponents to float) */
    if (mpz_cmpabs_ui(x, 1) <= 0) {
      /* 0, 1 and -1 to any power: no need to look at the size of y. */
      if (mpz_sgn(x) == 0)
        mpz_set_ui(r, mpz_sgn(y) == 0);
      else
        mpz_set_si(r, mpz_sgn(x) < 0 && mpz_odd_p(y) ? -1 : 1);
      break;
    }
    if (!mpz_fits_ulong_p(y) ||
        (uint64_t)mpz_sizeinbase(x, 2) * mpz_get_ui(y) > MAX_BITS) {
      mpz_clear(r);
      return memory_error();
    }
    mpz_pow_ui(r, x, mpz_get_ui(y));
    break;
  case YI_LSHIFT:
  case YI_RSHIFT:
    if (mpz_sgn(y) < 0) {
      mpz_clear(r);
      return yrt_raise_msg(&yrt_exc_ValueError, "negative shift count");
    }
    if (op == YI_RSHIFT) {
      if (mpz_cmp_ui(y, MAX_BITS) >= 0 && mpz_sizeinbase(x, 2) < MAX_BITS)
        mpz_set_si(r, mpz_sgn(x) < 0 ? -1 : 0); /* every bit shifted out */
      else
        mpz_fdiv_q_2exp(r, x, mpz_get_ui(y)); /* floor: Python's >> */
    } else if (mpz_sgn(x) != 0) {
      if (mpz_cmp_ui(y, MAX_BITS) >= 0 || mpz_sizeinbase(x, 2) + mpz_get_ui(y) > MAX_BITS) {
        mpz_clear(r);
        return too_many_digits(x, y) ? yrt_raise_msg(&yrt_exc_OverflowError, "too many digits in integer")
                                     : memory_error();
      }
      mpz_mul_2exp(r, x, mpz_get_ui(y));
    }
    break;
  case YI_AND: mpz_and(r, x, y); break;
  case YI_OR: mpz_ior(r, x, y); break;
  case YI_XOR: mpz_xor(r, x, y); break;
  default: yrt_unreachable();
  }
  return finish(r);
}

YValue yrt_int_unop(YIntOp op, YValue a) {
  View va;
  mpz_srcptr x = view(a, &va);
  mpz_t r;
  mpz_init(r);
  switch (op) {
  case YI_NEG: mpz_neg(r, x); break;
  case YI_ABS: mpz_abs(r, x); break;
  case YI_INVERT: mpz_com(r, x); break;
  default: yrt_unreachable();
  }
  return finish(r);
}

YValue yrt_int_powmod(YValue a, YValue b, YValue m) {
  View va, vb, vm;
  mpz_srcptr x = view(a, &va), e = view(b, &vb), n = view(m, &vm);
  if (mpz_sgn(n) == 0) return yrt_raise_msg(&yrt_exc_ValueError, "pow() 3rd argument cannot be 0");
  mpz_t r, base, mod;
  mpz_inits(r, base, mod, NULL);
  mpz_abs(mod, n);
  mpz_set(base, x);
  if (mpz_sgn(e) < 0 && !mpz_invert(base, x, mod)) {
    mpz_clears(r, base, mod, NULL);
    return yrt_raise_msg(&yrt_exc_ValueError, "base is not invertible for the given modulus");
  }
  if (mpz_cmp_ui(mod, 1) == 0) {
    mpz_set_ui(r, 0);
  } else {
    mpz_t ae;
    mpz_init(ae);
    mpz_abs(ae, e);
    mpz_powm(r, base, ae, mod); /* in [0, |m|) */
    mpz_clear(ae);
  }
  /* The result takes the sign of m, as % does. */
  if (mpz_sgn(n) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
  mpz_clears(base, mod, NULL);
  return finish(r);
}

int yrt_int_cmp(YValue a, YValue b) {
  View va, vb;
  int c = mpz_cmp(view(a, &va), view(b, &vb));
  return c < 0 ? -1 : c > 0;
}

int yrt_int_cmp_float(YValue a, double f) {
  if (isnan(f)) return 2;
  View va;
  int c = mpz_cmp_d(view(a, &va), f); /* exact, and defined for infinities */
  return c < 0 ? -1 : c > 0;
}

int yrt_int_sign(YValue a) {
  View va;
  return mpz_sgn(view(a, &va));
}

/* ===================================================================== */
/* To and from float                                                      */
/* ===================================================================== */

/* |x| / |y| (y != 0; y NULL for 1) correctly rounded to a double, half to
 * even, subnormals included; 0, or -1 if it overflows. */
static int ratio_to_double(mpz_srcptr x, mpz_srcptr y, double *out) {
  if (mpz_sgn(x) == 0) {
    *out = 0.0;
    return 0;
  }
  long xbits = (long)mpz_sizeinbase(x, 2), ybits = y ? (long)mpz_sizeinbase(y, 2) : 1;
  long diff = xbits - ybits; /* the quotient is in [2**(diff-1), 2**(diff+1)) */
  if (diff > DBL_MAX_EXP) return -1;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = 0.0;
    return 0;
  }
  /* q = |x| / |y| scaled by 2**-shift to DBL_MANT_DIG + 2 or 3 bits (fewer
   * only for a subnormal result), truncated; `inexact` says if anything
   * was lost. */
  long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  mpz_t q, rem;
  mpz_inits(q, rem, NULL);
  int inexact = 0;
  if (shift <= 0) {
    mpz_mul_2exp(q, x, (mp_bitcnt_t)-shift);
  } else {
    mpz_tdiv_q_2exp(q, x, (mp_bitcnt_t)shift);
    inexact = mpz_scan1(x, 0) < (mp_bitcnt_t)shift;
  }
  mpz_abs(q, q);
  if (y) {
    mpz_tdiv_qr(q, rem, q, y);
    mpz_abs(q, q);
    inexact |= mpz_sgn(rem) != 0;
  }
  uint64_t qv = mpz_getlimbn(q, 0); /* q < 2**57 */
  mpz_clears(q, rem, NULL);
  long qbits = 64 - __builtin_clzll(qv);
  /* Drop the bits below the double's precision, rounding half to even. */
  long extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t half = (uint64_t)1 << (extra - 1);
  /* Up when past half, or at half with an odd last kept bit (2 * half). */
  uint64_t low = qv | (uint64_t)inexact;
  if ((low & half) && (low & (3 * half - 1))) low += half;
  qv = low & ~(2 * half - 1);
  double d = ldexp((double)qv, (int)shift);
  if (isinf(d)) return -1;
  *out = d;
  return 0;
}

int yrt_int_to_double(YValue v, double *out) {
  if (v.tag != YT_OBJ) {
    *out = (double)v.u.i; /* C rounds to nearest, ties to even */
    return 0;
  }
  mpz_srcptr z = ((const YBigInt *)v.u.o)->z;
  if (ratio_to_double(z, NULL, out) < 0) {
    yrt_raise_msg(&yrt_exc_OverflowError, "int too large to convert to float");
    return -1;
  }
  if (mpz_sgn(z) < 0) *out = -*out;
  return 0;
}

YValue yrt_int_truediv(YValue a, YValue b) {
  View va, vb;
  mpz_srcptr x = view(a, &va), y = view(b, &vb);
  if (mpz_sgn(y) == 0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "division by zero");
  double d;
  if (ratio_to_double(x, y, &d) < 0)
    return yrt_raise_msg(&yrt_exc_OverflowError, "integer division result too large for a float");
  return yfloat((mpz_sgn(x) < 0) != (mpz_sgn(y) < 0) ? -d : d);
}

YValue yrt_int_from_double(double f) {
  mpz_t r;
  mpz_init_set_d(r, f); /* truncates; f is finite */
  return finish(r);
}

/* ===================================================================== */
/* To and from text                                                       */
/* ===================================================================== */

YValue yrt_int_too_many_digits(int64_t n) {
  if (n < 0)
    return yrt_raise_msg(&yrt_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         YRT_MAX_STR_DIGITS);
  return yrt_raise_msg(&yrt_exc_ValueError,
                       "Exceeds the limit (%d digits) for integer string conversion: value has "
                       "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                       YRT_MAX_STR_DIGITS, (long long)n);
}

char *yrt_int_digits(YValue v, int base, int upper, size_t *len, int *neg) {
  View va;
  mpz_srcptr z = view(v, &va);
  size_t cap = mpz_sizeinbase(z, base) + 2; /* exact or one too many, the sign */
  if (base == 10 && cap - 2 > YRT_MAX_STR_DIGITS + 1) {
    yrt_int_too_many_digits(-1);
    return NULL;
  }
  char *s = yrt_malloc(cap);
  mpz_get_str(s, upper ? -base : base, z);
  *neg = s[0] == '-';
  if (*neg) memmove(s, s + 1, strlen(s));
  *len = strlen(s);
  if (base == 10 && *len > YRT_MAX_STR_DIGITS) {
    free(s);
    yrt_int_too_many_digits(-1);
    return NULL;
  }
  return s;
}

YValue yrt_int_repr(YValue v) {
  size_t n;
  int neg;
  char *s = yrt_int_digits(v, 10, 0, &n, &neg);
  if (!s) return YERROR;
  YStr *r = yrt_str_alloc((int64_t)n + neg, (int64_t)n + neg);
  char *p = yrt_str_buf(r);
  if (neg) *p++ = '-';
  memcpy(p, s, n + 1);
  free(s);
  return yobj(r);
}

YValue yrt_int_from_digits(const char *digits, size_t n, int base, int neg) {
  if (base & (base - 1) && n > YRT_MAX_STR_DIGITS) {
    return yrt_int_too_many_digits((int64_t)n);
  }
  mpz_t r;
  mpz_init(r);
  mpz_set_str(r, digits, base); /* valid: the caller checked every digit */
  if (neg) mpz_neg(r, r);
  return finish(r);
}

/* Ints as arrays of 32-bit words, least significant first (random.c's
 * seeds and getrandbits, which CPython defines on such words). */
YValue yrt_int_from_u32(const uint32_t *words, size_t n) {
  mpz_t r;
  mpz_init(r);
  mpz_import(r, n, -1, sizeof *words, 0, 0, words);
  return finish(r);
}

uint32_t *yrt_int_to_u32(YValue v, size_t *n) {
  View t;
  mpz_srcptr z = view(v, &t);
  size_t count = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 31) / 32 : 1;
  uint32_t *w = yrt_calloc(count, sizeof *w);
  mpz_export(w, NULL, -1, sizeof *w, 0, 0, z); /* |z|; nothing written for 0 */
  *n = count;
  return w;
}

/* The literals the compiler hands over, by the address of their digits: an
 * open-addressing table (a power of two, at most half full). */
static struct {
  const char **keys;
  YValue *vals;
  size_t n, cap;
} consts;

static size_t const_slot(const char *digits) {
  size_t i = (size_t)(((uintptr_t)digits >> 3) * 0x9E3779B97F4A7C15u);
  for (i &= consts.cap - 1; consts.keys[i] && consts.keys[i] != digits; i = (i + 1) & (consts.cap - 1)) {
  }
  return i;
}

YValue yrt_int_const(const char *digits) {
  if (consts.cap) {
    size_t i = const_slot(digits);
    if (consts.keys[i]) return consts.vals[i];
  }
  if (2 * (consts.n + 1) > consts.cap) {
    const char **keys = consts.keys;
    YValue *vals = consts.vals;
    size_t cap = consts.cap;
    consts.cap = cap ? 2 * cap : 64;
    consts.keys = yrt_calloc(consts.cap, sizeof *consts.keys);
    consts.vals = yrt_calloc(consts.cap, sizeof *consts.vals);
    for (size_t j = 0; j < cap; j++)
      if (keys[j]) {
        size_t i = const_slot(keys[j]);
        consts.keys[i] = keys[j];
        consts.vals[i] = vals[j];
      }
    free(keys);
    free(vals);
  }
  mpz_t r;
  mpz_init_set_str(r, digits, 10);
  YValue v = finish(r);
  if (v.tag == YT_OBJ) v.u.o->refcnt = YRT_IMMORTAL;
  size_t i = const_slot(digits);
  consts.keys[i] = digits;
  consts.vals[i] = v;
  consts.n++;
  return v;
}

/* ===================================================================== */
/* Hash, index, round                                                     */
/* ===================================================================== */

int64_t yrt_int_hash(YValue v) {
  View va;
  mpz_srcptr z = view(v, &va);
  const unsigned long modulus = ((unsigned long)1 << 61) - 1;
  int64_t h = (int64_t)mpz_tdiv_ui(z, modulus); /* |z| mod 2**61 - 1 */
  if (mpz_sgn(z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

int yrt_int_clamp(YValue v, int64_t *out) {
  if (v.tag != YT_OBJ) {
    *out = v.u.i;
    return 0;
  }
  *out = mpz_sgn(((const YBigInt *)v.u.o)->z) < 0 ? INT64_MIN : INT64_MAX;
  return 1;
}

YValue yrt_int_round(YValue x, YValue ndigits) {
  View vx, vn;
  mpz_srcptr n = view(ndigits, &vn);
  if (mpz_sgn(n) >= 0) return yrt_incref(x);
  mpz_srcptr z = view(x, &vx);
  /* 10**k with k = -ndigits: beyond the number's size the result is 0. */
  if (mpz_cmpabs_ui(n, mpz_sizeinbase(z, 10) + 1) > 0) return yint(0);
  unsigned long k = (unsigned long)-mpz_get_si(n); /* small: checked above */
  mpz_t p, q, r, twice;
  mpz_inits(p, q, r, twice, NULL);
  mpz_ui_pow_ui(p, 10, k);
  mpz_fdiv_qr(q, r, z, p); /* z = q*p + r, 0 <= r < p */
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  mpz_clears(p, r, twice, NULL);
  return finish(q);
}

/* ===================================================================== */
/* int.bit_length(), int.bit_count()                                      */
/* ===================================================================== */

int64_t yrt_int_bits(YValue v, int count) {
  View t;
  mpz_srcptr z = view(v, &t);
  if (mpz_sgn(z) == 0) return 0;
  if (!count) return (int64_t)mpz_sizeinbase(z, 2);
  if (mpz_sgn(z) > 0) return (int64_t)mpz_popcount(z);
  mpz_t a;
  mpz_init(a);
  mpz_neg(a, z);
  int64_t c = (int64_t)mpz_popcount(a);
  mpz_clear(a);
  return c;
}
