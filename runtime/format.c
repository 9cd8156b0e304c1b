/*
 * format.c: values as text: repr(), str(), format() and str.format().
 *
 * Design
 * ------
 * Everything here appends to a YBuf (rt.h) and makes one str at the end, so
 * a nested repr (a list of dicts of tuples) is one pass with no
 * intermediate strings.  yrt_buf_repr is the single recursive walker; a
 * small stack of the containers being printed turns a self-reference into
 * CPython's "[...]" / "{...}".
 *
 * Floats are printed the way CPython's pystrtod.c does it: David Gay's dtoa
 * produces digits (shortest round-trip, n significant digits, or n digits
 * after the point) and format_float_short lays them out.  Here glibc's
 * correctly rounded printf("%.*e") / ("%.*f") stand in for dtoa (the
 * shortest digits are the first precision whose nearest digits, or for a
 * power of two the next ones up, read back exactly), and the
 * layout code is a port of format_float_short, so repr, str, f-strings and
 * format() agree with CPython digit for digit.
 *
 * Format specs follow CPython's Python/formatter_unicode.c: the spec is
 * parsed into a Spec, then an int, float or str is rendered as
 *   <lpadding> <sign> <prefix> <spadding> <grouped digits> <rest> <rpadding>
 * with CPython's rules for '=' alignment, zero padding (which also gets
 * thousands separators) and its error messages.  str.format() and the
 * printf-style `str % args` (PyUnicode_Format) are built on the same parts.
 *
 * A spec's width and precision may ask for any size up to 2**63 - 1
 * characters.  The output they size is reserved first with buf_room, which
 * fails with MemoryError as CPython does when its allocation fails, never
 * through yrt_malloc's abort; the digits of a float are computed only as
 * far as a double has any (beyond them every digit is 0).
 *
 * Known approximation: whether a non-ASCII character is printable (kept by
 * repr) is decided by a short table of the non-printable ranges, not the
 * full Unicode database, so unassigned code points are kept as they are.
 */
#include "rt.h"

#include <math.h>
#include <stdarg.h>

/* ===================================================================== */
/* Floats                                                                 */
/* ===================================================================== */

/* No single str of a TiB or more is attempted: no machine has the memory,
 * and the sanitizers' allocator aborts rather than fail on such a size. */
#define MAX_ALLOC ((uint64_t)1 << 40)

/* Room for `extra` more bytes in b (and for the str it will become), or
 * MemoryError.  Output sized by a format spec goes through here before it
 * is written; small amounts grow the buffer as usual. */
static int buf_room(YBuf *b, uint64_t extra) {
  if (extra < ((uint64_t)1 << 16)) return 0;
  if (extra > MAX_ALLOC - b->len) goto no_memory;
  size_t need = b->len + (size_t)extra + 1;
  if (need > b->cap) {
    char *p = realloc(b->data, need);
    if (!p) goto no_memory;
    b->data = p;
    b->cap = need;
  }
  void *str = malloc(need + 64); /* yrt_buf_finish copies it into a str */
  if (!str) goto no_memory;
  free(str);
  return 0;
no_memory:
  yrt_raise(yobj((void *)&yrt_exc_MemoryError));
  return -1;
}

/* A double's exact decimal expansion has at most 767 significant digits
 * and 1074 after the point: asking for more only adds zeros. */
#define MAX_SIG_DIGITS 800
#define MAX_FRAC_DIGITS 1100

/* buf holds x (> 0) as "%.*e" gives it, which does not read back as x.
 * When x is a power of two, the numbers that read back as x reach twice as
 * far above it as below (the float below is the nearer one), so the next
 * number up with as many digits may read back though the nearest one does
 * not: dtoa's shortest digits are then those (2**-44 is
 * 5.684341886080802e-14, not ...8015e-14).  Replace buf by that number
 * and return 1 if it reads back as x; else 0, buf unchanged. */
static int next_up_reads_back(char *buf, size_t size, double x) {
  int e2;
  if (frexp(x, &e2) != 0.5 || strtod(buf, NULL) > x) return 0;
  char digits[40];
  int n = 0;
  const char *p = buf;
  for (; *p != 'e'; p++)
    if (*p != '.') digits[n++] = *p;
  int e10 = atoi(p + 1), i = n - 1;
  while (i >= 0 && digits[i] == '9') digits[i--] = '0';
  if (i >= 0) {
    digits[i]++;
  } else { /* 9.99e5 + 0.01e5 = 1.00e6 */
    digits[0] = '1';
    e10++;
  }
  char up[64];
  snprintf(up, sizeof up, "%c%s%.*se%+03d", digits[0], n > 1 ? "." : "", n - 1, digits + 1, e10);
  if (strtod(up, NULL) != x) return 0;
  snprintf(buf, size, "%s", up);
  return 1;
}

/* The decimal digits of |x| (finite) as dtoa gives them: mode 0 the
 * shortest string that reads back as x, mode 2 `nd` significant digits,
 * mode 3 `nd` digits after the point.  No trailing zeros; *decpt is the
 * position of the decimal point ("0" and 1 for zero, "" when mode 3 rounds
 * to nothing).  Returns a malloc'd string. */
static char *float_digits(double x, int mode, int64_t want, int *decpt) {
  int nd = (int)(want < (mode == 3 ? MAX_FRAC_DIGITS : MAX_SIG_DIGITS)
                     ? want
                     : (mode == 3 ? MAX_FRAC_DIGITS : MAX_SIG_DIGITS));
  x = fabs(x);
  if (x == 0.0) {
    *decpt = 1;
    char *z = yrt_malloc(2);
    strcpy(z, "0");
    return z;
  }
  size_t size = (size_t)(mode == 3 ? 330 + nd : 40 + nd);
  char *buf = yrt_malloc(size);
  char *digits = yrt_malloc(size);
  int n = 0;
  if (mode == 3) {
    snprintf(buf, size, "%.*f", nd, x);
    int dp = -1;
    for (char *p = buf; *p; p++) {
      if (*p == '.')
        dp = n;
      else
        digits[n++] = *p;
    }
    *decpt = dp < 0 ? n : dp;
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    *decpt -= lead;
    if (n == 0) *decpt = 1;
  } else {
    if (mode == 0) {
      for (int p = 1; p <= 17; p++) {
        snprintf(buf, size, "%.*e", p - 1, x);
        if (strtod(buf, NULL) == x || next_up_reads_back(buf, size, x)) break;
      }
    } else {
      snprintf(buf, size, "%.*e", nd - 1, x);
    }
    char *p = buf;
    for (; *p != 'e'; p++)
      if (*p != '.') digits[n++] = *p;
    *decpt = atoi(p + 1) + 1;
  }
  while (n > 1 && digits[n - 1] == '0') n--;
  if (n == 1 && digits[0] == '0' && mode == 3) n = 0, *decpt = 1;
  digits[n] = '\0';
  free(buf);
  return digits;
}

/* CPython's format_float_short (Python/pystrtod.c): the text of x for
 * format code 'e', 'f', 'g' or 'r' without its sign, appended to out.
 * *neg says whether a minus sign belongs in front.  0, or -1 and
 * MemoryError when a huge precision's zeros do not fit. */
