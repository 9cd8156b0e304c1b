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
 * The predicates beyond Latin-1 share unicode.c's approximation: isnumeric
 * knows the digits, the vulgar fractions, Roman, enclosed and CJK numerals;
 * isidentifier the letters isalpha knows, '_' and the decimal digits.
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

/* The classes of an ASCII character that str's predicates and split() and
 * strip() test, without decoding and without unicode.c's tables (an ASCII
 * byte is a whole code point in UTF-8).  Whitespace is \t-\r, \x1c-\x1f
 * and the space, as Python has it. */
enum { AC_DIGIT = 1, AC_ALPHA = 2, AC_SPACE = 4, AC_PRINT = 8 };
#define AC(c)                                                                          \
  (((c) >= '0' && (c) <= '9' ? AC_DIGIT : 0) |                                         \
   (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') ? AC_ALPHA : 0) |          \
   (((c) >= 0x09 && (c) <= 0x0d) || ((c) >= 0x1c && (c) <= 0x20) ? AC_SPACE : 0) |     \
   ((c) >= 0x20 && (c) <= 0x7e ? AC_PRINT : 0))
#define AC4(c) AC(c), AC((c) + 1), AC((c) + 2), AC((c) + 3)
#define AC16(c) AC4(c), AC4((c) + 4), AC4((c) + 8), AC4((c) + 12)
static const unsigned char ascii_classes[128] = {AC16(0x00), AC16(0x10), AC16(0x20), AC16(0x30),
                                                 AC16(0x40), AC16(0x50), AC16(0x60), AC16(0x70)};
#undef AC16
#undef AC4
#undef AC

/* Is the code point at p whitespace?  Its length in bytes goes to *k. */
static inline int space_at(const char *p, int *k) {
  unsigned char b = (unsigned char)*p;
  if (b < 0x80) {
    *k = 1;
    return ascii_classes[b] & AC_SPACE;
  }
  return yrt_uni_isspace(yrt_utf8_decode(p, k));
}


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

/* A str's block: its header and bytes (and the NUL), a small block
 * (yrt_small_alloc_raw), since slices and tokens come and go per item. */
static size_t str_size(int64_t len) { return sizeof(YStr) + (size_t)len + 1; }

/* A new str with room for len bytes (and the NUL); the caller fills it. */

YStr *yrt_str_alloc(int64_t len, int64_t nchars) {
  YStr *s = yrt_small_alloc_raw(str_size(len));
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
  yrt_small_free(s, str_size(s->len));
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
    yrt_small_free(s, str_size(1));
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
  if (!set) return c < 0x80 ? ascii_classes[c] & AC_SPACE : yrt_uni_isspace(c);
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
      while (i < n && space_at(s->data + i, &k)) i += k;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        yrt_list_push(l, str_bytes(s, i, n));
        break;
      }
      int64_t j = i;
      while (j < n && !space_at(s->data + j, &k)) j += k;
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

/* ---- case: lower, upper, casefold, swapcase, title, capitalize ------- */

/* Which str method str_case does. */
typedef enum CaseOp {
  CASE_LOWER,     /* str.lower() */
  CASE_UPPER,     /* str.upper() */
  CASE_FOLD,      /* str.casefold() */
  CASE_SWAP,      /* str.swapcase() */
  CASE_TITLE,     /* str.title() */
  CASE_CAPITALIZE /* str.capitalize() */
} CaseOp;

/* The lower case of the capital sigma at s[i..i+2): final sigma when a
 * cased letter precedes it and none follows it, case-ignorable characters
 * skipped both ways (CPython's handle_capital_sigma). */
static uint32_t lower_sigma(const YStr *s, int64_t i) {
  uint32_t c = 0;
  int64_t j = i;
  unsigned f = 0;
  int n;
  do {
    if (j == 0) return 0x3C3;
    j = yrt_utf8_prev(s->data, j);
    c = yrt_utf8_decode(s->data + j, &n);
    f = yrt_uni_caseflags(c);
  } while (f & YRT_UNI_CASE_IGNORABLE);
  if (!(f & YRT_UNI_CASED)) return 0x3C3;
  for (j = i + 2; j < s->len; j += n) {
    c = yrt_utf8_decode(s->data + j, &n);
    f = yrt_uni_caseflags(c);
    if (!(f & YRT_UNI_CASE_IGNORABLE)) return (f & YRT_UNI_CASED) ? 0x3C3 : 0x3C2;
  }
  return 0x3C2;
}

/* ASCII only: each method is a byte map. */
static YValue ascii_case(const YStr *s, CaseOp op) {
  if (s->len == 0) return yobj(&yrt_str_empty);
  YStr *out = yrt_str_alloc(s->len, s->nchars);
  char *o = yrt_str_buf(out);
  int prev_cased = 0;
  for (int64_t i = 0; i < s->len; i++) {
    char c = s->data[i];
    int lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    int to_upper = op == CASE_UPPER || (op == CASE_SWAP && lower) ||
                   ((op == CASE_TITLE || op == CASE_CAPITALIZE) && !prev_cased);
    if (to_upper ? lower : upper) c = (char)(c ^ 0x20);
    prev_cased = op == CASE_TITLE ? lower || upper : 1; /* capitalize: only the first */
    o[i] = c;
  }
  if (s->len == 1) { /* the shared one */
    YValue one = yobj(yrt_str_ascii((unsigned char)o[0]));
    yrt_decref(yobj(out));
    return one;
  }
  return yobj(out);
}

static YValue str_case(const YStr *s, CaseOp op) {
  if (s->len == s->nchars) return ascii_case(s, op);
  YBuf b = {0};
  int prev_cased = 0;
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n), m[3];
    YCaseMap how = YRT_CASE_LOWER;
    switch (op) {
    case CASE_LOWER: how = YRT_CASE_LOWER; break;
    case CASE_UPPER: how = YRT_CASE_UPPER; break;
    case CASE_FOLD: how = YRT_CASE_FOLD; break;
    case CASE_SWAP: {
      unsigned f = yrt_uni_caseflags(c);
      how = (f & YRT_UNI_UPPER) ? YRT_CASE_LOWER : (f & YRT_UNI_LOWER) ? YRT_CASE_UPPER : YRT_CASE_FOLD;
      if (how == YRT_CASE_FOLD) { /* neither: kept */
        yrt_buf_putn(&b, s->data + i, (size_t)n);
        i += n;
        continue;
      }
      break;
    }
    case CASE_TITLE:
      how = prev_cased ? YRT_CASE_LOWER : YRT_CASE_TITLE;
      prev_cased = (yrt_uni_caseflags(c) & YRT_UNI_CASED) != 0;
      break;
    case CASE_CAPITALIZE: how = i == 0 ? YRT_CASE_TITLE : YRT_CASE_LOWER; break;
    }
    int k;
    if (c == 0x3A3 && how == YRT_CASE_LOWER) {
      m[0] = lower_sigma(s, i);
      k = 1;
    } else {
      k = yrt_uni_casemap(c, how, m);
    }
    for (int j = 0; j < k; j++) yrt_buf_putcp(&b, m[j]);
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

/* An ASCII str's predicate: is every character of one of the classes
 * `mask`?  `empty` is the answer for "". */
static YValue ascii_all(const YStr *s, unsigned mask, int empty) {
  if (s->len == 0) return ybool(empty);
  for (int64_t i = 0; i < s->len; i++)
    if (!(ascii_classes[(unsigned char)s->data[i]] & mask)) return YFALSE;
  return YTRUE;
}

/* isdigit, isalpha, isspace: `pred` for each code point, `mask` for ASCII. */
static YValue str_is(const YStr *s, int (*pred)(uint32_t), unsigned mask) {
  if (s->nchars == s->len) return ascii_all(s, mask, 0);
  for (int64_t i = 0; i < s->len;) {
    int n;
    if (!pred(yrt_utf8_decode(s->data + i, &n))) return YFALSE;
    i += n;
  }
  return YTRUE;
}

/* ===================================================================== */
/* More str methods: the right-hand searches, padding, the predicates,     */
/* removeprefix/removesuffix, maketrans and translate                      */
/* ===================================================================== */

/* The last occurrence of n in h[from, to), or -1. */
static int64_t rfind_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
  for (int64_t i = to - nn; i >= from; i--)
    if (memcmp(h + i, n, (size_t)nn) == 0) return i;
  return -1;
}

/* rsplit: split() from the right, the pieces then put back in order. */
static YValue str_rsplit(const YStr *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("rsplit", argc, 0, 2) < 0) return YERROR;
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
  int64_t j = s->len; /* the end of the part not yet split */
  if (!sep) {
    for (;;) {
      int k;
      while (j > 0) {
        int64_t p = yrt_utf8_prev(s->data, j);
        if (!space_at(s->data + p, &k)) break;
        j = p;
      }
      if (j == 0) break;
      if (maxsplit-- == 0) {
        yrt_list_push(l, str_bytes(s, 0, j));
        break;
      }
      int64_t i = j;
      while (i > 0) {
        int64_t p = yrt_utf8_prev(s->data, i);
        if (space_at(s->data + p, &k)) break;
        i = p;
      }
      yrt_list_push(l, str_bytes(s, i, j));
      j = i;
    }
  } else {
    for (; maxsplit > 0; maxsplit--) {
      int64_t i = rfind_bytes(s->data, 0, j, sep->data, sep->len);
      if (i < 0) break;
      yrt_list_push(l, str_bytes(s, i + sep->len, j));
      j = i;
    }
    yrt_list_push(l, str_bytes(s, 0, j));
  }
  for (int64_t a = 0, b = l->len - 1; a < b; a++, b--) {
    YValue t = l->items[a];
    l->items[a] = l->items[b];
    l->items[b] = t;
  }
  return yobj(l);
}

