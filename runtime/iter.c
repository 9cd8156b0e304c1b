/*
 * iter.c: range, the builtin iterators and dict views, enumerate, zip and
 * reversed, and the iteration protocol (iter, next, unpacking).
 *
 * Design
 * ------
 * A range is start, stop, step and its length, never materialised; its
 * values are computed in unsigned arithmetic, so that no step of a range
 * that fits in 64 bits can overflow.
 *
 * Every builtin iterator and dict view is a YIter (rt.h): a source, a
 * position and a count, whose meaning depends on its type.  The types are
 * YTypeEx statics (type.c) carrying the next / iter / len / contains / repr
 * slots, so adding an iterator is adding a static and a next function, and
 * yrt_iter/yrt_next dispatch on the kind and then through the slots.  An
 * exhausted iterator drops its source, so it no longer keeps it alive.
 * Dict iterators check the dict's size on every step and raise CPython's
 * RuntimeErrors when it changed; the views read the dict through dict.c.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

/* ===================================================================== */
/* The types                                                              */
/* ===================================================================== */

static YValue range_call(const YType *t, int argc, const YValue *argv);
static YValue enumerate_call(const YType *t, int argc, const YValue *argv);
static YValue zip_call(const YType *t, int argc, const YValue *argv);
static YValue reversed_call(const YType *t, int argc, const YValue *argv);

static void iter_dealloc(YObj *o);
static int list_iter_next(YObj *o, YValue *out);
static int list_reviter_next(YObj *o, YValue *out);
static int tuple_iter_next(YObj *o, YValue *out);
static int str_iter_next(YObj *o, YValue *out);
static int reversed_next(YObj *o, YValue *out);
static int range_iter_next(YObj *o, YValue *out);
static int dict_iter_next(YObj *o, YValue *out);
static int enumerate_next(YObj *o, YValue *out);
static int zip_next(YObj *o, YValue *out);
static YValue view_iter(YObj *o);
static int64_t view_len(YObj *o);
static int view_contains(YObj *o, YValue v);
static YValue view_repr(YObj *o);

YRT_DEFINE_TYPE(yrt_type_range, "range", &yrt_type_object, YK_RANGE, range_call);

#define ITER_SLOTS(pyname, nextfn) \
  {YRT_TYPE_EX_HEAD(pyname, YK_ITER), iter_dealloc, (nextfn), NULL, NULL, NULL, NULL, NULL}
#define ITER_TYPE(var, pyname, nextfn) static const YTypeEx var = ITER_SLOTS(pyname, nextfn)
static int seq_iter_next(YObj *o, YValue *out);
ITER_TYPE(list_iter_type, "list_iterator", list_iter_next);
ITER_TYPE(seq_iter_type, "iterator", seq_iter_next);
ITER_TYPE(tuple_iter_type, "tuple_iterator", tuple_iter_next);
ITER_TYPE(str_ascii_iter_type, "str_ascii_iterator", str_iter_next);
ITER_TYPE(str_iter_type, "str_iterator", str_iter_next);
ITER_TYPE(range_iter_type, "range_iterator", range_iter_next);
ITER_TYPE(dict_keyiter_type, "dict_keyiterator", dict_iter_next);
ITER_TYPE(dict_valueiter_type, "dict_valueiterator", dict_iter_next);
ITER_TYPE(dict_itemiter_type, "dict_itemiterator", dict_iter_next);
ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator", dict_iter_next);
ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator", dict_iter_next);
ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator", dict_iter_next);
ITER_TYPE(list_reviter_type, "list_reverseiterator", list_reviter_next);

/* enumerate, zip and reversed are also the builtins' names, so they are
 * public types (yieldrt.h declares them as plain YTypes); their slots live in
 * separate YTypeEx records that yrt_ex_of() (rt.h) finds. */
YRT_DEFINE_TYPE(yrt_type_enumerate, "enumerate", &yrt_type_object, YK_ITER, enumerate_call);
YRT_DEFINE_TYPE(yrt_type_zip, "zip", &yrt_type_object, YK_ITER, zip_call);
YRT_DEFINE_TYPE(yrt_type_reversed, "reversed", &yrt_type_object, YK_ITER, reversed_call);
const YTypeEx yrt_enumerate_slots = ITER_SLOTS("enumerate", enumerate_next);
const YTypeEx yrt_zip_slots = ITER_SLOTS("zip", zip_next);
const YTypeEx yrt_reversed_slots = ITER_SLOTS("reversed", reversed_next);

