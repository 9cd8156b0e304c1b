/*
 * sort.c: list.sort().
 *
 * Design
 * ------
 * A stable merge sort of (key, value) pairs: insertion sort of runs of up
 * to 12 items, then merges that skip the work when two runs are already in
 * order.  It compares `later < earlier`, as timsort does, so that a
 * TypeError names the operands in CPython's order.  As in CPython, only `<`
 * is used, keys are computed once, in order, before sorting, `reverse`
 * keeps equal items in their original order (the list is reversed before
 * and after a stable sort), and the list looks empty while it is being
 * sorted, so a change made meanwhile is detected ("list modified during
 * sort") and dropped.
 *
 * sorted() does not come here: builtins.c has its own sort, a closer port
 * of CPython's listsort (count_run, binary insertion, merging of runs).
 */
#include "rt.h"

typedef struct SortItem {
  YValue key; /* the sort key (owned when a key function is used) */
  YValue value;
} SortItem;

static int sort_lt(const SortItem *later, const SortItem *earlier) {
  return yrt_compare(later->key, earlier->key, YC_LT);
}

static int merge_sort(SortItem *a, int64_t n, SortItem *tmp) {
  if (n <= 12) {
    for (int64_t i = 1; i < n; i++) {
      SortItem x = a[i];
      int64_t j = i;
      while (j > 0) {
        int lt = sort_lt(&x, &a[j - 1]);
        if (lt < 0) {
          a[j] = x;
          return -1;
        }
        if (!lt) break;
        a[j] = a[j - 1];
        j--;
      }
      a[j] = x;
    }
    return 0;
  }
  int64_t mid = n / 2;
  if (merge_sort(a, mid, tmp) < 0 || merge_sort(a + mid, n - mid, tmp) < 0) return -1;
  /* Already in order: nothing to merge. */
  int lt = sort_lt(&a[mid], &a[mid - 1]);
  if (lt <= 0) return lt;
  memcpy(tmp, a, (size_t)mid * sizeof(SortItem));
  int64_t i = 0, j = mid, k = 0;
  int err = 0;
  while (i < mid && j < n) {
    lt = sort_lt(&a[j], &tmp[i]);
    if (lt < 0) {
      err = 1;
      break;
    }
    a[k++] = lt ? a[j++] : tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++]; /* the right run's rest is in place */
  return err ? -1 : 0;
}

static void reverse_values(YValue *v, int64_t n) {
  for (int64_t a = 0, b = n - 1; a < b; a++, b--) {
    YValue t = v[a];
    v[a] = v[b];
    v[b] = t;
  }
}

int yrt_list_sort(YValue list, YValue key, int reverse) {
  YList *l = YLIST(list);
  int has_key = !YIS_UNBOUND(key) && !YIS_NONE(key);
  /* Like CPython, empty the list while sorting so that changes made by a
   * key function or a comparison can be detected. */
  YValue *items = l->items;
  int64_t n = l->len, cap = l->cap;
  l->items = NULL;
  l->len = l->cap = 0;
  SortItem *si = yrt_malloc((size_t)(n ? n : 1) * sizeof(SortItem));
  int r = 0;
  int64_t nkeys = 0;
  if (reverse) reverse_values(items, n);
  for (int64_t i = 0; i < n; i++) {
    si[i].value = items[i];
    si[i].key = items[i];
  }
  if (has_key) {
    for (; nkeys < n; nkeys++) {
      YValue k = yrt_call(key, 1, &items[nkeys]);
      if (YIS_ERR(k)) {
        r = -1;
        break;
      }
      si[nkeys].key = k;
    }
  }
  if (r == 0 && n > 1) {
    SortItem *tmp = yrt_malloc((size_t)(n / 2 + 1) * sizeof(SortItem));
    r = merge_sort(si, n, tmp);
    free(tmp);
  }
  /* The computed keys are owned: all of them, or (when a key function
   * failed, before any sorting) the first nkeys. */
  if (has_key)
    for (int64_t i = 0; i < n; i++)
      if (nkeys == n || i < nkeys) yrt_decref(si[i].key);
  for (int64_t i = 0; i < n; i++) items[i] = si[i].value;
  free(si);
  if (reverse) reverse_values(items, n);
  int modified = l->items != NULL || l->len != 0;
  YValue *junk = l->items;
  int64_t njunk = l->len;
  l->items = items;
  l->len = n;
  l->cap = cap;
  for (int64_t i = njunk; i-- > 0;) yrt_decref(junk[i]);
  free(junk);
  if (modified && r == 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "list modified during sort");
    r = -1;
  }
  return r;
}