/* rfind / rindex. */
static YValue str_rfind(const YStr *s, YName name, int argc, const YValue *argv) {
  const char *nm = name == YN_rfind ? "rfind" : "rindex";
  if (yrt_args_tuple(nm, argc, 1, 3) < 0) return YERROR;
  if (!yrt_is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "must be str, not %s", yrt_tname(argv[0]));
  const YStr *sub = YSTR(argv[0]);
  int64_t start, end, found = -1;
  if (start_end(argc, argv, 1, s->nchars, &start, &end) < 0) return YERROR;
  if (start <= s->nchars && start <= end) {
    int64_t bs = yrt_str_offset(s, start), be = yrt_str_offset(s, end);
    int64_t j = rfind_bytes(s->data, bs, be, sub->data, sub->len);
    if (j >= 0) found = str_charindex(s, j);
  }
  if (found < 0 && name == YN_rindex) return yrt_raise_msg(&yrt_exc_ValueError, "substring not found");
  return yint(found);
}

/* partition / rpartition: a 3-tuple. */
static YValue str_partition(YValue self, int argc, const YValue *argv, int right) {
  const YStr *s = YSTR(self);
  if (yrt_args_one(right ? "str.rpartition" : "str.partition", argc) < 0) return YERROR;
  if (!yrt_is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "must be str, not %s", yrt_tname(argv[0]));
  const YStr *sep = YSTR(argv[0]);
  if (sep->len == 0) return yrt_raise_msg(&yrt_exc_ValueError, "empty separator");
  int64_t i = right ? rfind_bytes(s->data, 0, s->len, sep->data, sep->len)
                    : yrt_str_find_bytes(s->data, s->len, sep->data, sep->len, 0);
  YValue parts[3];
  if (i < 0) {
    parts[right ? 2 : 0] = yrt_incref(self);
    parts[1] = yobj(&yrt_str_empty);
    parts[right ? 0 : 2] = yobj(&yrt_str_empty);
  } else {
    parts[0] = str_bytes(s, 0, i);
    parts[1] = yrt_incref(argv[0]);
    parts[2] = str_bytes(s, i + sep->len, s->len);
  }
  return yrt_tuple_steal(3, parts);
}