#define VIEW_TYPE(var, pyname)                                                       \
  const YTypeEx var = {YRT_TYPE_EX_HEAD(pyname, YK_OTHER), iter_dealloc, NULL,        \
                       view_iter, view_len, view_contains, view_repr, NULL}
VIEW_TYPE(yrt_dict_keys_type, "dict_keys");
VIEW_TYPE(yrt_dict_values_type, "dict_values");
VIEW_TYPE(yrt_dict_items_type, "dict_items");

/* ===================================================================== */
/* range                                                                  */
/* ===================================================================== */

/* The number of values of range(start, stop, step) (step != 0). */
static uint64_t range_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop)
    return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
  if (step < 0 && start > stop)
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
  return 0;
}

YValue yrt_range_new(int64_t start, int64_t stop, int64_t step) {
  YRange *r = yrt_obj_new(&yrt_type_range, sizeof(YRange));
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = range_len(start, stop, step);
  return yobj(r);
}

/* range.index(x) (count 0) or range.count(x) (count 1) for an x that is
 * not an int: by iteration and ==, as CPython's _PySequence_IterSearch. */
YValue yrt_range_index_search(YValue self, YValue x, int count) {
  YValue it = yrt_iter(self), v;
  if (YIS_ERR(it)) return it;
  int64_t i = 0, n = 0;
  int r;
  while ((r = yrt_next(it, &v)) == 1) {
    int eq = yrt_eq(v, x);
    yrt_decref(v);
    if (eq < 0) {
      r = -1;
      break;
    }
    if (eq && !count) break;
    n += eq;
    i++;
  }
  if (r == 0) yrt_decref(v);
  yrt_decref(it);
  if (r < 0) return YERROR;
  if (count) return yint(n);
  if (r == 1) return yint(i);
  return yrt_raise_msg(&yrt_exc_ValueError, "sequence.index(x): x not in sequence");
}

YValue yrt_range_method(YValue self, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN_index:
  case YN_count: {
    if (yrt_args_one(name == YN_index ? "range.index" : "range.count", argc) < 0) return YERROR;
    const YRange *rg = YRANGE(self);
    if (!yrt_is_int(argv[0])) return yrt_range_index_search(self, argv[0], name == YN_count);
    if (rg->big && name == YN_index) return yrt_bigrange_index(rg, argv[0]);
    int r = yrt_contains(self, argv[0]);
    if (r < 0) return YERROR;
    if (name == YN_count) return yint(r);
    if (!r) {
      YValue rep = yrt_repr(argv[0]);
      if (YIS_ERR(rep)) return rep;
      yrt_raise_msg(&yrt_exc_ValueError, "%s is not in range", YSTR(rep)->data);
      yrt_decref(rep);
      return YERROR;
    }
    int64_t x = argv[0].u.i;
    uint64_t d = (uint64_t)x - (uint64_t)rg->start;
    return yint((int64_t)(rg->step > 0 ? d / (uint64_t)rg->step
                                       : (0 - d) / (0 - (uint64_t)rg->step)));
  }
  case YN___iter__:
    if (yrt_args_none("range.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ===================================================================== */
/* Iterators                                                              */
/* ===================================================================== */

static YIter *iter_new(const YType *type, YValue src) {
  YIter *it = yrt_obj_new(type, sizeof(YIter));
  it->src = yrt_incref(src);
  return it;
}

static void iter_dealloc(YObj *o) {
  YIter *it = (YIter *)o;
  YValue src = it->src;
  free(it);
  yrt_decref(src);
}

/* Mark an iterator exhausted: report 0 with None. */
static int iter_done(YIter *it, YValue *out) {
  yrt_clear(&it->src);
  *out = YNONE;
  return 0;
}

/* iter(x) of an object with __getitem__ and no __iter__: x[0], x[1], ...
 * until IndexError or StopIteration. */
static int seq_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YValue i = yint(it->pos);
  YValue r = yrt_special(it->src, YN___getitem__, 1, &i);
  if (YIS_ERR(r)) {
    YValue e = yrt_fetch_exc();
    if (yrt_exc_matches(e, yobj((void *)&yrt_exc_IndexError)) ||
        yrt_exc_matches(e, yobj((void *)&yrt_exc_StopIteration))) {
      yrt_decref(e);
      return iter_done(it, out);
    }
    yrt_raise(e);
    yrt_decref(e);
    return -1;
  }
  it->pos++;
  *out = r;
  return 1;
}

/* iter(x) and next(x) of an instance of a program's class. */
static YValue heap_iter(YValue v) {
  YValue r = yrt_special(v, YN___iter__, 0, NULL);
  if (YIS_UNBOUND(r)) {
    if (!YIS_UNBOUND(yrt_special_find(v, YN___getitem__))) return yobj(iter_new(&seq_iter_type.type, v));
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not iterable", yrt_tname(v));
  }
  if (YIS_ERR(r)) return r;
  int ok = r.tag == YT_OBJ && (r.u.o->type->kind == YK_GEN || (yrt_heap_obj(r) ? !YIS_UNBOUND(yrt_special_find(r, YN___next__))
                                                                                : yrt_has_ex(r.u.o) && yrt_ex_of(r.u.o->type)->next));
  if (!ok) {
    const char *tn = yrt_tname(r);
    yrt_decref(r);
    return yrt_raise_msg(&yrt_exc_TypeError, "iter() returned non-iterator of type '%s'", tn);
  }
  return r;
}

static int heap_next(YValue it, YValue *out) {
  YValue r = yrt_special(it, YN___next__, 0, NULL);
  if (YIS_UNBOUND(r)) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", yrt_tname(it));
    return -1;
  }
  if (!YIS_ERR(r)) {
    *out = r;
    return 1;
  }
  YValue e = yrt_fetch_exc();
  if (yrt_exc_matches(e, yobj((void *)&yrt_exc_StopIteration))) {
    YValue v = yrt_getattr(e, YN_value);
    yrt_decref(e);
    if (YIS_ERR(v)) return -1;
    *out = v;
    return 0;
  }
  yrt_raise(e);
  yrt_decref(e);
  return -1;
}

static int list_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= YLIST(it->src)->len) return iter_done(it, out);
  *out = yrt_incref(YLIST(it->src)->items[it->pos++]);
  return 1;
}

