/*
 * bigrange.c: range objects whose start, stop or step is past 64 bits.
 *
 * Design
 * ------
 * A range of 64-bit bounds (iter.c) keeps them as int64_t and its length as
 * a uint64_t, and every operation on it is a few machine instructions.  A
 * range with a bound past 64 bits, range(10**20, 10**20 + 3), is the same
 * YRange with `big` set: an array holding start, stop, step and the length
 * as ints of any size (bigint.c normalises each: a value that fits is a
 * plain int).  Its 64-bit fields are then unused, except `len`, which holds
 * the length clamped to UINT64_MAX so that truth and the "too large"
 * checks need no special case.  Each operation of iter.c, abstract.c,
 * compare.c and format.c on a range checks `big` first and comes here.
 *
 * Everything CPython defines on such ranges works: len() (OverflowError
 * past 2**63 - 1, as CPython's), indexing with ints of any size, slicing
 * (of a range whose length fits in 64 bits), `in`, index(), count(),
 * iteration (a longrange_iterator, as CPython names it) and reversed(),
 * ==, hash() and repr().  A slice of a range longer than 2**63 - 1 raises
 * CPython's OverflowError for len() instead of computing the result
 * (CPython computes it); iterating one stops after 2**64 - 1 values.
 */
#include "rt.h"

enum { B_START, B_STOP, B_STEP, B_LEN };

/* The arithmetic on ints of any size; YERROR only for MemoryError. */
static YValue add(YValue a, YValue b) { return yrt_int_binop(YI_ADD, a, b); }
static YValue sub(YValue a, YValue b) { return yrt_int_binop(YI_SUB, a, b); }
static YValue mul(YValue a, YValue b) { return yrt_int_binop(YI_MUL, a, b); }

/* The length of range(start, stop, step), step != 0. */
static YValue big_len(YValue start, YValue stop, YValue step) {
  int s = yrt_int_sign(step);
  int c = yrt_int_cmp(start, stop);
  if (s > 0 ? c >= 0 : c <= 0) return yint(0);
  YValue lo = s > 0 ? start : stop, hi = s > 0 ? stop : start;
  YValue d = sub(hi, lo), d1 = sub(d, yint(1)), as = yrt_int_unop(YI_ABS, step);
  YValue q = yrt_int_binop(YI_FLOORDIV, d1, as), n = add(q, yint(1));
  yrt_decref(d);
  yrt_decref(d1);
  yrt_decref(as);
  yrt_decref(q);
  return n;
}

YValue yrt_range_of(YValue start, YValue stop, YValue step) {
  if (!yrt_is_big(start) && !yrt_is_big(stop) && !yrt_is_big(step))
    return yrt_range_new(start.u.i, stop.u.i, step.u.i);
  YRange *r = yrt_obj_new(&yrt_type_range, sizeof(YRange));
  r->big = yrt_malloc(4 * sizeof(YValue));
  r->big[B_START] = yrt_incref(start);
  r->big[B_STOP] = yrt_incref(stop);
  r->big[B_STEP] = yrt_incref(step);
  r->big[B_LEN] = big_len(start, stop, step);
  YValue n = r->big[B_LEN];
  r->len = yrt_is_big(n) ? UINT64_MAX : (uint64_t)n.u.i;
  return yobj(r);
}

void yrt_bigrange_free(YRange *r) {
  for (int i = 0; i < 4; i++) yrt_decref(r->big[i]);
  free(r->big);
}

