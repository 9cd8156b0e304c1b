/*
 * list.c: list and tuple objects, their methods, list() and tuple().
 *
 * Design
 * ------
 * A list is a growable array of YValues (grown by half again when full), a
 * tuple a YTuple header with its items inline in the same allocation; () is
 * an immortal static.  yrt_seq_items (rt.h) gives the items of either, and
 * most of the generic code treats the two alike.
 *
 * Destruction order is observable (a generator's finally block runs when its
 * last reference goes), so a list is emptied before it releases what it held
 * and items are released last to first, as in CPython.
 *
 * The methods (called by yrt_callmethod) compare items with `is` first and
 * then ==, as CPython's PyObject_RichCompare callers do, and re-read the
 * list's length on every step, because a comparison may change the list.
 * list.sort is in sort.c.
 */
#include "rt.h"

static YValue list_call(const YType *t, int argc, const YValue *argv);
static YValue tuple_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_list, "list", &yrt_type_object, YK_LIST, list_call);
YRT_DEFINE_TYPE(yrt_type_tuple, "tuple", &yrt_type_object, YK_TUPLE, tuple_call);

/* ===================================================================== */
/* list                                                                   */
/* ===================================================================== */

YList *yrt_list_alloc(int64_t cap) {
  YList *l = yrt_obj_new(&yrt_type_list, sizeof(YList));
  l->cap = cap;
  l->items = cap ? yrt_malloc((size_t)cap * sizeof(YValue)) : NULL;
  return l;
}

static void list_reserve(YList *l, int64_t need) {
  if (need <= l->cap) return;
  int64_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < need) cap = need;
  l->items = yrt_realloc(l->items, (size_t)cap * sizeof(YValue));
  l->cap = cap;
}

YValue yrt_list_new(int64_t n, const YValue *items) {
  YList *l = yrt_list_alloc(n);
  for (int64_t i = 0; i < n; i++) l->items[i] = yrt_incref(items[i]);
  l->len = n;
  return yobj(l);
}

YValue yrt_list_steal(int64_t n, YValue *items) {
  YList *l = yrt_list_alloc(n);
  if (n) memcpy(l->items, items, (size_t)n * sizeof(YValue));
  l->len = n;
  return yobj(l);
}

/* Append, stealing item. */
void yrt_list_push(YList *l, YValue item) {
  if (l->len == l->cap) list_reserve(l, l->len + 1);
  l->items[l->len++] = item;
}

int yrt_list_append(YValue list, YValue item) {
  if (!yrt_is_list(list)) {
    yrt_raise_msg(&yrt_exc_TypeError, "descriptor 'append' for 'list' objects doesn't apply to a '%s' object",
                  yrt_tname(list));
    return -1;
  }
  yrt_list_push(YLIST(list), yrt_incref(item));
  return 0;
}

/* Empty the list first, then release what it held (last to first). */
static void list_clear(YList *l) {
  YValue *items = l->items;
  int64_t n = l->len;
  l->items = NULL;
  l->len = l->cap = 0;
  while (n-- > 0) yrt_decref(items[n]);
  free(items);
}

/* Collect an iterable into a new list (owned). */
YValue yrt_list_from_iterable(YValue iterable) {
  int64_t n;
  YValue *items = yrt_seq_items(iterable, &n);
  if (items) return yrt_list_new(n, items);
  YValue it = yrt_iter(iterable);
  if (YIS_ERR(it)) return it;
  YList *l = yrt_list_alloc(0);
  if (yrt_kind_of(iterable) == YK_DICT || yrt_kind_of(iterable) == YK_RANGE) {
    int64_t len = yrt_len(iterable);
    if (len > 0) list_reserve(l, len);
  }
  YValue x;
  int r;
  while ((r = yrt_next(it, &x)) == 1) yrt_list_push(l, x);
  yrt_decref(it);
  if (r < 0) {
    yrt_decref(yobj(l));
    return YERROR;
  }
  yrt_decref(x);
  return yobj(l);
}

/* ===================================================================== */
/* tuple                                                                  */
/* ===================================================================== */

YTuple yrt_tuple_empty = {{YRT_IMMORTAL, &yrt_type_tuple}, 0};

/* A new tuple of n items for the caller to fill. */
/* A tuple is a small block (the pairs a generator yields come and go per
 * item).  Its length may only shrink after this (a failed fill), so the
 * size its release computes never exceeds the block's. */
