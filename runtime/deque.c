/*
 * deque.c: collections.deque, the double-ended queue (CPython's
 * _collections.deque), the member of the private module _collections that
 * runtime/lib/collections.py re-exports.
 *
 * Design
 * ------
 * A deque is a ring buffer: `cap` slots (a power of two, or 0), its `len`
 * items in the slots from `head` on, wrapping around, so item i is
 * buf[(head + i) & (cap - 1)].  append, appendleft, pop and popleft are
 * O(1) (amortised: the buffer doubles when full and halves when an eighth
 * full), indexing is O(1) (CPython's list of 64-item blocks makes it
 * O(n/64)), rotate(n) moves min(n, len - n) items, or none when the buffer
 * is full; insert, del d[i] and remove move the items on the shorter side.
 * With a maxlen, an append past it drops an item from the other end.
 *
 * `state` counts the changes that move items (CPython's deque->state; a
 * store d[i] = x is not one, a rotate of two items or more is, even by 0).
 * An iterator remembers it and raises RuntimeError "deque mutated during
 * iteration" once it differs, and so do count, index, `in` and the
 * comparisons when an element's __eq__ changed the deque (remove raises
 * IndexError with those words, as CPython 3.11).  Each compares items in
 * CPython's order and direction (the deque's item on the left, `is`
 * before ==), holding a reference to the item across the call, so a
 * program's __eq__ sees the calls CPython makes and cannot free what is
 * being compared.
 *
 * It is a YMethodType (rt.h): its methods are a table yrt_callmethod calls
 * by name id; its operators (subscripts, comparisons, + * += *=,
 * reversed(), unhashable, the keyword call deque(iterable=, maxlen=), the
 * read-only maxlen) are a YTypeOps that abstract.c, compare.c, number.c,
 * inplace.c, iter.c and builtins.c dispatch to after the builtin types'
 * cases.  Its name is collections.deque (YTF_CNAME), so the messages that
 * name CPython's tp_name say 'collections.deque' and its repr is
 * deque([...]) or deque([...], maxlen=N).
 *
 * Left out: pickling (__reduce__), __class_getitem__, __init__ called
 * again on a deque, the iterators' __length_hint__, copy.copy (yieldc has
 * no copy module; d.__copy__() is here), and subclassing: a program's
 * class cannot derive from deque (sema.c says so at compile time).
 */
#include "rt.h"

#include <string.h>

typedef struct Deque {
  YObj ob;
  YValue *buf;    /* cap slots; the items are len of them from head on, wrapping */
  int64_t cap;    /* 0 or a power of two */
  int64_t head;   /* the slot of item 0 */
  int64_t len;    /* the number of items */
  int64_t maxlen; /* the bound, or -1 for none */
  uint64_t state; /* bumped by every change that moves items */
} Deque;

/* A deque's iterator, forward or reversed. */
typedef struct DequeIter {
  YObj ob;
  Deque *d;       /* the deque (a reference) */
  uint64_t state; /* d->state when the iterator was made */
  int64_t pos;    /* the index of the next item */
  int64_t left;   /* how many items are still to come */
} DequeIter;

#define MIN_CAP 8
#define AT(d, i) ((d)->buf[((d)->head + (i)) & ((d)->cap - 1)])

#define DEQUE_TYPE (&yrt_deque_type.ex.type)
static int is_deque(YValue v) { return v.tag == YT_OBJ && v.u.o->type == DEQUE_TYPE; }

static YValue mutated(void) { return yrt_raise_msg(&yrt_exc_RuntimeError, "deque mutated during iteration"); }

/* ---- the ring buffer ------------------------------------------------------- */

/* Move the items into a new buffer of cap slots (cap >= len), from slot 0. */
static void resize(Deque *d, int64_t cap) {
  YValue *buf = cap ? yrt_malloc((size_t)cap * sizeof *buf) : NULL;
  for (int64_t i = 0; i < d->len; i++) buf[i] = AT(d, i);
  free(d->buf);
  d->buf = buf;
  d->cap = cap;
  d->head = 0;
}