/* ljust / rjust / center (how: 0, 1, 2): width and an optional fill
 * character. */
static YValue str_pad(YValue self, const char *name, int argc, const YValue *argv, int how) {
  const YStr *s = YSTR(self);
  if (yrt_args_range(name, argc, 1, 2) < 0) return YERROR;
  int64_t width;
  if (yrt_int_arg(argv[0], &width) < 0) return YERROR;
  const char *fill = " ";
  int fill_len = 1;
  if (argc == 2) {
    if (!yrt_is_str(argv[1]))
      return yrt_raise_msg(&yrt_exc_TypeError, "The fill character must be a unicode character, not %s",
                           yrt_tname(argv[1]));
    if (YSTR(argv[1])->nchars != 1)
      return yrt_raise_msg(&yrt_exc_TypeError, "The fill character must be exactly one character long");
    fill = YSTR(argv[1])->data;
    fill_len = (int)YSTR(argv[1])->len;
  }
  if (width <= s->nchars) return yrt_incref(self);
  int64_t marg = width - s->nchars, left;
  if (how == 0) left = 0;
  else if (how == 1) left = marg;
  else left = marg / 2 + (marg & width & 1); /* CPython's pad() */
  if ((uint64_t)marg > ((uint64_t)1 << 40) / (uint64_t)fill_len)
    return yrt_raise(yobj((void *)&yrt_exc_MemoryError));
  YBuf b = {0};
  for (int64_t i = 0; i < left; i++) yrt_buf_putn(&b, fill, (size_t)fill_len);
  yrt_buf_putn(&b, s->data, (size_t)s->len);
  for (int64_t i = left; i < marg; i++) yrt_buf_putn(&b, fill, (size_t)fill_len);
  return yrt_buf_finish(&b);
}

