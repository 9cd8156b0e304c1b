/*
 * compare.c: comparison, identity, hashing and truth.
 *
 * Design
 * ------
 * yrt_compare is one function for the six operators, dispatching on the
 * pair of operand kinds the way CPython's rich comparisons of the builtin
 * types do: numbers compare exactly across int and float (an int is never
 * rounded to a double; a big int is compared by GMP, bigint.c), strings by their UTF-8 bytes (which orders them by
 * code point), lists and tuples lexicographically after an `is`-then-==
 * scan for the first difference, dicts, ranges and dict_keys views by
 * equality only.  Anything else supports == and != as identity and raises
 * CPython's TypeError for an ordering.  Comparisons of containers recurse
 * through yrt_enter_call, so a deeply nested or self-referencing container
 * raises RecursionError instead of overflowing the C stack.
 *
 * Hashes are CPython's where a program can see them: numbers hash modulo
 * the Mersenne prime 2**61 - 1, so equal ints (of any size: bigint.c),
 * floats and bools hash alike,
 * and tuples with 3.11's xxHash-based combination.  A str hashes with FNV-1a
 * (CPython's is randomised per process, so no program depends on it),
 * cached in the YStr.  Other objects hash by address.
 */
#include "rt.h"

#include <math.h>

/* ===================================================================== */
/* Comparison and identity                                                */
/* ===================================================================== */

static const char *const cmp_ops[] = {"<", "<=", "==", "!=", ">", ">="};

/* The result of op given a three-way comparison c (-1, 0, 1). */
static int cmp_result(int c, YCmp op) {
  switch (op) {
  case YC_LT: return c < 0;
  case YC_LE: return c <= 0;
  case YC_EQ: return c == 0;
  case YC_NE: return c != 0;
  case YC_GT: return c > 0;
  case YC_GE: return c >= 0;
  }
  return 0;
}

/* Compare an int with a float exactly: -1, 0, 1, or 2 when f is NaN. */
static int cmp_int_float(YValue a, double f) {
  if (a.tag == YT_OBJ) return yrt_int_cmp_float(a, f);
  int64_t i = a.u.i;
  if (isnan(f)) return 2;
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  double fl = floor(f);
  int64_t fi = (int64_t)fl;
  if (i != fi) return i < fi ? -1 : 1;
  return f > fl ? -1 : 0;
}

static int cmp_numbers(YValue a, YValue b, YCmp op) {
  int ka = yrt_num_kind(a), kb = yrt_num_kind(b);
  int c;
  if (ka == 1 && kb == 1) {
    c = a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
  } else if (ka & kb & 1) {
    c = yrt_int_cmp(a, b);
  } else if (ka == 2 && kb == 2) {
    double x = a.u.f, y = b.u.f;
    if (isnan(x) || isnan(y)) return op == YC_NE;
    c = x < y ? -1 : x > y;
  } else if (kb == 2) {
    c = cmp_int_float(a, b.u.f);
    if (c == 2) return op == YC_NE;
  } else {
    c = cmp_int_float(b, a.u.f);
    if (c == 2) return op == YC_NE;
    c = -c;
  }
  return cmp_result(c, op);
}

static int cmp_str(const YStr *a, const YStr *b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len;
}

/* Lexicographic comparison of two item arrays (list vs list, tuple vs tuple). */
static int cmp_items(const YValue *x, int64_t nx, const YValue *y, int64_t ny, YCmp op) {
  int64_t i;
  for (i = 0; i < nx && i < ny; i++) {
    if (yrt_is(x[i], y[i])) continue;
    int r = yrt_eq(x[i], y[i]);
    if (r < 0) return -1;
    if (!r) break;
  }
  if (i >= nx || i >= ny) return cmp_result(nx < ny ? -1 : nx > ny, op);
  if (op == YC_EQ) return 0;
  if (op == YC_NE) return 1;
  if (yrt_enter_call() < 0) return -1;
  int r = yrt_compare(x[i], y[i], op);
  yrt_leave_call();
  return r;
}