static void make_room(Deque *d) {
  if (d->len == d->cap) resize(d, d->cap ? d->cap * 2 : MIN_CAP);
}

/* Room for n items. */
static void reserve(Deque *d, int64_t n) {
  if (n <= d->cap) return;
  int64_t cap = d->cap ? d->cap : MIN_CAP;
  while (cap < n) cap *= 2;
  resize(d, cap);
}

static void maybe_shrink(Deque *d) {
  if (d->cap > 8 * MIN_CAP && d->len < d->cap / 8) resize(d, d->cap / 2);
}

/* The four ends; v owned.  They do not touch state or maxlen. */
static void push_right(Deque *d, YValue v) {
  make_room(d);
  AT(d, d->len) = v;
  d->len++;
}

static void push_left(Deque *d, YValue v) {
  make_room(d);
  d->head = (d->head - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->len++;
}

static YValue pop_right(Deque *d) {
  YValue v = AT(d, d->len - 1);
  d->len--;
  maybe_shrink(d);
  return v;
}

static YValue pop_left(Deque *d) {
  YValue v = d->buf[d->head];
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  maybe_shrink(d);
  return v;
}

/* append / appendleft with maxlen's trim (v owned). */
static void append(Deque *d, YValue v) {
  d->state++;
  push_right(d, v);
  if (d->maxlen >= 0 && d->len > d->maxlen) yrt_decref(pop_left(d));
}

static void appendleft(Deque *d, YValue v) {
  d->state++;
  push_left(d, v);
  if (d->maxlen >= 0 && d->len > d->maxlen) yrt_decref(pop_right(d));
}

/* Rotate right by n, 0 <= n < len: the last n items come first. */
static void rotate_right(Deque *d, int64_t n) {
  if (d->len == d->cap) {
    d->head = (d->head - n) & (d->cap - 1);
    return;
  }
  int64_t mask = d->cap - 1;
  if (n <= d->len - n) {
    for (int64_t k = 0; k < n; k++) {
      YValue v = AT(d, d->len - 1);
      d->head = (d->head - 1) & mask;
      d->buf[d->head] = v;
    }
  } else {
    for (int64_t k = 0; k < d->len - n; k++) {
      YValue v = d->buf[d->head];
      d->buf[(d->head + d->len) & mask] = v;
      d->head = (d->head + 1) & mask;
    }
  }
}

/* Take out item i (0 <= i < len), moving the shorter side; owned. */
static YValue take(Deque *d, int64_t i) {
  YValue v = AT(d, i);
  if (i < d->len - 1 - i) {
    for (int64_t k = i; k > 0; k--) AT(d, k) = AT(d, k - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (int64_t k = i; k < d->len - 1; k++) AT(d, k) = AT(d, k + 1);
  }
  d->len--;
  maybe_shrink(d);
  d->state++;
  return v;
}

/* Put v (owned) before item i (0 < i < len). */
static void put(Deque *d, int64_t i, YValue v) {
  make_room(d);
  if (i < d->len - i) {
    d->head = (d->head - 1) & (d->cap - 1);
    for (int64_t k = 0; k < i; k++) AT(d, k) = AT(d, k + 1);
  } else {
    for (int64_t k = d->len; k > i; k--) AT(d, k) = AT(d, k - 1);
  }
  AT(d, i) = v;
  d->len++;
  d->state++;
}

/* Empty the deque, then release its items (their release cannot see a
 * half-emptied deque). */
static void clear(Deque *d) {
  if (d->len == 0) return;
  YValue *buf = d->buf;
  int64_t cap = d->cap, head = d->head, len = d->len;
  d->buf = NULL;
  d->cap = d->head = d->len = 0;
  d->state++;
  for (int64_t i = 0; i < len; i++) yrt_decref(buf[(head + i) & (cap - 1)]);
  free(buf);
}

/* A new reference to each item, in order (a snapshot a loop may use while
 * the deque changes); *n receives the count.  Free with drop_items. */
static YValue *snapshot(const Deque *d, int64_t *n) {
  YValue *items = yrt_malloc((size_t)(d->len ? d->len : 1) * sizeof *items);
  for (int64_t i = 0; i < d->len; i++) items[i] = yrt_incref(AT(d, i));
  *n = d->len;
  return items;
}

static void drop_items(YValue *items, int64_t n) {
  for (int64_t i = 0; i < n; i++) yrt_decref(items[i]);
  free(items);
}

static Deque *deque_alloc(int64_t maxlen) {
  Deque *d = yrt_obj_new(DEQUE_TYPE, sizeof *d);
  d->maxlen = maxlen;
  return d;
}

/* ---- extend ------------------------------------------------------------------ */

/* d.extend(it) / d.extendleft(it): 0 or -1. */
static int extend(Deque *d, YValue iterable, int left) {
  if (iterable.tag == YT_OBJ && iterable.u.o == &d->ob) { /* d.extend(d): its items as they are now */
    int64_t n;
    YValue *items = snapshot(d, &n);
    for (int64_t i = 0; i < n; i++) (left ? appendleft : append)(d, yrt_incref(items[i]));
    drop_items(items, n);
    return 0;
  }
  YValue it = yrt_iter(iterable);
  if (YIS_ERR(it)) return -1;
  YValue v;
  int r;
  while ((r = yrt_next(it, &v)) == 1) (left ? appendleft : append)(d, v);
  yrt_decref(it);
  if (r == 0) yrt_decref(v);
  return r < 0 ? -1 : 0;
}

/* ---- comparing items ----------------------------------------------------------- */

/* item == x as PyObject_RichCompareBool: `is` first; item borrowed from
 * the deque, held across the call.  1, 0, -1. */
static int item_eq(YValue item, YValue x) {
  if (yrt_is(item, x)) return 1;
  yrt_incref(item);
  int r = yrt_eq(item, x);
  yrt_decref(item);
  return r;
}

/* ---- the methods --------------------------------------------------------------- */

#define SELF Deque *d = (Deque *)self

static YValue m_append(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_one("deque.append", argc) < 0) return YERROR;
  append(d, yrt_incref(argv[0]));
  return YNONE;
}

static YValue m_appendleft(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_one("deque.appendleft", argc) < 0) return YERROR;
  appendleft(d, yrt_incref(argv[0]));
  return YNONE;
}

