/*
 * itertools_comb.c: itertools' combinatoric iterators: product,
 * permutations, combinations and combinations_with_replacement.
 *
 * Design
 * ------
 * Each reads its iterables into tuples (pools) when it is made, as CPython
 * does, and then steps an array of indices into them, in CPython's order:
 * product like an odometer (rightmost fastest), combinations and
 * combinations_with_replacement in lexicographic order of the indices,
 * permutations by CPython's cycle-counting algorithm.  A result is a new
 * tuple every time (CPython reuses its tuple when nobody else holds it,
 * which a program cannot see).  The index arrays are allocated as CPython
 * allocates them (r entries even when r exceeds the pool, which gives
 * nothing), with calloc, so that an impossible size is CPython's
 * MemoryError, not an abort.
 *
 * The types, builtin objects and argument checks follow itertools.c's
 * conventions (its design comment); the messages are CPython 3.11's.
 */
#include "rt.h"

#define POSITIONAL(n) \
  YValue yrt_itertools_##n(int argc, const YValue *argv) { return yrt_itertools_kw_##n(argc, argv, 0, NULL); }
#define COMB_TYPE(var, pyname, next) \
  static const YTypeEx var = {YRT_TYPE_EX_HEAD(pyname, YK_ITER), comb_dealloc, (next), NULL, NULL, NULL, yrt_itertools_repr, NULL}

/* Every combinatoric iterator: pools, indices, and (permutations) cycles. */
typedef struct Comb {
  YObj ob;
  YValue pools;      /* product: a tuple of tuples; the others: the pool, a tuple */
  int64_t r;         /* the length of a result */
  int64_t *indices;  /* product, combinations*: r entries; permutations: n */
  int64_t *cycles;   /* permutations: r entries */
  int started;       /* the first result was given */
  int stopped;       /* exhausted */
} Comb;

static void comb_dealloc(YObj *o) {
  Comb *c = (Comb *)o;
  YValue pools = c->pools;
  free(c->indices);
  free(c->cycles);
  free(c);
  yrt_decref(pools);
}

/* An array of n int64_t (zeroed), or NULL and MemoryError. */
static int64_t *index_array(int64_t n) {
  if (n < 0 || (uint64_t)n > SIZE_MAX / sizeof(int64_t) / 2) {
    yrt_raise_msg(&yrt_exc_MemoryError, "%s", "");
    return NULL;
  }
  int64_t *a = calloc(n ? (size_t)n : 1, sizeof(int64_t));
  if (!a) yrt_raise_msg(&yrt_exc_MemoryError, "%s", "");
  return a;
}

/* tuple(iterable) */
static YValue to_tuple(YValue iterable) {
  if (yrt_is_tuple(iterable)) return yrt_incref(iterable);
  YValue l = yrt_list_from_iterable(iterable);
  if (YIS_ERR(l)) return l;
  YValue t = yrt_tuple_new(YLIST(l)->len, YLIST(l)->items);
  yrt_decref(l);
  return t;
}

/* The tuple (pool[indices[0]], ..., pool[indices[r-1]]). */
static YValue pick(const YTuple *pool, const int64_t *indices, int64_t r) {
  YTuple *t = r ? yrt_tuple_alloc(r) : &yrt_tuple_empty;
  for (int64_t i = 0; i < r; i++) t->items[i] = yrt_incref(pool->items[indices[i]]);
  return yobj(t);
}

static Comb *comb_new(const YTypeEx *type, YValue pools, int64_t r) {
  Comb *c = yrt_obj_new(&type->type, sizeof(Comb));
  c->pools = pools;
  c->r = r;
  return c;
}

/* ===================================================================== */
/* product(*iterables, repeat=1)                                          */
/* ===================================================================== */

