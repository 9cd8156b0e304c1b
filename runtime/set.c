/*
 * set.c: set and frozenset objects, their methods, operators and
 * iterator, set() and frozenset().
 *
 * Design
 * ------
 * A set is an open-addressing hash table of (hash, key) entries, laid out
 * and probed the way CPython 3.11's setobject is, because a program can see
 * the table: iteration, repr() and pop() walk it in slot order.  So the
 * order of a set of ints (whose hashes are their values) must come out as
 * CPython's, and that fixes every choice below:
 *
 *   - a table has 8 slots (inline in the object) or a larger power of two;
 *   - a probe looks at the home slot hash & mask and the 9 slots after it
 *     (when they do not run past the end), then jumps to
 *     i = i * 5 + 1 + (perturb >>= 5);
 *   - a removed key leaves a dummy (hash -1) until the next resize; an
 *     insertion reuses the last dummy met on the probe path;
 *   - the table grows when the slots in use (keys and dummies) reach 3/5 of
 *     the mask, to the smallest size above 4 * used (2 * used past 50000),
 *     and a resize reinserts the keys in slot order;
 *   - each operation (union, intersection, difference, copy, ...) builds
 *     its result as CPython's does: which operand is walked, whether the
 *     result is presized, copied slot for slot, or trimmed afterwards.
 *
 * set and frozenset share this layout and kind YK_SET; frozenset caches its
 * hash, computed from its keys' hashes alone (CPython's, so equal frozensets
 * hash alike whatever their history).  A set is never hashable; where a set
 * is looked up as a key (`s in t`, t.remove(s), t.discard(s)) it stands for
 * the frozenset of its keys, as in CPython.
 *
 * Keys compare with `is` and then yrt_eq.  A comparison may run a program's
 * __eq__, which may change the set: the probe then starts again, as
 * CPython's does.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static YValue set_call(const YType *t, int argc, const YValue *argv);
static YValue frozenset_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_set, "set", &yrt_type_object, YK_SET, set_call);
YRT_DEFINE_TYPE(yrt_type_frozenset, "frozenset", &yrt_type_object, YK_SET, frozenset_call);

/* The states of an entry (a dummy is neither: its key is YERROR). */
static inline int entry_empty(const SetEntry *e) { return e->key.tag == YT_UNBOUND; }
static inline int entry_active(const SetEntry *e) { return e->key.tag > YT_ERROR; }

/* ===================================================================== */
/* The table                                                              */
/* ===================================================================== */

YValue yrt_set_new(const YType *type) {
  YSet *s = yrt_obj_new(type, sizeof(YSet));
  s->table = s->small;
  s->mask = YRT_SET_MINSIZE - 1;
  s->hash = -1;
  return yobj(s);
}

/* Put a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, uint64_t mask, YValue key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  SetEntry *e;
  for (;;) {
    e = &table[i];
    if (entry_empty(e)) break;
    if (i + LINEAR_PROBES <= mask) {
      int j;
      for (j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (entry_empty(e)) break;
      }
      if (j < LINEAR_PROBES) break;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
  e->key = key;
  e->hash = hash;
}

/* Rebuild the table with the smallest size above minused, dropping the
 * dummies and reinserting the keys in slot order. */
static void set_resize(YSet *s, int64_t minused) {
  uint64_t size = YRT_SET_MINSIZE;
  while (size <= (uint64_t)minused) size <<= 1;
  SetEntry *old = s->table, small_copy[YRT_SET_MINSIZE];
  uint64_t oldmask = (uint64_t)s->mask;
  int old_malloced = old != s->small;
  SetEntry *table;
  if (size == YRT_SET_MINSIZE) {
    table = s->small;
    if (table == old) {
      if (s->fill == s->used) return; /* no dummies: nothing to do */
      memcpy(small_copy, old, sizeof small_copy);
      old = small_copy;
    }
  } else {
    table = yrt_malloc(size * sizeof(SetEntry));
  }
  memset(table, 0, size * sizeof(SetEntry));
  s->table = table;
  s->mask = (int64_t)size - 1;
  s->fill = s->used;
  for (uint64_t i = 0; i <= oldmask; i++)
    if (entry_active(&old[i])) insert_clean(table, size - 1, old[i].key, old[i].hash);
  if (old_malloced) free(old);
}

/* The entry holding key, or the empty entry that ends its probe sequence;
 * NULL on error (a comparison failed). */