int64_t yrt_bigrange_len(const YRange *r) {
  YValue n = r->big[B_LEN];
  if (yrt_is_big(n)) {
    yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n.u.i;
}

/* The i-th value, 0 <= i < len. */
static YValue value_at(const YRange *r, YValue i) {
  YValue off = mul(i, r->big[B_STEP]), v = add(r->big[B_START], off);
  yrt_decref(off);
  return v;
}

YValue yrt_bigrange_getitem(const YRange *r, YValue key) {
  YValue n = r->big[B_LEN], i = yrt_incref(key);
  if (yrt_int_sign(i) < 0) {
    YValue j = add(i, n);
    yrt_decref(i);
    i = j;
  }
  if (yrt_int_sign(i) < 0 || yrt_int_cmp(i, n) >= 0) {
    yrt_decref(i);
    return yrt_raise_msg(&yrt_exc_IndexError, "range object index out of range");
  }
  YValue v = value_at(r, i);
  yrt_decref(i);
  return v;
}

/* One bound of a slice of a range of length n, clamped to [lo, hi] as
 * CPython's _PySlice_GetLongIndices clamps it (owned; YERROR). */
static YValue slice_bound(YValue v, YValue dflt, YValue n, YValue lo, YValue hi) {
  if (YIS_NONE(v) || YIS_UNBOUND(v)) return yrt_incref(dflt);
  if (!yrt_is_int(v))
    return yrt_raise_msg(&yrt_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
  YValue x = yrt_int_sign(v) < 0 ? add(v, n) : yrt_incref(v);
  YValue c = yrt_int_cmp(x, lo) < 0 ? lo : yrt_int_cmp(x, hi) > 0 ? hi : YUNBOUND;
  if (YIS_UNBOUND(c)) return x;
  yrt_decref(x);
  return yrt_incref(c);
}

/* r[vstart:vstop:vstep]: the range of the values at the slice's indices
 * (CPython's compute_slice, on ints of any size). */
YValue yrt_bigrange_slice(const YRange *r, YValue vstart, YValue vstop, YValue vstep) {
  YValue step = yint(1);
  if (!YIS_NONE(vstep) && !YIS_UNBOUND(vstep)) {
    if (!yrt_is_int(vstep))
      return yrt_raise_msg(&yrt_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    if (yrt_int_sign(vstep) == 0) return yrt_raise_msg(&yrt_exc_ValueError, "slice step cannot be zero");
    step = vstep;
  }
  int back = yrt_int_sign(step) < 0;
  YValue n = r->big[B_LEN], lo = yint(back ? -1 : 0), hi = back ? sub(n, yint(1)) : yrt_incref(n);
  YValue a = slice_bound(vstart, back ? hi : lo, n, lo, hi);
  YValue b = YIS_ERR(a) ? YERROR : slice_bound(vstop, back ? lo : hi, n, lo, hi);
  yrt_decref(hi);
  if (YIS_ERR(b)) {
    yrt_decref(a);
    return YERROR;
  }
  YValue start = value_at(r, a), stop = value_at(r, b), nstep = mul(r->big[B_STEP], step);
  YValue s = yrt_range_of(start, stop, nstep);
  yrt_decref(a);
  yrt_decref(b);
  yrt_decref(start);
  yrt_decref(stop);
  yrt_decref(nstep);
  return s;
}

/* The index of int x in the range, or -1 (as an int: *out). */
static int index_of(const YRange *r, YValue x, YValue *out) {
  YValue start = r->big[B_START], step = r->big[B_STEP];
  if (yrt_int_cmp(r->big[B_LEN], yint(0)) == 0) return 0;
  int s = yrt_int_sign(step);
  YValue n1 = sub(r->big[B_LEN], yint(1)), last = value_at(r, n1);
  yrt_decref(n1);
  int inside = s > 0 ? yrt_int_cmp(x, start) >= 0 && yrt_int_cmp(x, last) <= 0
                     : yrt_int_cmp(x, start) <= 0 && yrt_int_cmp(x, last) >= 0;
  yrt_decref(last);
  if (!inside) return 0;
  YValue d = sub(x, start), m = yrt_int_binop(YI_MOD, d, step);
  int found = yrt_int_sign(m) == 0;
  yrt_decref(m);
  if (found && out) *out = yrt_int_binop(YI_FLOORDIV, d, step);
  yrt_decref(d);
  return found;
}

/* `x in r` for an int x. */
int yrt_bigrange_contains(const YRange *r, YValue x) { return index_of(r, x, NULL); }

YValue yrt_bigrange_index(const YRange *r, YValue x) {
  YValue i = YUNBOUND;
  if (yrt_is_int(x) && index_of(r, x, &i)) return i;
  if (!yrt_is_int(x)) return yrt_range_index_search(yobj((YRange *)r), x, 0);
  YValue rep = yrt_repr(x);
  if (YIS_ERR(rep)) return rep;
  yrt_raise_msg(&yrt_exc_ValueError, "%s is not in range", YSTR(rep)->data);
  yrt_decref(rep);
  return YERROR;
}

void yrt_bigrange_repr(YBuf *b, const YRange *r) {
  yrt_buf_puts(b, "range(");
  yrt_buf_repr(b, r->big[B_START]);
  yrt_buf_puts(b, ", ");
  yrt_buf_repr(b, r->big[B_STOP]);
  if (!(r->big[B_STEP].tag == YT_INT && r->big[B_STEP].u.i == 1)) {
    yrt_buf_puts(b, ", ");
    yrt_buf_repr(b, r->big[B_STEP]);
  }
  yrt_buf_putc(b, ')');
}

/* start, stop, step and len of any range, big or not (new references). */
static void parts(const YRange *r, YValue out[4]) {
  if (r->big) {
    for (int i = 0; i < 4; i++) out[i] = yrt_incref(r->big[i]);
    return;
  }
  out[B_START] = yint(r->start);
  out[B_STOP] = yint(r->stop);
  out[B_STEP] = yint(r->step);
  out[B_LEN] = r->len > (uint64_t)INT64_MAX ? yrt_int_binop(YI_ADD, yint(INT64_MAX), yint((int64_t)(r->len - INT64_MAX)))
                                            : yint((int64_t)r->len);
}

/* range == range when either is big: the same values (CPython's
 * range_equals: same length, and the same start and step where they
 * matter). */
int yrt_bigrange_equal(const YRange *a, const YRange *b) {
  YValue x[4], y[4];
  parts(a, x);
  parts(b, y);
  int eq = yrt_int_cmp(x[B_LEN], y[B_LEN]) == 0;
  if (eq && yrt_int_sign(x[B_LEN]) != 0) {
    eq = yrt_int_cmp(x[B_START], y[B_START]) == 0;
    if (eq && yrt_int_cmp(x[B_LEN], yint(1)) != 0) eq = yrt_int_cmp(x[B_STEP], y[B_STEP]) == 0;
  }
  for (int i = 0; i < 4; i++) {
    yrt_decref(x[i]);
    yrt_decref(y[i]);
  }
  return eq;
}

/* The items CPython hashes for a range: (len, start or None, step or None). */
void yrt_bigrange_hash_items(const YRange *r, YValue t[3]) {
  YValue *b = r->big;
  t[0] = b[B_LEN];
  t[1] = yrt_int_sign(b[B_LEN]) ? b[B_START] : YNONE;
  t[2] = yrt_int_cmp(b[B_LEN], yint(1)) > 0 ? b[B_STEP] : YNONE;
}

/* ---- longrange_iterator ---------------------------------------------- */

typedef struct LongRangeIter {
  YObj ob;
  YValue next; /* the next value */
  YValue step;
  uint64_t left; /* values left (at most 2**64 - 1) */
} LongRangeIter;

static void lri_dealloc(YObj *o) {
  LongRangeIter *it = (LongRangeIter *)o;
  yrt_decref(it->next);
  yrt_decref(it->step);
  free(it);
}

static int lri_next(YObj *o, YValue *out) {
  LongRangeIter *it = (LongRangeIter *)o;
  if (it->left == 0) {
    *out = YNONE;
    return 0;
  }
  YValue v = it->next;
  it->next = --it->left ? add(v, it->step) : yint(0);
  *out = v;
  return 1;
}

static const YTypeEx longrange_iter_type = {YRT_TYPE_EX_HEAD("longrange_iterator", YK_ITER), lri_dealloc, lri_next,
                                            NULL, NULL, NULL, NULL, NULL};

YValue yrt_bigrange_iter(const YRange *r, int reverse) {
  LongRangeIter *it = yrt_obj_new(&longrange_iter_type.type, sizeof *it);
  it->left = r->len;
  if (!reverse) {
    it->next = yrt_incref(r->big[B_START]);
    it->step = yrt_incref(r->big[B_STEP]);
  } else {
    YValue last = sub(r->big[B_LEN], yint(1));
    it->next = r->len ? value_at(r, last) : yint(0);
    yrt_decref(last);
    it->step = yrt_int_unop(YI_NEG, r->big[B_STEP]);
  }
  return yobj(it);
}