YTuple *yrt_tuple_alloc(int64_t n) {
  YTuple *t = yrt_small_alloc_raw(yrt_tuple_size(n));
  t->ob.refcnt = 1;
  t->ob.type = &yrt_type_tuple;
  t->len = n;
  return t;
}

YValue yrt_tuple_new(int64_t n, const YValue *items) {
  if (n == 0) return yobj(&yrt_tuple_empty);
  YTuple *t = yrt_tuple_alloc(n);
  for (int64_t i = 0; i < n; i++) t->items[i] = yrt_incref(items[i]);
  return yobj(t);
}

YValue yrt_tuple_steal(int64_t n, YValue *items) {
  if (n == 0) return yobj(&yrt_tuple_empty);
  YTuple *t = yrt_tuple_alloc(n);
  memcpy(t->items, items, (size_t)n * sizeof(YValue));
  return yobj(t);
}

/* ===================================================================== */
/* list and tuple methods                                                 */
/* ===================================================================== */

/* The first index in [start, stop) whose item equals x, -1 if none, -2 on error. */
static int64_t items_index(YValue seq, YValue x, int64_t start, int64_t stop) {
  for (int64_t i = start;; i++) {
    int64_t n;
    YValue *items = yrt_seq_items(seq, &n);
    if (i >= n || i >= stop) return -1;
    if (yrt_is(items[i], x)) return i;
    int r = yrt_eq(items[i], x);
    if (r < 0) return -2;
    if (r) return i;
  }
}

static int64_t items_count(YValue seq, YValue x, int *err) {
  int64_t c = 0;
  *err = 0;
  for (int64_t i = 0;; i++) {
    int64_t n;
    YValue *items = yrt_seq_items(seq, &n);
    if (i >= n) return c;
    int r = yrt_is(items[i], x) ? 1 : yrt_eq(items[i], x);
    if (r < 0) {
      *err = 1;
      return -1;
    }
    c += r;
  }
}

/* index(x[, start[, stop]]) for lists and tuples. */
static YValue seq_index(YValue seq, int argc, const YValue *argv) {
  if (yrt_args_range("index", argc, 1, 3) < 0) return YERROR;
  int64_t n, start = 0, stop = INT64_MAX;
  yrt_seq_items(seq, &n);
  if (argc > 1 && yrt_slice_bound(argv[1], &start, 0) < 0) return YERROR;
  if (argc > 2 && yrt_slice_bound(argv[2], &stop, INT64_MAX) < 0) return YERROR;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  int64_t i = items_index(seq, argv[0], start, stop);
  if (i == -2) return YERROR;
  if (i >= 0) return yint(i);
  if (yrt_is_tuple(seq))
    return yrt_raise_msg(&yrt_exc_ValueError, "tuple.index(x): x not in tuple");
  YValue r = yrt_repr(argv[0]);
  if (YIS_ERR(r)) return r;
  yrt_raise_msg(&yrt_exc_ValueError, "%s is not in list", YSTR(r)->data);
  yrt_decref(r);
  return YERROR;
}

static YValue list_extend(YList *l, YValue iterable) {
  YValue tmp = yrt_list_from_iterable(iterable);
  if (YIS_ERR(tmp)) return tmp;
  YList *t = YLIST(tmp);
  list_reserve(l, l->len + t->len);
  for (int64_t i = 0; i < t->len; i++) l->items[l->len++] = t->items[i];
  t->len = 0;
  yrt_decref(tmp);
  return YNONE;
}

int yrt_display_extend(YValue coll, YValue x) {
  if (!yrt_is_iterable(x)) {
    if (yrt_is_list(coll))
      yrt_raise_msg(&yrt_exc_TypeError, "Value after * must be an iterable, not %s", yrt_tname(x));
    else
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not iterable", yrt_tname(x));
    return -1;
  }
  if (yrt_is_list(coll)) {
    YValue r = list_extend(YLIST(coll), x);
    if (YIS_ERR(r)) return -1;
    return 0;
  }
  YValue it = yrt_iter(x), item;
  if (YIS_ERR(it)) return -1;
  int r;
  while ((r = yrt_next(it, &item)) == 1) {
    r = yrt_set_add(coll, item);
    yrt_decref(item);
    if (r < 0) break;
  }
  if (r == 0) yrt_decref(item); /* the iterator's return value */
  yrt_decref(it);
  return r < 0 ? -1 : 0;
}