static int list_reviter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos < 0 || it->pos >= YLIST(it->src)->len)
    return iter_done(it, out);
  *out = yrt_incref(YLIST(it->src)->items[it->pos--]);
  return 1;
}

static int tuple_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= YTUPLE(it->src)->len) return iter_done(it, out);
  *out = yrt_incref(YTUPLE(it->src)->items[it->pos++]);
  return 1;
}

static int str_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= YSTR(it->src)->len) return iter_done(it, out);
  const char *p = YSTR(it->src)->data + it->pos;
  int n = 1;
  if ((unsigned char)*p < 128) {
    *out = yobj(yrt_str_ascii((unsigned char)*p));
  } else {
    yrt_utf8_decode(p, &n);
    *out = yrt_str_make(p, n, 1);
  }
  it->pos += n;
  return 1;
}

/* reversed(tuple) and reversed(str): pos is an index (a byte offset for a
 * str), counting down. */
static int reversed_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos <= 0) return iter_done(it, out);
  if (yrt_is_str(it->src)) {
    const YStr *s = YSTR(it->src);
    int64_t b = yrt_utf8_prev(s->data, it->pos);
    *out = yrt_str_make(s->data + b, it->pos - b, 1);
    it->pos = b;
    return 1;
  }
  it->pos--;
  *out = yrt_incref(YTUPLE(it->src)->items[it->pos]);
  return 1;
}

static int range_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->left == 0) {
    *out = YNONE;
    return 0;
  }
  *out = yint(it->pos);
  if (--it->left) it->pos = (int64_t)((uint64_t)it->pos + (uint64_t)it->step);
  return 1;
}

static YValue range_iter_new(const YRange *r, int reverse) {
  if (r->big) return yrt_bigrange_iter(r, reverse);
  YIter *it = iter_new(&range_iter_type.type, YUNBOUND);
  it->left = r->len;
  if (!reverse) {
    it->pos = r->start;
    it->step = r->step;
  } else {
    it->pos = r->len ? yrt_range_at(r, r->len - 1) : 0;
    it->step = (int64_t)(0 - (uint64_t)r->step);
  }
  return yobj(it);
}