static YValue pop_end(YObj *self, int argc, int left) {
  SELF;
  if (yrt_args_none(left ? "deque.popleft" : "deque.pop", argc) < 0) return YERROR;
  if (d->len == 0) return yrt_raise_msg(&yrt_exc_IndexError, "pop from an empty deque");
  d->state++;
  return left ? pop_left(d) : pop_right(d);
}

static YValue m_pop(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  return pop_end(self, argc, 0);
}

static YValue m_popleft(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  return pop_end(self, argc, 1);
}

static YValue m_extend(YObj *self, int argc, const YValue *argv) {
  if (yrt_args_one("deque.extend", argc) < 0) return YERROR;
  return extend((Deque *)self, argv[0], 0) < 0 ? YERROR : YNONE;
}

static YValue m_extendleft(YObj *self, int argc, const YValue *argv) {
  if (yrt_args_one("deque.extendleft", argc) < 0) return YERROR;
  return extend((Deque *)self, argv[0], 1) < 0 ? YERROR : YNONE;
}

static YValue m_rotate(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t n = 1;
  if (yrt_args_range("deque.rotate", argc, 0, 1) < 0) return YERROR;
  if (argc == 1 && yrt_int_arg(argv[0], &n) < 0) return YERROR;
  if (d->len <= 1) return YNONE;
  d->state++;
  n %= d->len;
  if (n < 0) n += d->len;
  if (n) rotate_right(d, n);
  return YNONE;
}

static YValue m_clear(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("deque.clear", argc) < 0) return YERROR;
  clear((Deque *)self);
  return YNONE;
}