int yrt_display_update(YValue dict, YValue m) {
  if (!yrt_is_dict(m) && !(yrt_heap_obj(m) && !YIS_UNBOUND(yrt_special_find(m, YN_keys)))) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not a mapping", yrt_tname(m));
    return -1;
  }
  YValue r = yrt_dict_method(dict, YN_update, 1, &m);
  if (YIS_ERR(r)) return -1;
  yrt_decref(r);
  return 0;
}

YValue yrt_display_tuple(YValue list) {
  YList *l = YLIST(list);
  YValue t = yrt_tuple_new(l->len, l->items);
  yrt_decref(list);
  return t;
}

YValue yrt_list_method(YValue self, YName name, int argc, const YValue *argv) {
  YList *l = YLIST(self);
  int64_t i;
  switch (name) {
  case YN_append:
    if (yrt_args_one("list.append", argc) < 0) return YERROR;
    yrt_list_push(l, yrt_incref(argv[0]));
    return YNONE;
  case YN_pop: {
    if (yrt_args_range("pop", argc, 0, 1) < 0) return YERROR;
    i = -1;
    if (argc == 1 && yrt_int_arg(argv[0], &i) < 0) return YERROR;
    if (l->len == 0) return yrt_raise_msg(&yrt_exc_IndexError, "pop from empty list");
    if (yrt_norm_index(&i, l->len) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "pop index out of range");
    YValue v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    return v;
  }
  case YN_extend:
    if (yrt_args_one("list.extend", argc) < 0) return YERROR;
    return list_extend(l, argv[0]);
  case YN_insert: {
    if (yrt_args_range("insert", argc, 2, 2) < 0 || yrt_int_arg(argv[0], &i) < 0) return YERROR;
    if (i < 0) {
      i += l->len;
      if (i < 0) i = 0;
    } else if (i > l->len) {
      i = l->len;
    }
    list_reserve(l, l->len + 1);
    memmove(&l->items[i + 1], &l->items[i], (size_t)(l->len - i) * sizeof(YValue));
    l->items[i] = yrt_incref(argv[1]);
    l->len++;
    return YNONE;
  }
  case YN_index:
    return seq_index(self, argc, argv);
  case YN_remove: {
    if (yrt_args_one("list.remove", argc) < 0) return YERROR;
    i = items_index(self, argv[0], 0, INT64_MAX);
    if (i == -2) return YERROR;
    if (i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "list.remove(x): x not in list");
    YValue v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    yrt_decref(v);
    return YNONE;
  }
  case YN_reverse:
    if (yrt_args_none("list.reverse", argc) < 0) return YERROR;
    for (int64_t a = 0, b = l->len - 1; a < b; a++, b--) {
      YValue t = l->items[a];
      l->items[a] = l->items[b];
      l->items[b] = t;
    }
    return YNONE;
  case YN_sort:
    if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "sort() takes no positional arguments");
    return yrt_list_sort(self, YUNBOUND, 0) < 0 ? YERROR : YNONE;
  case YN_count: {
    if (yrt_args_one("list.count", argc) < 0) return YERROR;
    int err;
    int64_t c = items_count(self, argv[0], &err);
    return err ? YERROR : yint(c);
  }
  case YN_copy:
    if (yrt_args_none("list.copy", argc) < 0) return YERROR;
    return yrt_list_new(l->len, l->items);
  case YN_clear:
    if (yrt_args_none("list.clear", argc) < 0) return YERROR;
    list_clear(l);
    return YNONE;
  case YN___iter__:
    if (yrt_args_none("list.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default:
    return yrt_no_attr(self, yrt_name_str[name]);
  }
}

YValue yrt_tuple_method(YValue self, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN_index: return seq_index(self, argc, argv);
  case YN_count: {
    if (yrt_args_one("tuple.count", argc) < 0) return YERROR;
    int err;
    int64_t c = items_count(self, argv[0], &err);
    return err ? YERROR : yint(c);
  }
  case YN___iter__:
    if (yrt_args_none("tuple.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ===================================================================== */
/* list(x), tuple(x)                                                      */
/* ===================================================================== */

static YValue list_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "list expected at most 1 argument, got %d", argc);
  if (argc == 0) return yobj(yrt_list_alloc(0));
  return yrt_list_from_iterable(argv[0]);
}

static YValue tuple_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "tuple expected at most 1 argument, got %d", argc);
  if (argc == 0) return yobj(&yrt_tuple_empty);
  if (yrt_is_tuple(argv[0])) return yrt_incref(argv[0]);
  YValue l = yrt_list_from_iterable(argv[0]);
  if (YIS_ERR(l)) return l;
  YValue r = yrt_tuple_steal(YLIST(l)->len, YLIST(l)->items);
  YLIST(l)->len = 0;
  yrt_decref(l);
  return r;
}