/* Dict iterators: which of key / value / item they give, and direction. */
static int dict_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  const YType *t = o->type;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YDict *d = YDICT(it->src);
  if (it->step != d->used) {
    it->step = -1; /* sticky */
    yrt_raise_msg(&yrt_exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  int reverse = t == &dict_revkeyiter_type.type || t == &dict_revvalueiter_type.type ||
                t == &dict_revitemiter_type.type;
  DictEntry *e = NULL;
  if (!reverse) {
    while (it->pos < d->n && d->entries[it->pos].key.tag == YT_UNBOUND) it->pos++;
    if (it->pos < d->n) e = &d->entries[it->pos++];
  } else {
    if (it->pos >= d->n) it->pos = d->n - 1;
    while (it->pos >= 0 && d->entries[it->pos].key.tag == YT_UNBOUND) it->pos--;
    if (it->pos >= 0) e = &d->entries[it->pos--];
  }
  if (!e) return iter_done(it, out);
  if (it->left == 0) {
    yrt_raise_msg(&yrt_exc_RuntimeError, "dictionary keys changed during iteration");
    yrt_clear(&it->src);
    return -1;
  }
  it->left--;
  if (t == &dict_keyiter_type.type || t == &dict_revkeyiter_type.type) {
    *out = yrt_incref(e->key);
  } else if (t == &dict_valueiter_type.type || t == &dict_revvalueiter_type.type) {
    *out = yrt_incref(e->value);
  } else {
    YValue kv[2] = {e->key, e->value};
    *out = yrt_tuple_new(2, kv);
  }
  return 1;
}

static YValue dict_iter_new(const YTypeEx *type, YValue dict, int reverse) {
  YIter *it = iter_new(&type->type, dict);
  YDict *d = YDICT(dict);
  it->pos = reverse ? d->n - 1 : 0;
  it->left = (uint64_t)d->used;
  it->step = d->used;
  return yobj(it);
}

static int enumerate_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YValue v;
  int r = yrt_next(it->src, &v);
  if (r <= 0) {
    if (r == 0) {
      yrt_decref(v);
      return iter_done(it, out);
    }
    return -1;
  }
  YValue pair[2] = {yint(it->pos), v};
  if (it->pos == INT64_MAX) {
    yrt_decref(v);
    yrt_overflow();
    return -1;
  }
  it->pos++;
  *out = yrt_tuple_steal(2, pair);
  return 1;
}

/* zip(strict=True): iterator i of its is exhausted; are the others?  0, or
 * -1 with CPython's ValueError. */
static int zip_strict_check(YTuple *its, int64_t i) {
  if (i > 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld", (long long)i + 1,
                  i == 1 ? " " : "s 1-", (long long)i);
    return -1;
  }
  for (int64_t j = 1; j < its->len; j++) {
    YValue v;
    int r = yrt_next(its->items[j], &v);
    if (r < 0) return -1;
    yrt_decref(v);
    if (r == 1) {
      yrt_raise_msg(&yrt_exc_ValueError, "zip() argument %lld is longer than argument%s%lld", (long long)j + 1,
                    j == 1 ? " " : "s 1-", (long long)j);
      return -1;
    }
  }
  return 0;
}

static int zip_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YTuple *its = YTUPLE(it->src);
  if (its->len == 0) return iter_done(it, out);
  YTuple *t = yrt_tuple_alloc(its->len);
  for (int64_t i = 0; i < its->len; i++) {
    int r = yrt_next(its->items[i], &t->items[i]);
    if (r <= 0) {
      if (r == 0) yrt_decref(t->items[i]);
      t->len = i;
      yrt_decref(yobj(t));
      if (r < 0) return -1;
      if (it->step && zip_strict_check(its, i) < 0) return -1; /* zip(strict=True) */
      return iter_done(it, out);
    }
  }
  *out = yobj(t);
  return 1;
}

/* ===================================================================== */
/* dict views                                                             */
/* ===================================================================== */

YValue yrt_dict_view_new(const YTypeEx *type, YValue dict) {
  return yobj(iter_new(&type->type, dict));
}

static YValue view_iter(YObj *o) {
  YIter *v = (YIter *)o;
  const YTypeEx *it = o->type == &yrt_dict_keys_type.type     ? &dict_keyiter_type
                      : o->type == &yrt_dict_values_type.type ? &dict_valueiter_type
                                                          : &dict_itemiter_type;
  return dict_iter_new(it, v->src, 0);
}

static int64_t view_len(YObj *o) { return YDICT(((YIter *)o)->src)->used; }

