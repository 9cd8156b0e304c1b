/*
 * sort.c: list.sort(), and so sorted().
 *
 * Design
 * ------
 * CPython's listsort as far as it decides which comparisons are made and in
 * what order, so that a program whose __lt__ prints, counts or raises sees
 * what it sees under CPython: runs found by count_run (a strictly
 * descending run is reversed), runs shorter than minrun extended by binary
 * insertion, so a list shorter than 64 items is one binary insertion sort,
 * then a stable merge of neighbouring runs.  The merges do not gallop, so
 * on long lists with long runs the comparisons differ from CPython's (the
 * result does not: the sort is stable).  As in CPython, only `<` is used,
 * keys are computed once, in order, before sorting, `reverse` keeps equal
 * items in their original order (the list is reversed before and after a
 * stable sort), and the list looks empty while it is being sorted, so a
 * change made meanwhile is detected ("list modified during sort") and
 * dropped.
 */
#include <string.h>

#include "rt.h"


/* The items being sorted: keys[i] orders vals[i]; keys == vals without a key
 * function.  Every operation moves both arrays alike. */
typedef struct SortArrays {
  YValue *keys, *vals;
} SortArrays;

#define MINRUN_LIMIT 64 /* CPython: lists shorter than this are one run */

static void sort_swap(SortArrays *s, int64_t i, int64_t j) {
  YValue t = s->keys[i];
  s->keys[i] = s->keys[j];
  s->keys[j] = t;
  if (s->vals != s->keys) {
    t = s->vals[i];
    s->vals[i] = s->vals[j];
    s->vals[j] = t;
  }
}

static void sort_reverse(SortArrays *s, int64_t lo, int64_t hi) {
  for (hi--; lo < hi; lo++, hi--) sort_swap(s, lo, hi);
}

/* Length of the run starting at lo (strictly descending runs are reported
 * as such), as CPython 3.11's count_run; -1 on error. */
static int64_t count_run(SortArrays *s, int64_t lo, int64_t hi, int *descending) {
  *descending = 0;
  if (lo + 1 == hi) return 1;
  int64_t n = 2;
  int r = yrt_compare(s->keys[lo + 1], s->keys[lo], YC_LT);
  if (r < 0) return -1;
  if (r) {
    *descending = 1;
    for (int64_t p = lo + 2; p < hi; p++, n++) {
      r = yrt_compare(s->keys[p], s->keys[p - 1], YC_LT);
      if (r < 0) return -1;
      if (!r) break;
    }
  } else {
    for (int64_t p = lo + 2; p < hi; p++, n++) {
      r = yrt_compare(s->keys[p], s->keys[p - 1], YC_LT);
      if (r < 0) return -1;
      if (r) break;
    }
  }
  return n;
}

/* Binary insertion sort of [lo, hi) whose prefix [lo, start) is sorted. */
static int binary_sort(SortArrays *s, int64_t lo, int64_t hi, int64_t start) {
  if (lo == start) start++;
  for (; start < hi; start++) {
    int64_t l = lo, r = start;
    YValue pk = s->keys[start], pv = s->vals[start];
    do {
      int64_t p = l + ((r - l) >> 1);
      int c = yrt_compare(pk, s->keys[p], YC_LT);
      if (c < 0) return -1;
      if (c)
        r = p;
      else
        l = p + 1;
    } while (l < r);
    memmove(s->keys + l + 1, s->keys + l, (size_t)(start - l) * sizeof(YValue));
    s->keys[l] = pk;
    if (s->vals != s->keys) {
      memmove(s->vals + l + 1, s->vals + l, (size_t)(start - l) * sizeof(YValue));
      s->vals[l] = pv;
    }
  }
  return 0;
}

/* Stable merge of the adjacent sorted runs [lo, mid) and [mid, hi), using
 * tmp (room for mid - lo keys and values).  On error the arrays still hold
 * every item exactly once. */