static int dict_equal(const YDict *a, const YDict *b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->n; i++) {
    const DictEntry *e = &a->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    int64_t slot, ix;
    int r = yrt_dict_find(b, e->key, e->hash, &slot, &ix);
    if (r <= 0) return r;
    if (yrt_is(e->value, b->entries[ix].value)) continue;
    if (yrt_enter_call() < 0) return -1;
    r = yrt_eq(e->value, b->entries[ix].value);
    yrt_leave_call();
    if (r <= 0) return r;
  }
  return 1;
}

static int range_equal(const YRange *a, const YRange *b) {
  if (a->big || b->big) return yrt_bigrange_equal(a, b);
  if (a->len != b->len) return 0;
  if (a->len == 0) return 1;
  if (a->start != b->start) return 0;
  return a->len == 1 || a->step == b->step;
}

/* A comparison with an instance of a program's class: a.__op__(b), then
 * the reflected b.__rop__(a) (first when b's class is a subclass of a's),
 * then identity for == and !=, as CPython's do_richcompare. */
static const YName cmp_dunder[] = {YN___lt__, YN___le__, YN___eq__, YN___ne__, YN___gt__, YN___ge__};
static const YCmp cmp_swapped[] = {YC_GT, YC_GE, YC_EQ, YC_NE, YC_LT, YC_LE};

static YValue try_cmp(YValue a, YValue b, YCmp op) {
  YValue r = yrt_special(a, cmp_dunder[op], 1, &b);
  if (YIS_UNBOUND(r) && op == YC_NE && !YIS_UNBOUND(yrt_special_find(a, YN___eq__))) {
    /* object.__ne__: the inverse of __eq__ unless NotImplemented */
    r = yrt_special(a, YN___eq__, 1, &b);
    if (YIS_ERR(r) || yrt_is(r, yobj(&yrt_NotImplemented))) return r;
    int t = yrt_truth(r);
    yrt_decref(r);
    return t < 0 ? YERROR : ybool(!t);
  }
  return r;
}

static int heap_compare(YValue a, YValue b, YCmp op) {
  YValue first = a, second = b;
  YCmp op1 = op, op2 = cmp_swapped[op];
  const YType *ta = yrt_typeof(a), *tb = yrt_typeof(b);
  if (ta != tb && yrt_heap_obj(b) && yrt_subclass(tb, ta) &&
      !YIS_UNBOUND(yrt_special_find(b, cmp_dunder[op2]))) {
    first = b;
    second = a;
    op1 = op2;
    op2 = op;
  }
  for (int k = 0; k < 2; k++) {
    YValue x = k ? second : first, y = k ? first : second;
    if (!yrt_heap_obj(x)) continue;
    YValue r = try_cmp(x, y, k ? op2 : op1);
    if (YIS_ERR(r)) return -1;
    if (YIS_UNBOUND(r) || yrt_is(r, yobj(&yrt_NotImplemented))) continue;
    int t = yrt_truth(r);
    yrt_decref(r);
    return t;
  }
  if (op == YC_EQ) return yrt_is(a, b);
  if (op == YC_NE) return !yrt_is(a, b);
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_ops[op],
                yrt_tname(a), yrt_tname(b));
  return -1;
}