static int view_contains(YObj *o, YValue x) {
  YDict *d = YDICT(((YIter *)o)->src);
  int err;
  if (o->type == &yrt_dict_keys_type.type) {
    DictEntry *e = yrt_dict_lookup(d, x, &err);
    return err ? -1 : e != NULL;
  }
  if (o->type == &yrt_dict_items_type.type) {
    if (!yrt_is_tuple(x) || YTUPLE(x)->len != 2) return 0;
    DictEntry *e = yrt_dict_lookup(d, YTUPLE(x)->items[0], &err);
    if (err) return -1;
    if (!e) return 0;
    return yrt_is(e->value, YTUPLE(x)->items[1]) ? 1 : yrt_eq(e->value, YTUPLE(x)->items[1]);
  }
  for (int64_t i = 0; i < d->n; i++) {
    DictEntry *e = &d->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    int r = yrt_is(e->value, x) ? 1 : yrt_eq(e->value, x);
    if (r) return r;
  }
  return 0;
}

/* dict_values([...]): a view inside its own dict prints as "..." (as
 * CPython's dictview_repr), and a view counts toward the depth limit. */
static YValue view_repr(YObj *o) {
  if (yrt_repr_enter(o)) return yrt_str_new("...", 3);
  if (yrt_repr_enter_call() < 0) {
    yrt_repr_leave();
    return YERROR;
  }
  YBuf b = {0};
  yrt_buf_puts(&b, o->type->name);
  yrt_buf_puts(&b, "([");
  YValue it = view_iter(o), x;
  int r, first = 1;
  while ((r = yrt_next(it, &x)) == 1) {
    if (!first) yrt_buf_puts(&b, ", ");
    first = 0;
    r = yrt_buf_repr(&b, x);
    yrt_decref(x);
    if (r < 0) break;
  }
  yrt_decref(it);
  yrt_leave_call();
  yrt_repr_leave();
  if (r < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  yrt_decref(x);
  yrt_buf_puts(&b, "])");
  return yrt_buf_finish(&b);
}

/* ===================================================================== */
/* Iteration                                                              */
/* ===================================================================== */

YValue yrt_iter(YValue v) {
  if (yrt_heap_obj(v)) return heap_iter(v);
  switch (yrt_kind_of(v)) {
  case YK_LIST: return yobj(iter_new(&list_iter_type.type, v));
  case YK_TUPLE: return yobj(iter_new(&tuple_iter_type.type, v));
  case YK_STR:
    return yobj(iter_new(YSTR(v)->nchars == YSTR(v)->len ? &str_ascii_iter_type.type
                                                       : &str_iter_type.type,
                         v));
  case YK_DICT: return dict_iter_new(&dict_keyiter_type, v, 0);
  case YK_RANGE: return range_iter_new(YRANGE(v), 0);
  case YK_BYTES: return yrt_bytes_iter(v);
  case YK_SET: return yrt_set_iter(v);
  case YK_GEN:
    if (v.u.o->type == &yrt_type_generator) return yrt_incref(v);
    break;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (yrt_has_ex(v.u.o)) {
      const YTypeEx *ex = yrt_ex_of(v.u.o->type);
      if (ex->iter) return ex->iter(v.u.o);
      if (ex->next) return yrt_incref(v);
    }
    break;
  default: break;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not iterable", yrt_tname(v));
}

/* yrt_next for everything but generators (yieldrt.h takes those). */
int yrt_next_slow(YValue it, YValue *out) {
  if (it.tag == YT_OBJ) {
    YObj *o = it.u.o;
    if (yrt_has_ex(o) && yrt_ex_of(o->type)->next) return yrt_ex_of(o->type)->next(o, out);
    if (o->type->flags & YTF_HEAP) return heap_next(it, out);
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", yrt_tname(it));
  return -1;
}

/* Would yrt_iter accept v? */
int yrt_is_iterable(YValue v) {
  if (yrt_heap_obj(v))
    return !YIS_UNBOUND(yrt_special_find(v, YN___iter__)) || !YIS_UNBOUND(yrt_special_find(v, YN___getitem__));
  switch (yrt_kind_of(v)) {
  case YK_LIST:
  case YK_TUPLE:
  case YK_STR:
  case YK_DICT:
  case YK_RANGE:
  case YK_BYTES: return 1;
  case YK_SET: return 1;
  case YK_GEN: return v.u.o->type == &yrt_type_generator;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    return yrt_has_ex(v.u.o) && (yrt_ex_of(v.u.o->type)->iter || yrt_ex_of(v.u.o->type)->next);
  default: return 0;
  }
}

int yrt_unpack(YValue v, int n, YValue *out) {
  int64_t len;
  YValue *items = yrt_seq_items(v, &len);
  if (items) {
    if (len == n) {
      for (int i = 0; i < n; i++) out[i] = yrt_incref(items[i]);
      return 0;
    }
    if (len < n)
      yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected %d, got %lld)", n,
                    (long long)len);
    else
      yrt_raise_msg(&yrt_exc_ValueError, "too many values to unpack (expected %d)", n);
    return -1;
  }
  if (!yrt_is_iterable(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "cannot unpack non-iterable %s object", yrt_tname(v));
    return -1;
  }
  YValue it = yrt_iter(v);
  if (YIS_ERR(it)) return -1;
  int i, r = 1;
  YValue extra;
  for (i = 0; i < n; i++) {
    r = yrt_next(it, &out[i]);
    if (r <= 0) break;
  }
  if (i == n) {
    r = yrt_next(it, &extra);
    if (r == 0) {
      yrt_decref(extra);
      yrt_decref(it);
      return 0;
    }
    if (r == 1) {
      yrt_decref(extra);
      yrt_raise_msg(&yrt_exc_ValueError, "too many values to unpack (expected %d)", n);
    }
  } else if (r == 0) {
    yrt_decref(out[i]);
    yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
  }
  yrt_decref(it);
  while (i-- > 0) yrt_clear(&out[i]);
  return -1;
}

/* a, *b, c = v (PEP 3132): `before` items, then a new list of the middle,
 * then `after` items, as CPython's UNPACK_EX takes them: the first ones one
 * by one from v's iterator, the rest all into the list, the last `after`
 * of which are moved out of it. */
int yrt_unpack_ex(YValue v, int before, int after, YValue *out) {
  if (!yrt_is_iterable(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "cannot unpack non-iterable %s object", yrt_tname(v));
    return -1;
  }
  YValue it = yrt_iter(v);
  if (YIS_ERR(it)) return -1;
  int i;
  for (i = 0; i < before; i++) {
    int r = yrt_next(it, &out[i]);
    if (r > 0) continue;
    if (r == 0) {
      yrt_decref(out[i]);
      yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                    before + after, i);
    }
    goto fail;
  }
  YValue rest = yrt_list_from_iterable(it);
  if (YIS_ERR(rest)) goto fail;
  yrt_decref(it);
  YList *l = YLIST(rest);
  if (l->len < after) {
    yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected at least %d, got %lld)",
                  before + after, (long long)(before + l->len));
    yrt_decref(rest);
    while (i-- > 0) yrt_clear(&out[i]);
    return -1;
  }
  for (int j = 0; j < after; j++) out[before + 1 + j] = l->items[l->len - after + j]; /* moved */
  l->len -= after;
  out[before] = rest;
  return 0;
