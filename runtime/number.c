/*
 * number.c: int, float and bool: their types, int(), float() and bool(),
 * and arithmetic.
 *
 * Design
 * ------
 * Bools, floats and ints that fit in 64 bits are unboxed YValues, and
 * every operation on them works on the payload without allocating.  The
 * int/int cases of +, - and * are inline in yieldrt.h; the rest is here,
 * each operator with its 64-bit fast path first.  An int operation whose
 * operand or result does not fit in 64 bits goes to bigint.c (GMP), which
 * returns a normalised result: YT_INT again whenever it fits.  The binary
 * operators also do what CPython's abstract.c does for the sequences: +
 * concatenates str, list and tuple, * repeats them, and % on a str formats
 * (format.c).
 *
 * Mixed int and float operations convert the int as CPython does: float(n)
 * correctly rounded, or OverflowError("int too large to convert to
 * float").  int / int is correctly rounded: directly in double when both
 * operands are below 2**53 (each is then exact), from the exact quotient
 * otherwise (bigint.c).  Floats follow CPython's rules (floor division and
 * modulo take the sign of the divisor, with CPython's float divmod and
 * float_pow special cases).  One divergence: a negative float to a
 * fractional power, a complex number in CPython, raises
 * ValueError("math domain error").
 *
 * & | ^ ~ << >> work on ints of any size with Python's infinite two's
 * complement semantics (on int64 payloads C's operators already have it);
 * & | ^ of two bools is a bool.

 * int() and float() parse str with CPython's grammar: surrounding white
 * space, underscores between digits, base prefixes, Unicode decimal digits
 * (unicode.c), inf and nan.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#include <math.h>
#include <strings.h>

static YValue int_call(const YType *t, int argc, const YValue *argv);
static YValue float_call(const YType *t, int argc, const YValue *argv);
static YValue bool_call(const YType *t, int argc, const YValue *argv);

/* The instances of bool and float are unboxed; YK_OTHER is never
 * dispatched on for them.  Ints are unboxed too, except the ones beyond 64
 * bits: YK_INT objects (bigint.c). */
YRT_DEFINE_TYPE(yrt_type_int, "int", &yrt_type_object, YK_INT, int_call);
YRT_DEFINE_TYPE(yrt_type_bool, "bool", &yrt_type_int, YK_OTHER, bool_call);
YRT_DEFINE_TYPE(yrt_type_float, "float", &yrt_type_object, YK_OTHER, float_call);

/* ===================================================================== */
/* Arithmetic                                                             */
/* ===================================================================== */

YValue yrt_overflow(void) { return yrt_raise_msg(&yrt_exc_OverflowError, "integer overflow"); }

YValue yrt_index_overflow(const YType *exc) {
  return yrt_raise_msg(exc, "cannot fit 'int' into an index-sized integer");
}

/* Both operands as doubles, an int converted as float(n) does; 0, or -1
 * and OverflowError. */
static int to_doubles(YValue a, YValue b, double *x, double *y) {
  if (a.tag == YT_FLOAT)
    *x = a.u.f;
  else if (yrt_int_to_double(a, x) < 0)
    return -1;
  if (b.tag == YT_FLOAT)
    *y = b.u.f;
  else if (yrt_int_to_double(b, y) < 0)
    return -1;
  return 0;
}

/* Are both number kinds (yrt_num_kind) ints of some size? */
static inline int both_ints(int ka, int kb) { return ka & kb & 1; }

/* Where no builtin type handles an operator, an instance of a program's
 * class may: its special methods (class.c) come before the TypeError. */
YRT_COLD static YValue binop_error(const char *op, YValue a, YValue b) {
  if (yrt_heap_obj(a) || yrt_heap_obj(b)) {
    YValue r = yrt_heap_binop(op, a, b);
    if (!YIS_UNBOUND(r)) return r;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                       yrt_tname(a), yrt_tname(b));
}

/* a op b by a sequence operator of a runtime type (YTypeOps), fn(seq,
 * other): when the other operand is an instance of a program's class, its
 * special methods go first, as CPython tries the nb_ slots before the sq_
 * ones. */
