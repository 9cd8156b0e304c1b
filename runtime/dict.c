/*
 * dict.c: dict objects, their methods and dict().
 *
 * Design
 * ------
 * A dict is compact, as in CPython 3.6+: an array of entries (hash, key,
 * value) in insertion order, where a deleted entry is left as a hole until
 * the next resize, and an open-addressing index table of entry numbers,
 * probed with CPython's perturbation scheme.  The tables are made on the
 * first insertion (an empty dict allocates nothing but its header) and
 * rebuilt, without the holes, when the entries are full.  Keys compare with
 * `is` and then yrt_eq, so 1, 1.0 and True are one key.  The layout is in
 * rt.h: the dict iterators and views (iter.c) and the comparisons
 * (compare.c) read it.
 *
 * Destruction order is observable, so a dict is emptied before it releases
 * its keys and values, first to last, as in CPython.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#define IX_EMPTY (-1) /* an index slot never used */
#define IX_DUMMY (-2) /* an index slot whose entry was deleted */

static YValue dict_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_dict, "dict", &yrt_type_object, YK_DICT, dict_call);

/* ===================================================================== */
/* dict objects                                                           */
/* ===================================================================== */

YValue yrt_dict_new(void) { return yobj(yrt_obj_new(&yrt_type_dict, sizeof(YDict))); }

/* Find key: 1 and *ix = its entry, or 0 and *slot = the empty index slot
 * where it would go; -1 on error.  *slot is the key's slot when found. */