fail:
  yrt_decref(it);
  while (i-- > 0) yrt_clear(&out[i]);
  return -1;
}

/* ===================================================================== */
/* range(), enumerate(), zip(), reversed()                                */
/* ===================================================================== */

static YValue range_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "range expected at least 1 argument, got %d", argc);
  if (argc > 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "range expected at most 3 arguments, got %d", argc);
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < argc; i++)
    if (yrt_is_big(argv[i])) { /* a range past 64 bits (bigrange.c) */
      for (int j = 0; j < argc; j++)
        if (!yrt_is_int(argv[j])) {
          yrt_int_arg(argv[j], &v[j]); /* its TypeError */
          return YERROR;
        }
      if (argc == 3 && yrt_int_sign(argv[2]) == 0)
        return yrt_raise_msg(&yrt_exc_ValueError, "range() arg 3 must not be zero");
      if (argc == 1) return yrt_range_of(yint(0), argv[0], yint(1));
      return yrt_range_of(argv[0], argv[1], argc == 3 ? argv[2] : yint(1));
    }
  for (int i = 0; i < argc; i++)
    if (yrt_int_arg(argv[i], &v[i]) < 0) return YERROR;
  if (argc == 1) return yrt_range_new(0, v[0], 1);
  if (v[2] == 0) return yrt_raise_msg(&yrt_exc_ValueError, "range() arg 3 must not be zero");
  return yrt_range_new(v[0], v[1], v[2]);
}