static SetEntry *set_lookup(YSet *s, YValue key, int64_t hash) {
restart:;
  uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    SetEntry *e = &s->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (entry_empty(e)) return e;
      if (e->hash == hash) {
        YValue start = e->key;
        if (yrt_is(start, key)) return e;
        SetEntry *table = s->table;
        yrt_incref(start);
        int r = yrt_eq(start, key);
        yrt_decref(start);
        if (r < 0) return NULL;
        if (table != s->table || !yrt_is(e->key, start)) goto restart;
        if (r) return e;
        mask = (uint64_t)s->mask;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Add key (stolen) with its hash: 0, or -1 (key released). */
static int set_insert(YSet *s, YValue key, int64_t hash) {
  SetEntry *e, *freeslot;
  uint64_t mask;
restart:
  mask = (uint64_t)s->mask;
  freeslot = NULL;
  {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
      e = &s->table[i];
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        if (entry_empty(e)) goto found_empty;
        if (e->hash == hash) {
          YValue start = e->key;
          if (yrt_is(start, key)) goto found_active;
          SetEntry *table = s->table;
          yrt_incref(start);
          int r = yrt_eq(start, key);
          yrt_decref(start);
          if (r < 0) {
            yrt_decref(key);
            return -1;
          }
          if (table != s->table || !yrt_is(e->key, start)) goto restart;
          if (r) goto found_active;
          mask = (uint64_t)s->mask;
        } else if (e->hash == -1) {
          freeslot = e; /* a dummy: the last one on the path is reused */
        }
        e++;
      } while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
found_empty:
  if (freeslot) {
    s->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  s->fill++;
  s->used++;
  e->key = key;
  e->hash = hash;
  if ((uint64_t)s->fill * 5 < mask * 3) return 0;
  set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return 0;
found_active:
  yrt_decref(key);
  return 0;
}

int yrt_set_add(YValue set, YValue key) {
  int64_t h = yrt_hash(key);
  if (h == -1) return -1;
  return set_insert(YSET(set), yrt_incref(key), h);
}

/* Is the key with this hash in s?  1, 0, -1. */
static int contains_entry(YSet *s, YValue key, int64_t hash) {
  SetEntry *e = set_lookup(s, key, hash);
  if (!e) return -1;
  return entry_active(e);
}

/* Remove the key with this hash: 1 removed, 0 absent, -1 error. */
static int discard_entry(YSet *s, YValue key, int64_t hash) {
  SetEntry *e = set_lookup(s, key, hash);
  if (!e) return -1;
  if (!entry_active(e)) return 0;
  YValue old = e->key;
  e->key = YERROR; /* the dummy */
  e->hash = -1;
  s->used--;
  yrt_decref(old);
  return 1;
}

static int set_merge(YSet *s, const YSet *o);

/* A key's hash for a lookup.  A set key stands for the frozenset of its
 * keys (*tmp: that frozenset, owned, or unbound). -1 on error. */
static int64_t lookup_hash(YValue *key, YValue *tmp) {
  *tmp = YUNBOUND;
  if (yrt_is_set(*key)) {
    *tmp = yrt_set_new(&yrt_type_frozenset);
    if (set_merge(YSET(*tmp), YSET(*key)) < 0) return -1;
    *key = *tmp;
  }
  return yrt_hash(*key);
}

int yrt_set_contains(YValue set, YValue key) {
  YValue tmp;
  int64_t h = lookup_hash(&key, &tmp);
  int r = h == -1 ? -1 : contains_entry(YSET(set), key, h);
  yrt_decref(tmp);
  return r;
}

static int set_discard(YSet *s, YValue key) {
  YValue tmp;
  int64_t h = lookup_hash(&key, &tmp);
  int r = h == -1 ? -1 : discard_entry(s, key, h);
  yrt_decref(tmp);
  return r;
}

/* The next active entry at or after *pos (then *pos is past it), or NULL. */
static SetEntry *set_next(const YSet *s, int64_t *pos) {
  for (int64_t i = *pos; i <= s->mask; i++)
    if (entry_active(&s->table[i])) {
      *pos = i + 1;
      return &s->table[i];
    }
  *pos = s->mask + 1;
  return NULL;
}

/* Empty s, back to its inline table; the keys are released in slot order
 * once s no longer holds them. */
static void set_clear(YSet *s) {
  SetEntry *table = s->table, small_copy[YRT_SET_MINSIZE];
  int64_t n = s->mask + 1;
  if (s->fill == 0) return;
  if (table == s->small) {
    memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
  }
  memset(s->small, 0, sizeof s->small);
  s->table = s->small;
  s->mask = YRT_SET_MINSIZE - 1;
  s->used = s->fill = 0;
  s->hash = -1;
  for (int64_t i = 0; i < n; i++)
    if (entry_active(&table[i])) yrt_decref(table[i].key);
  if (table != small_copy) free(table);
}

void yrt_set_dealloc(YSet *s) {
  for (int64_t i = 0; i <= s->mask; i++)
    if (entry_active(&s->table[i])) yrt_decref(s->table[i].key);
  if (s->table != s->small) free(s->table);
  free(s);
}

/* Exchange the contents of a and b (intersection_update). */
static void swap_bodies(YSet *a, YSet *b) {
  YSet t = *a;
  a->fill = b->fill;
  a->used = b->used;
  a->mask = b->mask;
  b->fill = t.fill;
  b->used = t.used;
  b->mask = t.mask;
  SetEntry *ta = a->table == a->small ? NULL : a->table;
  SetEntry *tb = b->table == b->small ? NULL : b->table;
  memcpy(a->small, b->small, sizeof a->small);
  memcpy(b->small, t.small, sizeof b->small);
  a->table = tb ? tb : a->small;
  b->table = ta ? ta : b->small;
  a->hash = b->hash = -1;
}

/* ===================================================================== */
/* Bulk updates                                                           */
/* ===================================================================== */

/* Add every key of the set other to s: 0, or -1 (a comparison failed). */
static int set_merge(YSet *s, const YSet *o) {
  if (s == o || o->used == 0) return 0;
  /* One resize up front, expecting few common keys. */
  if ((s->fill + o->used) * 5 >= s->mask * 3) set_resize(s, (s->used + o->used) * 2);
  if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
    /* Same size, no dummies: copy slot for slot. */
    for (int64_t i = 0; i <= o->mask; i++)
      if (entry_active(&o->table[i])) {
        s->table[i].key = yrt_incref(o->table[i].key);
        s->table[i].hash = o->table[i].hash;
      }
    s->fill = s->used = o->used;
    return 0;
  }
  if (s->fill == 0) {
    for (int64_t i = 0; i <= o->mask; i++)
      if (entry_active(&o->table[i]))
        insert_clean(s->table, (uint64_t)s->mask, yrt_incref(o->table[i].key), o->table[i].hash);
    s->fill = s->used = o->used;
    return 0;
  }
  for (int64_t i = 0; i <= o->mask; i++)
    if (entry_active(&o->table[i]) && set_insert(s, yrt_incref(o->table[i].key), o->table[i].hash) < 0)
      return -1;
  return 0;
}

/* s.update(other) for one iterable: 0 or -1. */
static int set_update(YSet *s, YValue other) {
  if (yrt_is_anyset(other)) return set_merge(s, YSET(other));
  if (yrt_is_dict(other)) {
    YDict *d = YDICT(other);
    if ((s->fill + d->used) * 5 >= s->mask * 3) set_resize(s, (s->used + d->used) * 2);
    for (int64_t i = 0; i < d->n; i++) {
      DictEntry *e = &d->entries[i];
      if (e->key.tag == YT_UNBOUND) continue;
      if (set_insert(s, yrt_incref(e->key), e->hash) < 0) return -1;
    }
    return 0;
  }
  YValue it = yrt_iter(other), x;
  if (YIS_ERR(it)) return -1;
  int r;
  while ((r = yrt_next(it, &x)) == 1) {
    int64_t h = yrt_hash(x);
    if (h == -1 || set_insert(s, x, h) < 0) {
      if (h == -1) yrt_decref(x);
      r = -1;
      break;
    }
  }
  if (r == 0) yrt_decref(x);
  yrt_decref(it);
  return r;
}

/* A new set of `type` holding the keys of iterable (unbound: none). */
static YValue set_from(const YType *type, YValue iterable) {
  YValue r = yrt_set_new(type);
  if (!YIS_UNBOUND(iterable) && set_update(YSET(r), iterable) < 0) {
    yrt_decref(r);
    return YERROR;
  }
  return r;
}

/* A copy of s of the same type. */
static YValue set_copy(YValue s) { return set_from(yrt_typeof(s), s); }

/* ===================================================================== */
/* The operations                                                         */
/* ===================================================================== */

/* s & other (other any iterable); the result has s's type. */
static YValue set_intersection(YValue sv, YValue other) {
  if (yrt_is(sv, other)) return set_copy(sv);
  YValue result = yrt_set_new(yrt_typeof(sv));
  YSet *s = YSET(sv), *res = YSET(result);
  if (yrt_is_anyset(other)) {
    YSet *o = YSET(other);
    if (o->used > s->used) {
      YSet *t = s;
      s = o;
      o = t;
    }
    /* Walk the smaller set, keeping its keys. */
    yrt_incref(yobj(o));
    yrt_incref(yobj(s));
    int64_t pos = 0;
    SetEntry *e;
    int r = 0;
    while (r == 0 && (e = set_next(o, &pos))) {
      YValue key = yrt_incref(e->key);
      int64_t h = e->hash;
      r = contains_entry(s, key, h);
      if (r > 0)
        r = set_insert(res, key, h);
      else
        yrt_decref(key);
    }
    yrt_decref(yobj(o));
    yrt_decref(yobj(s));
    if (r < 0) {
      yrt_decref(result);
      return YERROR;
    }
    return result;
  }
  YValue it = yrt_iter(other), x;
  if (YIS_ERR(it)) {
    yrt_decref(result);
    return it;
  }
  int r;
  while ((r = yrt_next(it, &x)) == 1) {
    int64_t h = yrt_hash(x);
    int in = h == -1 ? -1 : contains_entry(s, x, h);
    if (in > 0) {
      if (set_insert(res, x, h) < 0) in = -1;
    } else {
      yrt_decref(x);
    }
    if (in < 0) {
      r = -1;
      break;
    }
  }
  if (r == 0) yrt_decref(x);
  yrt_decref(it);
  if (r < 0) {
    yrt_decref(result);
    return YERROR;
  }
  return result;
}

/* s -= other (any iterable); 0 or -1. */
static int difference_update(YValue sv, YValue other) {
  YSet *s = YSET(sv);
  if (yrt_is(sv, other)) {
    set_clear(s);
    return 0;
  }
  if (yrt_is_anyset(other)) {
    /* Much larger than s: walk their intersection instead. */
    YValue o = YSET(other)->used >> 3 > s->used ? set_intersection(sv, other) : yrt_incref(other);
    if (YIS_ERR(o)) return -1;
    int64_t pos = 0;
    SetEntry *e;
    int r = 0;
    while (r >= 0 && (e = set_next(YSET(o), &pos))) {
      YValue key = yrt_incref(e->key);
      r = discard_entry(s, key, e->hash);
      yrt_decref(key);
    }
    yrt_decref(o);
    if (r < 0) return -1;
  } else {
    YValue it = yrt_iter(other), x;
    if (YIS_ERR(it)) return -1;
    int r;
    while ((r = yrt_next(it, &x)) == 1) {
      int d = set_discard(s, x);
      yrt_decref(x);
      if (d < 0) {
        r = -1;
        break;
      }
    }
    if (r == 0) yrt_decref(x);
    yrt_decref(it);
    if (r < 0) return -1;
  }
  /* More than a quarter dummies: resize them away. */
  if ((uint64_t)(s->fill - s->used) > (uint64_t)s->mask / 4)
    set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return 0;
}

/* s - other; the result has s's type. */
static YValue set_difference(YValue sv, YValue other) {
  YSet *s = YSET(sv);
  int64_t other_size;
  if (yrt_is_anyset(other))
    other_size = YSET(other)->used;
  else if (yrt_is_dict(other))
    other_size = YDICT(other)->used;
  else
    other_size = -1;
  if (other_size < 0 || s->used >> 2 > other_size) {
    /* Copy s, then take other's keys out. */
    YValue r = set_copy(sv);
    if (YIS_ERR(r)) return r;
    if (difference_update(r, other) < 0) {
      yrt_decref(r);
      return YERROR;
    }
    return r;
  }
  YValue result = yrt_set_new(yrt_typeof(sv));
  int64_t pos = 0;
  SetEntry *e;
  int r = 0;
  yrt_incref(sv);
  while (r == 0 && (e = set_next(s, &pos))) {
    YValue key = yrt_incref(e->key);
    int64_t h = e->hash;
    int in;
    if (yrt_is_dict(other)) {
      int64_t slot, ix;
      in = yrt_dict_find(YDICT(other), key, h, &slot, &ix);
    } else {
      in = contains_entry(YSET(other), key, h);
    }
    if (in == 0)
      r = set_insert(YSET(result), key, h);
    else
      yrt_decref(key);
    if (in < 0) r = -1;
  }
  yrt_decref(sv);
  if (r < 0) {
    yrt_decref(result);
    return YERROR;
  }
  return result;
}

/* s ^= other (any iterable); 0 or -1. */
static int symmetric_difference_update(YValue sv, YValue other) {
  YSet *s = YSET(sv);
  if (yrt_is(sv, other)) {
    set_clear(s);
    return 0;
  }
  if (yrt_is_dict(other)) {
    YDict *d = YDICT(other);
    for (int64_t i = 0; i < d->n; i++) {
      DictEntry *de = &d->entries[i];
      if (de->key.tag == YT_UNBOUND) continue;
      YValue key = yrt_incref(de->key);
      int r = discard_entry(s, key, de->hash);
      if (r == 0) r = set_insert(s, yrt_incref(key), de->hash);
      yrt_decref(key);
      if (r < 0) return -1;
    }
    return 0;
  }
  YValue o = yrt_is_anyset(other) ? yrt_incref(other) : set_from(yrt_typeof(sv), other);
  if (YIS_ERR(o)) return -1;
  int64_t pos = 0;
  SetEntry *e;
  int r = 0;
  while (r >= 0 && (e = set_next(YSET(o), &pos))) {
    YValue key = yrt_incref(e->key);
    int64_t h = e->hash;
    r = discard_entry(s, key, h);
    if (r == 0) r = set_insert(s, yrt_incref(key), h);
    yrt_decref(key);
  }
  yrt_decref(o);
  return r < 0 ? -1 : 0;
}

/* s ^ other: other's keys first, then s's toggled in; s's type. */
static YValue set_symmetric_difference(YValue sv, YValue other) {
  YValue r = set_from(yrt_typeof(sv), other);
  if (YIS_ERR(r)) return r;
  if (symmetric_difference_update(r, sv) < 0) {
    yrt_decref(r);
    return YERROR;
  }
  return r;
}

/* s | other: a copy of s, updated; s's type. */
static YValue set_union(YValue sv, YValue other) {
  YValue r = set_copy(sv);
  if (YIS_ERR(r) || yrt_is(sv, other)) return r;
  if (set_update(YSET(r), other) < 0) {
    yrt_decref(r);
    return YERROR;
  }
  return r;
}

/* Is every key of s in the set o?  1, 0, -1. */
static int is_subset(YSet *s, YSet *o) {
  if (s->used > o->used) return 0;
  int64_t pos = 0;
  SetEntry *e;
  while ((e = set_next(s, &pos))) {
    YValue key = yrt_incref(e->key);
    int r = contains_entry(o, key, e->hash);
    yrt_decref(key);
    if (r <= 0) return r;
  }
  return 1;
}

/* s.issubset(other) for any iterable: 1, 0, -1. */
static int issubset(YValue sv, YValue other) {
  if (yrt_is_anyset(other)) return is_subset(YSET(sv), YSET(other));
  YValue t = set_from(&yrt_type_set, other);
  if (YIS_ERR(t)) return -1;
  int r = is_subset(YSET(sv), YSET(t));
  yrt_decref(t);
  return r;
}

/* s.issuperset(other) for any iterable: 1, 0, -1. */
static int issuperset(YValue sv, YValue other) {
  if (yrt_is_anyset(other)) return is_subset(YSET(other), YSET(sv));
  YValue it = yrt_iter(other), x;
  if (YIS_ERR(it)) return -1;
  int r, in = 1;
  while ((r = yrt_next(it, &x)) == 1) {
    int64_t h = yrt_hash(x); /* a set is unhashable here, unlike for `in` */
    in = h == -1 ? -1 : contains_entry(YSET(sv), x, h);
    yrt_decref(x);
    if (in <= 0) break;
  }
  if (r == 0) yrt_decref(x);
  yrt_decref(it);
  if (r < 0 || in < 0) return -1;
  return in;
}

/* s.isdisjoint(other): 1, 0, -1. */
static int isdisjoint(YValue sv, YValue other) {
  if (yrt_is(sv, other)) return YSET(sv)->used == 0;
  if (yrt_is_anyset(other)) {
    YSet *a = YSET(sv), *b = YSET(other);
    if (a->used > b->used) {
      YSet *t = a;
      a = b;
      b = t;
    }
    int64_t pos = 0;
    SetEntry *e;
    while ((e = set_next(a, &pos))) {
      YValue key = yrt_incref(e->key);
      int r = contains_entry(b, key, e->hash);
      yrt_decref(key);
      if (r != 0) return r < 0 ? -1 : 0;
    }
    return 1;
  }
  YValue it = yrt_iter(other), x;
  if (YIS_ERR(it)) return -1;
  int r, in = 0;
  while ((r = yrt_next(it, &x)) == 1) {
    int64_t h = yrt_hash(x);
    in = h == -1 ? -1 : contains_entry(YSET(sv), x, h);
    yrt_decref(x);
    if (in != 0) break;
  }
  if (r == 0) yrt_decref(x);
  yrt_decref(it);
  if (r < 0 || in < 0) return -1;
  return !in;
}

/* ===================================================================== */
/* Operators, comparison, hash                                            */
/* ===================================================================== */

YValue yrt_set_binop(YIntOp op, YValue a, YValue b) {
  if (!yrt_is_anyset(a) || !yrt_is_anyset(b)) return YUNBOUND;
  switch (op) {
  case YI_OR: return set_union(a, b);
  case YI_AND: return set_intersection(a, b);
  case YI_SUB: return set_difference(a, b);
  case YI_XOR: return set_symmetric_difference(a, b);
  default: return YUNBOUND;
  }
}

YValue yrt_set_inplace(YIntOp op, YValue a, YValue b) {
  if (!yrt_is_set(a) || !yrt_is_anyset(b)) return YUNBOUND;
  int r = 0;
  switch (op) {
  case YI_OR: r = set_update(YSET(a), b); break;
  case YI_SUB: r = difference_update(a, b); break;
  case YI_XOR: r = symmetric_difference_update(a, b); break;
  case YI_AND: {
    YValue t = set_intersection(a, b);
    if (YIS_ERR(t)) return t;
    swap_bodies(YSET(a), YSET(t));
    yrt_decref(t);
    break;
  }
  default: return YUNBOUND;
  }
  return r < 0 ? YERROR : yrt_incref(a);
}

int yrt_set_compare(YValue a, YValue b, YCmp op) {
  YSet *x = YSET(a), *y = YSET(b);
  switch (op) {
  case YC_EQ:
  case YC_NE: {
    int eq;
    if (x->used != y->used || (x->hash != -1 && y->hash != -1 && x->hash != y->hash))
      eq = 0;
    else if ((eq = is_subset(x, y)) < 0)
      return -1;
    return op == YC_EQ ? eq : !eq;
  }
  case YC_LE: return is_subset(x, y);
  case YC_GE: return is_subset(y, x);
  case YC_LT: return x->used < y->used ? is_subset(x, y) : 0;
  case YC_GT: return x->used > y->used ? is_subset(y, x) : 0;
  }
  return 0;
}

/* CPython's frozenset hash: each key's hash shuffled and xor-ed (so the
 * order does not count), then the size, then a final mix. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

int64_t yrt_set_hash(YValue v) {
  YSet *s = YSET(v);
  if (!yrt_is_frozenset(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: '%s'", yrt_tname(v));
    return -1;
  }
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; i++)
    if (entry_active(&s->table[i])) h ^= shuffle_bits((uint64_t)s->table[i].hash);
  h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == (uint64_t)-1) h = 590923713ULL;
  s->hash = (int64_t)h;
  return s->hash;
}

/* repr: {1, 2}, frozenset({1, 2}), set(), and set(...) for a set inside
 * itself (through a program's __repr__). */
int yrt_set_repr(YBuf *b, YValue v) {
  YSet *s = YSET(v);
  const char *name = yrt_tname(v);
  int frozen = yrt_is_frozenset(v);
  if (s->used == 0) {
    yrt_buf_printf(b, "%s()", name);
    return 0;
  }
  if (yrt_repr_enter(v.u.o)) {
    yrt_buf_printf(b, "%s(...)", name);
    return 0;
  }
  /* The keys first (a key's repr may change the set). */
  YValue keys = yrt_list_from_iterable(v);
  int r = YIS_ERR(keys) ? -1 : yrt_repr_enter_call();
  if (r == 0) {
    if (frozen) yrt_buf_printf(b, "%s(", name);
    yrt_buf_putc(b, '{');
    for (int64_t i = 0; r == 0 && i < YLIST(keys)->len; i++) {
      if (i) yrt_buf_puts(b, ", ");
      r = yrt_buf_repr(b, YLIST(keys)->items[i]);
    }
    yrt_buf_putc(b, '}');
    if (frozen) yrt_buf_putc(b, ')');
    yrt_leave_call();
  }
  yrt_decref(keys);
  yrt_repr_leave();
  return r;
}

/* ===================================================================== */
/* Building sets for the generated code                                   */
/* ===================================================================== */

YValue yrt_set_steal(int64_t n, YValue *items) {
  YValue s = yrt_set_new(&yrt_type_set);
  for (int64_t i = 0; i < n; i++) {
    int64_t h = yrt_hash(items[i]);
    if (h == -1 || set_insert(YSET(s), items[i], h) < 0) {
      /* set_insert released items[i]; a failed hash did not */
      for (int64_t j = h == -1 ? i : i + 1; j < n; j++) yrt_decref(items[j]);
      yrt_decref(s);
      return YERROR;
    }
  }
  return s;
}

/* CPython 3.11's frozenset constant: built from the items, then built
 * again from the first one's slot order when the compiler files it in its
 * constant cache; a display copies it into a new set. */
YValue yrt_set_steal_const(int frozen, int64_t n, YValue *items) {
  YValue first = yrt_set_steal(n, items);
  if (YIS_ERR(first)) return first;
  YValue f = yrt_set_new(&yrt_type_frozenset);
  YSet *s = YSET(first);
  int r = 0;
  for (int64_t i = 0; r == 0 && i <= s->mask; i++)
    if (entry_active(&s->table[i])) r = set_insert(YSET(f), yrt_incref(s->table[i].key), s->table[i].hash);
  yrt_decref(first);
  if (r == 0 && !frozen) {
    YValue t = f;
    f = yrt_set_new(&yrt_type_set);
    r = set_merge(YSET(f), YSET(t));
    yrt_decref(t);
  }
  if (r < 0) {
    yrt_decref(f);
    return YERROR;
  }
  return f;
}

/* ===================================================================== */
/* The iterator                                                           */
/* ===================================================================== */

/* src: the set (unbound once exhausted), pos: the next slot, step: the
 * size the set had when the iterator was made (-1: it changed). */
static void set_iter_dealloc(YObj *o) {
  YIter *it = (YIter *)o;
  YValue src = it->src;
  free(it);
  yrt_decref(src);
}

static int set_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) {
    *out = YNONE;
    return 0;
  }
  YSet *s = YSET(it->src);
  if (it->step != s->used) {
    it->step = -1; /* sticky, as CPython's */
    yrt_raise_msg(&yrt_exc_RuntimeError, "Set changed size during iteration");
    return -1;
  }
  SetEntry *e = set_next(s, &it->pos);
  if (!e) {
    yrt_clear(&it->src);
    *out = YNONE;
    return 0;
  }
  *out = yrt_incref(e->key);
  return 1;
}