static YValue str_zfill(YValue self, int argc, const YValue *argv) {
  const YStr *s = YSTR(self);
  if (yrt_args_one("str.zfill", argc) < 0) return YERROR;
  int64_t width;
  if (yrt_int_arg(argv[0], &width) < 0) return YERROR;
  if (width <= s->nchars) return yrt_incref(self);
  int64_t pad = width - s->nchars, sign = s->len > 0 && (s->data[0] == '+' || s->data[0] == '-');
  if ((uint64_t)pad > ((uint64_t)1 << 40)) return yrt_raise(yobj((void *)&yrt_exc_MemoryError));
  YBuf b = {0};
  yrt_buf_putn(&b, s->data, (size_t)sign);
  for (int64_t i = 0; i < pad; i++) yrt_buf_putc(&b, '0');
  yrt_buf_putn(&b, s->data + sign, (size_t)(s->len - sign));
  return yrt_buf_finish(&b);
}

static YValue str_expandtabs(const YStr *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("expandtabs", argc, 0, 1) < 0) return YERROR;
  int64_t tabsize = 8;
  if (argc == 1 && yrt_int_arg(argv[0], &tabsize) < 0) return YERROR;
  YBuf b = {0};
  int64_t col = 0;
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t k = tabsize - col % tabsize;
        if ((uint64_t)k > ((uint64_t)1 << 40)) {
          yrt_buf_free(&b);
          return yrt_raise(yobj((void *)&yrt_exc_MemoryError));
        }
        for (int64_t j = 0; j < k; j++) yrt_buf_putc(&b, ' ');
        col += k;
      }
    } else {
      yrt_buf_putn(&b, s->data + i, (size_t)n);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    i += n;
  }
  return yrt_buf_finish(&b);
}

/* removeprefix / removesuffix. */
static YValue str_remove_affix(YValue self, int argc, const YValue *argv, int suffix) {
  const YStr *s = YSTR(self);
  const char *name = suffix ? "removesuffix" : "removeprefix";
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "str.%s() takes exactly one argument (%d given)", name, argc);
  if (!yrt_is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() argument must be str, not %s", name, yrt_tname(argv[0]));
  const YStr *p = YSTR(argv[0]);
  if (p->len == 0 || p->len > s->len) return yrt_incref(self);
  if (suffix ? memcmp(s->data + s->len - p->len, p->data, (size_t)p->len)
             : memcmp(s->data, p->data, (size_t)p->len))
    return yrt_incref(self);
  return suffix ? str_bytes(s, 0, s->len - p->len) : str_bytes(s, p->len, s->len);
}

/* ---- the predicates -------------------------------------------------- */

/* Which predicate str_pred tests. */
typedef enum StrPred {
  PRED_UPPER,      /* str.isupper() */
  PRED_LOWER,      /* str.islower() */
  PRED_TITLE,      /* str.istitle() */
  PRED_ALNUM,      /* str.isalnum() */
  PRED_NUMERIC,    /* str.isnumeric() */
  PRED_DECIMAL,    /* str.isdecimal() */
  PRED_IDENTIFIER, /* str.isidentifier() */
  PRED_ASCII,      /* str.isascii() */
  PRED_PRINTABLE   /* str.isprintable() */
} StrPred;