YValue yrt_ops_binop(const char *op, YValue a, YValue b, YValue (*fn)(YObj *, YValue), YValue seq, YValue other) {
  if (yrt_heap_obj(other)) {
    YValue r = yrt_heap_binop(op, a, b);
    if (!YIS_UNBOUND(r)) return r;
  }
  return fn(seq.u.o, other);
}

YRT_COLD static YValue concat_error(YValue a, YValue b) {
  if (yrt_heap_obj(b)) return binop_error("+", a, b);
  return yrt_raise_msg(&yrt_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                       yrt_tname(a), yrt_tname(b), yrt_tname(a));
}

/* seq * n for str, list and tuple (n already an int that fits). */
static YValue seq_repeat(YValue seq, int64_t n) {
  if (n < 0) n = 0;
  if (yrt_is_bytes(seq)) return yrt_bytes_repeat(seq, n);
  if (yrt_is_str(seq)) {
    const YStr *s = YSTR(seq);
    if (n == 1) return yrt_incref(seq);
    if (n == 0 || s->len == 0) return yobj(&yrt_str_empty);
    if (s->len > INT64_MAX / 2 / n)
      return yrt_raise_msg(&yrt_exc_OverflowError, "repeated string is too long");
    YStr *r = yrt_str_alloc(s->len * n, s->nchars * n);
    for (int64_t i = 0; i < n; i++) memcpy(yrt_str_buf(r) + i * s->len, s->data, (size_t)s->len);
    return yobj(r);
  }
  int64_t len;
  YValue *items = yrt_seq_items(seq, &len);
  if (len && n > (INT64_MAX / 16) / len) return yrt_index_overflow(&yrt_exc_OverflowError);
  int64_t total = len * n;
  if (yrt_is_tuple(seq)) {
    if (n == 1) return yrt_incref(seq);
    if (total == 0) return yobj(&yrt_tuple_empty);
    YTuple *t = yrt_tuple_alloc(total);
    for (int64_t i = 0; i < total; i++) t->items[i] = yrt_incref(items[i % len]);
    return yobj(t);
  }
  YList *l = yrt_list_alloc(total);
  for (int64_t i = 0; i < total; i++) l->items[i] = yrt_incref(items[i % len]);
  l->len = total;
  return yobj(l);
}

static int is_seq(YValue v) { return yrt_is_str(v) || yrt_is_list(v) || yrt_is_tuple(v) || yrt_is_bytes(v); }

YValue yrt_add_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (!__builtin_add_overflow(a.u.i, b.u.i, &r)) return yint(r);
    }
    if (both_ints(ka, kb)) return yrt_int_binop(YI_ADD, a, b);
    double x, y;
    if (to_doubles(a, b, &x, &y) < 0) return YERROR;
    return yfloat(x + y);
  }
  if (yrt_is_str(a)) return yrt_is_str(b) ? yrt_str_concat2(YSTR(a), YSTR(b)) : concat_error(a, b);
  if (yrt_is_bytes(a)) return yrt_heap_obj(b) ? binop_error("+", a, b) : yrt_bytes_concat(a, b);
  if (yrt_is_list(a)) {
    if (!yrt_is_list(b)) return concat_error(a, b);
    YList *x = YLIST(a), *y = YLIST(b);
    YList *l = yrt_list_alloc(x->len + y->len);
    for (int64_t i = 0; i < x->len; i++) l->items[l->len++] = yrt_incref(x->items[i]);
    for (int64_t i = 0; i < y->len; i++) l->items[l->len++] = yrt_incref(y->items[i]);
    return yobj(l);
  }
  if (yrt_is_tuple(a)) {
    if (!yrt_is_tuple(b)) return concat_error(a, b);
    YTuple *x = YTUPLE(a), *y = YTUPLE(b);
    if (y->len == 0) return yrt_incref(a);
    if (x->len == 0) return yrt_incref(b);
    YTuple *t = yrt_tuple_alloc(x->len + y->len);
    for (int64_t i = 0; i < x->len; i++) t->items[i] = yrt_incref(x->items[i]);
    for (int64_t i = 0; i < y->len; i++) t->items[x->len + i] = yrt_incref(y->items[i]);
    return yobj(t);
  }
  const YTypeOps *ops = yrt_ops_of(a);
  if (ops && ops->concat) return yrt_ops_binop("+", a, b, ops->concat, a, b);
  return binop_error("+", a, b);
}

