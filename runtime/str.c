/*
 * str.c: str objects, the YBuf that builds them, and str's methods.
 *
 * Design
 * ------
 * A str is immutable UTF-8: the YStr header and the bytes in one allocation,
 * NUL-terminated.  `nchars` counts code points, so an ASCII string (nchars ==
 * len) is indexed by byte and a non-ASCII one by a scan from the start,
 * or from where the last scan of the same string stopped (the offset cache
 * makes `for i in range(len(s)): s[i]` linear).  The empty string and the
 * 128 single ASCII characters are immortal statics, made once and shared,
 * so iterating over or indexing an ASCII string allocates nothing.
 *
 * Strings are built in a YBuf (rt.h) and made into a str once, at the end;
 * format.c writes repr/str/format output the same way.
 *
 * The methods (yrt_str_method, called by yrt_callmethod) check their
 * arguments with CPython's messages (func.c's argument checks) and take
 * code point indices where CPython does; str.format and `%` are in format.c.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#include <stdarg.h>

static YValue str_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_str, "str", &yrt_type_object, YK_STR, str_call);

/* ===================================================================== */
/* str objects                                                            */
/* ===================================================================== */

YStr yrt_str_empty = YRT_STR_LIT("", 0, 0);
YStr yrt_str_ascii_strs[128];
static char ascii_bytes[128][2];

/* The slow path of yrt_str_ascii (rt.h): make the string of c, once. */
YStr *yrt_str_ascii_init(unsigned c) {
  YStr *s = &yrt_str_ascii_strs[c];
  ascii_bytes[c][0] = (char)c;
  s->ob.refcnt = YRT_IMMORTAL;
  s->ob.type = &yrt_type_str;
  s->len = s->nchars = 1;
  s->hash = -1;
  s->data = ascii_bytes[c];
  return s;
}

/* A new str with room for len bytes (and the NUL); the caller fills it. */
YStr *yrt_str_alloc(int64_t len, int64_t nchars) {
  YStr *s = yrt_malloc(sizeof(YStr) + (size_t)len + 1);
  s->ob.refcnt = 1;
  s->ob.type = &yrt_type_str;
  s->len = len;
  s->nchars = nchars;
  s->hash = -1;
  s->data = (const char *)(s + 1);
  ((char *)(s + 1))[len] = '\0';
  return s;
}

/* A str of len bytes holding nchars code points (nchars < 0: count them). */
YValue yrt_str_make(const char *data, int64_t len, int64_t nchars) {
  if (len == 0) return yobj(&yrt_str_empty);
  if (len == 1 && (unsigned char)data[0] < 128) return yobj(yrt_str_ascii((unsigned char)data[0]));
  if (nchars < 0) nchars = yrt_utf8_count(data, len);
  YStr *s = yrt_str_alloc(len, nchars);
  memcpy(yrt_str_buf(s), data, (size_t)len);
  return yobj(s);
}

YValue yrt_str_new(const char *data, int64_t len) { return yrt_str_make(data, len, -1); }
YValue yrt_str_from_c(const char *s) { return yrt_str_make(s, (int64_t)strlen(s), -1); }

