/*
 * slice.c: slice objects, slice(), and the slice arithmetic every subscript
 * with a slice goes through.
 *
 * Design
 * ------
 * A slice object is three values, None where a bound was left out, as in
 * CPython: slice(1, None) keeps its None and any other value it was given
 * (slice('a', 'b') is fine until it is used).  `x[a:b:c]` does not make one
 * when x is a builtin sequence: the compiler passes the three bounds to
 * yrt_getslice (abstract.c), which goes straight to the arithmetic below.
 * A slice object is made for a program's class (its __getitem__ gets it),
 * for slice assignment and `del x[a:b]` (yrt_slice_new, called by the
 * generated code), and by slice() itself; `lst[slice(1, 3)]` unpacks it
 * again.
 *
 * yrt_slice_adjust is CPython's PySlice_Unpack followed by
 * PySlice_AdjustIndices, on 64-bit ints: bounds beyond 64 bits are clamped
 * as CPython clamps them to Py_ssize_t, so clipping, negative steps and the
 * count of selected items are CPython's.  Slices compare as the tuples of
 * their bounds and are unhashable (3.11).
 */
#include "rt.h"

static YValue slice_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_slice, "slice", &yrt_type_object, YK_SLICE, slice_call);

YValue yrt_slice_new(YValue start, YValue stop, YValue step) {
  YSlice *s = yrt_obj_new(&yrt_type_slice, sizeof(YSlice));
  s->start = yrt_incref(YIS_UNBOUND(start) ? YNONE : start);
  s->stop = yrt_incref(YIS_UNBOUND(stop) ? YNONE : stop);
  s->step = yrt_incref(YIS_UNBOUND(step) ? YNONE : step);
  return yobj(s);
}

/* slice(stop), slice(start, stop[, step]) */
static YValue slice_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (yrt_args_range("slice", argc, 1, 3) < 0) return YERROR;
  if (argc == 1) return yrt_slice_new(YNONE, argv[0], YNONE);
  return yrt_slice_new(argv[0], argv[1], argc == 3 ? argv[2] : YNONE);
}

void yrt_slice_dealloc(YObj *o) {
  YSlice *s = (YSlice *)o;
  YValue a = s->start, b = s->stop, c = s->step;
  free(s);
  yrt_decref(a);
  yrt_decref(b);
  yrt_decref(c);
}

int yrt_slice_adjust(YValue vstart, YValue vstop, YValue vstep, int64_t len, int64_t *start,
                     int64_t *stopp, int64_t *step, int64_t *count) {
  int64_t stop;
  if (yrt_slice_bound(vstep, step, 1) < 0) return -1;
  if (*step == 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "slice step cannot be zero");
    return -1;
  }
  if (*step < -INT64_MAX) *step = -INT64_MAX;
  if (yrt_slice_bound(vstart, start, *step < 0 ? INT64_MAX : 0) < 0) return -1;
  if (yrt_slice_bound(vstop, &stop, *step < 0 ? INT64_MIN : INT64_MAX) < 0) return -1;
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = *step < 0 ? -1 : 0;
  } else if (*start >= len) {
    *start = *step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = *step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = *step < 0 ? len - 1 : len;
  }
  *count = 0;
  if (*step < 0) {
    if (stop < *start) *count = (*start - stop - 1) / (-*step) + 1;
  } else if (*start < stop) {
    *count = (stop - *start - 1) / *step + 1;
  }
  *stopp = stop;
  return 0;
}

YValue yrt_slice_getattr(YValue v, YName name) {
  const YSlice *s = YSLICE(v);
  switch (name) {
  case YN_start: return yrt_incref(s->start);
  case YN_stop: return yrt_incref(s->stop);
  case YN_step: return yrt_incref(s->step);
  case YN_indices: return yrt_method_new(v, name);
  default: return yrt_no_attr(v, yrt_name_str[name]);
  }
}

/* s.indices(length): (start, stop, step) as a slice of that length sees them. */
YValue yrt_slice_method(YValue v, YName name, int argc, const YValue *argv) {
  const YSlice *s = YSLICE(v);
  if (name != YN_indices) return yrt_no_attr(v, yrt_name_str[name]);
  if (yrt_args_one("slice.indices", argc) < 0) return YERROR;
  int64_t len, start, stop, step, n;
  if (yrt_int_arg(argv[0], &len) < 0) return YERROR;
  if (len < 0) return yrt_raise_msg(&yrt_exc_ValueError, "length should not be negative");
  if (yrt_slice_adjust(s->start, s->stop, s->step, len, &start, &stop, &step, &n) < 0) return YERROR;
  return yrt_tuple_steal(3, (YValue[]){yint(start), yint(stop), yint(step)});
}

int yrt_slice_repr(YBuf *b, const YSlice *s) {
  yrt_buf_puts(b, "slice(");
  if (yrt_buf_repr(b, s->start) < 0) return -1;
  yrt_buf_puts(b, ", ");
  if (yrt_buf_repr(b, s->stop) < 0) return -1;
  yrt_buf_puts(b, ", ");
  if (yrt_buf_repr(b, s->step) < 0) return -1;
  yrt_buf_putc(b, ')');
  return 0;
}

/* Two slices compare as the tuples (start, stop, step). */
int yrt_slice_compare(YValue a, YValue b, YCmp op) {
  const YSlice *x = YSLICE(a), *y = YSLICE(b);
  if (x == y && (op == YC_EQ || op == YC_NE)) return op == YC_EQ;
  YTuple *tx = yrt_tuple_alloc(3), *ty = yrt_tuple_alloc(3);
  tx->items[0] = yrt_incref(x->start);
  tx->items[1] = yrt_incref(x->stop);
  tx->items[2] = yrt_incref(x->step);
  ty->items[0] = yrt_incref(y->start);
  ty->items[1] = yrt_incref(y->stop);
  ty->items[2] = yrt_incref(y->step);
  int r = yrt_compare(yobj(tx), yobj(ty), op);
  yrt_decref(yobj(tx));
  yrt_decref(yobj(ty));
  return r;
}