YValue yrt_sub_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (!__builtin_sub_overflow(a.u.i, b.u.i, &r)) return yint(r);
    }
    if (both_ints(ka, kb)) return yrt_int_binop(YI_SUB, a, b);
    double x, y;
    if (to_doubles(a, b, &x, &y) < 0) return YERROR;
    return yfloat(x - y);
  }
  YValue r = yrt_set_binop(YI_SUB, a, b);
  return YIS_UNBOUND(r) ? binop_error("-", a, b) : r;
}

YValue yrt_mul_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (!__builtin_mul_overflow(a.u.i, b.u.i, &r)) return yint(r);
    }
    if (both_ints(ka, kb)) return yrt_int_binop(YI_MUL, a, b);
    double x, y;
    if (to_doubles(a, b, &x, &y) < 0) return YERROR;
    return yfloat(x * y);
  }
  const YTypeOps *oa = yrt_ops_of(a), *ob = yrt_ops_of(b);
  if ((oa && oa->repeat) || (ob && ob->repeat && !is_seq(a))) {
    YValue seq = oa && oa->repeat ? a : b, n = oa && oa->repeat ? b : a;
    return yrt_ops_binop("*", a, b, yrt_ops_of(seq)->repeat, seq, n);
  }
  if (is_seq(a) || is_seq(b)) {
    YValue seq = is_seq(a) ? a : b, n = is_seq(a) ? b : a;
    if (yrt_heap_obj(n)) return binop_error("*", a, b);
    if (yrt_is_big(n)) return yrt_index_overflow(&yrt_exc_OverflowError);
    if (!yrt_is_intlike(n))
      return yrt_raise_msg(&yrt_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                           yrt_tname(n));
    return seq_repeat(seq, n.u.i);
  }
  return binop_error("*", a, b);
}

YRT_NOINLINE static YValue truediv_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (!ka || !kb) return binop_error("/", a, b);
  if (both_ints(ka, kb)) return yrt_int_truediv(a, b);
  double x, y;
  if (to_doubles(a, b, &x, &y) < 0) return YERROR;
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float division by zero");
  return yfloat(x / y);
}

YValue yrt_truediv(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    /* Exact operands give a correctly rounded quotient. */
    const int64_t lim = (int64_t)1 << 53;
    int64_t x = a.u.i, y = b.u.i;
    if (YRT_LIKELY(y != 0 && x > -lim && x < lim && y > -lim && y < lim))
      return yfloat((double)x / (double)y);
  } else if (a.tag == YT_FLOAT && b.tag == YT_FLOAT && YRT_LIKELY(b.u.f != 0.0)) {
    return yfloat(a.u.f / b.u.f);
  }
  return truediv_slow(a, b);
}

/* CPython's float divmod (floatobject.c): floor quotient and modulo with
 * the divisor's sign, exact signed zeros. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
  double m = fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

/* The fast paths of // and % are leaves: everything else is a tail call
 * to an out-of-line slow path, so the int64 case saves no registers. */
YRT_NOINLINE static YValue floordiv_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (!ka || !kb) return binop_error("//", a, b);
  if (both_ints(ka, kb)) return yrt_int_binop(YI_FLOORDIV, a, b);
  double x, y, q, m;
  if (to_doubles(a, b, &x, &y) < 0) return YERROR;
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float floor division by zero");
  float_divmod(x, y, &q, &m);
  return yfloat(q);
}

YValue yrt_floordiv_slow(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    int64_t x = a.u.i, y = b.u.i;
    if (YRT_LIKELY(y != 0 && !(x == INT64_MIN && y == -1))) {
      int64_t q = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) q--;
      return yint(q);
    }
  }
  return floordiv_slow(a, b);
}

YRT_NOINLINE static YValue mod_slow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (!ka || !kb) {
    /* str.__mod__ goes first, and never declines: only a subclass of str
     * gets to try its __rmod__ before it. */
    if (yrt_is_str(a) && !(yrt_heap_obj(b) && yrt_subclass(yrt_typeof(b), yrt_typeof(a))))
      return yrt_str_percent(a, b);
    return binop_error("%", a, b);
  }
  if (both_ints(ka, kb)) return yrt_int_binop(YI_MOD, a, b);
  double x, y, q, m;
  if (to_doubles(a, b, &x, &y) < 0) return YERROR;
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float modulo");
  float_divmod(x, y, &q, &m);
  return yfloat(m);
}