static int product_next(YObj *o, YValue *out) {
  Comb *c = (Comb *)o;
  const YTuple *pools = YTUPLE(c->pools);
  int64_t n = pools->len;
  if (c->stopped) goto empty;
  if (!c->started) {
    c->started = 1;
    for (int64_t i = 0; i < n; i++)
      if (YTUPLE(pools->items[i])->len == 0) goto empty;
  } else {
    int64_t i;
    for (i = n - 1; i >= 0; i--) {
      if (++c->indices[i] < YTUPLE(pools->items[i])->len) break;
      c->indices[i] = 0; /* roll over to the next pool on the left */
    }
    if (i < 0) goto empty;
  }
  YTuple *t = n ? yrt_tuple_alloc(n) : &yrt_tuple_empty;
  for (int64_t i = 0; i < n; i++) t->items[i] = yrt_incref(YTUPLE(pools->items[i])->items[c->indices[i]]);
  *out = yobj(t);
  return 1;
empty:
  c->stopped = 1;
  *out = YNONE;
  return 0;
}

COMB_TYPE(product_type, "product", product_next);

YValue yrt_itertools_kw_product(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"repeat"};
  int64_t repeat = 1;
  if (nkw > 0) {
    YValue a[1];
    if (yrt_args_kw("product", names, 1, 0, 0, 0, argv + argc, nkw, kwnames, a) < 0) return YERROR;
    if (!YIS_UNBOUND(a[0]) && yrt_int_arg(a[0], &repeat) < 0) return YERROR;
    if (repeat < 0) return yrt_raise_msg(&yrt_exc_ValueError, "repeat argument cannot be negative");
  }
  int64_t nargs = repeat == 0 ? 0 : argc;
  if (repeat && (uint64_t)nargs > (uint64_t)INT64_MAX / sizeof(int64_t) / (uint64_t)repeat)
    return yrt_raise_msg(&yrt_exc_OverflowError, "repeat argument too large");
  int64_t npools = nargs * repeat;
  int64_t *indices = index_array(npools);
  if (!indices) return YERROR;
  YTuple *pools = npools ? yrt_tuple_alloc(npools) : &yrt_tuple_empty;
  for (int64_t i = 0; i < nargs; i++) {
    pools->items[i] = to_tuple(argv[i]);
    if (YIS_ERR(pools->items[i])) {
      pools->len = i;
      yrt_decref(yobj(pools));
      free(indices);
      return YERROR;
    }
  }
  for (int64_t i = nargs; i < npools; i++) pools->items[i] = yrt_incref(pools->items[i - nargs]);
  Comb *c = comb_new(&product_type, yobj(pools), npools);
  c->indices = indices;
  return yobj(c);
}
POSITIONAL(product)

/* ===================================================================== */
/* combinations(iterable, r)                                              */
/* ===================================================================== */

static int combinations_next(YObj *o, YValue *out) {
  Comb *c = (Comb *)o;
  const YTuple *pool = YTUPLE(c->pools);
  int64_t n = pool->len, r = c->r, *ix = c->indices;
  if (c->stopped) return *out = YNONE, 0;
  if (!c->started) {
    c->started = 1;
  } else {
    /* The rightmost index not at its maximum (i + n - r) goes up by one,
     * and those right of it follow it in order. */
    int64_t i = r - 1;
    while (i >= 0 && ix[i] == i + n - r) i--;
    if (i < 0) {
      c->stopped = 1;
      return *out = YNONE, 0;
    }
    ix[i]++;
    for (int64_t j = i + 1; j < r; j++) ix[j] = ix[j - 1] + 1;
  }
  *out = pick(pool, ix, r);
  return 1;
}

/* combinations_with_replacement(iterable, r) */
static int cwr_next(YObj *o, YValue *out) {
  Comb *c = (Comb *)o;
  const YTuple *pool = YTUPLE(c->pools);
  int64_t n = pool->len, r = c->r, *ix = c->indices;
  if (c->stopped) return *out = YNONE, 0;
  if (!c->started) {
    c->started = 1;
  } else {
    /* The rightmost index not at n - 1 goes up by one, and those right of
     * it take the same value. */
    int64_t i = r - 1;
    while (i >= 0 && ix[i] == n - 1) i--;
    if (n == 0 || i < 0) {
      c->stopped = 1;
      return *out = YNONE, 0;
    }
    int64_t v = ix[i] + 1;
    for (int64_t j = i; j < r; j++) ix[j] = v;
  }
  *out = pick(pool, ix, r);
  return 1;
}

COMB_TYPE(combinations_type, "combinations", combinations_next);
COMB_TYPE(cwr_type, "combinations_with_replacement", cwr_next);