static int merge_runs(SortArrays *s, SortArrays *tmp, int64_t lo, int64_t mid, int64_t hi) {
  int dual = s->vals != s->keys;
  int64_t na = mid - lo, i = 0, j = mid, d = lo;
  memcpy(tmp->keys, s->keys + lo, (size_t)na * sizeof(YValue));
  if (dual) memcpy(tmp->vals, s->vals + lo, (size_t)na * sizeof(YValue));
  int rc = 0;
  while (i < na && j < hi) {
    int c = yrt_compare(s->keys[j], tmp->keys[i], YC_LT);
    if (c < 0) {
      rc = -1;
      break;
    }
    if (c) {
      s->keys[d] = s->keys[j];
      if (dual) s->vals[d] = s->vals[j];
      j++;
    } else {
      s->keys[d] = tmp->keys[i];
      if (dual) s->vals[d] = tmp->vals[i];
      i++;
    }
    d++;
  }
  /* What is left of the first run fills the gap before j. */
  memcpy(s->keys + d, tmp->keys + i, (size_t)(na - i) * sizeof(YValue));
  if (dual) memcpy(s->vals + d, tmp->vals + i, (size_t)(na - i) * sizeof(YValue));
  return rc;
}

static int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= MINRUN_LIMIT) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/* Sort n items stably by keys; -1 on a comparison error. */
static int sort_items(SortArrays *s, int64_t n) {
  if (n < 2) return 0;
  int64_t minrun = compute_minrun(n);
  int64_t *runs = yrt_malloc((size_t)(n / minrun + 2) * sizeof *runs); /* run starts */
  int64_t nruns = 0, lo = 0;
  int rc = 0;
  while (lo < n) {
    int desc;
    int64_t k = count_run(s, lo, n, &desc);
    if (k < 0) {
      rc = -1;
      break;
    }
    if (desc) sort_reverse(s, lo, lo + k);
    if (k < minrun) {
      int64_t force = n - lo < minrun ? n - lo : minrun;
      if (binary_sort(s, lo, lo + force, lo + k) < 0) {
        rc = -1;
        break;
      }
      k = force;
    }
    runs[nruns++] = lo;
    lo += k;
  }
  if (rc == 0 && nruns > 1) {
    SortArrays tmp;
    tmp.keys = yrt_malloc((size_t)n * sizeof(YValue));
    tmp.vals = s->vals != s->keys ? yrt_malloc((size_t)n * sizeof(YValue)) : tmp.keys;
    /* Merge neighbouring runs pairwise until one is left. */
    while (rc == 0 && nruns > 1) {
      int64_t w = 0;
      for (int64_t r = 0; r < nruns; r += 2) {
        if (r + 1 < nruns && rc == 0) {
          int64_t end = r + 2 < nruns ? runs[r + 2] : n;
          if (merge_runs(s, &tmp, runs[r], runs[r + 1], end) < 0) rc = -1;
        }
        runs[w++] = runs[r];
      }
      nruns = w;
    }
    if (tmp.vals != tmp.keys) free(tmp.vals);
    free(tmp.keys);
  }
  free(runs);
  return rc;
}

int yrt_list_sort(YValue list, YValue key, int reverse) {
  YList *l = (YList *)list.u.o;
  /* The list looks empty while it is sorted (CPython detects changes). */
  YValue *items = l->items;
  int64_t n = l->len, cap = l->cap;
  l->items = NULL;
  l->len = l->cap = 0;

  int rc = 0;
  SortArrays s = {items, items};
  if (!YIS_UNBOUND(key) && !YIS_NONE(key) && n > 0) {
    s.keys = yrt_malloc((size_t)n * sizeof(YValue));
    for (int64_t i = 0; i < n; i++) {
      s.keys[i] = yrt_call(key, 1, &items[i]);
      if (YIS_ERR(s.keys[i])) {
        for (int64_t j = 0; j < i; j++) yrt_decref(s.keys[j]);
        free(s.keys);
        s.keys = items;
        rc = -1;
        break;
      }
    }
  }
  if (rc == 0) {
    if (reverse) sort_reverse(&s, 0, n);
    rc = sort_items(&s, n);
    if (reverse) sort_reverse(&s, 0, n);
    if (s.keys != items) {
      for (int64_t i = 0; i < n; i++) yrt_decref(s.keys[i]);
      free(s.keys);
    }
  }

  /* Put the items back; anything added meanwhile is dropped. */
  YValue *added = l->items;
  int64_t nadded = l->len;
  l->items = items;
  l->len = n;
  l->cap = cap;
  if (added) {
    if (rc == 0) {
      yrt_raise_msg(&yrt_exc_ValueError, "list modified during sort");
      rc = -1;
    }
    for (int64_t i = 0; i < nadded; i++) yrt_decref(added[i]);
    free(added);
  }
  return rc;
}