int yrt_range_loop(YRangeLoop *r, YValue *it, int argc, const YValue *argv) {
  int64_t v[3] = {0, 0, 1};
  int small = argc >= 1 && argc <= 3;
  for (int i = 0; i < argc && small; i++) {
    small = argv[i].tag == YT_INT || argv[i].tag == YT_BOOL;
    v[i] = argv[i].u.i;
  }
  if (small && v[2] != 0) {
    if (argc == 1) v[1] = v[0], v[0] = 0;
    r->next = v[0];
    r->step = v[2];
    r->left = range_len(v[0], v[1], v[2]);
    return 0;
  }
  /* Anything else, errors included, as range() itself does. */
  YValue rg = range_call(&yrt_type_range, argc, argv);
  if (YIS_ERR(rg)) return -1;
  *it = yrt_iter(rg);
  yrt_decref(rg);
  return YIS_ERR(*it) ? (*it = YUNBOUND, -1) : 0;
}

static YValue enumerate_call(const YType *t, int argc, const YValue *argv) {
  if (argc == 0)
    return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() missing required argument 'iterable'");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() takes at most 2 arguments (%d given)",
                         argc);
  int64_t start = 0;
  if (argc == 2 && yrt_int_arg(argv[1], &start) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  YIter *e = iter_new(t, it);
  yrt_decref(it);
  e->pos = start;
  return yobj(e);
}

static YValue zip_call(const YType *t, int argc, const YValue *argv) {
  YTuple *its = argc ? yrt_tuple_alloc(argc) : &yrt_tuple_empty;
  for (int i = 0; i < argc; i++) {
    its->items[i] = yrt_iter(argv[i]);
    if (YIS_ERR(its->items[i])) {
      its->len = i;
      yrt_decref(yobj(its));
      return YERROR;
    }
  }
  YIter *z = iter_new(t, yobj(its));
  yrt_decref(yobj(its));
  return yobj(z);
}

/* zip(*iterables, strict=...) and enumerate(iterable, start=...) with their
 * keyword arguments (the values after argv[argc - 1], named by kwnames). */
YValue yrt_zip_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  int strict = 0;
  for (int k = 0; k < nkw; k++) {
    if (strcmp(kwnames[k]->data, "strict"))
      return yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for zip()", kwnames[k]->data);
    if ((strict = yrt_truth(argv[argc + k])) < 0) return YERROR;
  }
  YValue z = zip_call(&yrt_type_zip, argc, argv);
  if (!YIS_ERR(z)) YITER(z)->step = strict;
  return z;
}

/* CPython 3.11 checks enumerate's keywords by position: with two
 * arguments in all, a lone keyword must be start, two must be iterable and
 * start in either order; with one, it must be iterable. */
static int enumerate_keyword(YStr *const *kwnames, int k, const char *want) {
  if (!strcmp(kwnames[k]->data, want)) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for enumerate()", kwnames[k]->data);
  return -1;
}

YValue yrt_enumerate_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (argc + nkw == 2) {
    if (nkw == 1 && enumerate_keyword(kwnames, 0, "start") < 0) return YERROR;
    if (nkw == 2) {
      if (!strcmp(kwnames[0]->data, "start")) {
        if (enumerate_keyword(kwnames, 1, "iterable") < 0) return YERROR;
        YValue swapped[2] = {argv[1], argv[0]};
        return enumerate_call(&yrt_type_enumerate, 2, swapped);
      }
      if (enumerate_keyword(kwnames, 0, "iterable") < 0 || enumerate_keyword(kwnames, 1, "start") < 0)
        return YERROR;
    }
    return enumerate_call(&yrt_type_enumerate, 2, argv);
  }
  if (argc + nkw == 1) {
    if (enumerate_keyword(kwnames, 0, "iterable") < 0) return YERROR;
    return enumerate_call(&yrt_type_enumerate, 1, argv);
  }
  if (argc == 0) return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() missing required argument 'iterable'");
  return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() takes at most 2 arguments (%d given)", argc + nkw);
}