YValue yrt_mod_slow(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    int64_t x = a.u.i, y = b.u.i;
    if (y == -1) return yint(0);
    if (YRT_LIKELY(y != 0)) {
      int64_t r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return yint(r);
    }
  }
  return mod_slow(a, b);
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* float ** float with CPython's special cases (floatobject.c float_pow). */
static YValue float_pow(double iv, double iw) {
  if (iw == 0.0) return yfloat(1.0);
  if (isnan(iv)) return yfloat(iv);
  if (isnan(iw)) return yfloat(iv == 1.0 ? 1.0 : iw);
  if (isinf(iw)) {
    iv = fabs(iv);
    if (iv == 1.0) return yfloat(1.0);
    return yfloat((iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
  }
  if (isinf(iv)) {
    int odd = is_odd_integer(iw);
    if (iw > 0.0) return yfloat(odd ? iv : fabs(iv));
    return yfloat(odd ? copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0)
      return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return yfloat(is_odd_integer(iw) ? iv : 0.0);
  }
  int negate = 0;
  if (iv < 0.0) {
    if (iw != floor(iw))
      /* CPython returns a complex number; yieldc has none. */
      return yrt_raise_msg(&yrt_exc_ValueError, "math domain error");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return yfloat(negate ? -1.0 : 1.0);
  double r = pow(iv, iw);
  if (isinf(r)) return yrt_raise_msg(&yrt_exc_OverflowError, "(34, 'Numerical result out of range')");
  return yfloat(negate ? -r : r);
}

YValue yrt_pow(YValue a, YValue b) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  if (!ka || !kb) return binop_error("** or pow()", a, b);
  if (ka == 1 && kb == 1 && b.u.i >= 0) {
    int64_t base = a.u.i, e = b.u.i, r = 1;
    for (;;) {
      if ((e & 1) && __builtin_mul_overflow(r, base, &r)) break;
      e >>= 1;
      if (!e) return yint(r);
      if (__builtin_mul_overflow(base, base, &base)) break;
    }
    return yrt_int_binop(YI_POW, a, b); /* overflow: again, in GMP */
  }
  if (both_ints(ka, kb)) {
    if (yrt_int_sign(b) >= 0) return yrt_int_binop(YI_POW, a, b);
    /* A negative exponent: float(a) ** float(b), as CPython. */
    if (yrt_int_sign(a) == 0)
      return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  double x, y;
  if (to_doubles(a, b, &x, &y) < 0) return YERROR;
  return float_pow(x, y);
}

/* An int operator with no float form (<< >> & | ^) past its 64-bit fast
 * path: GMP does it, or a TypeError. */
static YValue int_only(const char *sym, YIntOp op, YValue a, YValue b) {
  if (!yrt_is_int(a) || !yrt_is_int(b)) {
    YValue r = yrt_set_binop(op, a, b); /* | & ^ of sets */
    return YIS_UNBOUND(r) ? binop_error(sym, a, b) : r;
  }
  return yrt_int_binop(op, a, b);
}

YValue yrt_lshift(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b) && (uint64_t)b.u.i < 64) {
    int64_t x = a.u.i, s = b.u.i;
    /* x << s fits when x's bits above position 63 - s are all copies of its sign */
    if ((x >> (63 - s)) == 0 || (x >> (63 - s)) == -1) return yint((int64_t)((uint64_t)x << s));
  }
  return int_only("<<", YI_LSHIFT, a, b);
}

YValue yrt_rshift(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b) && b.u.i >= 0)
    return yint(b.u.i > 63 ? (a.u.i < 0 ? -1 : 0) : a.u.i >> b.u.i); /* arithmetic shift */
  return int_only(">>", YI_RSHIFT, a, b);
}

YValue yrt_and(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    YValue r = yint(a.u.i & b.u.i);
    if (a.tag == YT_BOOL && b.tag == YT_BOOL) r.tag = YT_BOOL;
    return r;
  }
  return int_only("&", YI_AND, a, b);
}