static int float_format(YBuf *out, double x, char code, int64_t precision, int add_dot_0, int alt,
                        int no_neg_0, int upper, int *neg) {
  *neg = signbit(x) != 0;
  if (isnan(x)) {
    *neg = 0;
    yrt_buf_puts(out, upper ? "NAN" : "nan");
    return 0;
  }
  if (isinf(x)) {
    yrt_buf_puts(out, upper ? "INF" : "inf");
    return 0;
  }
  int mode = 0;
  switch (code) {
  case 'e': mode = 2; precision++; break;
  case 'f': mode = 3; break;
  case 'g':
    mode = 2;
    if (precision == 0) precision = 1;
    break;
  default: mode = 0; break; /* 'r' */
  }
  int decpt;
  char *digits = float_digits(x, mode, precision, &decpt);
  int digits_len = (int)strlen(digits);
  if (no_neg_0 && *neg && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) *neg = 0;

  int64_t use_exp = 0, exp = 0, vdigits_end = digits_len;
  switch (code) {
  case 'e':
    use_exp = 1;
    vdigits_end = precision;
    break;
  case 'f': vdigits_end = decpt + precision; break;
  case 'g':
    if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
    if (alt) vdigits_end = precision;
    break;
  default:
    if (decpt <= -4 || decpt > 16) use_exp = 1;
    break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  /* At most this much text: the digits, a point, zeros up to vdigits_end
   * (a precision may make that billions), an exponent. */
  if (buf_room(out, (uint64_t)(vdigits_end - vdigits_start) + (uint64_t)digits_len + 16) < 0) {
    free(digits);
    return -1;
  }

  size_t start = out->len;
  if (decpt <= 0) {
    for (int64_t i = 0; i < decpt - vdigits_start; i++) yrt_buf_putc(out, '0');
    yrt_buf_putc(out, '.');
    for (int64_t i = 0; i < -decpt; i++) yrt_buf_putc(out, '0');
  } else {
    for (int64_t i = 0; i < -vdigits_start; i++) yrt_buf_putc(out, '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    yrt_buf_putn(out, digits, (size_t)decpt);
    yrt_buf_putc(out, '.');
    yrt_buf_putn(out, digits + decpt, (size_t)(digits_len - decpt));
  } else {
    yrt_buf_putn(out, digits, (size_t)digits_len);
  }
  if (digits_len < decpt) {
    for (int64_t i = 0; i < decpt - digits_len; i++) yrt_buf_putc(out, '0');
    yrt_buf_putc(out, '.');
    for (int64_t i = 0; i < vdigits_end - decpt; i++) yrt_buf_putc(out, '0');
  } else {
    for (int64_t i = 0; i < vdigits_end - digits_len; i++) yrt_buf_putc(out, '0');
  }
  if (out->len > start && out->data[out->len - 1] == '.' && !alt) out->len--;
  if (use_exp) yrt_buf_printf(out, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
  free(digits);
  return 0;
}

void yrt_float_repr(double d, char *buf, size_t size) {
  YBuf b = {0};
  int neg;
  (void)float_format(&b, d, 'r', 0, 1, 0, 0, 0, &neg); /* no precision: never fails */
  snprintf(buf, size, "%s%.*s", neg ? "-" : "", (int)b.len, b.data);
  yrt_buf_free(&b);
}

/* ===================================================================== */
/* repr and str                                                           */
/* ===================================================================== */

/* Py_UNICODE_ISPRINTABLE for non-ASCII code points, approximately: the
 * controls, format characters, separators other than ' ', surrogates,
 * private use and noncharacters are not printable. */
static int printable(uint32_t c);
int yrt_uni_isprintable(uint32_t c) { return c < 0x80 ? c >= 0x20 && c < 0x7F : printable(c); }
static int printable(uint32_t c) {
  if (c < 0xA0) return 0; /* C1 controls (ASCII is handled by the caller) */
  if (c == 0xA0 || c == 0xAD) return 0;
  if (c >= 0x600 && c <= 0x605) return 0;
  if (c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x8E2 || c == 0x180E) return 0;
  if (c == 0x1680) return 0;
  if (c >= 0x2000 && c <= 0x200F) return 0;
  if (c >= 0x2028 && c <= 0x202F) return 0;
  if (c >= 0x205F && c <= 0x206F) return 0;
  if (c == 0x3000) return 0;
  if (c >= 0xD800 && c <= 0xF8FF) return 0; /* surrogates, private use */
  if (c >= 0xFDD0 && c <= 0xFDEF) return 0;
  if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || (c & 0xFFFE) == 0xFFFE) return 0;
  if (c == 0x110BD || c == 0x110CD || (c >= 0x13430 && c <= 0x1343F)) return 0;
  if ((c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A)) return 0;
  if (c >= 0xE0000 && c <= 0xE0FFF) return 0;
  if (c >= 0xF0000) return 0;
  if (c > 0x10FFFF) return 0;
  return 1;
}

/* The repr of a str; ascii_only escapes every non-ASCII code point (ascii()). */
static void repr_str(YBuf *b, const YStr *s, int ascii_only) {
  int has_sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
  int has_dq = memchr(s->data, '"', (size_t)s->len) != NULL;
  char quote = has_sq && !has_dq ? '"' : '\'';
  yrt_buf_putc(b, quote);
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    if (c == (uint32_t)quote || c == '\\') {
      yrt_buf_putc(b, '\\');
      yrt_buf_putc(b, (char)c);
    } else if (c == '\t') {
      yrt_buf_puts(b, "\\t");
    } else if (c == '\n') {
      yrt_buf_puts(b, "\\n");
    } else if (c == '\r') {
      yrt_buf_puts(b, "\\r");
    } else if (c < 0x20 || c == 0x7F) {
      yrt_buf_printf(b, "\\x%02x", c);
    } else if (c < 0x80) {
      yrt_buf_putc(b, (char)c);
    } else if (!ascii_only && printable(c)) {
      yrt_buf_putn(b, s->data + i, (size_t)n);
    } else if (c < 0x100) {
      yrt_buf_printf(b, "\\x%02x", c);
    } else if (c < 0x10000) {
      yrt_buf_printf(b, "\\u%04x", c);
    } else {
      yrt_buf_printf(b, "\\U%08x", c);
    }
    i += n;
  }
  yrt_buf_putc(b, quote);
}

/* The containers being printed right now (Py_ReprEnter). */
static struct {
  const YObj **items;
  int len, cap;
} repr_stack;

/* 1 if o is already being printed; otherwise push it and return 0. */
int yrt_repr_enter(const YObj *o) {
  for (int i = 0; i < repr_stack.len; i++)
    if (repr_stack.items[i] == o) return 1;
  if (repr_stack.len == repr_stack.cap) {
    repr_stack.cap = repr_stack.cap ? repr_stack.cap * 2 : 16;
    repr_stack.items = yrt_realloc(repr_stack.items, (size_t)repr_stack.cap * sizeof(YObj *));
  }
  repr_stack.items[repr_stack.len++] = o;
  return 0;
}

void yrt_repr_leave(void) {
  if (--repr_stack.len == 0) {
    free(repr_stack.items);
    repr_stack.items = NULL;
    repr_stack.cap = 0;
  }
}

int yrt_repr_enter_call(void) {
  if (yrt_enter_call() == 0) return 0;
  yrt_clear(&yrt_ts.exc); /* PyObject_Repr's message instead */
  yrt_raise_msg(&yrt_exc_RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object");
  return -1;
}

/* Is t one of CPython's builtin classes (module builtins)? */
static int builtin_class(const YType *t) {
  if (t->flags & YTF_HEAP) return 0;
  if (t->kind != YK_EXC) return 1;
#define YRT_BUILTIN_EXC(name, base) \
  if (t == &yrt_exc_##name) return 1;
#include "yrt_builtins.h"
  return 0;
}

static int repr_items(YBuf *b, const YValue *items, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i) yrt_buf_puts(b, ", ");
    if (yrt_buf_repr(b, items[i]) < 0) return -1;
  }
  return 0;
}

/* repr of a container (list, tuple, dict), with the recursion guards. */
static int repr_container(YBuf *b, YValue v) {
  YObj *o = v.u.o;
  YKind k = o->type->kind;
  if (yrt_repr_enter(o)) {
    yrt_buf_puts(b, k == YK_LIST ? "[...]" : k == YK_TUPLE ? "(...)" : "{...}");
    return 0;
  }
  if (yrt_repr_enter_call() < 0) {
    yrt_repr_leave();
    return -1;
  }
  int r = 0;
  if (k == YK_LIST) {
    /* Hold a reference: a repr cannot change the list at Level 1, but be safe. */
    YList *l = (YList *)o;
    yrt_buf_putc(b, '[');
    for (int64_t i = 0; r == 0 && i < l->len; i++) {
      if (i) yrt_buf_puts(b, ", ");
      YValue item = yrt_incref(l->items[i]);
      r = yrt_buf_repr(b, item);
      yrt_decref(item);
    }
    yrt_buf_putc(b, ']');
  } else if (k == YK_TUPLE) {
    YTuple *t = (YTuple *)o;
    yrt_buf_putc(b, '(');
    r = repr_items(b, t->items, t->len);
    if (t->len == 1) yrt_buf_putc(b, ',');
    yrt_buf_putc(b, ')');
  } else {
    YDict *d = (YDict *)o;
    int first = 1;
    yrt_buf_putc(b, '{');
    for (int64_t i = 0; r == 0 && i < d->n; i++) {
      DictEntry *e = &d->entries[i];
      if (e->key.tag == YT_UNBOUND) continue;
      if (!first) yrt_buf_puts(b, ", ");
      first = 0;
      YValue key = yrt_incref(e->key), val = yrt_incref(e->value);
      r = yrt_buf_repr(b, key);
      if (r == 0) {
        yrt_buf_puts(b, ": ");
        r = yrt_buf_repr(b, val);
      }
      yrt_decref(key);
      yrt_decref(val);
    }
    yrt_buf_putc(b, '}');
  }
  yrt_leave_call();
  yrt_repr_leave();
  return r;
}

/* Append a str value produced by f(v) (owned) to b. */
/* repr() or str() of an instance of a program's class: its __repr__ or
 * __str__ (which must return a str), else object's or BaseException's. */
static YValue heap_repr(YValue v, YName n) {
  YValue r = yrt_special(v, n, 0, NULL);
  if (YIS_UNBOUND(r)) {
    if (n == YN___str__) {
      if (v.u.o->type->kind == YK_EXC && YIS_UNBOUND(yrt_special_find(v, YN___repr__))) return yrt_exc_str(v);
      return heap_repr(v, YN___repr__);
    }
    return v.u.o->type->kind == YK_EXC ? yrt_exc_repr(v) : yrt_default_repr(v);
  }
  if (YIS_ERR(r) || yrt_is_str(r)) return r;
  const char *tn = yrt_tname(r);
  yrt_decref(r);
  return yrt_raise_msg(&yrt_exc_TypeError, "%s returned non-string (type %s)", yrt_name_str[n], tn);
}

static int put_result(YBuf *b, YValue s) {
  if (YIS_ERR(s)) return -1;
  if (s.tag == YT_OBJ && s.u.o->type == &yrt_type_str)
    yrt_buf_putn(b, ((YStr *)s.u.o)->data, (size_t)((YStr *)s.u.o)->len);
  yrt_decref(s);
  return 0;
}

int yrt_buf_repr(YBuf *b, YValue v) {
  char tmp[64];
  switch (v.tag) {
  case YT_NONE: yrt_buf_puts(b, "None"); return 0;
  case YT_BOOL: yrt_buf_puts(b, v.u.i ? "True" : "False"); return 0;
  case YT_INT: yrt_buf_printf(b, "%lld", (long long)v.u.i); return 0;
  case YT_FLOAT:
    yrt_float_repr(v.u.f, tmp, sizeof tmp);
    yrt_buf_puts(b, tmp);
    return 0;
  case YT_OBJ: break;
  default: yrt_buf_puts(b, "<unbound>"); return 0;
  }
  YObj *o = v.u.o;
  const YType *t = o->type;
  if (t->flags & YTF_HEAP) return put_result(b, heap_repr(v, YN___repr__));
  switch (t->kind) {
  case YK_INT: return put_result(b, yrt_int_repr(v));
  case YK_STR: repr_str(b, (const YStr *)o, 0); return 0;
  case YK_BYTES: yrt_bytes_repr(b, (const YBytes *)o); return 0;
  case YK_SLICE: return yrt_slice_repr(b, (const YSlice *)o);
  case YK_LIST:
  case YK_TUPLE:
  case YK_DICT: return repr_container(b, v);
  case YK_SET: return yrt_set_repr(b, v);
  case YK_MODULE: {
    const YModule *m = (const YModule *)o;
    if (m->file)
      yrt_buf_printf(b, "<module '%s' from '%s'>", m->name, m->file);
    else
      yrt_buf_printf(b, "<module '%s' (built-in)>", m->name);
    return 0;
  }
  case YK_RANGE: {
    const YRange *r = (const YRange *)o;
    if (r->big)
      yrt_bigrange_repr(b, r);
    else if (r->step == 1)
      yrt_buf_printf(b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
      yrt_buf_printf(b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                     (long long)r->step);
    return 0;
  }
  case YK_TYPE: {
    const YType *c = (const YType *)o;
    if (c->module && !(c->flags & YTF_HEAP))
      yrt_buf_printf(b, "<class '%s.%s'>", c->module, c->name);
    else if (c->flags & YTF_HEAP)
      yrt_buf_printf(b, "<class '%s.%s'>", yrt_heap_module(c), c->qualname ? c->qualname : c->name);
    else
      yrt_buf_printf(b, "<class '%s%s'>", builtin_class(c) ? "" : "__main__.", c->qualname ? c->qualname : c->name);
    return 0;
  }
  case YK_FUNC:
    yrt_buf_printf(b, "<function %s at %p>", yrt_func_qualname((YFunc *)o), (void *)o);
    return 0;
  case YK_BUILTIN:
    yrt_buf_printf(b, "<built-in function %s>", ((YBuiltin *)o)->name);
    return 0;
  case YK_METHOD: {
    YMethod *m = (YMethod *)o;
    const char *what = m->self.tag == YT_OBJ ? "object at" : "object";
    yrt_buf_printf(b, "<built-in method %s of %s%s%s %s", yrt_name_str[m->name], yrt_type_cprefix(yrt_typeof(m->self)),
                   yrt_type_cdot(yrt_typeof(m->self)), yrt_typeof(m->self)->name, what);
    if (m->self.tag == YT_OBJ) yrt_buf_printf(b, " %p", (void *)m->self.u.o);
    yrt_buf_putc(b, '>');
    return 0;
  }
  case YK_CELL: {
    YCell *c = (YCell *)o;
    yrt_buf_printf(b, "<cell at %p: ", (void *)o);
    if (YIS_UNBOUND(c->v))
      yrt_buf_puts(b, "empty>");
    else if (c->v.tag == YT_OBJ)
      yrt_buf_printf(b, "%s object at %p>", c->v.u.o->type->name, (void *)c->v.u.o);
    else
      yrt_buf_printf(b, "%s object>", yrt_typeof(c->v)->name);
    return 0;
  }
  case YK_GEN: return put_result(b, yrt_gen_repr((YGen *)o));
  case YK_EXC: return put_result(b, yrt_exc_repr(v));
  default: {
    const YTypeEx *ex = yrt_type_slots(o);
    if (ex && ex->repr) return put_result(b, ex->repr(o));
    yrt_buf_printf(b, "<%s object at %p>", t->name, (void *)o);
    return 0;
  }
  }
}

int yrt_buf_str(YBuf *b, YValue v) {
  if (v.tag == YT_OBJ) {
    if (v.u.o->type == &yrt_type_str) {
      yrt_buf_putn(b, ((YStr *)v.u.o)->data, (size_t)((YStr *)v.u.o)->len);
      return 0;
    }
    if (v.u.o->type->flags & YTF_HEAP) return put_result(b, heap_repr(v, YN___str__));
    if (v.u.o->type->kind == YK_EXC) return put_result(b, yrt_exc_str(v));
  }
  return yrt_buf_repr(b, v);
}

static YStr s_true = YRT_STR_LIT("True", 4, 4);
static YStr s_false = YRT_STR_LIT("False", 5, 5);
static YStr s_none = YRT_STR_LIT("None", 4, 4);

YValue yrt_repr(YValue v) {
  /* The common scalars without a buffer. */
  switch (v.tag) {
  case YT_INT: {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v.u.i);
    return yrt_str_new(tmp, n);
  }
  case YT_BOOL: return yobj(v.u.i ? &s_true : &s_false);
  case YT_NONE: return yobj(&s_none);
  default:
    if (yrt_is_big(v)) return yrt_int_repr(v);
    break;
  }
  YBuf b = {0};
  if (yrt_buf_repr(&b, v) < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  return yrt_buf_finish(&b);
}

YValue yrt_str(YValue v) {
  if (v.tag == YT_OBJ && v.u.o->type == &yrt_type_str) return yrt_incref(v);
  if (yrt_heap_obj(v)) return heap_repr(v, YN___str__);
  if (v.tag == YT_OBJ && v.u.o->type->kind == YK_EXC) return yrt_exc_str(v);
  return yrt_repr(v);
}

YValue yrt_ascii(YValue v) {
  YBuf b = {0};
  int r;
  if (v.tag == YT_OBJ && v.u.o->type == &yrt_type_str) {
    repr_str(&b, (const YStr *)v.u.o, 1);
    r = 0;
  } else {
    r = yrt_buf_repr(&b, v);
  }
  if (r < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  /* Escape whatever non-ASCII text nested reprs produced. */
  YBuf out = {0};
  for (size_t i = 0; i < b.len;) {
    int n;
    uint32_t c = yrt_utf8_decode(b.data + i, &n);
    if (c < 0x80)
      yrt_buf_putc(&out, (char)c);
    else if (c < 0x100)
      yrt_buf_printf(&out, "\\x%02x", c);
    else if (c < 0x10000)
      yrt_buf_printf(&out, "\\u%04x", c);
    else
      yrt_buf_printf(&out, "\\U%08x", c);
    i += (size_t)n;
  }
  yrt_buf_free(&b);
  return yrt_buf_finish(&out);
}

int yrt_write_str(FILE *f, YValue v) {
  if (v.tag == YT_OBJ && v.u.o->type == &yrt_type_str) {
    const YStr *s = (const YStr *)v.u.o;
    fwrite(s->data, 1, (size_t)s->len, f);
    return 0;
  }
  YBuf b = {0};
  if (yrt_buf_str(&b, v) < 0) {
    yrt_buf_free(&b);
    return -1;
  }
  if (b.len) fwrite(b.data, 1, b.len, f);
  yrt_buf_free(&b);
  return 0;
}

/* ===================================================================== */
/* Format specs                                                           */
/* ===================================================================== */

typedef struct Spec {
  uint32_t fill;   /* the fill code point */
  char align;      /* '<', '>', '^', '=' */
  char sign;       /* 0, '+', '-', ' ' */
  int no_neg_0;    /* 'z' */
  int alt;         /* '#' */
  int64_t width;   /* -1: none */
  char grouping;   /* 0, ',' or '_' */
  int group4;      /* '_' with b/o/x/X: every four digits */
  int64_t prec;    /* -1: none */
  uint32_t type;   /* 0: none */
} Spec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static YValue format_error(const char *fmt, ...) YRT_PRINTF(1, 2);
static YValue format_error(const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return yrt_raise_msg(&yrt_exc_ValueError, "%s", msg);
}

/* Read decimal digits at *p: 1 if any, 0 if none, -1 on overflow. */
static int spec_int(const char **p, const char *end, int64_t *out) {
  int64_t v = 0;
  int n = 0;
  while (*p < end && **p >= '0' && **p <= '9') {
    if (v > (INT64_MAX - (**p - '0')) / 10) {
      yrt_raise_msg(&yrt_exc_ValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  *out = v;
  return n > 0;
}

/* parse_internal_render_format_spec (Python/formatter_unicode.c). */
static int parse_spec(const YStr *specstr, const char *tn, char default_type, char default_align,
                      Spec *sp) {
  const char *p = specstr->data, *end = p + specstr->len;
  sp->fill = ' ';
  sp->align = default_align;
  sp->sign = 0;
  sp->no_neg_0 = 0;
  sp->alt = 0;
  sp->width = -1;
  sp->grouping = 0;
  sp->group4 = 0;
  sp->prec = -1;
  sp->type = (uint32_t)(unsigned char)default_type;
  int fill_given = 0, align_given = 0, n0 = 0;
  uint32_t c0 = p < end ? yrt_utf8_decode(p, &n0) : 0;
  if (p + n0 < end && is_align((unsigned char)p[n0])) {
    sp->fill = c0;
    sp->align = p[n0];
    fill_given = align_given = 1;
    p += n0 + 1;
  } else if (p < end && is_align((unsigned char)*p)) {
    sp->align = *p++;
    align_given = 1;
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
  if (p < end && *p == 'z') {
    sp->no_neg_0 = 1;
    p++;
  }
  if (p < end && *p == '#') {
    sp->alt = 1;
    p++;
  }
  if (!fill_given && p < end && *p == '0') {
    sp->fill = '0';
    if (!align_given && default_align == '>') sp->align = '=';
    p++;
  }
  int r = spec_int(&p, end, &sp->width);
  if (r < 0) return -1;
  if (r == 0) sp->width = -1;
  if (p < end && *p == ',') {
    sp->grouping = ',';
    p++;
  }
  if (p < end && *p == '_') {
    if (sp->grouping) goto both;
    sp->grouping = '_';
    p++;
  }
  if (p < end && *p == ',' && sp->grouping == '_') goto both;
  if (p < end && *p == '.') {
    p++;
    r = spec_int(&p, end, &sp->prec);
    if (r < 0) return -1;
    if (r == 0) {
      format_error("Format specifier missing precision");
      return -1;
    }
  }
  if (end - p > 1) {
    format_error("Invalid format specifier '%s' for object of type '%s'", specstr->data, tn);
    return -1;
  }
  if (end - p == 1) {
    int n;
    sp->type = yrt_utf8_decode(p, &n);
  }
  if (sp->grouping) {
    switch (sp->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      break;
    case 'b': case 'o': case 'x': case 'X':
      if (sp->grouping == '_') {
        sp->group4 = 1;
        break;
      }
      /* fall through */
    default:
      if (sp->type > 32 && sp->type < 128)
        format_error("Cannot specify '%c' with '%c'.", sp->grouping, (char)sp->type);
      else
        format_error("Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)sp->type);
      return -1;
    }
  }
  return 0;
both:
  format_error("Cannot specify both ',' and '_'.");
  return -1;
}

static YValue unknown_code(uint32_t type, const char *tn) {
  if (type > 32 && type < 128)
    return format_error("Unknown format code '%c' for object of type '%s'", (char)type, tn);
  return format_error("Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, tn);
}

static void put_fill(YBuf *b, uint32_t fill, int64_t n) {
  for (int64_t i = 0; i < n; i++) yrt_buf_putcp(b, fill);
}

/* The bytes of n fill characters (saturating: a width is below 2**63). */
static uint64_t fill_bytes(uint32_t fill, int64_t n) {
  uint64_t per = fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
  return (uint64_t)n > UINT64_MAX / 4 ? UINT64_MAX / 2 : (uint64_t)n * per;
}

/* CPython's calc_number_widths + fill_number: lay out a number given its
 * sign ('-' or 0), prefix ("0x"), integer digits (ASCII) and the rest
 * (decimal point, fraction, exponent, '%'; or the 'c' character). */
static YValue render_number(const Spec *sp, char sign_char, const char *prefix, const char *digits,
                            int64_t ndigits, const char *rest, int64_t nrest_bytes,
                            int64_t nrest_chars) {
  char sign = 0;
  if (sp->sign == '+')
    sign = sign_char == '-' ? '-' : '+';
  else if (sp->sign == ' ')
    sign = sign_char == '-' ? '-' : ' ';
  else if (sign_char == '-')
    sign = '-';
  int64_t nprefix = (int64_t)strlen(prefix);
  int64_t non_digit = (sign != 0) + nprefix + nrest_chars;
  int64_t min_width = sp->fill == '0' && sp->align == '=' ? sp->width - non_digit : 0;

  /* The digits, grouped and zero-extended to min_width, built right to
   * left: at most min_width, or the digits and a separator per digit. */
  int group = sp->grouping ? (sp->group4 ? 4 : 3) : 0;
  char sepc = sp->grouping;
  uint64_t cap64 = (uint64_t)ndigits * 2 + (uint64_t)(min_width > 0 ? min_width : 0) + 8;
  char *g = cap64 < MAX_ALLOC ? malloc((size_t)cap64) : NULL;
  if (!g) return yrt_raise(yobj((void *)&yrt_exc_MemoryError));
  int64_t cap = (int64_t)cap64;
  int64_t gl = cap; /* g[gl..cap) is the output so far */
  if (ndigits > 0) {
    int64_t remaining = ndigits, mw = min_width;
    const char *src = digits + ndigits;
    int first = 1;
    if (group) {
      for (;;) {
        int64_t l = remaining > mw ? remaining : mw;
        if (l < 1) l = 1;
        if (l > group) l = group;
        int64_t nzeros = l - remaining > 0 ? l - remaining : 0;
        int64_t nchars = remaining < l ? remaining : l;
        if (nchars < 0) nchars = 0;
        if (!first) g[--gl] = sepc;
        first = 0;
        for (int64_t i = 0; i < nchars; i++) g[--gl] = *--src;
        for (int64_t i = 0; i < nzeros; i++) g[--gl] = '0';
        remaining -= nchars;
        mw -= group;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;
      }
    } else {
      for (int64_t i = 0; i < ndigits; i++) g[--gl] = *--src;
      for (int64_t i = ndigits; i < mw; i++) g[--gl] = '0';
    }
  }
  int64_t ngrouped = cap - gl;
  int64_t total = non_digit + ngrouped;
  int64_t pad = sp->width > total ? sp->width - total : 0;
  int64_t lpad = 0, spad = 0, rpad = 0;
  switch (sp->align) {
  case '<': rpad = pad; break;
  case '^': lpad = pad / 2; rpad = pad - lpad; break;
  case '=': spad = pad; break;
  default: lpad = pad; break;
  }
  YBuf b = {0};
  if (buf_room(&b, fill_bytes(sp->fill, pad) + (uint64_t)ngrouped + (uint64_t)nrest_bytes + 8) < 0) {
    free(g);
    return YERROR;
  }
  put_fill(&b, sp->fill, lpad);
  if (sign) yrt_buf_putc(&b, sign);
  yrt_buf_puts(&b, prefix);
  put_fill(&b, sp->fill, spad);
  yrt_buf_putn(&b, g + gl, (size_t)ngrouped);
  yrt_buf_putn(&b, rest, (size_t)nrest_bytes);
  put_fill(&b, sp->fill, rpad);
  free(g);
  return yrt_buf_finish(&b);
}

/* A float (or an int converted to float) with a spec. */
static YValue format_float(double x, Spec *sp) {
  uint32_t type = sp->type;
  int64_t prec = sp->prec;
  int add_dot_0 = 0, add_pct = 0;
  int default_prec = 6;
  if (prec > 0x7fffffff) return format_error("precision too big");
  if (type == 0) {
    add_dot_0 = 1;
    type = 'r';
    default_prec = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = 1;
  }
  if (prec < 0)
    prec = default_prec;
  else if (type == 'r')
    type = 'g';
  int upper = type == 'E' || type == 'F' || type == 'G';
  char code = (char)(upper ? type + 32 : type);
  YBuf num = {0};
  int neg;
  if (float_format(&num, x, code, prec, add_dot_0, sp->alt, sp->no_neg_0, upper, &neg) < 0) {
    yrt_buf_free(&num);
    return YERROR;
  }
  if (add_pct) yrt_buf_putc(&num, '%');
  yrt_buf_putc(&num, '\0');
  /* Split into leading digits and the rest. */
  int64_t nd = 0;
  while (num.data[nd] >= '0' && num.data[nd] <= '9') nd++;
  int64_t nrest = (int64_t)num.len - 1 - nd;
  YValue r = render_number(sp, neg ? '-' : 0, "", num.data, nd, num.data + nd, nrest, nrest);
  yrt_buf_free(&num);
  return r;
}

/* An int of any size (or a bool) with a spec. */
static YValue format_int(YValue v, Spec *sp, const char *tn) {
  uint32_t type = sp->type;
  switch (type) {
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double f;
    if (yrt_int_to_double(v, &f) < 0) return YERROR;
    return format_float(f, sp);
  }
  default: return unknown_code(type, tn);
  }
  if (sp->prec != -1) return format_error("Precision not allowed in integer format specifier");
  if (sp->no_neg_0)
    return format_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (type == 'c') {
    if (sp->sign) return format_error("Sign not allowed with integer format specifier 'c'");
    if (sp->alt)
      return format_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (yrt_is_big(v))
      return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C long");
    if (v.u.i < 0 || v.u.i > 0x10FFFF)
      return yrt_raise_msg(&yrt_exc_OverflowError, "%%c arg not in range(0x110000)");
    YBuf ch = {0};
    yrt_buf_putcp(&ch, (uint32_t)v.u.i);
    YValue r = render_number(sp, 0, "", "", 0, ch.data, (int64_t)ch.len, 1);
    yrt_buf_free(&ch);
    return r;
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  const char *prefix = "";
  if (sp->alt)
    prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  if (yrt_is_big(v)) {
    size_t n;
    int neg;
    char *digits = yrt_int_digits(v, base, type == 'X', &n, &neg);
    if (!digits) return YERROR;
    YValue r = render_number(sp, neg ? '-' : 0, prefix, digits, (int64_t)n, "", 0, 0);
    free(digits);
    return r;
  }
  uint64_t m = v.u.i < 0 ? 0 - (uint64_t)v.u.i : (uint64_t)v.u.i;
  const char *digs = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  char buf[72];
  int n = 72;
  do {
    buf[--n] = digs[m % (uint64_t)base];
    m /= (uint64_t)base;
  } while (m);
  return render_number(sp, v.u.i < 0 ? '-' : 0, prefix, buf + n, 72 - n, "", 0, 0);
}

static YValue format_str(const YStr *s, Spec *sp, const char *tn) {
  if (sp->type != 's') return unknown_code(sp->type, tn);
  if (sp->sign == ' ') return format_error("Space not allowed in string format specifier");
  if (sp->sign) return format_error("Sign not allowed in string format specifier");
  if (sp->no_neg_0)
    return format_error("Negative zero coercion (z) not allowed in string format specifier");
  if (sp->alt) return format_error("Alternate form (#) not allowed in string format specifier");
  if (sp->align == '=')
    return format_error("'=' alignment not allowed in string format specifier");
  int64_t nchars = s->nchars, nbytes = s->len;
  if (sp->prec >= 0 && sp->prec < nchars) {
    nchars = sp->prec;
    if (s->nchars == s->len) {
      nbytes = nchars;
    } else {
      nbytes = 0;
      for (int64_t i = 0; i < nchars; i++) {
        int n;
        yrt_utf8_decode(s->data + nbytes, &n);
        nbytes += n;
      }
    }
  }
  int64_t pad = sp->width > nchars ? sp->width - nchars : 0;
  if (pad == 0 && nbytes == s->len) return yrt_incref(yobj((YStr *)s));
  int64_t lpad = 0, rpad = 0;
  if (sp->align == '>')
    lpad = pad;
  else if (sp->align == '^')
    lpad = pad / 2, rpad = pad - lpad;
  else
    rpad = pad;
  YBuf b = {0};
  if (buf_room(&b, fill_bytes(sp->fill, pad) + (uint64_t)nbytes) < 0) return YERROR;
  put_fill(&b, sp->fill, lpad);
  yrt_buf_putn(&b, s->data, (size_t)nbytes);
  put_fill(&b, sp->fill, rpad);
  return yrt_buf_finish(&b);
}

YValue yrt_format(YValue v, YValue spec) {
  if (spec.tag != YT_OBJ || spec.u.o->type != &yrt_type_str)
    return yrt_raise_msg(&yrt_exc_TypeError, "format() argument 2 must be str, not %s",
                         yrt_typeof(spec)->name);
  const YStr *ss = (const YStr *)spec.u.o;
  if (yrt_heap_obj(v)) {
    YValue r = yrt_special(v, YN___format__, 1, &spec);
    if (YIS_UNBOUND(r)) {
      if (ss->len == 0) return yrt_str(v);
      return yrt_raise_msg(&yrt_exc_TypeError, "unsupported format string passed to %s.__format__",
                           v.u.o->type->name);
    }
    if (YIS_ERR(r) || yrt_is_str(r)) return r;
    const char *tn = yrt_tname(r);
    yrt_decref(r);
    return yrt_raise_msg(&yrt_exc_TypeError, "__format__ must return a str, not %s", tn);
  }
  if (ss->len == 0) return yrt_str(v);
  const char *tn = yrt_typeof(v)->name;
  Spec sp;
  if (yrt_is_int(v)) {
    if (parse_spec(ss, tn, 'd', '>', &sp) < 0) return YERROR;
    return format_int(v, &sp, tn);
  }
  switch (v.tag) {
  case YT_FLOAT:
    if (parse_spec(ss, tn, 0, '>', &sp) < 0) return YERROR;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float(v.u.f, &sp);
    default: return unknown_code(sp.type, tn);
    }
  case YT_OBJ:
    if (v.u.o->type == &yrt_type_str) {
      if (parse_spec(ss, tn, 's', '<', &sp) < 0) return YERROR;
      return format_str((const YStr *)v.u.o, &sp, tn);
    }
    break;
  default: break;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "unsupported format string passed to %s.__format__",
                       tn);
}

/* ===================================================================== */
/* str.format                                                             */
/* ===================================================================== */

typedef struct FmtState {
  int auto_num;   /* -1 unknown, 1 automatic numbering, 0 manual */
  int next;       /* the next automatic index */
  int argc;
  const YValue *argv;
  int nkw;              /* keyword arguments: their values follow argv[argc - 1] */
  YStr *const *kwnames; /* their names */
  YValue map;           /* format_map's mapping (YUNBOUND: none) */
} FmtState;

/* The value of the named field `name` (owned): a keyword argument or an
 * item of format_map's mapping; KeyError(name) otherwise. */
static YValue named_field(FmtState *st, const char *name, size_t len) {
  for (int k = 0; k < st->nkw; k++)
    if ((size_t)st->kwnames[k]->len == len && memcmp(st->kwnames[k]->data, name, len) == 0)
      return yrt_incref(st->argv[st->argc + k]);
  YValue key = yrt_str_new(name, (int64_t)len);
  if (!YIS_UNBOUND(st->map)) {
    YValue v = yrt_getitem(st->map, key);
    yrt_decref(key);
    return v;
  }
  YValue e = yrt_exc_new(&yrt_exc_KeyError, 1, &key);
  yrt_decref(key);
  if (!YIS_ERR(e)) {
    yrt_raise(e);
    yrt_decref(e);
  }
  return YERROR;
}

/* The value a field name refers to (owned). */
static YValue field_value(FmtState *st, const char *name, size_t len) {
  size_t i = 0;
  YValue v;
  while (i < len && name[i] != '.' && name[i] != '[') i++;
  if (i == 0) {
    if (st->auto_num == 0)
      return format_error("cannot switch from manual field specification to automatic field numbering");
    st->auto_num = 1;
    int idx = st->next++;
    if (idx >= st->argc)
      return yrt_raise_msg(&yrt_exc_IndexError,
                           "Replacement index %d out of range for positional args tuple", idx);
    v = yrt_incref(st->argv[idx]);
  } else {
    int all_digits = 1;
    long long idx = 0;
    for (size_t k = 0; k < i; k++) {
      if (name[k] < '0' || name[k] > '9') {
        all_digits = 0;
        break;
      }
      if (idx < 100000000) idx = idx * 10 + (name[k] - '0');
    }
    if (!all_digits) {
      v = named_field(st, name, i);
      if (YIS_ERR(v)) return v;
      goto rest;
    }
    if (st->auto_num == 1)
      return format_error("cannot switch from automatic field numbering to manual field specification");
    st->auto_num = 0;
    if (idx >= st->argc)
      return yrt_raise_msg(&yrt_exc_IndexError,
                           "Replacement index %lld out of range for positional args tuple", idx);
    v = yrt_incref(st->argv[idx]);
  }
rest:
  /* .attr and [key] */
  while (i < len) {
    YValue nv;
    if (name[i] == '.') {
      size_t s = ++i;
      while (i < len && name[i] != '.' && name[i] != '[') i++;
      YValue attr = yrt_str_new(name + s, (int64_t)(i - s));
      nv = yrt_getattr_str(v, attr);
      yrt_decref(attr);
    } else {
      size_t s = ++i;
      while (i < len && name[i] != ']') i++;
      if (i >= len) {
        yrt_decref(v);
        return format_error("Missing ']' in format string");
      }
      YValue key;
      int digits = i > s;
      int64_t k = 0;
      for (size_t j = s; j < i; j++) {
        if (name[j] < '0' || name[j] > '9') digits = 0;
        else if (k < 100000000) k = k * 10 + (name[j] - '0');
      }
      key = digits ? yint(k) : yrt_str_new(name + s, (int64_t)(i - s));
      i++;
      nv = yrt_getitem(v, key);
      yrt_decref(key);
    }
    yrt_decref(v);
    if (YIS_ERR(nv)) return nv;
    v = nv;
  }
  return v;
}

static int format_into(YBuf *out, FmtState *st, const char *s, size_t len, int depth);

/* One replacement field s[0..len) (without the braces). */
static int format_field(YBuf *out, FmtState *st, const char *s, size_t len, int depth) {
  size_t i = 0;
  /* The field name ends at '!' or ':' outside brackets. */
  int in_bracket = 0;
  while (i < len) {
    if (s[i] == '[') in_bracket = 1;
    else if (s[i] == ']') in_bracket = 0;
    else if (!in_bracket && (s[i] == '!' || s[i] == ':')) break;
    i++;
  }
  size_t name_len = i;
  char conv = 0;
  if (i < len && s[i] == '!') {
    if (i + 1 >= len) {
      format_error("end of string while looking for conversion specifier");
      return -1;
    }
    conv = s[i + 1];
    i += 2;
    if (i < len && s[i] != ':') {
      format_error("expected ':' after conversion specifier");
      return -1;
    }
  }
  const char *spec = "";
  size_t spec_len = 0;
  if (i < len && s[i] == ':') {
    spec = s + i + 1;
    spec_len = len - i - 1;
  }
  YValue v = field_value(st, s, name_len);
  if (YIS_ERR(v)) return -1;
  if (conv) {
    YValue c;
    switch (conv) {
    case 'r': c = yrt_repr(v); break;
    case 's': c = yrt_str(v); break;
    case 'a': c = yrt_ascii(v); break;
    default:
      yrt_decref(v);
      if ((unsigned char)conv > 32 && (unsigned char)conv < 128)
        format_error("Unknown conversion specifier %c", conv);
      else
        format_error("Unknown conversion specifier \\x%x", (unsigned char)conv);
      return -1;
    }
    yrt_decref(v);
    if (YIS_ERR(c)) return -1;
    v = c;
  }
  /* The spec may itself contain replacement fields. */
  YBuf sb = {0};
  if (format_into(&sb, st, spec, spec_len, depth + 1) < 0) {
    yrt_buf_free(&sb);
    yrt_decref(v);
    return -1;
  }
  YValue specv = yrt_buf_finish(&sb);
  YValue r = yrt_format(v, specv);
  yrt_decref(specv);
  yrt_decref(v);
  return put_result(out, r);
}

static int format_into(YBuf *out, FmtState *st, const char *s, size_t len, int depth) {
  if (depth > 2) {
    format_error("Max string recursion exceeded");
    return -1;
  }
  size_t i = 0;
  while (i < len) {
    char c = s[i];
    if (c == '{') {
      if (i + 1 < len && s[i + 1] == '{') {
        yrt_buf_putc(out, '{');
        i += 2;
        continue;
      }
      /* Find the matching '}' (nested braces belong to the spec). */
      size_t j = i + 1;
      int level = 1;
      while (j < len) {
        if (s[j] == '{') level++;
        else if (s[j] == '}' && --level == 0) break;
        j++;
      }
      if (j >= len) {
        format_error(i + 1 >= len ? "Single '{' encountered in format string"
                                  : "expected '}' before end of string");
        return -1;
      }
      if (format_field(out, st, s + i + 1, j - i - 1, depth) < 0) return -1;
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < len && s[i + 1] == '}') {
        yrt_buf_putc(out, '}');
        i += 2;
        continue;
      }
      format_error("Single '}' encountered in format string");
      return -1;
    } else {
      yrt_buf_putc(out, c);
      i++;
    }
  }
  return 0;
}

static YValue format_with(YValue fmt, FmtState st) {
  const YStr *f = (const YStr *)fmt.u.o;
  YBuf b = {0};
  if (format_into(&b, &st, f->data, (size_t)f->len, 0) < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  return yrt_buf_finish(&b);
}

YValue yrt_str_format_method(YValue fmt, int argc, const YValue *argv) {
  return format_with(fmt, (FmtState){-1, 0, argc, argv, 0, NULL, YUNBOUND});
}

YValue yrt_str_format_kw(YValue fmt, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return format_with(fmt, (FmtState){-1, 0, argc, argv, nkw, kwnames, YUNBOUND});
}

YValue yrt_str_format_map(YValue fmt, int argc, const YValue *argv) {
  if (yrt_args_one("str.format_map", argc) < 0) return YERROR;
  return format_with(fmt, (FmtState){-1, 0, 0, NULL, 0, NULL, argv[0]});
}

/* ===================================================================== */
/* printf-style formatting: str % args (CPython's PyUnicode_Format)        */
/* ===================================================================== */

enum { PF_LJUST = 1, PF_SIGN = 2, PF_BLANK = 4, PF_ALT = 8, PF_ZERO = 16 };

typedef struct PctState {
  YValue args;    /* the current arguments (a tuple, one value, or a dict value) */
  int owned;      /* args is a reference owned here (after a %(key)) */
  int64_t arglen; /* -1: args is a single value */
  int64_t argidx;
} PctState;

/* The next argument (borrowed), or YERROR. */
static YValue pct_next_arg(PctState *st) {
  if (st->argidx < st->arglen) {
    int64_t i = st->argidx++;
    if (st->arglen < 0) return st->args;
    return ((YTuple *)st->args.u.o)->items[i];
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "not enough arguments for format string");
}

/* Pad body (with its sign/prefix already in front, `lead` bytes of it) to
 * width: zeros after the lead, or spaces on the left or right.  0, or -1
 * and MemoryError. */
static int pct_pad(YBuf *out, const char *body, size_t len, int64_t nchars, size_t lead,
                   int flags, int64_t width, int zero_ok) {
  int64_t pad = width > nchars ? width - nchars : 0;
  if (buf_room(out, (uint64_t)pad + len) < 0) return -1;
  if (pad && (flags & PF_ZERO) && !(flags & PF_LJUST) && zero_ok) {
    yrt_buf_putn(out, body, lead);
    for (int64_t i = 0; i < pad; i++) yrt_buf_putc(out, '0');
    yrt_buf_putn(out, body + lead, len - lead);
    return 0;
  }
  if (!(flags & PF_LJUST))
    for (int64_t i = 0; i < pad; i++) yrt_buf_putc(out, ' ');
  yrt_buf_putn(out, body, len);
  if (flags & PF_LJUST)
    for (int64_t i = 0; i < pad; i++) yrt_buf_putc(out, ' ');
  return 0;
}

static int64_t count_chars(const char *s, size_t n) {
  int64_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* One conversion c of value v. */
static int pct_convert(YBuf *out, uint32_t c, YValue v, int flags, int64_t width, int64_t prec,
                       int64_t index) {
  const char *tn = yrt_typeof(v)->name;
  switch (c) {
  case 's':
  case 'r':
  case 'a': {
    YValue t = c == 's' ? yrt_str(v) : c == 'r' ? yrt_repr(v) : yrt_ascii(v);
    if (YIS_ERR(t)) return -1;
    const YStr *ts = (const YStr *)t.u.o;
    size_t len = (size_t)ts->len;
    int64_t nchars = ts->nchars;
    if (prec >= 0 && prec < nchars) {
      len = 0;
      for (int64_t i = 0; i < prec; i++) {
        int n;
        yrt_utf8_decode(ts->data + len, &n);
        len += (size_t)n;
      }
      nchars = prec;
    }
    int r = pct_pad(out, ts->data, len, nchars, 0, flags, width, 0);
    yrt_decref(t);
    return r;
  }
  case 'c': {
    YBuf ch = {0};
    if (yrt_is_int(v)) {
      if (yrt_is_big(v) || v.u.i < 0 || v.u.i > 0x10FFFF) {
        yrt_raise_msg(&yrt_exc_OverflowError, "%%c arg not in range(0x110000)");
        return -1;
      }
      yrt_buf_putcp(&ch, (uint32_t)v.u.i);
    } else if (v.tag == YT_OBJ && v.u.o->type == &yrt_type_str && ((YStr *)v.u.o)->nchars == 1) {
      yrt_buf_putn(&ch, ((YStr *)v.u.o)->data, (size_t)((YStr *)v.u.o)->len);
    } else {
      yrt_raise_msg(&yrt_exc_TypeError, "%%c requires int or char");
      return -1;
    }
    int r = pct_pad(out, ch.data, ch.len, 1, 0, flags, width, 0);
    yrt_buf_free(&ch);
    return r;
  }
  case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
    YValue iv; /* the int, owned */
    if (yrt_is_int(v)) {
      iv = yrt_incref(v);
    } else if (v.tag == YT_FLOAT && (c == 'd' || c == 'i' || c == 'u')) {
      iv = yrt_call(yobj((void *)&yrt_type_int), 1, &v);
      if (YIS_ERR(iv)) return -1;
    } else {
      yrt_raise_msg(&yrt_exc_TypeError, "%%%c format: %s is required, not %s", (char)c,
                    (c == 'x' || c == 'X' || c == 'o') ? "an integer" : "a real number", tn);
      return -1;
    }
    int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    size_t ndig;
    int neg;
    char *digits = yrt_int_digits(iv, base, c == 'X', &ndig, &neg);
    yrt_decref(iv);
    if (!digits) return -1;
    YBuf body = {0};
    if (neg)
      yrt_buf_putc(&body, '-');
    else if (flags & PF_SIGN)
      yrt_buf_putc(&body, '+');
    else if (flags & PF_BLANK)
      yrt_buf_putc(&body, ' ');
    if ((flags & PF_ALT) && base != 10) yrt_buf_puts(&body, c == 'o' ? "0o" : c == 'x' ? "0x" : "0X");
    size_t lead = body.len;
    if (prec > 0 && buf_room(&body, (uint64_t)prec + ndig + 8) < 0) {
      free(digits);
      yrt_buf_free(&body);
      return -1;
    }
    for (int64_t i = (int64_t)ndig; i < prec; i++) yrt_buf_putc(&body, '0');
    yrt_buf_putn(&body, digits, ndig);
    free(digits);
    int r = pct_pad(out, body.data, body.len, (int64_t)body.len, lead, flags, width, 1);
    yrt_buf_free(&body);
    return r;
  }
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
    double x;
    if (v.tag == YT_FLOAT) {
      x = v.u.f;
    } else if (yrt_is_int(v)) {
      if (yrt_int_to_double(v, &x) < 0) return -1;
    } else {
      yrt_raise_msg(&yrt_exc_TypeError, "must be real number, not %s", tn);
      return -1;
    }
    int upper = c == 'E' || c == 'F' || c == 'G';
    YBuf num = {0}, body = {0};
    int neg;
    if (float_format(&num, x, (char)(upper ? c + 32 : c), prec < 0 ? 6 : prec, 0,
                     (flags & PF_ALT) != 0, 0, upper, &neg) < 0 ||
        buf_room(&body, num.len + 1) < 0) {
      yrt_buf_free(&num);
      return -1;
    }
    if (neg)
      yrt_buf_putc(&body, '-');
    else if (flags & PF_SIGN)
      yrt_buf_putc(&body, '+');
    else if (flags & PF_BLANK)
      yrt_buf_putc(&body, ' ');
    size_t lead = body.len;
    yrt_buf_putn(&body, num.data, num.len);
    int r = pct_pad(out, body.data, body.len, (int64_t)body.len, lead, flags, width, 1);
    yrt_buf_free(&num);
    yrt_buf_free(&body);
    return r;
  }
  default:
    format_error("unsupported format character '%c' (0x%x) at index %lld",
                 c >= 32 && c < 127 ? (char)c : '?', (unsigned)c, (long long)index);
    return -1;
  }
}

/* An int from a '*' width or precision. */
static int pct_star(PctState *st, int64_t *out) {
  YValue v = pct_next_arg(st);
  if (YIS_ERR(v)) return -1;
  if (v.tag != YT_INT && v.tag != YT_BOOL) {
    yrt_raise_msg(&yrt_exc_TypeError, "* wants int");
    return -1;
  }
  *out = v.u.i;
  return 0;
}

/* Digits of a width (up to 2**63 - 1, as CPython's Py_ssize_t) or a
 * precision (up to 2**31 - 1, a C int) in the format string. */
static int pct_digits(const char **pp, const char *end, int64_t *index, int64_t *out,
                      const char *what) {
  int64_t v = 0, max = what[0] == 'w' ? INT64_MAX : 0x7fffffff;
  for (; *pp < end && **pp >= '0' && **pp <= '9'; (*pp)++, (*index)++) {
    if (v > (max - (**pp - '0')) / 10) {
      format_error("%s too big", what);
      return -1;
    }
    v = v * 10 + (**pp - '0');
  }
  *out = v;
  return 0;
}

YValue yrt_str_percent(YValue fmt, YValue args) {
  const YStr *f = (const YStr *)fmt.u.o;
  const char *p = f->data, *end = p + f->len;
  const YType *at = yrt_typeof(args);
  int is_tuple = at == &yrt_type_tuple;
  /* PyMapping_Check: anything subscriptable but a tuple or a str. */
  int is_map = at == &yrt_type_dict || at == &yrt_type_list || at == &yrt_type_range;
  PctState st = {args, 0, is_tuple ? ((YTuple *)args.u.o)->len : -1, is_tuple ? 0 : -2};
  YBuf out = {0};
  int64_t index = 0; /* the code point index of p, for error messages */
  while (p < end) {
    if (*p != '%') {
      const char *q = p;
      while (q < end && *q != '%') q++;
      yrt_buf_putn(&out, p, (size_t)(q - p));
      index += count_chars(p, (size_t)(q - p));
      p = q;
      continue;
    }
    p++, index++;
    if (p < end && *p == '%') {
      yrt_buf_putc(&out, '%');
      p++, index++;
      continue;
    }
    if (p < end && *p == '(') {
      const char *k = ++p;
      int depth = 1;
      while (p < end) {
        if (*p == '(') depth++;
        else if (*p == ')' && --depth == 0) break;
        p++;
      }
      if (p >= end) {
        format_error("incomplete format key");
        goto fail;
      }
      if (!is_map) {
        yrt_raise_msg(&yrt_exc_TypeError, "format requires a mapping");
        goto fail;
      }
      YValue key = yrt_str_new(k, p - k);
      YValue v = yrt_getitem(args, key);
      index += 1 + count_chars(k, (size_t)(p - k)) + 1;
      p++;
      yrt_decref(key);
      if (YIS_ERR(v)) goto fail;
      if (st.owned) yrt_decref(st.args);
      st.args = v;
      st.owned = 1;
      st.arglen = -1;
      st.argidx = -2;
    }
    int flags = 0;
    for (; p < end; p++, index++) {
      if (*p == '-') flags |= PF_LJUST;
      else if (*p == '+') flags |= PF_SIGN;
      else if (*p == ' ') flags |= PF_BLANK;
      else if (*p == '#') flags |= PF_ALT;
      else if (*p == '0') flags |= PF_ZERO;
      else break;
    }
    int64_t width = -1, prec = -1;
    if (p < end && *p == '*') {
      if (pct_star(&st, &width) < 0) goto fail;
      if (width < 0) {
        flags |= PF_LJUST;
        width = width == INT64_MIN ? INT64_MAX : -width;
      }
      p++, index++;
    } else if (p < end && *p >= '0' && *p <= '9') {
      if (pct_digits(&p, end, &index, &width, "width") < 0) goto fail;
    }
    if (p < end && *p == '.') {
      p++, index++;
      prec = 0;
      if (p < end && *p == '*') {
        if (pct_star(&st, &prec) < 0) goto fail;
        if (prec > 0x7fffffff) {
          yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
          goto fail;
        }
        if (prec < 0) prec = 0;
        p++, index++;
      } else if (pct_digits(&p, end, &index, &prec, "precision") < 0) {
        goto fail;
      }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++, index++;
    if (p >= end) {
      format_error("incomplete format");
      goto fail;
    }
    int n;
    uint32_t c = yrt_utf8_decode(p, &n);
    YValue v = pct_next_arg(&st);
    if (YIS_ERR(v)) goto fail;
    if (pct_convert(&out, c, v, flags, width, prec, index) < 0) goto fail;
    p += n;
    index++;
  }
  if (st.argidx < st.arglen && !is_map) {
    yrt_raise_msg(&yrt_exc_TypeError, "not all arguments converted during string formatting");
    goto fail;
  }
  if (st.owned) yrt_decref(st.args);
  return yrt_buf_finish(&out);
fail:
  if (st.owned) yrt_decref(st.args);
  yrt_buf_free(&out);
  return YERROR;
}