/* A titlecase letter (category Lt): cased, but neither upper nor lower. */
static int is_titlecase(unsigned f) { return (f & YRT_UNI_CASED) && !(f & (YRT_UNI_UPPER | YRT_UNI_LOWER)); }

/* Numeric characters beyond the digits: the vulgar fractions, Roman
 * numerals and the CJK numerals (an approximation of Numeric_Type=Numeric,
 * like unicode.c's letters). */
static int is_numeric(uint32_t c) {
  if (yrt_uni_isdigit(c)) return 1;
  if (c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2189)) return 1;
  if (c >= 0x2460 && c <= 0x24FF) return c < 0x249C || c >= 0x24EA; /* enclosed numbers */
  if (c >= 0x2776 && c <= 0x2793) return 1;                         /* dingbat numbers */
  switch (c) { /* CJK numerals: 〇一二三四五六七八九十百千万亿 */
  case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D:
  case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343: case 0x4E07:
  case 0x4EBF: return 1;
  default: return 0;
  }
}

static int is_id_start(uint32_t c) { return c == '_' || yrt_uni_isalpha(c); }
static int is_id_continue(uint32_t c) { return is_id_start(c) || yrt_uni_decimal(c) >= 0; }

static YValue str_pred(const YStr *s, StrPred p) {
  if (p == PRED_ASCII) return ybool(s->nchars == s->len);
  if (s->nchars == s->len) {
    switch (p) {
    case PRED_ALNUM: return ascii_all(s, AC_DIGIT | AC_ALPHA, 0);
    case PRED_NUMERIC:
    case PRED_DECIMAL: return ascii_all(s, AC_DIGIT, 0);
    case PRED_PRINTABLE: return ascii_all(s, AC_PRINT, 1);
    default: break; /* the cased ones and isidentifier: the loop below */
    }
  }
  int cased = 0, prev_cased = 0;
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    unsigned f = (p <= PRED_TITLE) ? yrt_uni_caseflags(c) : 0;
    switch (p) {
    case PRED_UPPER:
      if ((f & YRT_UNI_LOWER) || is_titlecase(f)) return YFALSE;
      cased |= (f & YRT_UNI_UPPER) != 0;
      break;
    case PRED_LOWER:
      if ((f & YRT_UNI_UPPER) || is_titlecase(f)) return YFALSE;
      cased |= (f & YRT_UNI_LOWER) != 0;
      break;
    case PRED_TITLE:
      if ((f & YRT_UNI_UPPER) || is_titlecase(f)) {
        if (prev_cased) return YFALSE;
        prev_cased = cased = 1;
      } else if (f & YRT_UNI_LOWER) {
        if (!prev_cased) return YFALSE;
        prev_cased = cased = 1;
      } else {
        prev_cased = 0;
      }
      break;
    case PRED_ALNUM:
      if (!yrt_uni_isalpha(c) && !is_numeric(c)) return YFALSE;
      break;
    case PRED_NUMERIC:
      if (!is_numeric(c)) return YFALSE;
      break;
    case PRED_DECIMAL:
      if (yrt_uni_decimal(c) < 0) return YFALSE;
      break;
    case PRED_IDENTIFIER:
      if (!(i == 0 ? is_id_start(c) : is_id_continue(c))) return YFALSE;
      break;
    case PRED_PRINTABLE:
      if (!yrt_uni_isprintable(c)) return YFALSE;
      break;
    case PRED_ASCII: break;
    }
    i += n;
  }
  if (p == PRED_UPPER || p == PRED_LOWER || p == PRED_TITLE) return ybool(cased);
  return ybool(s->len > 0 || p == PRED_PRINTABLE);
}

/* ---- maketrans and translate ----------------------------------------- */