int yrt_compare_slow(YValue a, YValue b, YCmp op) {
  /* Two strs first (`c == " "` in a tokenizer's loop): exactly str, so
   * neither a number nor an instance of a class. */
  if (yrt_is_str(a) && yrt_is_str(b)) {
    if (op == YC_EQ || op == YC_NE) {
      int eq = yrt_str_eq(YSTR(a), YSTR(b));
      return op == YC_EQ ? eq : !eq;
    }
    return cmp_result(cmp_str(YSTR(a), YSTR(b)), op);
  }
  if (yrt_num_kind(a) && yrt_num_kind(b)) return cmp_numbers(a, b, op);
  if (yrt_heap_obj(a) || yrt_heap_obj(b)) return heap_compare(a, b, op);
  if (yrt_is_bytes(a) && yrt_is_bytes(b)) {
    const YBytes *x = YBYTES(a), *y = YBYTES(b);
    if ((op == YC_EQ || op == YC_NE) && x->len != y->len) return op == YC_NE;
    return cmp_result(yrt_bytes_cmp(x, y), op);
  }
  if (yrt_is_slice(a) && yrt_is_slice(b)) return yrt_slice_compare(a, b, op);
  if ((yrt_is_list(a) && yrt_is_list(b)) || (yrt_is_tuple(a) && yrt_is_tuple(b))) {
    int64_t nx, ny;
    const YValue *x = yrt_seq_items(a, &nx), *y = yrt_seq_items(b, &ny);
    if ((op == YC_EQ || op == YC_NE) && nx != ny) return op == YC_NE;
    if (yrt_enter_call() < 0) return -1;
    int r = cmp_items(x, nx, y, ny, op);
    yrt_leave_call();
    return r;
  }
  const YTypeOps *ops = yrt_ops_of(a);
  if (ops && ops->compare && b.tag == YT_OBJ && b.u.o->type == a.u.o->type) return ops->compare(a.u.o, b.u.o, op);
  if (yrt_is_anyset(a) && yrt_is_anyset(b)) {
    if (yrt_enter_call() < 0) return -1;
    int r = yrt_set_compare(a, b, op);
    yrt_leave_call();
    return r;
  }
  if (op == YC_EQ || op == YC_NE) {
    int eq;
    if (yrt_is_dict(a) && yrt_is_dict(b)) {
      if (yrt_enter_call() < 0) return -1;
      eq = dict_equal(YDICT(a), YDICT(b));
      yrt_leave_call();
      if (eq < 0) return -1;
    } else if (yrt_is_range(a) && yrt_is_range(b)) {
      eq = range_equal(YRANGE(a), YRANGE(b));
    } else if (a.tag == YT_OBJ && b.tag == YT_OBJ && a.u.o->type == &yrt_dict_keys_type.type &&
               b.u.o->type == &yrt_dict_keys_type.type) {
      YDict *x = YDICT(YITER(a)->src), *y = YDICT(YITER(b)->src);
      eq = x->used == y->used;
      for (int64_t i = 0; eq && i < x->n; i++) {
        if (x->entries[i].key.tag == YT_UNBOUND) continue;
        int64_t slot, ix;
        eq = yrt_dict_find(y, x->entries[i].key, x->entries[i].hash, &slot, &ix);
        if (eq < 0) return -1;
      }
    } else {
      eq = yrt_is(a, b);
    }
    return op == YC_EQ ? eq : !eq;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                cmp_ops[op], yrt_tname(a), yrt_tname(b));
  return -1;
}

/* ===================================================================== */
/* Hashing                                                                */
/* ===================================================================== */

/* CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1. */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

static int64_t hash_int(int64_t i) {
  uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
  int64_t h = (int64_t)(m % HASH_MODULUS);
  if (i < 0) h = -h;
  return h == -1 ? -2 : h;
}