int yrt_dict_find(const YDict *d, YValue key, int64_t hash, int64_t *slot, int64_t *ix) {
  if (!d->index) return 0;
  uint64_t perturb = (uint64_t)hash;
  uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask;
  for (;;) {
    int64_t e = d->index[i];
    if (e == IX_EMPTY) {
      *slot = (int64_t)i;
      return 0;
    }
    if (e >= 0) {
      const DictEntry *en = &d->entries[e];
      if (en->hash == hash) {
        if (yrt_is(en->key, key)) goto found;
        int r = yrt_eq(en->key, key);
        if (r < 0) return -1;
        if (r) goto found;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
    continue;
  found:
    *slot = (int64_t)i;
    *ix = e;
    return 1;
  }
}

/* The first empty slot for hash (the key is known to be absent). */
static int64_t dict_empty_slot(const YDict *d, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask;
  while (d->index[i] != IX_EMPTY) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

/* Rebuild the tables with room for at least `want` entries, dropping the
 * holes left by deletions. */
static void dict_resize(YDict *d, int64_t want) {
  int64_t size = 8;
  while (size * 2 / 3 < want) size *= 2;
  DictEntry *old = d->entries;
  int64_t oldn = d->n;
  free(d->index);
  d->mask = size - 1;
  d->cap = size * 2 / 3;
  d->index = yrt_malloc((size_t)size * sizeof(int64_t));
  for (int64_t i = 0; i < size; i++) d->index[i] = IX_EMPTY;
  d->entries = yrt_malloc((size_t)d->cap * sizeof(DictEntry));
  d->n = 0;
  for (int64_t i = 0; i < oldn; i++) {
    if (old[i].key.tag == YT_UNBOUND) continue;
    d->entries[d->n] = old[i];
    d->index[dict_empty_slot(d, old[i].hash)] = d->n;
    d->n++;
  }
  free(old);
}

/* d[key] = v with the hash known; key and v are stolen. */
static int dict_insert(YDict *d, YValue key, int64_t hash, YValue v) {
  int64_t slot = 0, ix = 0;
  int r = yrt_dict_find(d, key, hash, &slot, &ix);
  if (r < 0) {
    yrt_decref(key);
    yrt_decref(v);
    return -1;
  }
  if (r) {
    YValue old = d->entries[ix].value;
    d->entries[ix].value = v;
    yrt_decref(key);
    yrt_decref(old);
    return 0;
  }
  if (d->n == d->cap) {
    dict_resize(d, d->used * 3 > 5 ? d->used * 3 : 5);
    slot = dict_empty_slot(d, hash);
  }
  DictEntry *e = &d->entries[d->n];
  e->hash = hash;
  e->key = key;
  e->value = v;
  d->index[slot] = d->n++;
  d->used++;
  return 0;
}

int yrt_dict_set(YValue dict, YValue key, YValue v) {
  int64_t h = yrt_hash(key);
  if (h == -1) return -1;
  return dict_insert(YDICT(dict), yrt_incref(key), h, yrt_incref(v));
}

/* The entry of key, or NULL (*err set on error). */
DictEntry *yrt_dict_lookup(const YDict *d, YValue key, int *err) {
  *err = 0;
  int64_t h = yrt_hash(key);
  if (h == -1) { *err = 1; return NULL; }
  int64_t slot, ix;
  int r = yrt_dict_find(d, key, h, &slot, &ix);
  if (r < 0) { *err = 1; return NULL; }
  return r ? &d->entries[ix] : NULL;
}

YValue yrt_dict_get(YValue dict, YValue key) {
  int err;
  DictEntry *e = yrt_dict_lookup(YDICT(dict), key, &err);
  if (err) return YERROR;
  return e ? e->value : YUNBOUND;
}

/* Remove key; *out receives the value (owned) when found and out != NULL. */
int yrt_dict_pop(YDict *d, YValue key, YValue *out) {
  int64_t h = yrt_hash(key);
  if (h == -1) return -1;
  int64_t slot, ix;
  int r = yrt_dict_find(d, key, h, &slot, &ix);
  if (r <= 0) return r;
  DictEntry *e = &d->entries[ix];
  YValue k = e->key, v = e->value;
  e->key = e->value = YUNBOUND;
  d->index[slot] = IX_DUMMY;
  d->used--;
  yrt_decref(k);
  if (out)
    *out = v;
  else
    yrt_decref(v);
  return 1;
}

int yrt_dict_del(YValue dict, YValue key) { return yrt_dict_pop(YDICT(dict), key, NULL); }

static void dict_clear(YDict *d) {
  DictEntry *entries = d->entries;
  int64_t n = d->n;
  free(d->index);
  d->index = NULL;
  d->entries = NULL;
  d->used = d->n = d->cap = d->mask = 0;
  for (int64_t i = 0; i < n; i++) {
    yrt_decref(entries[i].key);
    yrt_decref(entries[i].value);
  }
  free(entries);
}

void yrt_dict_dealloc(YDict *d) {
  dict_clear(d);
  free(d);
}

/* A shallow copy. */
static YValue dict_copy(const YDict *d) {
  YDict *c = yrt_obj_new(&yrt_type_dict, sizeof(YDict));
  if (d->used == 0) return yobj(c);
  dict_resize(c, d->used);
  for (int64_t i = 0; i < d->n; i++) {
    const DictEntry *e = &d->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    c->entries[c->n] = (DictEntry){e->hash, yrt_incref(e->key), yrt_incref(e->value)};
    c->index[dict_empty_slot(c, e->hash)] = c->n;
    c->n++;
  }
  c->used = c->n;
  return yobj(c);
}

/* dict.update(m) for an instance of a program's class with a keys()
 * method, as CPython's: d[k] = m[k] for each k in m.keys(). */
static int dict_update_mapping(YDict *d, YValue m) {
  YValue keys = yrt_callmethod(m, YN_keys, 0, NULL);
  if (YIS_ERR(keys)) return -1;
  YValue it = yrt_iter(keys);
  yrt_decref(keys);
  if (YIS_ERR(it)) return -1;
  YValue key;
  int r;
  while ((r = yrt_next(it, &key)) == 1) {
    YValue v = yrt_getitem(m, key);
    int64_t h = YIS_ERR(v) ? -1 : yrt_hash(key);
    if (h == -1) {
      yrt_decref(v);
      yrt_decref(key);
      r = -1;
      break;
    }
    if (dict_insert(d, key, h, v) < 0) {
      r = -1;
      break;
    }
  }
  yrt_decref(it);
  return r < 0 ? -1 : 0;
}

/* dict.update(other): a dict, a mapping (an instance with keys()), or an
 * iterable of pairs (CPython's messages). */
static int dict_update(YDict *d, YValue other) {
  if (yrt_is_dict(other)) {
    YDict *o = YDICT(other);
    for (int64_t i = 0; i < o->n; i++) {
      DictEntry *e = &o->entries[i];
      if (e->key.tag == YT_UNBOUND) continue;
      if (dict_insert(d, yrt_incref(e->key), e->hash, yrt_incref(e->value)) < 0) return -1;
    }
    return 0;
  }
  if (other.tag == YT_OBJ && (other.u.o->type->flags & YTF_HEAP) &&
      !YIS_UNBOUND(yrt_mro_lookup(other.u.o->type, yrt_name_obj(YN_keys))))
    return dict_update_mapping(d, other);
  YValue it = yrt_iter(other);
  if (YIS_ERR(it)) return -1;
  YValue item;
  int r;
  for (int64_t n = 0; (r = yrt_next(it, &item)) == 1; n++) {
    YValue kv[2];
    int64_t len;
    YValue *items = yrt_seq_items(item, &len);
    if (!items) {
      YValue sub = yrt_iter(item);
      if (YIS_ERR(sub)) {
        yrt_decref(yrt_fetch_exc());
        yrt_decref(item);
        yrt_raise_msg(&yrt_exc_TypeError,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)n);
        r = -1;
        break;
      }
      YValue tmp = yrt_list_new(0, NULL);
      YValue x;
      int rr;
      while ((rr = yrt_next(sub, &x)) == 1) yrt_list_push(YLIST(tmp), x);
      yrt_decref(sub);
      if (rr < 0) {
        yrt_decref(tmp);
        yrt_decref(item);
        r = -1;
        break;
      }
      yrt_decref(x);
      yrt_decref(item);
      item = tmp;
      items = yrt_seq_items(item, &len);
    }
    if (len != 2) {
      yrt_raise_msg(&yrt_exc_ValueError,
                    "dictionary update sequence element #%lld has length %lld; 2 is required",
                    (long long)n, (long long)len);
      yrt_decref(item);
      r = -1;
      break;
    }
    kv[0] = items[0];
    kv[1] = items[1];
    int64_t h = yrt_hash(kv[0]);
    if (h == -1 || dict_insert(d, yrt_incref(kv[0]), h, yrt_incref(kv[1])) < 0) {
      yrt_decref(item);
      r = -1;
      break;
    }
    yrt_decref(item);
  }
  if (r == 0) yrt_decref(item);
  yrt_decref(it);
  return r < 0 ? -1 : 0;
}

/* Raise KeyError(key); YERROR. */
YValue yrt_key_error(YValue key) {
  YValue e = yrt_exc_new(&yrt_exc_KeyError, 1, &key);
  if (YIS_ERR(e)) return e;
  yrt_raise(e);
  yrt_decref(e);
  return YERROR;
}

/* Raise KeyError(key), releasing key; YERROR. */
static YValue key_error_steal(YValue key) {
  yrt_key_error(key);
  yrt_decref(key);
  return YERROR;
}

/* dict.fromkeys(iterable, value=None): a new dict. */
YValue yrt_dict_fromkeys(int argc, const YValue *argv) {
  if (yrt_args_range("fromkeys", argc, 1, 2) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  YValue d = yrt_dict_new(), k;
  int r;
  while ((r = yrt_next(it, &k)) == 1) {
    r = yrt_dict_set(d, k, argc == 2 ? argv[1] : YNONE);
    yrt_decref(k);
    if (r < 0) break;
  }
  if (r == 0) yrt_decref(k);
  yrt_decref(it);
  if (r < 0) {
    yrt_decref(d);
    return YERROR;
  }
  return d;
}

/* Update d from the keyword arguments of a call (values after argv[argc - 1]). */
static int dict_update_kw(YDict *d, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  for (int k = 0; k < nkw; k++)
    if (yrt_dict_set(yobj(d), yobj(kwnames[k]), argv[argc + k]) < 0) return -1;
  return 0;
}

/* d.update(other, **kw). */
YValue yrt_dict_update_kw(YValue self, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (yrt_args_range("update", argc, 0, 1) < 0) return YERROR;
  if (argc && dict_update(YDICT(self), argv[0]) < 0) return YERROR;
  return dict_update_kw(YDICT(self), argc, argv, nkw, kwnames) < 0 ? YERROR : YNONE;
}

/* dict(x, **kw). */
YValue yrt_dict_call_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (argc > 1) return yrt_raise_msg(&yrt_exc_TypeError, "dict expected at most 1 argument, got %d", argc);
  YValue d = yrt_dict_new();
  if ((argc == 1 && dict_update(YDICT(d), argv[0]) < 0) || dict_update_kw(YDICT(d), argc, argv, nkw, kwnames) < 0) {
    yrt_decref(d);
    return YERROR;
  }
  return d;
}

/* a | b for two dicts: a copy of a updated from b. */
YValue yrt_dict_or(YValue a, YValue b) {
  YValue r = dict_copy(YDICT(a));
  if (dict_update(YDICT(r), b) < 0) {
    yrt_decref(r);
    return YERROR;
  }
  return r;
}

/* a |= b for a dict a: a updated from b (a dict or an iterable of pairs). */
YValue yrt_dict_ior(YValue a, YValue b) {
  if (dict_update(YDICT(a), b) < 0) return YERROR;
  return yrt_incref(a);
}

/* ===================================================================== */
/* dict methods                                                           */
/* ===================================================================== */

YValue yrt_dict_method(YValue self, YName name, int argc, const YValue *argv) {
  YDict *d = YDICT(self);
  switch (name) {
  case YN_get: {
    if (yrt_args_range("get", argc, 1, 2) < 0) return YERROR;
    YValue v = yrt_dict_get(self, argv[0]);
    if (YIS_ERR(v)) return v;
    if (YIS_UNBOUND(v)) return argc == 2 ? yrt_incref(argv[1]) : YNONE;
    return yrt_incref(v);
  }
  case YN_items:
    if (yrt_args_none("dict.items", argc) < 0) return YERROR;
    return yrt_dict_view_new(&yrt_dict_items_type, self);
  case YN_keys:
    if (yrt_args_none("dict.keys", argc) < 0) return YERROR;
    return yrt_dict_view_new(&yrt_dict_keys_type, self);
  case YN_values:
    if (yrt_args_none("dict.values", argc) < 0) return YERROR;
    return yrt_dict_view_new(&yrt_dict_values_type, self);
  case YN_pop: {
    if (yrt_args_range("pop", argc, 1, 2) < 0) return YERROR;
    YValue v;
    int r = yrt_dict_pop(d, argv[0], &v);
    if (r < 0) return YERROR;
    if (r) return v;
    if (argc == 2) return yrt_incref(argv[1]);
    return yrt_key_error(argv[0]);
  }
  case YN_update:
    if (yrt_args_range("update", argc, 0, 1) < 0) return YERROR;
    if (argc && dict_update(d, argv[0]) < 0) return YERROR;
    return YNONE;
  case YN_setdefault: {
    if (yrt_args_range("setdefault", argc, 1, 2) < 0) return YERROR;
    YValue v = yrt_dict_get(self, argv[0]);
    if (YIS_ERR(v)) return v;
    if (!YIS_UNBOUND(v)) return yrt_incref(v);
    YValue dflt = argc == 2 ? argv[1] : YNONE;
    if (yrt_dict_set(self, argv[0], dflt) < 0) return YERROR;
    return yrt_incref(dflt);
  }
  case YN_copy:
    if (yrt_args_none("dict.copy", argc) < 0) return YERROR;
    return dict_copy(d);
  case YN_clear:
    if (yrt_args_none("dict.clear", argc) < 0) return YERROR;
    dict_clear(d);
    return YNONE;
  case YN___iter__:
    if (yrt_args_none("dict.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  case YN_popitem: {
    if (yrt_args_none("dict.popitem", argc) < 0) return YERROR;
    int64_t i = d->n - 1;
    while (i >= 0 && YIS_UNBOUND(d->entries[i].key)) i--;
    if (i < 0) {
      YValue msg = yrt_str_from_c("popitem(): dictionary is empty");
      return key_error_steal(msg);
    }
    YValue kv[2] = {yrt_incref(d->entries[i].key), YUNBOUND};
    if (yrt_dict_pop(d, kv[0], &kv[1]) != 1) {
      yrt_decref(kv[0]);
      return YERROR;
    }
    return yrt_tuple_steal(2, kv);
  }
  case YN_fromkeys: return yrt_dict_fromkeys(argc, argv);
  default:
    return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ===================================================================== */
/* dict(x)                                                                */
/* ===================================================================== */

static YValue dict_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "dict expected at most 1 argument, got %d", argc);
  YValue d = yrt_dict_new();
  if (argc == 1 && dict_update(YDICT(d), argv[0]) < 0) {
    yrt_decref(d);
    return YERROR;
  }
  return d;
}