YValue yrt_or(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    YValue r = yint(a.u.i | b.u.i);
    if (a.tag == YT_BOOL && b.tag == YT_BOOL) r.tag = YT_BOOL;
    return r;
  }
  if (yrt_is_dict(a) && yrt_is_dict(b)) return yrt_dict_or(a, b);
  return int_only("|", YI_OR, a, b);
}

YValue yrt_xor(YValue a, YValue b) {
  if (yrt_is_intlike(a) && yrt_is_intlike(b)) {
    YValue r = yint(a.u.i ^ b.u.i);
    if (a.tag == YT_BOOL && b.tag == YT_BOOL) r.tag = YT_BOOL;
    return r;
  }
  return int_only("^", YI_XOR, a, b);
}

YRT_COLD static YValue unary_error(const char *op, YValue a) {
  if (yrt_heap_obj(a)) {
    YName n = op[0] == '-' ? YN___neg__ : op[0] == '+' ? YN___pos__ : YN___invert__;
    YValue r = yrt_special(a, n, 0, NULL);
    if (!YIS_UNBOUND(r)) return r;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "bad operand type for unary %s: '%s'", op, yrt_tname(a));
}

YValue yrt_neg(YValue a) {
  switch (yrt_num_kind(a)) {
  case 1:
    if (a.u.i != INT64_MIN) return yint(-a.u.i);
    return yrt_int_unop(YI_NEG, a);
  case 2: return yfloat(-a.u.f);
  case 3: return yrt_int_unop(YI_NEG, a);
  default: return unary_error("-", a);
  }
}

YValue yrt_pos(YValue a) {
  switch (yrt_num_kind(a)) {
  case 1: return yint(a.u.i);
  case 2: return a;
  case 3: return yrt_incref(a);
  default: return unary_error("+", a);
  }
}

YValue yrt_invert(YValue a) {
  switch (yrt_num_kind(a)) {
  case 1: return yint(~a.u.i);
  case 3: return yrt_int_unop(YI_INVERT, a);
  default: return unary_error("~", a);
  }
}

/* ===================================================================== */
/* int(x), float(x), bool(x)                                              */
/* ===================================================================== */

/* repr(v) cut to 200 code points, as CPython's "%.200R". */
static YValue repr200(YValue v) {
  YValue r = yrt_repr(v);
  if (YIS_ERR(r) || YSTR(r)->nchars <= 200) return r;
  YValue cut = yrt_str_sub(YSTR(r), 0, 200);
  yrt_decref(r);
  return cut;
}

static YValue invalid_literal(YValue s, const char *fmt, int base) {
  YValue r = repr200(s);
  if (YIS_ERR(r)) return r;
  if (base >= 0)
    yrt_raise_msg(&yrt_exc_ValueError, fmt, base, YSTR(r)->data);
  else
    yrt_raise_msg(&yrt_exc_ValueError, fmt, YSTR(r)->data);
  yrt_decref(r);
  return YERROR;
}

/* The bytes [*a, *b) of s without the surrounding whitespace. */
static void strip_ws(const YStr *s, int64_t *a, int64_t *b) {
  int n;
  *a = 0;
  *b = s->len;
  while (*a < *b && yrt_uni_isspace(yrt_utf8_decode(s->data + *a, &n))) *a += n;
  while (*b > *a) {
    int64_t p = yrt_utf8_prev(s->data, *b);
    if (!yrt_uni_isspace(yrt_utf8_decode(s->data + p, &n))) break;
    *b = p;
  }
}

/* The value of c as a digit in bases up to 36, or -1. */
static int digit_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
  return yrt_uni_decimal(c);
}