/* ===================================================================== */
/* Slice assignment and deletion: l[a:b:c] = v, del l[a:b:c]              */
/* ===================================================================== */

/* Replace l[lo:hi] by the n items of src (borrowed), then release the old
 * items, last to first (CPython's list_ass_slice). */
static void list_splice(YList *l, int64_t lo, int64_t hi, int64_t n, const YValue *src) {
  if (hi < lo) hi = lo;
  int64_t nold = hi - lo, d = n - nold;
  YValue *old = nold ? yrt_malloc((size_t)nold * sizeof(YValue)) : NULL;
  if (nold) memcpy(old, &l->items[lo], (size_t)nold * sizeof(YValue));
  if (d > 0) list_reserve(l, l->len + d);
  if (d) memmove(&l->items[hi + d], &l->items[hi], (size_t)(l->len - hi) * sizeof(YValue));
  for (int64_t i = 0; i < n; i++) l->items[lo + i] = yrt_incref(src[i]);
  l->len += d;
  for (int64_t i = nold; i-- > 0;) yrt_decref(old[i]);
  free(old);
}

int yrt_list_setslice(YValue list, YValue slice, YValue v) {
  YList *l = YLIST(list);
  const YSlice *s = YSLICE(slice);
  int64_t start, stop, step, count;
  /* The bounds are checked first, then v is read (which may run code that
   * changes the list), then the slice is taken of the list as it is then. */
  if (yrt_slice_adjust(s->start, s->stop, s->step, l->len, &start, &stop, &step, &count) < 0) return -1;
  YValue src;
  if (yrt_is_tuple(v) || (yrt_is_list(v) && !yrt_is(v, list))) {
    src = yrt_incref(v);
  } else if (!yrt_is_iterable(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    return -1;
  } else {
    src = yrt_list_from_iterable(v);
    if (YIS_ERR(src)) return -1;
  }
  yrt_slice_adjust(s->start, s->stop, s->step, l->len, &start, &stop, &step, &count);
  int64_t n;
  const YValue *items = yrt_seq_items(src, &n);
  if (step == 1) {
    list_splice(l, start, stop, n, items);
  } else if (n != count) {
    yrt_raise_msg(&yrt_exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                  (long long)n, (long long)count);
    yrt_decref(src);
    return -1;
  } else if (count) {
    YValue *old = yrt_malloc((size_t)count * sizeof(YValue));
    for (int64_t i = 0; i < count; i++) {
      YValue *slot = &l->items[start + i * step];
      old[i] = *slot;
      *slot = yrt_incref(items[i]);
    }
    for (int64_t i = 0; i < count; i++) yrt_decref(old[i]);
    free(old);
  }
  yrt_decref(src);
  return 0;
}

int yrt_list_delslice(YValue list, YValue slice) {
  YList *l = YLIST(list);
  const YSlice *s = YSLICE(slice);
  int64_t start, stop, step, count;
  if (yrt_slice_adjust(s->start, s->stop, s->step, l->len, &start, &stop, &step, &count) < 0) return -1;
  if (step == 1) {
    list_splice(l, start, stop, 0, NULL);
    return 0;
  }
  if (count == 0) return 0;
  if (step < 0) { /* the same items, from the lowest index up */
    start += step * (count - 1);
    step = -step;
  }
  /* Move the kept items down over the deleted ones, collecting those. */
  YValue *old = yrt_malloc((size_t)count * sizeof(YValue));
  int64_t w = start, k = 0;
  for (int64_t r = start; r < l->len; r++) {
    if (k < count && r == start + k * step)
      old[k++] = l->items[r];
    else
      l->items[w++] = l->items[r];
  }
  l->len = w;
  for (int64_t i = 0; i < count; i++) yrt_decref(old[i]);
  free(old);
  return 0;
}