static const YTypeEx set_iter_type = {YRT_TYPE_EX_HEAD("set_iterator", YK_ITER), set_iter_dealloc, set_iter_next,
                                      NULL, NULL, NULL, NULL, NULL};

YValue yrt_set_iter(YValue set) {
  YIter *it = yrt_obj_new(&set_iter_type.type, sizeof(YIter));
  it->src = yrt_incref(set);
  it->step = YSET(set)->used;
  return yobj(it);
}

/* ===================================================================== */
/* Methods                                                                */
/* ===================================================================== */

/* A method that only a set has, called on a frozenset. */
static int mutating(YName n) {
  switch (n) {
  case YN_add: case YN_remove: case YN_discard: case YN_pop: case YN_clear: case YN_update:
  case YN_intersection_update: case YN_difference_update: case YN_symmetric_difference_update:
    return 1;
  default: return 0;
  }
}

int yrt_set_has_method(YValue self, YName n) {
  switch (n) {
  case YN_copy: case YN_union: case YN_intersection: case YN_difference: case YN_symmetric_difference:
  case YN_issubset: case YN_issuperset: case YN_isdisjoint: case YN___iter__:
    return 1;
  default: return yrt_is_set(self) && mutating(n);
  }
}

/* The qualified name for argument errors: "set.add". */
static const char *qual(YValue self, YName n, char *buf, size_t size) {
  snprintf(buf, size, "%s.%s", yrt_tname(self), yrt_name_str[n]);
  return buf;
}