/* int(s, base) for a str s. */
static YValue parse_int(YValue sv, int base) {
  const YStr *s = YSTR(sv);
  const int given = base;
  const char *d = s->data;
  int64_t a, b;
  strip_ws(s, &a, &b);
  int neg = 0, prefixed = 0;
  if (a < b && (d[a] == '+' || d[a] == '-')) neg = d[a++] == '-';
  if (b - a >= 2 && d[a] == '0') {
    char c = (char)(d[a + 1] | 32);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      prefixed = 1;
      a += 2;
    }
  }
  int leading_zero = base == 0 && a < b && d[a] == '0';
  if (base == 0) base = 10;
  const uint64_t limit = neg ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX;
  uint64_t acc = 0;
  int ndigits = 0, allow_us = prefixed, need_digit = 1, overflow = 0;
  for (int64_t i = a; i < b;) {
    int n;
    uint32_t c = yrt_utf8_decode(d + i, &n);
    i += n;
    if (c == '_') {
      if (!allow_us) goto invalid;
      allow_us = 0;
      need_digit = 1;
      continue;
    }
    int v = digit_value(c);
    if (v < 0 || v >= base) {
      /* CPython checks the length of the run of digits first. */
      if (!need_digit && (base & (base - 1)) && ndigits > YRT_MAX_STR_DIGITS)
        return yrt_int_too_many_digits(ndigits);
      goto invalid;
    }
    if (acc > (limit - (uint64_t)v) / (uint64_t)base)
      overflow = 1;
    else
      acc = acc * (uint64_t)base + (uint64_t)v;
    ndigits++;
    allow_us = 1;
    need_digit = 0;
  }
  if (ndigits == 0 || need_digit) goto invalid;
  if (leading_zero && acc != 0) goto invalid;
  if ((base & (base - 1)) && ndigits > YRT_MAX_STR_DIGITS) return yrt_int_too_many_digits(ndigits);
  if (overflow) {
    /* Past 64 bits: the digits again, as ASCII, for GMP. */
    char *buf = yrt_malloc((size_t)ndigits + 1);
    size_t n = 0;
    for (int64_t i = a; i < b;) {
      int len;
      uint32_t c = yrt_utf8_decode(d + i, &len);
      i += len;
      if (c != '_') buf[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[digit_value(c)];
    }
    buf[n] = '\0';
    YValue r = yrt_int_from_digits(buf, n, base, neg);
    free(buf);
    return r;
  }
  return yint(neg ? (int64_t)(0 - acc) : (int64_t)acc);
invalid:
  return invalid_literal(sv, "invalid literal for int() with base %d: %s", given);
}

static YValue int_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "int() takes at most 2 arguments (%d given)", argc);
  if (argc == 0) return yint(0);
  YValue x = argv[0];
  if (argc == 2) {
    int64_t base;
    if (yrt_is_big(argv[1]))
      yrt_int_clamp(argv[1], &base); /* out of range either way */
    else if (yrt_int_arg(argv[1], &base) < 0)
      return YERROR;
    if (!yrt_is_str(x))
      return yrt_raise_msg(&yrt_exc_TypeError, "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
      return yrt_raise_msg(&yrt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return parse_int(x, (int)base);
  }
  switch (x.tag) {
  case YT_INT:
  case YT_BOOL: return yint(x.u.i);
  case YT_FLOAT: {
    double f = x.u.f;
    if (isnan(f)) return yrt_raise_msg(&yrt_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(f))
      return yrt_raise_msg(&yrt_exc_OverflowError, "cannot convert float infinity to integer");
    f = trunc(f);
    if (f < -9223372036854775808.0 || f >= 9223372036854775808.0) return yrt_int_from_double(f);
    return yint((int64_t)f);
  }
  default:
    if (yrt_is_big(x)) return yrt_incref(x);
    if (yrt_is_str(x)) return parse_int(x, 10);
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, "
                         "not '%s'",
                         yrt_tname(x));
  }
}

/* float(s) for a str s: CPython's grammar (underscores between digits,
 * inf/infinity/nan in any case, Unicode decimal digits). */