static YValue copy_of(const Deque *d) {
  Deque *c = deque_alloc(d->maxlen);
  reserve(c, d->len);
  for (int64_t i = 0; i < d->len; i++) push_right(c, yrt_incref(AT(d, i)));
  return yobj(c);
}

static YValue m_copy(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("deque.copy", argc) < 0) return YERROR;
  return copy_of((Deque *)self);
}

static YValue m_copy_dunder(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("deque.__copy__", argc) < 0) return YERROR;
  return copy_of((Deque *)self);
}

static YValue m_count(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_one("deque.count", argc) < 0) return YERROR;
  uint64_t state = d->state;
  int64_t n = d->len, c = 0;
  for (int64_t i = 0; i < n; i++) {
    int r = item_eq(AT(d, i), argv[0]);
    if (r < 0) return YERROR;
    c += r;
    if (d->state != state) return mutated();
  }
  return yint(c);
}

/* A start or stop of index(): an int (a big one clamped), not None. */
static int index_bound(YValue v, int64_t *out) {
  if (yrt_is_int(v)) {
    yrt_int_clamp(v, out);
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "slice indices must be integers or have an __index__ method");
  return -1;
}

static YValue not_in_deque(YValue x) {
  YValue r = yrt_repr(x);
  if (YIS_ERR(r)) return r;
  yrt_raise_msg(&yrt_exc_ValueError, "%s is not in deque", yrt_str_cstr(r));
  yrt_decref(r);
  return YERROR;
}

static YValue m_index(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_tuple("index", argc, 1, 3) < 0) return YERROR;
  int64_t start = 0, stop = d->len;
  if (argc > 1 && index_bound(argv[1], &start) < 0) return YERROR;
  if (argc > 2 && index_bound(argv[2], &stop) < 0) return YERROR;
  if (start < 0 && (start += d->len) < 0) start = 0;
  if (stop < 0 && (stop += d->len) < 0) stop = 0;
  if (stop > d->len) stop = d->len;
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; i++) {
    int r = item_eq(AT(d, i), argv[0]);
    if (r < 0) return YERROR;
    if (r) return yint(i);
    if (d->state != state) return mutated();
  }
  return not_in_deque(argv[0]);
}

static YValue m_insert(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t i;
  if (yrt_args_tuple("insert", argc, 2, 2) < 0) return YERROR;
  if (yrt_int_arg(argv[0], &i) < 0) return YERROR;
  if (d->maxlen == d->len) return yrt_raise_msg(&yrt_exc_IndexError, "deque already at its maximum size");
  YValue v = yrt_incref(argv[1]);
  if (i >= d->len) append(d, v);
  else if (i <= -d->len || i == 0) appendleft(d, v);
  else put(d, i < 0 ? i + d->len : i, v);
  return YNONE;
}

static YValue m_remove(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_one("deque.remove", argc) < 0) return YERROR;
  uint64_t state = d->state;
  for (int64_t i = 0, n = d->len; i < n; i++) {
    int r = item_eq(AT(d, i), argv[0]);
    if (r < 0) return YERROR;
    if (d->state != state) return yrt_raise_msg(&yrt_exc_IndexError, "deque mutated during iteration");
    if (r) {
      yrt_decref(take(d, i));
      return YNONE;
    }
  }
  return not_in_deque(argv[0]);
}

static YValue m_reverse(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("deque.reverse", argc) < 0) return YERROR;
  for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
    YValue t = AT(d, i);
    AT(d, i) = AT(d, j);
    AT(d, j) = t;
  }
  return YNONE;
}

static YValue reversed_new(YObj *o);

static YValue m_reversed(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("deque.__reversed__", argc) < 0) return YERROR;
  return reversed_new(self);
}