static int64_t hash_float(double v) {
  if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

static int64_t hash_pointer(const void *p) {
  uintptr_t y = (uintptr_t)p;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  int64_t h = (int64_t)y;
  return h == -1 ? -2 : h;
}

/* CPython 3.11's tuple hash (xxHash based); -1 on error. */
static int64_t hash_items(const YValue *items, int64_t n) {
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                 p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (int64_t i = 0; i < n; i++) {
    int64_t lane = yrt_hash(items[i]);
    if (lane == -1) return -1;
    acc += (uint64_t)lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += (uint64_t)n ^ (p5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

int64_t yrt_hash(YValue v) {
  switch (v.tag) {
  case YT_BOOL:
  case YT_INT: return hash_int(v.u.i);
  case YT_FLOAT: return hash_float(v.u.f);
  case YT_NONE: return 0x5f3759df;
  case YT_OBJ: break;
  default: return 0;
  }
  YObj *o = v.u.o;
  if (o->type->flags & YTF_HEAP) {
    YValue f = yrt_special_find(v, YN___hash__);
    if (YIS_UNBOUND(f)) return hash_pointer(o);
    if (YIS_NONE(f)) {
      yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: '%s'", o->type->name);
      return -1;
    }
    YValue r = yrt_special(v, YN___hash__, 0, NULL);
    if (YIS_ERR(r)) return -1;
    if (r.tag != YT_INT && r.tag != YT_BOOL) {
      yrt_decref(r);
      yrt_raise_msg(&yrt_exc_TypeError, "__hash__ method should return an integer");
      return -1;
    }
    /* As CPython: an int that fits is the hash itself (-1 becomes -2). */
    return r.u.i == -1 ? -2 : r.u.i;
  }
  switch (o->type->kind) {
  case YK_INT: return yrt_int_hash(v);
  case YK_STR: {
    YStr *s = (YStr *)o;
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (int64_t i = 0; i < s->len; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211ULL;
    int64_t r = (int64_t)(h >> 1);
    s->hash = r;
    return r;
  }
  case YK_TUPLE: {
    if (yrt_enter_call() < 0) return -1;
    int64_t h = hash_items(((YTuple *)o)->items, ((YTuple *)o)->len);
    yrt_leave_call();
    return h;
  }
  case YK_RANGE: {
    YRange *r = (YRange *)o;
    YValue t[3] = {yint((int64_t)r->len), YNONE, YNONE};
    if (r->big) yrt_bigrange_hash_items(r, t);
    else if (r->len > 0) t[1] = yint(r->start);
    if (!r->big && r->len > 1) t[2] = yint(r->step);
    return hash_items(t, 3);
  }
  case YK_BYTES: return yrt_bytes_hash((YBytes *)o);
  case YK_SET: return yrt_set_hash(v);
  case YK_LIST:
  case YK_DICT:
  case YK_SLICE:
    break;
  default:
    if (o->type == &yrt_dict_keys_type.type || o->type == &yrt_dict_items_type.type) break;
    if (yrt_type_ops(o->type) && yrt_type_ops(o->type)->unhashable) break;
    return hash_pointer(o);
  }
  yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: '%s'", yrt_tname(v));
  return -1;
}

/* ===================================================================== */
/* Truth                                                                  */
/* ===================================================================== */

/* bool(x) of an instance of a program's class: __bool__, else __len__,
 * else true. */
static int heap_truth(YValue v) {
  YValue r = yrt_special(v, YN___bool__, 0, NULL);
  if (YIS_UNBOUND(r)) {
    if (YIS_UNBOUND(yrt_special_find(v, YN___len__))) return 1;
    int64_t n = yrt_len(v);
    return n < 0 ? -1 : n != 0;
  }
  if (YIS_ERR(r)) return -1;
  if (r.tag != YT_BOOL) {
    const char *tn = yrt_tname(r);
    yrt_decref(r);
    yrt_raise_msg(&yrt_exc_TypeError, "__bool__ should return bool, returned %s", tn);
    return -1;
  }
  return (int)r.u.i;
}

int yrt_truth_slow(YValue v) {
  switch (v.tag) {
  case YT_NONE: return 0;
  case YT_BOOL:
  case YT_INT: return v.u.i != 0;
  case YT_FLOAT: return v.u.f != 0.0;
  case YT_OBJ: break;
  default: return 0;
  }
  if (v.u.o->type->flags & YTF_HEAP) return heap_truth(v);
  switch (v.u.o->type->kind) {
  case YK_STR: return YSTR(v)->len != 0;
  case YK_LIST: return YLIST(v)->len != 0;
  case YK_TUPLE: return YTUPLE(v)->len != 0;
  case YK_DICT: return YDICT(v)->used != 0;
  case YK_SET: return YSET(v)->used != 0;
  case YK_RANGE: return YRANGE(v)->len != 0;
  case YK_BYTES: return YBYTES(v)->len != 0;
  case YK_INT: return 1; /* never 0: that is a YT_INT */
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (yrt_has_ex(v.u.o) && yrt_ex_of(v.u.o->type)->len) {
      int64_t n = yrt_ex_of(v.u.o->type)->len(v.u.o);
      return n < 0 ? -1 : n != 0;
    }
    return 1;
  default: return 1;
  }
}