/* str.maketrans(x[, y[, z]]): the dict translate() takes. */
YValue yrt_str_maketrans(int argc, const YValue *argv) {
  if (yrt_args_range("maketrans", argc, 1, 3) < 0) return YERROR;
  YValue d = yrt_dict_new();
  if (argc == 1) {
    if (!yrt_is_dict(argv[0])) {
      yrt_decref(d);
      return yrt_raise_msg(&yrt_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    const YDict *src = YDICT(argv[0]);
    for (int64_t i = 0; i < src->n; i++) {
      const DictEntry *e = &src->entries[i];
      if (YIS_UNBOUND(e->key)) continue;
      YValue k = e->key;
      if (yrt_is_str(k)) {
        if (YSTR(k)->nchars != 1) {
          yrt_decref(d);
          return yrt_raise_msg(&yrt_exc_ValueError, "string keys in translate table must be of length 1");
        }
        int n;
        k = yint(yrt_utf8_decode(YSTR(k)->data, &n));
      } else if (!yrt_is_int(k)) {
        yrt_decref(d);
        return yrt_raise_msg(&yrt_exc_TypeError, "keys in translate table must be strings or integers");
      }
      if (yrt_dict_set(d, k, e->value) < 0) {
        yrt_decref(d);
        return YERROR;
      }
    }
    return d;
  }
  if (!yrt_is_str(argv[0])) {
    yrt_decref(d);
    return yrt_raise_msg(&yrt_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
  }
  for (int a = 1; a < argc; a++)
    if (!yrt_is_str(argv[a])) {
      yrt_decref(d);
      return yrt_raise_msg(&yrt_exc_TypeError, "maketrans() argument %d must be str, not %s", a + 1,
                           yrt_tname(argv[a]));
    }
  const YStr *x = YSTR(argv[0]), *y = YSTR(argv[1]);
  if (x->nchars != y->nchars) {
    yrt_decref(d);
    return yrt_raise_msg(&yrt_exc_ValueError, "the first two maketrans arguments must have equal length");
  }
  for (int64_t i = 0, j = 0; i < x->len;) {
    int n, m;
    uint32_t from = yrt_utf8_decode(x->data + i, &n), to = yrt_utf8_decode(y->data + j, &m);
    yrt_dict_set(d, yint(from), yint(to));
    i += n;
    j += m;
  }
  if (argc == 3) {
    const YStr *z = YSTR(argv[2]);
    for (int64_t i = 0; i < z->len;) {
      int n;
      yrt_dict_set(d, yint(yrt_utf8_decode(z->data + i, &n)), YNONE);
      i += n;
    }
  }
  return d;
}

static YValue str_translate(YValue self, int argc, const YValue *argv) {
  const YStr *s = YSTR(self);
  if (yrt_args_one("str.translate", argc) < 0) return YERROR;
  YBuf b = {0};
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    YValue r = yrt_getitem(argv[0], yint(c));
    if (YIS_ERR(r)) {
      if (yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_LookupError)) != 1) goto fail;
      yrt_decref(yrt_fetch_exc());
      yrt_buf_putn(&b, s->data + i, (size_t)n);
    } else if (yrt_is_str(r)) {
      yrt_buf_putn(&b, YSTR(r)->data, (size_t)YSTR(r)->len);
      yrt_decref(r);
    } else if (yrt_is_int(r)) {
      if (yrt_is_big(r) || r.u.i < 0 || r.u.i > 0x10FFFF) {
        yrt_decref(r);
        yrt_raise_msg(&yrt_exc_ValueError, "character mapping must be in range(0x110000)");
        goto fail;
      }
      yrt_buf_putcp(&b, (uint32_t)r.u.i);
    } else if (!YIS_NONE(r)) {
      yrt_decref(r);
      yrt_raise_msg(&yrt_exc_TypeError, "character mapping must return integer, None or str");
      goto fail;
    }
    i += n;
  }
  return yrt_buf_finish(&b);
fail:
  yrt_buf_free(&b);
  return YERROR;
}

/* The methods of this section (yrt_str_method's default case); YUNBOUND for
 * a name str does not have. */
