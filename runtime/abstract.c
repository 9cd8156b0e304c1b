/*
 * abstract.c: the generic operations on any value: subscripts and slices,
 * len(), `in`, attributes and method calls.
 *
 * Design
 * ------
 * Like Lua's lvm.c and CPython's abstract.c, this is where an operation
 * meets the types.  Each operation is a switch on the value's kind: the
 * builtin containers are handled inline (a list index is a bounds check and
 * a load), runtime-private types through their YTypeEx slots (type.c) and
 * a YMethodType's operators (YTypeOps, rt.h: deque's subscripts), and
 * anything else raises CPython's TypeError for that operation.  Slices
 * follow PySlice_Unpack and PySlice_AdjustIndices exactly (slice.c's
 * yrt_slice_adjust), so clipping, negative steps and the range-of-a-range
 * case give CPython's results.  `x[a:b:c]` passes the three bounds without
 * making a slice object, except to a program's __getitem__; a slice object
 * as an index (`lst[slice(1, 3)]`, and every slice assignment and `del`)
 * is unpacked again here.
 *
 * Attributes and methods are looked up by name id (YName, yrt_names.h): the
 * compiler turns `obj.name(...)` into yrt_callmethod(obj, YN_name, ...),
 * which goes straight to the method code of the builtin type (str.c,
 * list.c, dict.c, iter.c, gen.c, loop.c) without making a bound method.
 * yrt_getattr makes one (func.c) when a method is used as a value.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#include <math.h>

/* ===================================================================== */
/* Subscripts and slices                                                  */
/* ===================================================================== */

static YValue not_subscriptable(YValue obj) {
  if (yrt_kind_of(obj) == YK_TYPE)
    return yrt_raise_msg(&yrt_exc_TypeError, "type '%s' is not subscriptable",
                         ((const YType *)obj.u.o)->name);
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not subscriptable", yrt_tname(obj));
}

/* obj[key], obj[key] = v, del obj[key] for an instance of a program's
 * class: its __getitem__, __setitem__, __delitem__. */
static YValue heap_item(YValue obj, YName n, YValue key, YValue v) {
  YValue args[2] = {key, v};
  YValue r = yrt_special(obj, n, YIS_UNBOUND(v) ? 1 : 2, args);
  if (!YIS_UNBOUND(r)) return r;
  if (n == YN___getitem__) return not_subscriptable(obj);
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object %s", yrt_tname(obj),
                       n == YN___setitem__ ? "does not support item assignment" : "does not support item deletion");
}

static int heap_item_status(YValue r) {
  if (YIS_ERR(r)) return -1;
  yrt_decref(r);
  return 0;
}