static YValue parse_float(YValue sv) {
  const YStr *s = YSTR(sv);
  int64_t a, b;
  strip_ws(s, &a, &b);
  /* An ASCII copy with the digits normalised and the underscores gone. */
  char *buf = yrt_malloc((size_t)(b - a) + 1), *q = buf;
  int prev_digit = 0;
  for (int64_t i = a; i < b;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    i += n;
    int dv = yrt_uni_decimal(c);
    if (c == '_') {
      int next_digit = 0;
      if (i < b) next_digit = yrt_uni_decimal(yrt_utf8_decode(s->data + i, &n)) >= 0;
      if (!prev_digit || !next_digit) goto invalid;
      prev_digit = 0;
      continue;
    }
    if (dv >= 0) {
      *q++ = (char)('0' + dv);
    } else if (c < 128) {
      *q++ = (char)c;
    } else {
      goto invalid;
    }
    prev_digit = dv >= 0;
  }
  *q = '\0';
  const char *p = buf;
  if (*p == '+' || *p == '-') p++;
  double v;
  if (strcasecmp(p, "inf") == 0 || strcasecmp(p, "infinity") == 0) {
    v = buf[0] == '-' ? -INFINITY : INFINITY;
  } else if (strcasecmp(p, "nan") == 0) {
    v = buf[0] == '-' ? -NAN : NAN;
  } else {
    /* digits [. digits] | . digits, then an optional exponent */
    int nd = 0;
    while (*p >= '0' && *p <= '9') p++, nd++;
    if (*p == '.') {
      p++;
      while (*p >= '0' && *p <= '9') p++, nd++;
    }
    if (nd == 0) goto invalid;
    if (*p == 'e' || *p == 'E') {
      p++;
      if (*p == '+' || *p == '-') p++;
      if (!(*p >= '0' && *p <= '9')) goto invalid;
      while (*p >= '0' && *p <= '9') p++;
    }
    if (*p) goto invalid;
    v = strtod(buf, NULL);
  }
  free(buf);
  return yfloat(v);
invalid:
  free(buf);
  return invalid_literal(sv, "could not convert string to float: %s", -1);
}

static YValue float_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "float expected at most 1 argument, got %d", argc);
  if (argc == 0) return yfloat(0.0);
  YValue x = argv[0];
  if (x.tag == YT_FLOAT) return x;
  if (yrt_is_int(x)) {
    double f;
    return yrt_int_to_double(x, &f) < 0 ? YERROR : yfloat(f);
  }
  if (yrt_is_str(x)) return parse_float(x);
  return yrt_raise_msg(&yrt_exc_TypeError,
                       "float() argument must be a string or a real number, not '%s'",
                       yrt_tname(x));
}

static YValue bool_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "bool expected at most 1 argument, got %d", argc);
  if (argc == 0) return YFALSE;
  int r = yrt_truth(argv[0]);
  return r < 0 ? YERROR : ybool(r);
}

/* ===================================================================== */
/* int and float methods                                                  */
/* ===================================================================== */

/* Does number v have method n (int.bit_length, float.is_integer, ...)? */
int yrt_number_has_method(YValue v, YName n) {
  if (v.tag == YT_FLOAT) return n == YN_is_integer || n == YN_as_integer_ratio;
  return n == YN_bit_length || n == YN_bit_count || n == YN_as_integer_ratio;
}

/* float.as_integer_ratio(): the exact fraction, in lowest terms. */
static YValue float_ratio(double f) {
  if (isinf(f)) return yrt_raise_msg(&yrt_exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (isnan(f)) return yrt_raise_msg(&yrt_exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(f, &e);
  while (m != floor(m)) { /* at most 53 + 1074 doublings, each exact */
    m *= 2.0;
    e--;
  }
  YValue num = yrt_int_from_double(m), den = yint(1), shift = yint(e < 0 ? -e : e);
  if (YIS_ERR(num)) return num;
  YValue *which = e < 0 ? &den : &num, t = yrt_int_binop(YI_LSHIFT, *which, shift);
  yrt_decref(*which);
  if (YIS_ERR(t)) {
    yrt_decref(e < 0 ? num : den);
    return t;
  }
  *which = t;
  return yrt_tuple_steal(2, (YValue[]){num, den});
}

YValue yrt_number_method(YValue v, YName n, int argc, const YValue *argv) {
  (void)argv;
  const char *tn = v.tag == YT_FLOAT ? "float" : "int";
  if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "%s.%s() takes no arguments (%d given)", tn, yrt_name_str[n], argc);
  switch (n) {
  case YN_is_integer: return ybool(isfinite(v.u.f) && v.u.f == floor(v.u.f));
  case YN_as_integer_ratio:
    if (v.tag == YT_FLOAT) return float_ratio(v.u.f);
    return yrt_tuple_steal(2, (YValue[]){yrt_is_big(v) ? yrt_incref(v) : yint(v.u.i), yint(1)});
  case YN_bit_length:
  case YN_bit_count: return yint(yrt_int_bits(v, n == YN_bit_count));
  default: return yrt_no_attr(v, yrt_name_str[n]);
  }
}