static YValue truth_result(int r) { return r < 0 ? YERROR : ybool(r); }
static YValue none_result(int r) { return r < 0 ? YERROR : YNONE; }

YValue yrt_set_method(YValue self, YName name, int argc, const YValue *argv) {
  YSet *s = YSET(self);
  char q[64];
  if (!yrt_set_has_method(self, name)) return yrt_no_attr(self, yrt_name_str[name]);
  switch (name) {
  case YN_add:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return none_result(yrt_set_add(self, argv[0]));
  case YN_remove: {
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    int r = set_discard(s, argv[0]);
    if (r < 0) return YERROR;
    return r ? YNONE : yrt_key_error(argv[0]);
  }
  case YN_discard:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return none_result(set_discard(s, argv[0]));
  case YN_pop: {
    if (yrt_args_none(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    if (s->used == 0) return yrt_raise_msg(&yrt_exc_KeyError, "pop from an empty set");
    SetEntry *e = &s->table[s->finger & s->mask];
    while (!entry_active(e)) {
      if (++e > &s->table[s->mask]) e = s->table;
    }
    YValue key = e->key;
    e->key = YERROR;
    e->hash = -1;
    s->used--;
    s->finger = e - s->table + 1;
    return key;
  }
  case YN_clear:
    if (yrt_args_none(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    set_clear(s);
    return YNONE;
  case YN_copy:
    if (yrt_args_none(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    if (yrt_is_frozenset(self)) return yrt_incref(self);
    return set_copy(self);
  case YN_update:
    for (int i = 0; i < argc; i++)
      if (set_update(s, argv[i]) < 0) return YERROR;
    return YNONE;
  case YN_union: {
    YValue r = set_copy(self);
    for (int i = 0; i < argc && !YIS_ERR(r); i++) {
      if (yrt_is(self, argv[i])) continue;
      if (set_update(YSET(r), argv[i]) < 0) {
        yrt_decref(r);
        r = YERROR;
      }
    }
    return r;
  }
  case YN_intersection:
  case YN_intersection_update: {
    /* Each argument in turn, as CPython's; none: a copy. */
    YValue r = argc == 0 ? set_copy(self) : yrt_incref(self);
    for (int i = 0; i < argc && !YIS_ERR(r); i++) {
      YValue t = set_intersection(r, argv[i]);
      yrt_decref(r);
      r = t;
    }
    if (name == YN_intersection || YIS_ERR(r)) return r;
    swap_bodies(s, YSET(r)); /* r is a new set: an intersection or a copy */
    yrt_decref(r);
    return YNONE;
  }
  case YN_difference: {
    if (argc == 0) return set_copy(self);
    YValue r = set_difference(self, argv[0]);
    for (int i = 1; i < argc && !YIS_ERR(r); i++)
      if (difference_update(r, argv[i]) < 0) {
        yrt_decref(r);
        r = YERROR;
      }
    return r;
  }
  case YN_difference_update:
    for (int i = 0; i < argc; i++)
      if (difference_update(self, argv[i]) < 0) return YERROR;
    return YNONE;
  case YN_symmetric_difference:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return set_symmetric_difference(self, argv[0]);
  case YN_symmetric_difference_update:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return none_result(symmetric_difference_update(self, argv[0]));
  case YN_issubset:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return truth_result(issubset(self, argv[0]));
  case YN_issuperset:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return truth_result(issuperset(self, argv[0]));
  case YN_isdisjoint:
    if (yrt_args_one(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return truth_result(isdisjoint(self, argv[0]));
  case YN___iter__:
    if (yrt_args_none(qual(self, name, q, sizeof q), argc) < 0) return YERROR;
    return yrt_set_iter(self);
  default:
    return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ===================================================================== */
/* set(x) and frozenset(x)                                                */
/* ===================================================================== */

static YValue set_call(const YType *t, int argc, const YValue *argv) {
  if (argc > 1) return yrt_raise_msg(&yrt_exc_TypeError, "%s expected at most 1 argument, got %d", t->name, argc);
  return set_from(t, argc ? argv[0] : YUNBOUND);
}

static YValue frozenset_call(const YType *t, int argc, const YValue *argv) {
  if (argc == 1 && yrt_is_frozenset(argv[0])) return yrt_incref(argv[0]);
  return set_call(t, argc, argv);
}