YValue yrt_getitem(YValue obj, YValue key) {
  int64_t i;
  /* lst[i], tup[i] and s[i] (s all ASCII) of an exact list, tuple or str,
   * the index an int in range: a loop's common case, before the general one */
  if (obj.tag == YT_OBJ && key.tag == YT_INT) {
    const YType *t = obj.u.o->type;
    i = key.u.i;
    if (t == &yrt_type_list) {
      const YList *l = (const YList *)obj.u.o;
      if (i < 0) i += l->len;
      if (i >= 0 && i < l->len) return yrt_incref(l->items[i]);
    } else if (t == &yrt_type_str) {
      const YStr *s = YSTR(obj);
      if (i < 0) i += s->len;
      if (s->nchars == s->len && i >= 0 && i < s->len) return yobj(yrt_str_ascii((unsigned char)s->data[i]));
    } else if (t == &yrt_type_tuple) {
      const YTuple *tu = (const YTuple *)obj.u.o;
      if (i < 0) i += tu->len;
      if (i >= 0 && i < tu->len) return yrt_incref(tu->items[i]);
    }
  }
  if (yrt_heap_obj(obj)) return heap_item(obj, YN___getitem__, key, YUNBOUND);
  if (yrt_is_slice(key) && yrt_kind_of(obj) != YK_DICT && !yrt_ops_of(obj)) /* lst[slice(1, 3)] */
    return yrt_getslice(obj, YSLICE(key)->start, YSLICE(key)->stop, YSLICE(key)->step);
  switch (yrt_kind_of(obj)) {
  case YK_LIST:
  case YK_TUPLE: {
    int64_t n;
    YValue *items = yrt_seq_items(obj, &n);
    if (yrt_is_big(key)) return yrt_index_overflow(&yrt_exc_IndexError);
    if (!yrt_is_intlike(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "%s indices must be integers or slices, not %s",
                           yrt_tname(obj), yrt_tname(key));
    i = key.u.i;
    if (yrt_norm_index(&i, n) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "%s index out of range", yrt_tname(obj));
    return yrt_incref(items[i]);
  }
  case YK_STR: {
    const YStr *s = YSTR(obj);
    if (yrt_is_big(key)) return yrt_index_overflow(&yrt_exc_IndexError);
    if (!yrt_is_intlike(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "string indices must be integers, not '%s'",
                           yrt_tname(key));
    i = key.u.i;
    if (yrt_norm_index(&i, s->nchars) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "string index out of range");
    if (s->nchars == s->len) return yobj(yrt_str_ascii((unsigned char)s->data[i]));
    int64_t b = yrt_str_offset(s, i);
    int n;
    yrt_utf8_decode(s->data + b, &n);
    return yrt_str_make(s->data + b, n, 1);
  }
  case YK_DICT: {
    YValue v = yrt_dict_get(obj, key);
    if (YIS_ERR(v)) return v;
    if (YIS_UNBOUND(v)) return yrt_key_error(key);
    return yrt_incref(v);
  }
  case YK_RANGE: {
    const YRange *r = YRANGE(obj);
    if (!yrt_is_int(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "range indices must be integers or slices, not %s",
                           yrt_tname(key));
    if (r->big) return yrt_bigrange_getitem(r, key);
    i = key.u.i;
    if (yrt_is_big(key) || r->len > (uint64_t)INT64_MAX || yrt_norm_index(&i, (int64_t)r->len) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "range object index out of range");
    return yint(yrt_range_at(r, (uint64_t)i));
  }
  case YK_BYTES: return yrt_bytes_item(obj, key);
  case YK_OTHER: {
    if (obj.u.o->type == &yrt_re_match_type.type) return yrt_re_match_getitem(obj, key);
    const YTypeOps *ops = yrt_ops_of(obj);
    if (ops && ops->getitem) return ops->getitem(obj.u.o, key);
    return not_subscriptable(obj);
  }
  default:
    return not_subscriptable(obj);
  }
}

int yrt_setitem(YValue obj, YValue key, YValue v) {
  if (yrt_heap_obj(obj)) return heap_item_status(heap_item(obj, YN___setitem__, key, v));
  switch (yrt_kind_of(obj)) {
  case YK_LIST: {
    YList *l = YLIST(obj);
    if (yrt_is_slice(key)) return yrt_list_setslice(obj, key, v);
    if (yrt_is_big(key)) {
      yrt_index_overflow(&yrt_exc_IndexError);
      return -1;
    }
    if (!yrt_is_intlike(key)) {
      yrt_raise_msg(&yrt_exc_TypeError, "list indices must be integers or slices, not %s",
                    yrt_tname(key));
      return -1;
    }
    int64_t i = key.u.i;
    if (yrt_norm_index(&i, l->len) < 0) {
      yrt_raise_msg(&yrt_exc_IndexError, "list assignment index out of range");
      return -1;
    }
    yrt_store(&l->items[i], yrt_incref(v));
    return 0;
  }
  case YK_DICT:
    return yrt_dict_set(obj, key, v);
  default: {
    const YTypeOps *ops = yrt_ops_of(obj);
    if (ops && ops->setitem) return ops->setitem(obj.u.o, key, v);
  }
    if (yrt_kind_of(obj) == YK_TYPE)
      yrt_raise_msg(&yrt_exc_TypeError, "'type' object does not support item assignment");
    else
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' object does not support item assignment",
                    yrt_tname(obj));
    return -1;
  }
}

int yrt_delitem(YValue obj, YValue key) {
  if (yrt_heap_obj(obj)) return heap_item_status(heap_item(obj, YN___delitem__, key, YUNBOUND));
  switch (yrt_kind_of(obj)) {
  case YK_LIST: {
    YList *l = YLIST(obj);
    if (yrt_is_slice(key)) return yrt_list_delslice(obj, key);
    if (yrt_is_big(key)) {
      yrt_index_overflow(&yrt_exc_IndexError);
      return -1;
    }
    if (!yrt_is_intlike(key)) {
      yrt_raise_msg(&yrt_exc_TypeError, "list indices must be integers or slices, not %s",
                    yrt_tname(key));
      return -1;
    }
    int64_t i = key.u.i;
    if (yrt_norm_index(&i, l->len) < 0) {
      yrt_raise_msg(&yrt_exc_IndexError, "list assignment index out of range");
      return -1;
    }
    YValue old = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    yrt_decref(old);
    return 0;
  }
  case YK_DICT: {
    int r = yrt_dict_pop(YDICT(obj), key, NULL);
    if (r == 0) yrt_key_error(key);
    return r == 1 ? 0 : -1;
  }
  case YK_STR:
  case YK_TUPLE:
  case YK_BYTES:
  case YK_SET: /* an index: PySequence_DelItem's message; a slice or other key: PyObject_DelItem's */
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object %s support item deletion", yrt_tname(obj),
                  yrt_is_int(key) ? "doesn't" : "does not");
    return -1;
  default: {
    const YTypeOps *ops = yrt_ops_of(obj);
    if (ops && ops->setitem) return ops->setitem(obj.u.o, key, YUNBOUND);
  }
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object does not support item deletion", yrt_tname(obj));
    return -1;
  }
}

/* A slice bound: None or an int. */
int yrt_slice_bound(YValue v, int64_t *out, int64_t dflt) {
  if (YIS_NONE(v) || YIS_UNBOUND(v)) {
    *out = dflt;
    return 0;
  }
  if (yrt_is_int(v)) {
    yrt_int_clamp(v, out); /* a big int is clamped, as CPython clamps to ssize_t */
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
  return -1;
}

static int slice_indices(YValue vstart, YValue vstop, YValue vstep, int64_t len, int64_t *start,
                         int64_t *step, int64_t *count) {
  int64_t stop;
  return yrt_slice_adjust(vstart, vstop, vstep, len, start, &stop, step, count);
}

/* A bound of s[a:b] (step 1) that is an int or missing, as yrt_slice_adjust
 * makes it: counted from the end when negative, then clamped to [0, len]. */
static inline int simple_bound(YValue v) { return v.tag == YT_INT || YIS_NONE(v) || YIS_UNBOUND(v); }
static inline int64_t clamp_bound(YValue v, int64_t dflt, int64_t len) {
  if (v.tag != YT_INT) return dflt;
  int64_t i = v.u.i;
  if (i < 0) return i + len < 0 ? 0 : i + len;
  return i > len ? len : i;
}

YValue yrt_getslice(YValue obj, YValue vstart, YValue vstop, YValue vstep) {
  int64_t start, step, n, len;
  /* s[i:j] of a str, with int or missing bounds and no step: text[j:i] in a
   * tokenizer's loop, without yrt_slice_adjust's general case */
  if (obj.tag == YT_OBJ && obj.u.o->type == &yrt_type_str && (YIS_NONE(vstep) || YIS_UNBOUND(vstep)) &&
      simple_bound(vstart) && simple_bound(vstop)) {
    const YStr *s = YSTR(obj);
    return yrt_str_sub(s, clamp_bound(vstart, 0, s->nchars), clamp_bound(vstop, s->nchars, s->nchars));
  }
  if (yrt_heap_obj(obj)) { /* obj[a:b:c]: its __getitem__ gets slice(a, b, c) */
    YValue key = yrt_slice_new(vstart, vstop, vstep);
    YValue r = heap_item(obj, YN___getitem__, key, YUNBOUND);
    yrt_decref(key);
    return r;
  }
  switch (yrt_kind_of(obj)) {
  case YK_LIST:
  case YK_TUPLE: {
    YValue *items = yrt_seq_items(obj, &len);
    if (slice_indices(vstart, vstop, vstep, len, &start, &step, &n) < 0) return YERROR;
    if (yrt_is_tuple(obj)) {
      if (n == len && step == 1) return yrt_incref(obj);
      if (n == 0) return yobj(&yrt_tuple_empty);
      YTuple *t = yrt_tuple_alloc(n);
      for (int64_t i = 0; i < n; i++) t->items[i] = yrt_incref(items[start + i * step]);
      return yobj(t);
    }
    YList *l = yrt_list_alloc(n);
    for (int64_t i = 0; i < n; i++) l->items[i] = yrt_incref(items[start + i * step]);
    l->len = n;
    return yobj(l);
  }
  case YK_STR: {
    const YStr *s = YSTR(obj);
    if (slice_indices(vstart, vstop, vstep, s->nchars, &start, &step, &n) < 0) return YERROR;
    if (step == 1) return yrt_str_sub(s, start, start + n);
    if (n == 0) return yobj(&yrt_str_empty);
    if (s->nchars == s->len) {
      if (n == 1) return yobj(yrt_str_ascii((unsigned char)s->data[start]));
      YStr *r = yrt_str_alloc(n, n);
      for (int64_t i = 0; i < n; i++) yrt_str_buf(r)[i] = s->data[start + i * step];
      return yobj(r);
    }
    /* Non-ASCII: the byte offset of every code point, then pick. */
    int64_t *off = yrt_malloc((size_t)(s->nchars + 1) * sizeof(int64_t));
    for (int64_t c = 0, b = 0; c <= s->nchars; c++) {
      off[c] = b;
      if (b < s->len) {
        b++;
        while (b < s->len && ((unsigned char)s->data[b] & 0xC0) == 0x80) b++;
      }
    }
    YBuf b = {0};
    for (int64_t i = 0; i < n; i++) {
      int64_t c = start + i * step;
      yrt_buf_putn(&b, s->data + off[c], (size_t)(off[c + 1] - off[c]));
    }
    free(off);
    return yrt_buf_finish(&b);
  }
  case YK_RANGE: {
    const YRange *r = YRANGE(obj);
    if (r->big) return yrt_bigrange_slice(r, vstart, vstop, vstep);
    if (r->len > (uint64_t)INT64_MAX)
      return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    int64_t stop;
    if (yrt_slice_adjust(vstart, vstop, vstep, (int64_t)r->len, &start, &stop, &step, &n) < 0)
      return YERROR;
    /* CPython's compute_slice: the new bounds are the old range's values at
     * the adjusted slice indices. */
    int64_t nstart, nstep, nstop, t;
    if (__builtin_mul_overflow(r->step, step, &nstep) ||
        __builtin_mul_overflow(start, r->step, &t) || __builtin_add_overflow(r->start, t, &nstart) ||
        __builtin_mul_overflow(stop, r->step, &t) || __builtin_add_overflow(r->start, t, &nstop))
      return yrt_overflow();
    return yrt_range_new(nstart, nstop, nstep);
  }
  case YK_BYTES:
    if (slice_indices(vstart, vstop, vstep, YBYTES(obj)->len, &start, &step, &n) < 0) return YERROR;
    return yrt_bytes_slice(obj, start, step, n);
  case YK_DICT:
    return yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: 'slice'");
  default:
    if (yrt_ops_of(obj) && yrt_ops_of(obj)->getitem) {
      YValue key = yrt_slice_new(vstart, vstop, vstep);
      if (YIS_ERR(key)) return key;
      YValue r = yrt_ops_of(obj)->getitem(obj.u.o, key);
      yrt_decref(key);
      return r;
    }
    return not_subscriptable(obj);
  }
}

/* ===================================================================== */
/* len() and `in`                                                         */
/* ===================================================================== */

/* len() of an instance of a program's class: __len__, a non-negative int. */
static int64_t heap_len(YValue v) {
  YValue r = yrt_special(v, YN___len__, 0, NULL);
  if (YIS_UNBOUND(r)) {
    yrt_raise_msg(&yrt_exc_TypeError, "object of type '%s' has no len()", yrt_tname(v));
    return -1;
  }
  if (YIS_ERR(r)) return -1;
  if (!yrt_is_intlike(r)) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", yrt_tname(r));
    yrt_decref(r);
    return -1;
  }
  if (r.u.i < 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return r.u.i;
}

int64_t yrt_len(YValue v) {
  if (yrt_heap_obj(v)) return heap_len(v);
  switch (yrt_kind_of(v)) {
  case YK_STR: return YSTR(v)->nchars;
  case YK_LIST: return YLIST(v)->len;
  case YK_TUPLE: return YTUPLE(v)->len;
  case YK_DICT: return YDICT(v)->used;
  case YK_BYTES: return YBYTES(v)->len;
  case YK_SET: return YSET(v)->used;
  case YK_RANGE:
    if (YRANGE(v)->big) return yrt_bigrange_len(YRANGE(v));
    if (YRANGE(v)->len > (uint64_t)INT64_MAX) {
      yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    return (int64_t)YRANGE(v)->len;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (yrt_has_ex(v.u.o) && yrt_ex_of(v.u.o->type)->len) return yrt_ex_of(v.u.o->type)->len(v.u.o);
    break;
  default: break;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "object of type '%s' has no len()", yrt_tname(v));
  return -1;
}

/* `x in it` by iteration (consumes generators, as CPython does). */
static int contains_iter(YValue container, YValue x) {
  YValue it = yrt_iter(container);
  if (YIS_ERR(it)) {
    /* Only "not iterable" becomes CPython's `in` message. */
    YValue exc = yrt_fetch_exc();
    yrt_decref(exc);
    yrt_raise_msg(&yrt_exc_TypeError, "argument of type '%s' is not iterable",
                  yrt_tname(container));
    return -1;
  }
  YValue v;
  int r, found = 0;
  while ((r = yrt_next(it, &v)) == 1) {
    found = yrt_is(v, x) ? 1 : yrt_eq(v, x);
    yrt_decref(v);
    if (found) break;
  }
  if (r == 0) yrt_decref(v);
  yrt_decref(it);
  if (r < 0 || found < 0) return -1;
  return found;
}

int yrt_contains(YValue c, YValue x) {
  if (yrt_heap_obj(c)) {
    YValue r = yrt_special(c, YN___contains__, 1, &x);
    if (YIS_UNBOUND(r)) return contains_iter(c, x);
    if (YIS_ERR(r)) return -1;
    int t = yrt_truth(r);
    yrt_decref(r);
    return t;
  }
  switch (yrt_kind_of(c)) {
  case YK_STR: {
    if (!yrt_is_str(x)) {
      yrt_raise_msg(&yrt_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                    yrt_tname(x));
      return -1;
    }
    return yrt_str_find_bytes(YSTR(c)->data, YSTR(c)->len, YSTR(x)->data, YSTR(x)->len, 0) >= 0;
  }
  case YK_LIST:
  case YK_TUPLE: {
    for (int64_t i = 0;; i++) {
      int64_t n;
      YValue *items = yrt_seq_items(c, &n);
      if (i >= n) return 0;
      if (yrt_is(items[i], x)) return 1;
      int r = yrt_eq(items[i], x);
      if (r) return r;
    }
  }
  case YK_DICT: {
    int err;
    DictEntry *e = yrt_dict_lookup(YDICT(c), x, &err);
    return err ? -1 : e != NULL;
  }
  case YK_SET: return yrt_set_contains(c, x);
  case YK_RANGE: {
    const YRange *r = YRANGE(c);
    int64_t i;
    if (r->big && yrt_is_int(x)) return yrt_bigrange_contains(r, x);
    if (r->big && x.tag == YT_FLOAT) return contains_iter(c, x);
    if (yrt_is_intlike(x)) {
      i = x.u.i;
    } else if (yrt_is_big(x)) {
      return 0; /* beyond every range's 64-bit bounds */
    } else if (x.tag == YT_FLOAT) {
      double f = x.u.f;
      if (!(f == floor(f)) || f < -9223372036854775808.0 || f >= 9223372036854775808.0) return 0;
      i = (int64_t)f;
    } else {
      return contains_iter(c, x);
    }
    if (r->len == 0) return 0;
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
    uint64_t d = r->step > 0 ? (uint64_t)i - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)i;
    uint64_t s = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return d % s == 0;
  }
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (yrt_has_ex(c.u.o) && yrt_ex_of(c.u.o->type)->contains)
      return yrt_ex_of(c.u.o->type)->contains(c.u.o, x);
    return contains_iter(c, x);
  case YK_GEN:
    return contains_iter(c, x);
  case YK_BYTES:
    return yrt_bytes_contains(c, x);
  default:
    yrt_raise_msg(&yrt_exc_TypeError, "argument of type '%s' is not iterable", yrt_tname(c));
    return -1;
  }
}

/* ===================================================================== */
/* Attributes and methods                                                 */
/* ===================================================================== */

const char *const yrt_name_str[YN__COUNT] = {
#define YRT_NAME(n) #n,
#include "yrt_names.h"
#undef YRT_NAME
};

/* Is obj an instance of a program's class, or such a class? */
static int heap_or_class(YValue obj) {
  if (obj.tag != YT_OBJ) return 0;
  const YObj *o = obj.u.o;
  return (o->type->flags & YTF_HEAP) || (o->type->kind == YK_TYPE && (((const YType *)o)->flags & YTF_HEAP));
}

/* The methods of the builtin type objects themselves (str.maketrans,
 * dict.fromkeys): does type object t have method n? */
static int type_has_method(YValue t, YName n) {
  const YType *ty = (const YType *)t.u.o;
  return (ty == &yrt_type_str && n == YN_maketrans) || (ty == &yrt_type_dict && n == YN_fromkeys) ||
         (ty == &yrt_type_bytes && n == YN_fromhex);
}

/* The container protocols' methods, as CPython's builtin types have them
 * (mostly slot wrappers): obj.__len__() is len(obj), obj.__getitem__(k) is
 * obj[k], and so on, one row each, at the name.  `kinds` are the YKinds
 * that have it (0 in every other name's row); `meth` the kinds whose method
 * is a METH_O one, which words a wrong argument count as
 * "list.__getitem__() takes exactly one argument (0 given)" where a slot
 * wrapper says "expected 1 argument, got 0". */
#define KB(k) (1u << (k))
#define CONTAINERS (KB(YK_LIST) | KB(YK_TUPLE) | KB(YK_STR) | KB(YK_BYTES) | KB(YK_DICT) | KB(YK_SET) | KB(YK_RANGE))
static const struct {
  int nargs;
  unsigned kinds, meth; /* kinds 0: not a protocol method */
} protocol_methods[YN__COUNT] = {
    [YN___len__] = {0, CONTAINERS, 0},
    [YN___getitem__] = {1, CONTAINERS & ~KB(YK_SET), KB(YK_LIST) | KB(YK_DICT)},
    [YN___contains__] = {1, CONTAINERS, KB(YK_DICT) | KB(YK_SET)},
    [YN___setitem__] = {2, KB(YK_LIST) | KB(YK_DICT), 0},
    [YN___delitem__] = {1, KB(YK_LIST) | KB(YK_DICT), 0},
};

/* Has obj's builtin type the protocol method n? */
static int protocol_method(YValue obj, YName n) {
  return obj.tag == YT_OBJ && (protocol_methods[n].kinds & KB(obj.u.o->type->kind));
}

static YValue call_protocol_method(YValue obj, YName i, int argc, const YValue *argv) {
  int want = protocol_methods[i].nargs;
  if (argc != want) {
    if (protocol_methods[i].meth & KB(obj.u.o->type->kind))
      return yrt_raise_msg(&yrt_exc_TypeError, "%s.%s() takes exactly one argument (%d given)", yrt_tname(obj),
                           yrt_name_str[i], argc);
    return yrt_raise_msg(&yrt_exc_TypeError, "%sexpected %d argument%s, got %d", want == 2 ? " " : "", want,
                         want == 1 ? "" : "s", argc);
  }
  switch (i) {
  case YN___len__: {
    int64_t n = yrt_len(obj);
    return n < 0 ? YERROR : yint(n);
  }
  case YN___getitem__: return yrt_getitem(obj, argv[0]);
  case YN___contains__: {
    int r = yrt_contains(obj, argv[0]);
    return r < 0 ? YERROR : ybool(r);
  }
  case YN___setitem__: return yrt_setitem(obj, argv[0], argv[1]) < 0 ? YERROR : YNONE;
  case YN___delitem__: return yrt_delitem(obj, argv[0]) < 0 ? YERROR : YNONE;
  default: yrt_unreachable();
  }
}
#undef CONTAINERS
#undef KB

/* Does `obj.name` name a method of obj's builtin type? */
static int has_method(YValue obj, YName n) {
  if (yrt_num_kind(obj)) return yrt_number_has_method(obj, n);
  if (protocol_method(obj, n)) return 1;
  switch (yrt_kind_of(obj)) {
  case YK_LIST:
    switch (n) {
    case YN_append: case YN_pop: case YN_extend: case YN_insert: case YN_index:
    case YN_remove: case YN_reverse: case YN_sort: case YN_count: case YN_copy:
    case YN_clear: case YN___iter__: return 1;
    default: return 0;
    }
  case YK_DICT:
    switch (n) {
    case YN_get: case YN_items: case YN_keys: case YN_values: case YN_pop:
    case YN_update: case YN_setdefault: case YN_copy: case YN_clear: case YN___iter__:
    case YN_popitem: case YN_fromkeys: return 1;
    default: return 0;
    }
  case YK_STR:
    switch (n) {
    case YN_strip: case YN_lstrip: case YN_rstrip: case YN_split: case YN_join:
    case YN_upper: case YN_lower: case YN_casefold: case YN_swapcase: case YN_title:
    case YN_capitalize: case YN_startswith: case YN_endswith: case YN_replace:
    case YN_splitlines: case YN_find: case YN_count: case YN_index: case YN_isdigit:
    case YN_isalpha: case YN_isspace: case YN_format: case YN___iter__: case YN_encode: return 1;
    default: return yrt_str_has_more(n);
    }
  case YK_BYTES:
    return yrt_bytes_has_method(n);
  case YK_SLICE:
    return n == YN_indices;
  case YK_TYPE:
    return type_has_method(obj, n);
  case YK_TUPLE:
  case YK_RANGE:
    return n == YN_index || n == YN_count || n == YN___iter__;
  case YK_SET: return yrt_set_has_method(obj, n);
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (!yrt_has_ex(obj.u.o)) return 0;
    if (yrt_method_def(obj.u.o, n)) return 1;
    if (n == YN___next__) return yrt_ex_of(obj.u.o->type)->next != NULL;
    if (n == YN___iter__) return yrt_is_iterable(obj);
    return 0;
  default:
    return 0;
  }
}

int yrt_method_check_slow(YValue obj, YName name) {
  if (heap_or_class(obj)) return yrt_class_method_check(obj, yrt_name_obj(name));
  if (yrt_kind_of(obj) == YK_GEN ? yrt_gen_has_method((YGen *)obj.u.o, name) : has_method(obj, name)) return 0;
  YValue m = yrt_getattr(obj, name);
  if (YIS_ERR(m)) return -1;
  yrt_decref(m);
  return 0;
}

int yrt_method_check_str(YValue obj, YValue name) {
  int id = yrt_name_find(name);
  if (id >= 0) return yrt_method_check_slow(obj, (YName)id);
  if (heap_or_class(obj)) return yrt_class_method_check(obj, name);
  YValue m = yrt_getattr_str(obj, name);
  if (YIS_ERR(m)) return -1;
  yrt_decref(m);
  return 0;
}

YValue yrt_getattr(YValue obj, YName name) {
  if (name == YN___class__) return yobj((void *)yrt_typeof(obj));
  if (obj.tag == YT_OBJ) {
    YObj *o = obj.u.o;
    if (heap_or_class(obj)) return yrt_class_getattr(obj, yrt_name_obj(name));
    int qual = name == YN___qualname__;
    switch (o->type->kind) {
    case YK_GEN: return yrt_gen_getattr((YGen *)o, name);
    case YK_EXC: return yrt_exc_getattr(obj, name);
    case YK_TYPE:
      if (name == YN___name__ || qual) return yrt_str_from_c(((const YType *)o)->name);
      if (type_has_method(obj, name)) return yrt_method_new(obj, name);
      break;
    case YK_FUNC: {
      YValue v = yrt_func_getattr(obj, yrt_name_obj(name));
      if (!YIS_UNBOUND(v)) return v;
      break;
    }
    case YK_BUILTIN:
      if (name == YN___name__ || qual) return yrt_str_from_c(((YBuiltin *)o)->name);
      if (name == YN_from_iterable && o == &yrt_bobj_itertools_chain.ob)
        return yobj(&yrt_bobj_itertools_chain_from_iterable);
      break;
    case YK_DESCR: return yrt_descr_getattr(obj, name);
    case YK_MODULE: return yrt_module_getattr(obj, yrt_name_str[name]);
    case YK_SLICE: return yrt_slice_getattr(obj, name);
    case YK_RANGE: {
      const YRange *r = YRANGE(obj);
      if (name == YN_start) return yint(r->start);
      if (name == YN_stop) return yint(r->stop);
      if (name == YN_step) return yint(r->step);
      break;
    }
    case YK_METHOD: {
      YMethod *m = (YMethod *)o;
      if (!YIS_UNBOUND(m->func)) {
        if (name == YN___self__) return yrt_incref(m->self);
        if (name == YN___func__) return yrt_incref(m->func);
        return yrt_getattr(m->func, name);
      }
      if (name == YN___name__) return yrt_str_from_c(yrt_name_str[m->name]);
      if (qual) return yrt_str_from_fmt("%s.%s", yrt_tname(m->self), yrt_name_str[m->name]);
      break;
    }
    case YK_AWAITABLE:
      /* Awaitables (YAwaitType, rt.h) have methods but no attribute slot:
       * the names their callmethod may know become bound methods. */
      if (!yrt_ex_of(o->type)->getattr && YRT_AWAIT_TYPE(o->type)->callmethod) {
        switch (name) {
        case YN_send: case YN_throw: case YN_close: case YN_result: case YN_done:
        case YN_cancel: case YN_cancelled: case YN_exception: case YN___await__:
        case YN___next__: case YN___iter__: case YN_set_result: case YN_set_exception:
        case YN_add_done_callback: case YN_remove_done_callback: case YN_cancelling: case YN_uncancel:
          return yrt_method_new(obj, name);
        default: break;
        }
      }
      /* fall through */
    case YK_ITER:
    case YK_OTHER:
      if (yrt_has_ex(o) && yrt_ex_of(o->type)->getattr && !has_method(obj, name))
        return yrt_ex_of(o->type)->getattr(o, name);
      break;
    default: break;
    }
  }
  if (has_method(obj, name)) return yrt_method_new(obj, name);
  return yrt_no_attr(obj, yrt_name_str[name]);
}

static YValue callmethod(YValue obj, YName name, int argc, const YValue *argv);

/* g.send(v) and its kin first, without the big function's prologue:
 * generators have no protocol methods and no number or exception methods,
 * so nothing in callmethod would take them before its switch.  Nor would
 * it take s.isdigit(), lst.append(x) or d.get(k) (an exact str, list or
 * dict: not a class of the program's) before its switch, unless the name
 * is one of protocol_methods. */
YValue yrt_callmethod(YValue obj, YName name, int argc, const YValue *argv) {
  if (obj.tag == YT_OBJ) {
    const YType *t = obj.u.o->type;
    if (t->kind == YK_GEN) return yrt_gen_callmethod((YGen *)obj.u.o, name, argc, argv);
    if (!protocol_methods[name].kinds) {
      if (t == &yrt_type_str) return name == YN_encode ? yrt_str_encode(obj, argc, argv) : yrt_str_method(obj, name, argc, argv);
      if (t == &yrt_type_list) return yrt_list_method(obj, name, argc, argv);
      if (t == &yrt_type_dict) return yrt_dict_method(obj, name, argc, argv);
    }
  }
  return callmethod(obj, name, argc, argv);
}

YRT_NOINLINE static YValue callmethod(YValue obj, YName name, int argc, const YValue *argv) {
  if (name == YN_with_traceback && yrt_kind_of(obj) == YK_EXC &&
      YIS_UNBOUND(yrt_mro_lookup(obj.u.o->type, yrt_name_obj(name))))
    return yrt_exc_with_traceback(obj, argc, argv);
  if (heap_or_class(obj)) return yrt_callmethod_str(obj, yrt_name_obj(name), argc, argv, 0, NULL);
  if (yrt_num_kind(obj) && yrt_number_has_method(obj, name)) return yrt_number_method(obj, name, argc, argv);
  if (protocol_method(obj, name)) return call_protocol_method(obj, name, argc, argv);
  switch (yrt_kind_of(obj)) {
  case YK_TYPE: /* str.maketrans, dict.fromkeys, bytes.fromhex */
    if (!type_has_method(obj, name)) break;
    if (name == YN_fromhex) return yrt_bytes_type_method(name, argc, argv);
    return name == YN_maketrans ? yrt_str_maketrans(argc, argv) : yrt_dict_fromkeys(argc, argv);
  case YK_DESCR:
    if (obj.u.o->type == &yrt_type_property) return yrt_property_method(obj, name, argc, argv);
    if (obj.u.o->type == &yrt_type_super) return yrt_callmethod_str(obj, yrt_name_obj(name), argc, argv, 0, NULL);
    break;
  case YK_STR:
    if (name == YN_encode) return yrt_str_encode(obj, argc, argv);
    return yrt_str_method(obj, name, argc, argv);
  case YK_BYTES: return yrt_bytes_method(obj, name, argc, argv);
  case YK_SLICE: return yrt_slice_method(obj, name, argc, argv);
  case YK_LIST: return yrt_list_method(obj, name, argc, argv);
  case YK_DICT: return yrt_dict_method(obj, name, argc, argv);
  case YK_TUPLE: return yrt_tuple_method(obj, name, argc, argv);
  case YK_RANGE: return yrt_range_method(obj, name, argc, argv);
  case YK_SET: return yrt_set_method(obj, name, argc, argv);
  case YK_GEN: return yrt_gen_callmethod((YGen *)obj.u.o, name, argc, argv);
  case YK_AWAITABLE: /* asend/athrow objects, tasks, futures (gen.c, loop.c) */
    return YRT_AWAIT_TYPE(obj.u.o->type)->callmethod(obj.u.o, name, argc, argv);
  case YK_ITER:
  case YK_OTHER: {
    const YMethodDef *d = yrt_method_def(obj.u.o, name);
    if (d) return d->fn(obj.u.o, argc, argv);
  }
    if (has_method(obj, name)) {
      if (yrt_args_none(name == YN___next__ ? "__next__" : "__iter__", argc) < 0) return YERROR;
      if (name == YN___iter__) return yrt_iter(obj);
      YValue v;
      int r = yrt_next(obj, &v);
      if (r == 1) return v;
      if (r == 0) {
        YValue e = yrt_stop_iteration(&yrt_exc_StopIteration, v);
        yrt_decref(v);
        if (YIS_ERR(e)) return e;
        yrt_raise(e);
        yrt_decref(e);
      }
      return YERROR;
    }
    if (yrt_kind_of(obj) == YK_AWAITABLE && YRT_AWAIT_TYPE(obj.u.o->type)->callmethod)
      return YRT_AWAIT_TYPE(obj.u.o->type)->callmethod(obj.u.o, name, argc, argv);
    break;
  default: break;
  }
  /* Anything else: look the attribute up and call it.  A bound method of
   * this very name would only come back here: the object has no such
   * method (unless it carries its function: re's methods, re.c). */
  YValue f = yrt_getattr(obj, name);
  if (YIS_ERR(f)) return f;
  if (yrt_kind_of(f) == YK_METHOD && yrt_is(((YMethod *)f.u.o)->self, obj) &&
      ((YMethod *)f.u.o)->name == name && YIS_UNBOUND(((YMethod *)f.u.o)->func)) {
    yrt_decref(f);
    return yrt_no_attr(obj, yrt_name_str[name]);
  }
  YValue r = yrt_call(f, argc, argv);
  yrt_decref(f);
  return r;
}

/* ---- method calls with keyword arguments ------------------------------------ */

/* The keyword parameters of the builtin methods that have some: their names,
 * in positional order (kw_only: they are keyword-only, like list.sort's). */
typedef struct MethodKw {
  YKind kind;
  YName name;
  const char *qual;  /* for the message: "sort" in "... invalid keyword argument for sort()" */
  int kw_only;
  const char *params[3];
} MethodKw;

static const MethodKw method_kws[] = {
    {YK_LIST, YN_sort, "sort", 1, {"key", "reverse", NULL}},
    {YK_STR, YN_split, "split", 0, {"sep", "maxsplit", NULL}},
    {YK_STR, YN_splitlines, "splitlines", 0, {"keepends", NULL, NULL}},
    {YK_STR, YN_encode, "encode", 0, {"encoding", "errors", NULL}},
    {YK_BYTES, YN_split, "split", 0, {"sep", "maxsplit", NULL}},
    {YK_BYTES, YN_decode, "decode", 0, {"encoding", "errors", NULL}},
    {YK_STR, YN_rsplit, "rsplit", 0, {"sep", "maxsplit", NULL}},
    {YK_STR, YN_expandtabs, "expandtabs", 0, {"tabsize", NULL, NULL}},
};

YValue yrt_callmethod_kw(YValue obj, YName name, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (nkw == 0) return yrt_callmethod(obj, name, argc, argv);
  if (heap_or_class(obj) || (obj.tag == YT_OBJ && obj.u.o->type == &yrt_type_super))
    return yrt_callmethod_str(obj, yrt_name_obj(name), argc, argv, nkw, kwnames);
  YKind kind = yrt_kind_of(obj);
  if (kind == YK_STR && name == YN_format) return yrt_str_format_kw(obj, argc, argv, nkw, kwnames);
  if (kind == YK_DICT && name == YN_update) return yrt_dict_update_kw(obj, argc, argv, nkw, kwnames);
  const MethodKw *m = NULL;
  for (size_t i = 0; i < sizeof method_kws / sizeof method_kws[0] && !m; i++)
    if (method_kws[i].kind == kind && method_kws[i].name == name) m = &method_kws[i];
  if (!m) {
    if (kind == YK_STR || kind == YK_LIST || kind == YK_DICT || kind == YK_TUPLE || kind == YK_RANGE ||
        kind == YK_BYTES || kind == YK_SET)
      return yrt_raise_msg(&yrt_exc_TypeError, "%s.%s() takes no keyword arguments", yrt_tname(obj),
                           yrt_name_str[name]);
    /* Anything else: the attribute, called with the keywords. */
    YValue f = yrt_getattr(obj, name);
    if (YIS_ERR(f)) return f;
    YValue r = yrt_call_kw(f, argc, argv, nkw, kwnames);
    yrt_decref(f);
    return r;
  }
  /* Put each keyword in its parameter's place: positional arguments first. */
  int np = 0;
  while (np < 3 && m->params[np]) np++;
  YValue slots[3] = {YUNBOUND, YUNBOUND, YUNBOUND};
  if (!m->kw_only)
    for (int i = 0; i < argc && i < np; i++) slots[i] = argv[i];
  for (int k = 0; k < nkw; k++) {
    int i = 0;
    while (i < np && strcmp(m->params[i], kwnames[k]->data)) i++;
    if (i == np)
      return yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", kwnames[k]->data,
                           m->qual);
    if (!YIS_UNBOUND(slots[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", m->qual,
                           m->params[i], i + 1);
    slots[i] = argv[argc + k];
  }
  if (m->kw_only) {
    if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no positional arguments", m->qual);
    int64_t rev = 0;
    if (!YIS_UNBOUND(slots[1])) {
      int t = yrt_truth(slots[1]);
      if (t < 0) return YERROR;
      rev = t;
    }
    return yrt_list_sort(obj, YIS_NONE(slots[0]) ? YUNBOUND : slots[0], (int)rev) < 0 ? YERROR : YNONE;
  }
  if (argc > np) return yrt_callmethod(obj, name, argc, argv); /* its own "at most" message */
  /* The parameters up to the last given, defaults filled in as the method's
   * (only split's first one can be missing before a given one: sep=None). */
  int n = np;
  while (n > 0 && YIS_UNBOUND(slots[n - 1])) n--;
  for (int i = 0; i < n; i++)
    if (YIS_UNBOUND(slots[i])) slots[i] = YNONE;
  return yrt_callmethod(obj, name, n, slots);
}