YValue yrt_str_from_fmt(const char *fmt, ...) {
  char small[256];
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if (n < (int)sizeof small) {
    va_end(ap2);
    return yrt_str_make(small, n, -1);
  }
  YStr *s = yrt_str_alloc(n, 0);
  vsnprintf(yrt_str_buf(s), (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  s->nchars = yrt_utf8_count(s->data, n);
  return yobj(s);
}

const char *yrt_str_cstr(YValue s) { return yrt_is_str(s) ? YSTR(s)->data : "?"; }

/* Finding the byte offset of the k-th code point of a non-ASCII string is
 * a scan; remembering the last answer makes `for i in range(len(s)): s[i]`
 * linear. */
static struct {
  const YStr *s;
  int64_t ci, bi;
} offset_cache;

void yrt_str_dealloc(YStr *s) {
  if (offset_cache.s == s) offset_cache.s = NULL;
  free(s);
}

/* The byte offset of code point ci (0 <= ci <= nchars). */
int64_t yrt_str_offset(const YStr *s, int64_t ci) {
  if (s->nchars == s->len) return ci;
  if (ci == s->nchars) return s->len;
  int64_t c = 0, b = 0;
  if (offset_cache.s == s && offset_cache.ci <= ci) {
    c = offset_cache.ci;
    b = offset_cache.bi;
  }
  while (c < ci) {
    b++;
    while (((unsigned char)s->data[b] & 0xC0) == 0x80) b++;
    c++;
  }
  offset_cache.s = s;
  offset_cache.ci = ci;
  offset_cache.bi = b;
  return b;
}

/* The code point index of byte offset bi. */
static int64_t str_charindex(const YStr *s, int64_t bi) {
  return s->nchars == s->len ? bi : yrt_utf8_count(s->data, bi);
}

/* The substring of code points [a, b). */
YValue yrt_str_sub(const YStr *s, int64_t a, int64_t b) {
  if (a >= b) return yobj(&yrt_str_empty);
  if (a == 0 && b == s->nchars) return yrt_incref(yobj((YStr *)s));
  int64_t ba = yrt_str_offset(s, a), bb = yrt_str_offset(s, b);
  return yrt_str_make(s->data + ba, bb - ba, b - a);
}

/* The byte substring [ba, bb) of s (on code point boundaries). */
static YValue str_bytes(const YStr *s, int64_t ba, int64_t bb) {
  if (ba == 0 && bb == s->len) return yrt_incref(yobj((YStr *)s));
  return yrt_str_make(s->data + ba, bb - ba, s->nchars == s->len ? bb - ba : -1);
}

/* Naive byte search with a memchr skip; -1 if absent. */
int64_t yrt_str_find_bytes(const char *h, int64_t hn, const char *n, int64_t nn, int64_t from) {
  if (nn == 0) return from <= hn ? from : -1;
  for (int64_t i = from; i + nn <= hn;) {
    const char *p = memchr(h + i, n[0], (size_t)(hn - nn - i + 1));
    if (!p) return -1;
    i = p - h;
    if (memcmp(p, n, (size_t)nn) == 0) return i;
    i++;
  }
  return -1;
}

/* str + str (each borrowed). */
YValue yrt_str_concat2(const YStr *a, const YStr *b) {
  if (a->len == 0) return yrt_incref(yobj((YStr *)b));
  if (b->len == 0) return yrt_incref(yobj((YStr *)a));
  YStr *s = yrt_str_alloc(a->len + b->len, a->nchars + b->nchars);
  memcpy(yrt_str_buf(s), a->data, (size_t)a->len);
  memcpy(yrt_str_buf(s) + a->len, b->data, (size_t)b->len);
  return yobj(s);
}

YValue yrt_str_concat(int n, const YValue *parts) {
  int64_t len = 0, nchars = 0;
  for (int i = 0; i < n; i++) {
    if (!yrt_is_str(parts[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "sequence item %d: expected str instance, %s found",
                           i, yrt_tname(parts[i]));
    len += YSTR(parts[i])->len;
    nchars += YSTR(parts[i])->nchars;
  }
  if (n == 1) return yrt_incref(parts[0]);
  if (len == 0) return yobj(&yrt_str_empty);
  YStr *s = yrt_str_alloc(len, nchars);
  char *p = yrt_str_buf(s);
  for (int i = 0; i < n; i++) {
    memcpy(p, YSTR(parts[i])->data, (size_t)YSTR(parts[i])->len);
    p += YSTR(parts[i])->len;
  }
  if (len == 1) {
    YValue r = yobj(yrt_str_ascii((unsigned char)s->data[0]));
    free(s);
    return r;
  }
  return yobj(s);
}

/* ===================================================================== */
/* YBuf                                                                   */
/* ===================================================================== */

static void buf_reserve(YBuf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 64;
  while (cap < b->len + extra + 1) cap *= 2;
  b->data = yrt_realloc(b->data, cap);
  b->cap = cap;
}

void yrt_buf_putn(YBuf *b, const char *s, size_t n) {
  buf_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}
void yrt_buf_puts(YBuf *b, const char *s) { yrt_buf_putn(b, s, strlen(s)); }
void yrt_buf_putc(YBuf *b, char c) {
  buf_reserve(b, 1);
  b->data[b->len++] = c;
}
void yrt_buf_printf(YBuf *b, const char *fmt, ...) {
  char small[128];
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if (n < (int)sizeof small) {
    yrt_buf_putn(b, small, (size_t)n);
  } else {
    buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}
YValue yrt_buf_finish(YBuf *b) {
  YValue s = yrt_str_make(b->data ? b->data : "", (int64_t)b->len, -1);
  yrt_buf_free(b);
  return s;
}
void yrt_buf_free(YBuf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
/* Append one code point. */
void yrt_buf_putcp(YBuf *b, uint32_t cp) {
  char tmp[4];
  yrt_buf_putn(b, tmp, (size_t)yrt_utf8_encode(cp, tmp));
}

/* ===================================================================== */
/* str methods                                                            */
/* ===================================================================== */

/* The optional start/end arguments of find/count/index/startswith, in
 * code points, clipped like slice indices (CPython's ADJUST_INDICES). */
static int start_end(int argc, const YValue *argv, int first, int64_t len, int64_t *start,
                     int64_t *end) {
  *start = 0;
  *end = len;
  if (argc > first && yrt_slice_bound(argv[first], start, 0) < 0) return -1;
  if (argc > first + 1 && yrt_slice_bound(argv[first + 1], end, len) < 0) return -1;
  if (*end > len) {
    *end = len;
  } else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  return 0;
}

/* Is code point c one of the code points of set (NULL: whitespace)? */
static int in_chars(uint32_t c, const YStr *set) {
  if (!set) return yrt_uni_isspace(c);
  for (int64_t i = 0; i < set->len;) {
    int n;
    if (yrt_utf8_decode(set->data + i, &n) == c) return 1;
    i += n;
  }
  return 0;
}

static YValue str_strip(const YStr *s, const char *name, int argc, const YValue *argv, int left,
                        int right) {
  if (yrt_args_range(name, argc, 0, 1) < 0) return YERROR;
  const YStr *set = NULL;
  if (argc == 1 && !YIS_NONE(argv[0])) {
    if (!yrt_is_str(argv[0]))
      return yrt_raise_msg(&yrt_exc_TypeError, "%s arg must be None or str", name);
    set = YSTR(argv[0]);
  }
  int64_t a = 0, b = s->len;
  int n;
  while (left && a < b && in_chars(yrt_utf8_decode(s->data + a, &n), set)) a += n;
  while (right && b > a) {
    int64_t p = yrt_utf8_prev(s->data, b);
    if (!in_chars(yrt_utf8_decode(s->data + p, &n), set)) break;
    b = p;
  }
  return str_bytes(s, a, b);
}

static YValue str_split(const YStr *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("split", argc, 0, 2) < 0) return YERROR;
  const YStr *sep = NULL;
  int64_t maxsplit = -1;
  if (argc >= 1 && !YIS_NONE(argv[0])) {
    if (!yrt_is_str(argv[0]))
      return yrt_raise_msg(&yrt_exc_TypeError, "must be str or None, not %s", yrt_tname(argv[0]));
    sep = YSTR(argv[0]);
    if (sep->len == 0) return yrt_raise_msg(&yrt_exc_ValueError, "empty separator");
  }
  if (argc >= 2 && yrt_int_arg(argv[1], &maxsplit) < 0) return YERROR;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  YList *l = yrt_list_alloc(0);
  int64_t i = 0, n = s->len;
  if (!sep) {
    for (;;) {
      int k;
      while (i < n && yrt_uni_isspace(yrt_utf8_decode(s->data + i, &k))) i += k;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        yrt_list_push(l, str_bytes(s, i, n));
        break;
      }
      int64_t j = i;
      while (j < n && !yrt_uni_isspace(yrt_utf8_decode(s->data + j, &k))) j += k;
      yrt_list_push(l, str_bytes(s, i, j));
      i = j;
    }
  } else {
    for (; maxsplit > 0; maxsplit--) {
      int64_t j = yrt_str_find_bytes(s->data, n, sep->data, sep->len, i);
      if (j < 0) break;
      yrt_list_push(l, str_bytes(s, i, j));
      i = j + sep->len;
    }
    yrt_list_push(l, str_bytes(s, i, n));
  }
  return yobj(l);
}

static YValue str_join(YValue self, YValue iterable) {
  const YStr *sep = YSTR(self);
  YValue tmp = YUNBOUND;
  int64_t n;
  YValue *items = yrt_seq_items(iterable, &n);
  if (!items) {
    if (!yrt_is_iterable(iterable))
      return yrt_raise_msg(&yrt_exc_TypeError, "can only join an iterable");
    tmp = yrt_list_from_iterable(iterable);
    if (YIS_ERR(tmp)) return tmp;
    items = yrt_seq_items(tmp, &n);
  }
  int64_t len = 0, nchars = 0;
  YValue r;
  for (int64_t i = 0; i < n; i++) {
    if (!yrt_is_str(items[i])) {
      r = yrt_raise_msg(&yrt_exc_TypeError, "sequence item %lld: expected str instance, %s found",
                        (long long)i, yrt_tname(items[i]));
      goto done;
    }
    len += YSTR(items[i])->len + (i ? sep->len : 0);
    nchars += YSTR(items[i])->nchars + (i ? sep->nchars : 0);
  }
  if (n == 1) {
    r = yrt_incref(items[0]);
    goto done;
  }
  if (len <= 1) {
    YBuf b = {0};
    for (int64_t i = 0; i < n; i++) {
      if (i) yrt_buf_putn(&b, sep->data, (size_t)sep->len);
      yrt_buf_putn(&b, YSTR(items[i])->data, (size_t)YSTR(items[i])->len);
    }
    r = yrt_buf_finish(&b);
    goto done;
  }
  YStr *out = yrt_str_alloc(len, nchars);
  char *p = yrt_str_buf(out);
  for (int64_t i = 0; i < n; i++) {
    if (i) {
      memcpy(p, sep->data, (size_t)sep->len);
      p += sep->len;
    }
    memcpy(p, YSTR(items[i])->data, (size_t)YSTR(items[i])->len);
    p += YSTR(items[i])->len;
  }
  r = yobj(out);
done:
  yrt_decref(tmp);
  return r;
}

static YValue str_case(const YStr *s, int upper) {
  YBuf b = {0};
  buf_reserve(&b, (size_t)s->len);
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    if (upper && c == 0xDF) {
      yrt_buf_puts(&b, "SS");
    } else {
      uint32_t m = upper ? yrt_uni_toupper(c) : yrt_uni_tolower(c);
      if (m)
        yrt_buf_putcp(&b, m);
      else
        yrt_buf_putn(&b, s->data + i, (size_t)n);
    }
    i += n;
  }
  return yrt_buf_finish(&b);
}

/* Does s[start:end] start (or end) with p? */
static int tailmatch(const YStr *s, int64_t start, int64_t end, const YStr *p, int ends) {
  if (end - start < p->nchars || start > s->nchars) return 0;
  if (p->nchars == 0) return 1;
  int64_t at = yrt_str_offset(s, ends ? end - p->nchars : start);
  return at + p->len <= s->len && memcmp(s->data + at, p->data, (size_t)p->len) == 0;
}

static YValue str_startswith(const YStr *s, int argc, const YValue *argv, int ends) {
  const char *name = ends ? "endswith" : "startswith";
  if (yrt_args_tuple(name, argc, 1, 3) < 0) return YERROR;
  int64_t start, end;
  if (start_end(argc, argv, 1, s->nchars, &start, &end) < 0) return YERROR;
  if (yrt_is_str(argv[0])) return ybool(tailmatch(s, start, end, YSTR(argv[0]), ends));
  if (!yrt_is_tuple(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, yrt_tname(argv[0]));
  const YTuple *t = YTUPLE(argv[0]);
  for (int64_t i = 0; i < t->len; i++) {
    if (!yrt_is_str(t->items[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                           yrt_tname(t->items[i]));
    if (tailmatch(s, start, end, YSTR(t->items[i]), ends)) return YTRUE;
  }
  return YFALSE;
}

static YValue str_replace(const YStr *s, int argc, const YValue *argv) {
  if (yrt_args_range("replace", argc, 2, 3) < 0) return YERROR;
  for (int i = 0; i < 2; i++)
    if (!yrt_is_str(argv[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                           yrt_tname(argv[i]));
  int64_t count = -1;
  if (argc == 3 && yrt_int_arg(argv[2], &count) < 0) return YERROR;
  if (count < 0) count = INT64_MAX;
  const YStr *old = YSTR(argv[0]), *new = YSTR(argv[1]);
  YBuf b = {0};
  int64_t i = 0;
  if (old->len == 0) {
    while (count > 0) {
      yrt_buf_putn(&b, new->data, (size_t)new->len);
      count--;
      if (i >= s->len) break;
      int n;
      yrt_utf8_decode(s->data + i, &n);
      yrt_buf_putn(&b, s->data + i, (size_t)n);
      i += n;
    }
  } else {
    for (; count > 0; count--) {
      int64_t j = yrt_str_find_bytes(s->data, s->len, old->data, old->len, i);
      if (j < 0) break;
      yrt_buf_putn(&b, s->data + i, (size_t)(j - i));
      yrt_buf_putn(&b, new->data, (size_t)new->len);
      i = j + old->len;
    }
  }
  if (i == 0 && b.len == 0) {
    yrt_buf_free(&b);
    return yrt_incref(yobj((YStr *)s));
  }
  yrt_buf_putn(&b, s->data + i, (size_t)(s->len - i));
  return yrt_buf_finish(&b);
}

static YValue str_splitlines(const YStr *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("splitlines", argc, 0, 1) < 0) return YERROR;
  int64_t keep = 0;
  if (argc == 1 && yrt_int_arg(argv[0], &keep) < 0) return YERROR;
  YList *l = yrt_list_alloc(0);
  int64_t i = 0, n = s->len;
  while (i < n) {
    int64_t j = i, eol;
    int k = 1;
    uint32_t c = 0;
    while (j < n && !yrt_uni_islinebreak(c = yrt_utf8_decode(s->data + j, &k))) j += k;
    eol = j;
    if (j < n) j += (c == '\r' && j + 1 < n && s->data[j + 1] == '\n') ? 2 : k;
    yrt_list_push(l, str_bytes(s, i, keep ? j : eol));
    i = j;
  }
  return yobj(l);
}

/* find / index / count. */
static YValue str_find(const YStr *s, YName name, int argc, const YValue *argv) {
  const char *nm = name == YN_find ? "find" : name == YN_index ? "index" : "count";
  if (yrt_args_tuple(nm, argc, 1, 3) < 0) return YERROR;
  if (!yrt_is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "must be str, not %s", yrt_tname(argv[0]));
  const YStr *sub = YSTR(argv[0]);
  int64_t start, end;
  if (start_end(argc, argv, 1, s->nchars, &start, &end) < 0) return YERROR;
  int64_t found = -1;
  if (start <= s->nchars && start <= end) {
    int64_t bs = yrt_str_offset(s, start), be = yrt_str_offset(s, end);
    if (name == YN_count) {
      if (sub->len == 0) return yint(end - start + 1);
      int64_t c = 0;
      for (int64_t j = bs; (j = yrt_str_find_bytes(s->data, be, sub->data, sub->len, j)) >= 0;
           j += sub->len)
        c++;
      return yint(c);
    }
    int64_t j = yrt_str_find_bytes(s->data, be, sub->data, sub->len, bs);
    if (j >= 0) found = str_charindex(s, j);
  }
  if (name == YN_count) return yint(0);
  if (found < 0 && name == YN_index)
    return yrt_raise_msg(&yrt_exc_ValueError, "substring not found");
  return yint(found);
}

static YValue str_is(const YStr *s, int (*pred)(uint32_t)) {
  if (s->len == 0) return YFALSE;
  for (int64_t i = 0; i < s->len;) {
    int n;
    if (!pred(yrt_utf8_decode(s->data + i, &n))) return YFALSE;
    i += n;
  }
  return YTRUE;
}

YValue yrt_str_method(YValue self, YName name, int argc, const YValue *argv) {
  const YStr *s = YSTR(self);
  switch (name) {
  case YN_strip: return str_strip(s, "strip", argc, argv, 1, 1);
  case YN_lstrip: return str_strip(s, "lstrip", argc, argv, 1, 0);
  case YN_rstrip: return str_strip(s, "rstrip", argc, argv, 0, 1);
  case YN_split: return str_split(s, argc, argv);
  case YN_join:
    if (yrt_args_one("str.join", argc) < 0) return YERROR;
    return str_join(self, argv[0]);
  case YN_upper:
  case YN_lower:
    if (yrt_args_none(name == YN_upper ? "str.upper" : "str.lower", argc) < 0) return YERROR;
    return str_case(s, name == YN_upper);
  case YN_startswith: return str_startswith(s, argc, argv, 0);
  case YN_endswith: return str_startswith(s, argc, argv, 1);
  case YN_replace: return str_replace(s, argc, argv);
  case YN_splitlines: return str_splitlines(s, argc, argv);
  case YN_find:
  case YN_index:
  case YN_count: return str_find(s, name, argc, argv);
  case YN_isdigit:
    if (yrt_args_none("str.isdigit", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isdigit);
  case YN_isalpha:
    if (yrt_args_none("str.isalpha", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isalpha);
  case YN_isspace:
    if (yrt_args_none("str.isspace", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isspace);
  case YN_format: return yrt_str_format_method(self, argc, argv);
  case YN___iter__:
    if (yrt_args_none("str.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ===================================================================== */
/* str(x)                                                                 */
/* ===================================================================== */

static YValue str_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc == 0) return yobj(&yrt_str_empty);
  if (argc == 1) return yrt_str(argv[0]);
  if (argc > 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "str() takes at most 3 arguments (%d given)", argc);
  if (!yrt_is_str(argv[1]))
    return yrt_raise_msg(&yrt_exc_TypeError, "str() argument 'encoding' must be str, not %s",
                         yrt_tname(argv[1]));
  return yrt_raise_msg(&yrt_exc_TypeError, "decoding str is not supported");
}