/* map(f, *iterables) and filter(f, iterable): src is the tuple (f, its...). */
static int map_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YTuple *t = YTUPLE(it->src);
  int64_t n = t->len - 1;
  YValue small[8], *args = n <= 8 ? small : yrt_malloc((size_t)n * sizeof *args);
  int64_t got = 0;
  int r = 1;
  for (; got < n; got++) {
    r = yrt_next(t->items[got + 1], &args[got]);
    if (r <= 0) break;
  }
  if (r > 0) {
    YValue v = yrt_call(t->items[0], (int)n, args);
    r = YIS_ERR(v) ? -1 : 1;
    *out = v;
  } else if (r == 0) {
    yrt_decref(args[got]);
  }
  for (int64_t i = 0; i < got; i++) yrt_decref(args[i]);
  if (args != small) free(args);
  if (r == 0) return iter_done(it, out);
  return r;
}

static int filter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YTuple *t = YTUPLE(it->src);
  for (;;) {
    YValue item;
    int r = yrt_next(t->items[1], &item);
    if (r == 0) {
      yrt_decref(item);
      return iter_done(it, out);
    }
    if (r < 0) return -1;
    YValue keep = YIS_NONE(t->items[0]) ? yrt_incref(item) : yrt_call(t->items[0], 1, &item);
    if (YIS_ERR(keep)) {
      yrt_decref(item);
      return -1;
    }
    int k = yrt_truth(keep);
    yrt_decref(keep);
    if (k < 0) {
      yrt_decref(item);
      return -1;
    }
    if (k) {
      *out = item;
      return 1;
    }
    yrt_decref(item);
  }
}

ITER_TYPE(map_type, "map", map_next);
ITER_TYPE(filter_type, "filter", filter_next);

static YValue func_and_iters(const YTypeEx *type, int argc, const YValue *argv) {
  YTuple *t = yrt_tuple_alloc(argc);
  t->items[0] = yrt_incref(argv[0]);
  for (int i = 1; i < argc; i++) {
    t->items[i] = yrt_iter(argv[i]);
    if (YIS_ERR(t->items[i])) {
      t->len = i;
      yrt_decref(yobj(t));
      return YERROR;
    }
  }
  YIter *it = iter_new(&type->type, yobj(t));
  yrt_decref(yobj(t));
  return yobj(it);
}

YValue yrt_b_map(int argc, const YValue *argv) {
  if (argc < 2) return yrt_raise_msg(&yrt_exc_TypeError, "map() must have at least two arguments.");
  return func_and_iters(&map_type, argc, argv);
}

YValue yrt_b_filter(int argc, const YValue *argv) {
  if (argc != 2) return yrt_raise_msg(&yrt_exc_TypeError, "filter expected 2 arguments, got %d", argc);
  return func_and_iters(&filter_type, argc, argv);
}

static YValue reversed_call(const YType *t, int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "reversed expected 1 argument, got %d", argc);
  YValue x = argv[0];
  YIter *it;
  if (yrt_heap_obj(x)) {
    YValue r = yrt_special(x, YN___reversed__, 0, NULL);
    if (!YIS_UNBOUND(r)) return r;
  }
  switch (yrt_kind_of(x)) {
  case YK_LIST:
    it = iter_new(&list_reviter_type.type, x);
    it->pos = YLIST(x)->len - 1;
    return yobj(it);
  case YK_TUPLE:
    it = iter_new(t, x);
    it->pos = YTUPLE(x)->len;
    return yobj(it);
  case YK_STR:
    it = iter_new(t, x);
    it->pos = YSTR(x)->len;
    return yobj(it);
  case YK_RANGE: return range_iter_new(YRANGE(x), 1);
  case YK_DICT: return dict_iter_new(&dict_revkeyiter_type, x, 1);
  case YK_OTHER: {
    const YType *vt = x.u.o->type;
    if (yrt_type_ops(vt) && yrt_type_ops(vt)->reversed) return yrt_type_ops(vt)->reversed(x.u.o);
    if (vt != &yrt_dict_keys_type.type && vt != &yrt_dict_values_type.type && vt != &yrt_dict_items_type.type) break;
    YValue d = YITER(x)->src;
    if (vt == &yrt_dict_keys_type.type) return dict_iter_new(&dict_revkeyiter_type, d, 1);
    if (vt == &yrt_dict_values_type.type) return dict_iter_new(&dict_revvalueiter_type, d, 1);
    return dict_iter_new(&dict_revitemiter_type, d, 1);
  }
  default: break;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not reversible", yrt_tname(x));
}