static YValue str_method_more(YValue self, YName name, int argc, const YValue *argv) {
  const YStr *s = YSTR(self);
  StrPred p;
  switch (name) {
  case YN_rsplit: return str_rsplit(s, argc, argv);
  case YN_rfind:
  case YN_rindex: return str_rfind(s, name, argc, argv);
  case YN_partition: return str_partition(self, argc, argv, 0);
  case YN_rpartition: return str_partition(self, argc, argv, 1);
  case YN_ljust: return str_pad(self, "ljust", argc, argv, 0);
  case YN_rjust: return str_pad(self, "rjust", argc, argv, 1);
  case YN_center: return str_pad(self, "center", argc, argv, 2);
  case YN_zfill: return str_zfill(self, argc, argv);
  case YN_expandtabs: return str_expandtabs(s, argc, argv);
  case YN_removeprefix: return str_remove_affix(self, argc, argv, 0);
  case YN_removesuffix: return str_remove_affix(self, argc, argv, 1);
  case YN_maketrans: return yrt_str_maketrans(argc, argv);
  case YN_translate: return str_translate(self, argc, argv);
  case YN_format_map: return yrt_str_format_map(self, argc, argv);
  case YN_isupper: p = PRED_UPPER; break;
  case YN_islower: p = PRED_LOWER; break;
  case YN_istitle: p = PRED_TITLE; break;
  case YN_isalnum: p = PRED_ALNUM; break;
  case YN_isnumeric: p = PRED_NUMERIC; break;
  case YN_isdecimal: p = PRED_DECIMAL; break;
  case YN_isidentifier: p = PRED_IDENTIFIER; break;
  case YN_isascii: p = PRED_ASCII; break;
  case YN_isprintable: p = PRED_PRINTABLE; break;
  default: return YUNBOUND;
  }
  if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "str.%s() takes no arguments (%d given)", yrt_name_str[name], argc);
  return str_pred(s, p);
}

/* Does str have the method of this section named n? */
int yrt_str_has_more(YName n) {
  switch (n) {
  case YN_rsplit: case YN_rfind: case YN_rindex: case YN_partition: case YN_rpartition:
  case YN_ljust: case YN_rjust: case YN_center: case YN_zfill: case YN_expandtabs:
  case YN_removeprefix: case YN_removesuffix: case YN_maketrans: case YN_translate:
  case YN_isupper: case YN_islower: case YN_istitle: case YN_isalnum: case YN_isnumeric:
  case YN_isdecimal: case YN_isidentifier: case YN_isascii: case YN_isprintable:
  case YN_format_map:
    return 1;
  default: return 0;
  }
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
    if (yrt_args_none("str.upper", argc) < 0) return YERROR;
    return str_case(s, CASE_UPPER);
  case YN_lower:
    if (yrt_args_none("str.lower", argc) < 0) return YERROR;
    return str_case(s, CASE_LOWER);
  case YN_casefold:
    if (yrt_args_none("str.casefold", argc) < 0) return YERROR;
    return str_case(s, CASE_FOLD);
  case YN_swapcase:
    if (yrt_args_none("str.swapcase", argc) < 0) return YERROR;
    return str_case(s, CASE_SWAP);
  case YN_title:
    if (yrt_args_none("str.title", argc) < 0) return YERROR;
    return str_case(s, CASE_TITLE);
  case YN_capitalize:
    if (yrt_args_none("str.capitalize", argc) < 0) return YERROR;
    return str_case(s, CASE_CAPITALIZE);
  case YN_startswith: return str_startswith(s, argc, argv, 0);
  case YN_endswith: return str_startswith(s, argc, argv, 1);
  case YN_replace: return str_replace(s, argc, argv);
  case YN_splitlines: return str_splitlines(s, argc, argv);
  case YN_find:
  case YN_index:
  case YN_count: return str_find(s, name, argc, argv);
  case YN_isdigit:
    if (yrt_args_none("str.isdigit", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isdigit, AC_DIGIT);
  case YN_isalpha:
    if (yrt_args_none("str.isalpha", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isalpha, AC_ALPHA);
  case YN_isspace:
    if (yrt_args_none("str.isspace", argc) < 0) return YERROR;
    return str_is(s, yrt_uni_isspace, AC_SPACE);
  case YN_format: return yrt_str_format_method(self, argc, argv);
  case YN___iter__:
    if (yrt_args_none("str.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: {
    YValue r = str_method_more(self, name, argc, argv);
    return YIS_UNBOUND(r) ? yrt_no_attr(self, yrt_name_str[name]) : r;
  }
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