static const YMethodDef deque_methods[] = {
    {YN_append, m_append},
    {YN_appendleft, m_appendleft},
    {YN_pop, m_pop},
    {YN_popleft, m_popleft},
    {YN_extend, m_extend},
    {YN_extendleft, m_extendleft},
    {YN_rotate, m_rotate},
    {YN_clear, m_clear},
    {YN_copy, m_copy},
    {YN_count, m_count},
    {YN_index, m_index},
    {YN_insert, m_insert},
    {YN_remove, m_remove},
    {YN_reverse, m_reverse},
    {YN___copy__, m_copy_dunder},
    {YN___reversed__, m_reversed},
    {0, NULL},
};

/* ---- the iterators ------------------------------------------------------------- */

/* As CPython's: the forward iterator checks for a change first, the
 * reversed one whether it is done first (so after its last item a change
 * goes unnoticed). */
static int iter_next(YObj *o, YValue *out, int step) {
  DequeIter *it = (DequeIter *)o;
  if (step < 0 && it->left == 0) {
    *out = YNONE;
    return 0;
  }
  if (it->d->state != it->state) {
    it->left = 0;
    mutated();
    return -1;
  }
  if (it->left == 0) {
    *out = YNONE;
    return 0;
  }
  *out = yrt_incref(AT(it->d, it->pos));
  it->pos += step;
  it->left--;
  return 1;
}

static int fwd_next(YObj *o, YValue *out) { return iter_next(o, out, 1); }
static int rev_next(YObj *o, YValue *out) { return iter_next(o, out, -1); }

static void iter_dealloc(YObj *o) {
  yrt_decref(yobj(((DequeIter *)o)->d));
  free(o);
}

static const YTypeEx fwd_iter_type = {YRT_TYPE_EX_HEAD_IN("_collections", "_deque_iterator", YK_ITER),
                                      iter_dealloc, fwd_next, NULL, NULL, NULL, NULL, NULL};
static const YTypeEx rev_iter_type = {YRT_TYPE_EX_HEAD_IN("_collections", "_deque_reverse_iterator", YK_ITER),
                                      iter_dealloc, rev_next, NULL, NULL, NULL, NULL, NULL};

static YValue iter_new(YObj *o, int reverse) {
  Deque *d = (Deque *)o;
  DequeIter *it = yrt_obj_new(reverse ? &rev_iter_type.type : &fwd_iter_type.type, sizeof *it);
  yrt_incref(yobj(d));
  it->d = d;
  it->state = d->state;
  it->pos = reverse ? d->len - 1 : 0;
  it->left = d->len;
  return yobj(it);
}

static YValue deque_iter(YObj *o) { return iter_new(o, 0); }
static YValue reversed_new(YObj *o) { return iter_new(o, 1); }

/* ---- the type slots ------------------------------------------------------------ */

static int64_t deque_len(YObj *o) { return ((Deque *)o)->len; }

static int deque_contains(YObj *o, YValue x) {
  Deque *d = (Deque *)o;
  uint64_t state = d->state;
  for (int64_t i = 0, n = d->len; i < n; i++) {
    int r = item_eq(AT(d, i), x);
    if (r) return r;
    if (d->state != state) return mutated(), -1;
  }
  return 0;
}