/* combinations and combinations_with_replacement: (iterable, r), r read
 * before the iterable, its sign checked after. */
static YValue choose_new(const char *name, const YTypeEx *type, int argc, const YValue *argv, int nkw,
                         YStr *const *kwnames) {
  static const char *const names[] = {"iterable", "r"};
  YValue a[2];
  int64_t r;
  if (yrt_args_kw(name, names, 2, 2, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  if (yrt_int_arg(a[1], &r) < 0) return YERROR;
  YValue pool = to_tuple(a[0]);
  if (YIS_ERR(pool)) return pool;
  if (r < 0) {
    yrt_decref(pool);
    return yrt_raise_msg(&yrt_exc_ValueError, "r must be non-negative");
  }
  int64_t n = YTUPLE(pool)->len;
  Comb *c = comb_new(type, pool, r);
  int with_replacement = type == &cwr_type;
  c->stopped = with_replacement ? n == 0 && r > 0 : r > n;
  c->indices = index_array(r);
  if (!c->indices) {
    yrt_decref(yobj(c));
    return YERROR;
  }
  if (!with_replacement)
    for (int64_t i = 0; i < r; i++) c->indices[i] = i;
  return yobj(c);
}

YValue yrt_itertools_kw_combinations(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return choose_new("combinations", &combinations_type, argc, argv, nkw, kwnames);
}
YValue yrt_itertools_kw_combinations_with_replacement(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return choose_new("combinations_with_replacement", &cwr_type, argc, argv, nkw, kwnames);
}
POSITIONAL(combinations)
POSITIONAL(combinations_with_replacement)

/* ===================================================================== */
/* permutations(iterable, r=None)                                         */
/* ===================================================================== */

static int permutations_next(YObj *o, YValue *out) {
  Comb *c = (Comb *)o;
  const YTuple *pool = YTUPLE(c->pools);
  int64_t n = pool->len, r = c->r, *ix = c->indices, *cy = c->cycles;
  if (c->stopped) return *out = YNONE, 0;
  if (!c->started) {
    c->started = 1;
  } else {
    int64_t i = r - 1;
    if (n == 0) i = -1;
    /* Count the rightmost cycle down; at zero it rolls over, rotating its
     * index to the end, and the next cycle to the left counts. */
    for (; i >= 0; i--) {
      if (--cy[i] == 0) {
        int64_t first = ix[i];
        memmove(&ix[i], &ix[i + 1], (size_t)(n - 1 - i) * sizeof *ix);
        ix[n - 1] = first;
        cy[i] = n - i;
      } else {
        int64_t j = cy[i], tmp = ix[i];
        ix[i] = ix[n - j];
        ix[n - j] = tmp;
        break;
      }
    }
    if (i < 0) {
      c->stopped = 1;
      return *out = YNONE, 0;
    }
  }
  *out = pick(pool, ix, r);
  return 1;
}

COMB_TYPE(permutations_type, "permutations", permutations_next);

YValue yrt_itertools_kw_permutations(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"iterable", "r"};
  YValue a[2];
  if (yrt_args_kw("permutations", names, 2, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue pool = to_tuple(a[0]);
  if (YIS_ERR(pool)) return pool;
  int64_t n = YTUPLE(pool)->len, r = n;
  if (!YIS_UNBOUND(a[1]) && !YIS_NONE(a[1])) {
    if (!yrt_is_int(a[1])) {
      yrt_decref(pool);
      return yrt_raise_msg(&yrt_exc_TypeError, "Expected int as r");
    }
    if (yrt_int_arg(a[1], &r) < 0) {
      yrt_decref(pool);
      return YERROR;
    }
  }
  if (r < 0) {
    yrt_decref(pool);
    return yrt_raise_msg(&yrt_exc_ValueError, "r must be non-negative");
  }
  Comb *c = comb_new(&permutations_type, pool, r);
  c->stopped = r > n;
  c->indices = index_array(n);
  c->cycles = c->indices ? index_array(r) : NULL;
  if (!c->cycles) {
    yrt_decref(yobj(c));
    return YERROR;
  }
  for (int64_t i = 0; i < n; i++) c->indices[i] = i;
  for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
  return yobj(c);
}
POSITIONAL(permutations)
