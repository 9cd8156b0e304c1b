/*
 * inplace.c: the augmented assignment operators (`a += b`, `a -= b`, ...).
 *
 * They compute what the binary operators compute, with two differences
 * CPython has: `+=` extends a list in place and `|=`, `&=`, `-=`, `^=`
 * update a set in place (so other references see the change), and a type
 * error names the augmented operator
 * ("unsupported operand type(s) for +=: 'int' and 'str'").
 */
#include "rt.h"

/* Rename the operator in an "unsupported operand" TypeError. */
static YValue augmented(YValue r, const char *sym) {
  if (!YIS_ERR(r) || !yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_TypeError)) return r;
  YValue msg = yrt_str(yrt_ts.exc);
  if (YIS_ERR(msg)) return r;
  char prefix[64];
  snprintf(prefix, sizeof prefix, "unsupported operand type(s) for %s:", sym);
  const char *m = yrt_str_cstr(msg);
  size_t n = strlen(prefix);
  if (!strncmp(m, prefix, n)) {
    yrt_decref(yrt_fetch_exc());
    /* "** or pow()" becomes "**=" */
    yrt_raise_msg(&yrt_exc_TypeError, "unsupported operand type(s) for %.*s=:%s",
                  (int)strcspn(sym, " "), sym, m + n);
  }
  yrt_decref(msg);
  return r;
}

/* a.__iadd__(b) and the like, for an instance of a program's class:
 * unbound when it has none or it returns NotImplemented. */
static YValue heap_inplace(YName n, YValue a, YValue b) {
  if (!yrt_heap_obj(a)) return YUNBOUND;
  YValue r = yrt_special(a, n, 1, &b);
  if (yrt_is(r, yobj(&yrt_NotImplemented))) return YUNBOUND;
  return r;
}
#define INPLACE(n, a, b)                   \
  do {                                     \
    YValue r_ = heap_inplace((n), (a), (b)); \
    if (!YIS_UNBOUND(r_)) return r_;       \
  } while (0)

/* A set updated in place by |= &= -= ^= (a frozenset gets a new one). */
#define SET_INPLACE(op, a, b)                   \
  do {                                          \
    YValue r_ = yrt_set_inplace((op), (a), (b)); \
    if (!YIS_UNBOUND(r_)) return r_;            \
  } while (0)

YValue yrt_iadd_slow(YValue a, YValue b) {
  INPLACE(YN___iadd__, a, b);
  const YTypeOps *ops = yrt_ops_of(a);
  if (ops && ops->inplace_concat) return yrt_ops_binop("+", a, b, ops->inplace_concat, a, b);
  if (a.tag == YT_OBJ && a.u.o->type->kind == YK_LIST) {
    YValue r = yrt_callmethod(a, YN_extend, 1, &b);
    if (YIS_ERR(r)) return r;
    yrt_decref(r);
    return yrt_incref(a);
  }
  return augmented(yrt_add(a, b), "+");
}

YValue yrt_isub_slow(YValue a, YValue b) {
  INPLACE(YN___isub__, a, b);
  SET_INPLACE(YI_SUB, a, b);
  return augmented(yrt_sub(a, b), "-");
}
YValue yrt_imul_slow(YValue a, YValue b) {
  INPLACE(YN___imul__, a, b);
  const YTypeOps *ops = yrt_ops_of(a);
  if (ops && ops->inplace_repeat) return yrt_ops_binop("*", a, b, ops->inplace_repeat, a, b);
  return augmented(yrt_mul(a, b), "*");
}
YValue yrt_itruediv(YValue a, YValue b) {
  INPLACE(YN___itruediv__, a, b);
  return augmented(yrt_truediv(a, b), "/");
}
YValue yrt_ifloordiv(YValue a, YValue b) {
  INPLACE(YN___ifloordiv__, a, b);
  return augmented(yrt_floordiv(a, b), "//");
}
YValue yrt_imod(YValue a, YValue b) {
  INPLACE(YN___imod__, a, b);
  return augmented(yrt_mod(a, b), "%");
}
YValue yrt_ipow(YValue a, YValue b) {
  INPLACE(YN___ipow__, a, b);
  return augmented(yrt_pow(a, b), "** or pow()");
}
YValue yrt_ilshift(YValue a, YValue b) {
  INPLACE(YN___ilshift__, a, b);
  return augmented(yrt_lshift(a, b), "<<");
}
YValue yrt_irshift(YValue a, YValue b) {
  INPLACE(YN___irshift__, a, b);
  return augmented(yrt_rshift(a, b), ">>");
}
YValue yrt_iand(YValue a, YValue b) {
  INPLACE(YN___iand__, a, b);
  SET_INPLACE(YI_AND, a, b);
  return augmented(yrt_and(a, b), "&");
}
YValue yrt_ior(YValue a, YValue b) {
  INPLACE(YN___ior__, a, b);
  SET_INPLACE(YI_OR, a, b);
  if (yrt_is_dict(a)) return yrt_dict_ior(a, b);
  return augmented(yrt_or(a, b), "|");
}
YValue yrt_ixor(YValue a, YValue b) {
  INPLACE(YN___ixor__, a, b);
  SET_INPLACE(YI_XOR, a, b);
  return augmented(yrt_xor(a, b), "^");
}