static YValue deque_repr(YObj *o) {
  Deque *d = (Deque *)o;
  if (yrt_repr_enter(o)) return yrt_str_from_c("[...]");
  int64_t n;
  YValue *items = snapshot(d, &n);
  YValue list = yrt_list_new(n, items);
  drop_items(items, n);
  YBuf b = {0};
  yrt_buf_puts(&b, "deque(");
  int r = yrt_buf_repr(&b, list);
  yrt_decref(list);
  yrt_repr_leave();
  if (r < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  if (d->maxlen >= 0) yrt_buf_printf(&b, ", maxlen=%lld", (long long)d->maxlen);
  yrt_buf_putc(&b, ')');
  return yrt_buf_finish(&b);
}

static YValue deque_getattr(YObj *o, YName n) {
  Deque *d = (Deque *)o;
  if (n == YN_maxlen) return d->maxlen < 0 ? YNONE : yint(d->maxlen);
  return yrt_no_attr(yobj(o), yrt_name_str[n]);
}

static int deque_setattr(YObj *o, YValue name, YValue v) {
  (void)v;
  if (!strcmp(yrt_str_cstr(name), "maxlen"))
    yrt_raise_msg(&yrt_exc_AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
  else
    yrt_no_attr(yobj(o), yrt_str_cstr(name));
  return -1;
}

static void deque_dealloc(YObj *o) {
  clear((Deque *)o);
  free(((Deque *)o)->buf); /* an empty deque may keep a buffer */
  free(o);
}

/* The index of d[key]: 0, or -1 with CPython's error. */
static int item_index(const Deque *d, YValue key, int64_t *i) {
  if (yrt_is_big(key)) {
    yrt_index_overflow(&yrt_exc_IndexError);
    return -1;
  }
  if (!yrt_is_intlike(key)) {
    yrt_raise_msg(&yrt_exc_TypeError, "sequence index must be integer, not '%s'", yrt_tname(key));
    return -1;
  }
  *i = key.u.i;
  if (yrt_norm_index(i, d->len) < 0) {
    yrt_raise_msg(&yrt_exc_IndexError, "deque index out of range");
    return -1;
  }
  return 0;
}

static YValue deque_getitem(YObj *o, YValue key) {
  Deque *d = (Deque *)o;
  int64_t i;
  if (item_index(d, key, &i) < 0) return YERROR;
  return yrt_incref(AT(d, i));
}

static int deque_setitem(YObj *o, YValue key, YValue v) {
  Deque *d = (Deque *)o;
  int64_t i;
  if (item_index(d, key, &i) < 0) return -1;
  if (YIS_UNBOUND(v)) {
    yrt_decref(take(d, i));
  } else {
    YValue old = AT(d, i);
    AT(d, i) = yrt_incref(v);
    yrt_decref(old);
  }
  return 0;
}

/* a op b for two deques, as CPython's deque_richcompare: sizes decide ==
 * and != at once; otherwise the first pair of items that are not equal
 * (`is`, then ==, walking both as iterators would) is compared with op,
 * or else the sizes are. */
static int deque_compare(YObj *ao, YObj *bo, YCmp op) {
  Deque *a = (Deque *)ao, *b = (Deque *)bo;
  if (op == YC_EQ || op == YC_NE) {
    int same = a == b || a->len == b->len;
    if (a == b || !same) return (op == YC_EQ) == same;
  }
  uint64_t sa = a->state, sb = b->state;
  int64_t na = a->len, nb = b->len;
  if (yrt_enter_call() < 0) return -1;
  int r = -2;
  for (int64_t i = 0;; i++) {
    if (a->state != sa || b->state != sb) {
      mutated();
      r = -1;
      break;
    }
    if (i >= na || i >= nb) break;
    YValue x = yrt_incref(AT(a, i)), y = yrt_incref(AT(b, i));
    int eq = yrt_is(x, y) ? 1 : yrt_eq(x, y);
    if (eq == 0) r = yrt_compare(x, y, op);
    yrt_decref(x);
    yrt_decref(y);
    if (eq < 0) r = -1;
    if (r != -2) break;
  }
  yrt_leave_call();
  if (r != -2) return r;
  switch (op) {
  case YC_LT: return na < nb;
  case YC_LE: return na <= nb;
  case YC_EQ: return na == nb;
  case YC_NE: return na != nb;
  case YC_GT: return na > nb;
  case YC_GE: return na >= nb;
  }
  return 0;
}

static YValue deque_inplace_concat(YObj *o, YValue b) {
  if (extend((Deque *)o, b, 0) < 0) return YERROR;
  return yrt_incref(yobj(o));
}

static YValue deque_concat(YObj *o, YValue b) {
  if (!is_deque(b))
    return yrt_raise_msg(&yrt_exc_TypeError, "can only concatenate deque (not \"%s\") to deque", yrt_tname(b));
  YValue c = copy_of((Deque *)o);
  if (extend((Deque *)c.u.o, b, 0) < 0) {
    yrt_decref(c);
    return YERROR;
  }
  return c;
}

/* The count of a repetition: 0, or -1 with CPython's error. */
static int repeat_count(YValue n, int64_t *out) {
  if (yrt_is_big(n)) {
    yrt_index_overflow(&yrt_exc_OverflowError);
    return -1;
  }
  if (!yrt_is_intlike(n)) {
    yrt_raise_msg(&yrt_exc_TypeError, "can't multiply sequence by non-int of type '%s'", yrt_tname(n));
    return -1;
  }
  *out = n.u.i;
  return 0;
}

static YValue deque_inplace_repeat(YObj *o, YValue nv) {
  Deque *d = (Deque *)o;
  int64_t n;
  if (repeat_count(nv, &n) < 0) return YERROR;
  if (n <= 0) clear(d);
  if (n <= 1 || d->len == 0) return yrt_incref(yobj(o));
  /* With a maxlen only the last maxlen items stay: the copies past
   * maxlen / len + 1 would all be dropped again. */
  if (d->maxlen >= 0 && n > d->maxlen / d->len + 2) n = d->maxlen / d->len + 2;
  if (d->len > (INT64_MAX / 16) / n) return yrt_raise_msg(&yrt_exc_MemoryError, "%s", "");
  int64_t len;
  YValue *items = snapshot(d, &len);
  if (d->maxlen < 0) reserve(d, len * n);
  for (int64_t k = 1; k < n; k++)
    for (int64_t i = 0; i < len; i++) append(d, yrt_incref(items[i]));
  drop_items(items, len);
  return yrt_incref(yobj(o));
}

static YValue deque_repeat(YObj *o, YValue nv) {
  int64_t n;
  if (repeat_count(nv, &n) < 0) return YERROR;
  YValue c = copy_of((Deque *)o);
  YValue r = deque_inplace_repeat(c.u.o, nv);
  yrt_decref(c);
  return r;
}

static int64_t maxlen_arg(YValue v, int *err) {
  *err = 0;
  if (YIS_UNBOUND(v) || YIS_NONE(v)) return -1;
  if (yrt_is_big(v)) {
    yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    *err = 1;
    return 0;
  }
  if (!yrt_is_intlike(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "an integer is required");
    *err = 1;
    return 0;
  }
  if (v.u.i < 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "maxlen must be non-negative");
    *err = 1;
  }
  return v.u.i;
}

/* deque(iterable=(), maxlen=None) */
static YValue deque_call_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"iterable", "maxlen"};
  YValue a[2];
  int err;
  if (yrt_args_kw("deque", names, 2, 0, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  int64_t maxlen = maxlen_arg(a[1], &err);
  if (err) return YERROR;
  Deque *d = deque_alloc(maxlen);
  if (!YIS_UNBOUND(a[0]) && extend(d, a[0], 0) < 0) {
    yrt_decref(yobj(d));
    return YERROR;
  }
  return yobj(d);
}

static YValue deque_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  return deque_call_kw(argc, argv, 0, NULL);
}

static const YTypeOps deque_ops = {
    .call_kw = deque_call_kw,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .setattr = deque_setattr,
    .compare = deque_compare,
    .concat = deque_concat,
    .repeat = deque_repeat,
    .inplace_concat = deque_inplace_concat,
    .inplace_repeat = deque_inplace_repeat,
    .reversed = reversed_new,
    .unhashable = 1,
};

const YMethodType yrt_deque_type = {
    {{.ob = {YRT_IMMORTAL, &yrt_type_type},
      .name = "deque",
      .base = &yrt_type_object,
      .kind = YK_OTHER,
      .call = deque_call,
      .flags = YTF_METHODS | YTF_CNAME,
      .module = "collections",
      .cname = "collections.deque"},
     deque_dealloc,
     NULL,
     deque_iter,
     deque_len,
     deque_contains,
     deque_repr,
     deque_getattr},
    deque_methods,
    &deque_ops};
