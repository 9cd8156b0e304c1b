/*
 * bytes.c: bytes objects, their methods, bytes(), and the codecs that turn
 * str into bytes and back (str.encode, bytes.decode, bytes(s, encoding)).
 *
 * Design
 * ------
 * A bytes is a YBytes (yieldrt.h): a length, a cached hash and a pointer to
 * its bytes, which are followed by a NUL that the length does not count.
 * A bytes made at run time holds them inline, after the header, in the same
 * allocation (as str.c's YStr does); a literal of the generated code is a
 * static YRT_BYTES_LIT whose data is a C string literal.  Indexing gives an
 * int, iteration ints, slicing bytes; comparison is memcmp's order, then
 * the length, as CPython's.
 *
 * The codecs are the three CPython always has built in: UTF-8, ASCII and
 * Latin-1, under their usual aliases.  The UTF-8 decoder finds invalid input
 * as CPython's does (the maximal invalid prefix of a sequence, with its
 * three reasons), so UnicodeDecodeError's message, and what the 'replace'
 * and 'ignore' handlers do, are CPython's.  The handlers are strict,
 * ignore, replace and backslashreplace.  A UnicodeDecodeError or
 * UnicodeEncodeError carries its message as its one argument (CPython's has
 * five: encoding, object, start, end, reason), so str(e) is CPython's and
 * e.args is not.
 *
 * The methods follow CPython's argument checks and messages (each checked
 * against python3): the METH_O, METH_NOARGS, Argument Clinic and
 * PyArg_ParseTuple styles of func.c's yrt_args_*.
 */
#include "rt.h"

static YValue bytes_call(const YType *t, int argc, const YValue *argv);

YRT_DEFINE_TYPE(yrt_type_bytes, "bytes", &yrt_type_object, YK_BYTES, bytes_call);

static YBytes bytes_empty = YRT_BYTES_LIT("", 0);

YBytes *yrt_bytes_alloc(int64_t len) {
  YBytes *b = yrt_obj_new(&yrt_type_bytes, sizeof(YBytes) + (size_t)len + 1);
  b->len = len;
  b->hash = -1;
  b->data = yrt_bytes_buf(b);
  return b; /* zeroed, so NUL-terminated */
}

YValue yrt_bytes_new(const char *data, int64_t len) {
  if (len == 0) return yobj(&bytes_empty);
  YBytes *b = yrt_bytes_alloc(len);
  memcpy(yrt_bytes_buf(b), data, (size_t)len);
  return yobj(b);
}

/* The bytes of a YBuf as a bytes; frees the buffer. */
static YValue buf_bytes(YBuf *b) {
  YValue r = yrt_bytes_new(b->data, (int64_t)b->len);
  yrt_buf_free(b);
  return r;
}

/* bytes.isspace()'s whitespace: space, \t \n \v \f \r. */
static int is_ws(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* "a bytes-like object is required, not 'str'" */
static YValue need_bytes(YValue v) {
  return yrt_raise_msg(&yrt_exc_TypeError, "a bytes-like object is required, not '%s'", yrt_tname(v));
}

/* ===================================================================== */
/* The sequence protocol                                                  */
/* ===================================================================== */

YValue yrt_bytes_item(YValue b, YValue key) {
  const YBytes *s = YBYTES(b);
  if (yrt_is_big(key)) return yrt_index_overflow(&yrt_exc_IndexError);
  if (!yrt_is_intlike(key))
    return yrt_raise_msg(&yrt_exc_TypeError, "byte indices must be integers or slices, not %s", yrt_tname(key));
  int64_t i = key.u.i;
  if (yrt_norm_index(&i, s->len) < 0) return yrt_raise_msg(&yrt_exc_IndexError, "index out of range");
  return yint((unsigned char)s->data[i]);
}

YValue yrt_bytes_slice(YValue b, int64_t start, int64_t step, int64_t n) {
  const YBytes *s = YBYTES(b);
  if (step == 1) {
    if (n == s->len) return yrt_incref(b);
    return yrt_bytes_new(s->data + start, n);
  }
  if (n == 0) return yobj(&bytes_empty);
  YBytes *r = yrt_bytes_alloc(n);
  for (int64_t i = 0; i < n; i++) yrt_bytes_buf(r)[i] = s->data[start + i * step];
  return yobj(r);
}

/* A byte value argument (x in b, b.find(x)): 0..255, or -1 and ValueError. */
static int byte_value(YValue x) {
  if (yrt_is_intlike(x) && x.u.i >= 0 && x.u.i < 256) return (int)x.u.i;
  yrt_raise_msg(&yrt_exc_ValueError, "byte must be in range(0, 256)");
  return -1;
}

/* The first offset >= from of the n bytes sub in s[..end), or -1. */
static int64_t find_in(const YBytes *s, const char *sub, int64_t n, int64_t from, int64_t end) {
  return yrt_str_find_bytes(s->data, end, sub, n, from);
}

int yrt_bytes_contains(YValue b, YValue x) {
  const YBytes *s = YBYTES(b);
  if (yrt_is_int(x)) {
    int c = byte_value(x);
    if (c < 0) return -1;
    return s->len && memchr(s->data, c, (size_t)s->len) != NULL;
  }
  if (!yrt_is_bytes(x)) {
    need_bytes(x);
    return -1;
  }
  return find_in(s, YBYTES(x)->data, YBYTES(x)->len, 0, s->len) >= 0;
}

YValue yrt_bytes_concat(YValue a, YValue b) {
  if (!yrt_is_bytes(b)) return yrt_raise_msg(&yrt_exc_TypeError, "can't concat %s to bytes", yrt_tname(b));
  const YBytes *x = YBYTES(a), *y = YBYTES(b);
  if (y->len == 0) return yrt_incref(a);
  if (x->len == 0) return yrt_incref(b);
  YBytes *r = yrt_bytes_alloc(x->len + y->len);
  memcpy(yrt_bytes_buf(r), x->data, (size_t)x->len);
  memcpy(yrt_bytes_buf(r) + x->len, y->data, (size_t)y->len);
  return yobj(r);
}

YValue yrt_bytes_repeat(YValue b, int64_t n) {
  const YBytes *s = YBYTES(b);
  if (n < 0) n = 0;
  if (n == 1) return yrt_incref(b);
  if (n == 0 || s->len == 0) return yobj(&bytes_empty);
  if (s->len > INT64_MAX / 2 / n) return yrt_raise_msg(&yrt_exc_OverflowError, "repeated bytes are too long");
  YBytes *r = yrt_bytes_alloc(s->len * n);
  for (int64_t i = 0; i < n; i++) memcpy(yrt_bytes_buf(r) + i * s->len, s->data, (size_t)s->len);
  return yobj(r);
}

int yrt_bytes_cmp(const YBytes *a, const YBytes *b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = n ? memcmp(a->data, b->data, (size_t)n) : 0;
  if (c) return c;
  return a->len < b->len ? -1 : a->len > b->len;
}

int64_t yrt_bytes_hash(YBytes *b) {
  if (b->hash != -1) return b->hash;
  uint64_t h = 14695981039346656037ULL; /* FNV-1a, as str's */
  for (int64_t i = 0; i < b->len; i++) h = (h ^ (unsigned char)b->data[i]) * 1099511628211ULL;
  b->hash = (int64_t)(h >> 1);
  return b->hash;
}

/* ---- iteration ---------------------------------------------------------- */

static void bytes_iter_dealloc(YObj *o) {
  YIter *it = (YIter *)o;
  YValue src = it->src;
  free(it);
  yrt_decref(src);
}

static int bytes_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= YBYTES(it->src)->len) {
    yrt_clear(&it->src); /* exhausted: no longer keeps the bytes alive */
    *out = YNONE;
    return 0;
  }
  *out = yint((unsigned char)YBYTES(it->src)->data[it->pos++]);
  return 1;
}

static const YTypeEx bytes_iter_type = {YRT_TYPE_EX_HEAD("bytes_iterator", YK_ITER), bytes_iter_dealloc,
                                        bytes_iter_next, NULL, NULL, NULL, NULL, NULL};

YValue yrt_bytes_iter(YValue b) {
  YIter *it = yrt_obj_new(&bytes_iter_type.type, sizeof(YIter));
  it->src = yrt_incref(b);
  return yobj(it);
}

/* ---- repr --------------------------------------------------------------- */

void yrt_bytes_repr(YBuf *buf, const YBytes *b) {
  /* Single quotes, unless the bytes hold ' and no ". */
  char q = '\'';
  if (b->len && memchr(b->data, '\'', (size_t)b->len) && !memchr(b->data, '"', (size_t)b->len)) q = '"';
  yrt_buf_putc(buf, 'b');
  yrt_buf_putc(buf, q);
  for (int64_t i = 0; i < b->len; i++) {
    unsigned char c = (unsigned char)b->data[i];
    if (c == (unsigned char)q || c == '\\') {
      yrt_buf_putc(buf, '\\');
      yrt_buf_putc(buf, (char)c);
    } else if (c == '\t') {
      yrt_buf_puts(buf, "\\t");
    } else if (c == '\n') {
      yrt_buf_puts(buf, "\\n");
    } else if (c == '\r') {
      yrt_buf_puts(buf, "\\r");
    } else if (c < 0x20 || c >= 0x7f) {
      yrt_buf_printf(buf, "\\x%02x", c);
    } else {
      yrt_buf_putc(buf, (char)c);
    }
  }
  yrt_buf_putc(buf, q);
}

/* ===================================================================== */
/* Codecs                                                                 */
/* ===================================================================== */

/* The codecs yieldc has. */
typedef enum Codec {
  CODEC_UTF8,   /* 'utf-8' and its aliases */
  CODEC_ASCII,  /* 'ascii' */
  CODEC_LATIN1  /* 'latin-1' (ISO 8859-1) */
} Codec;
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* The error handlers yieldc has. */
typedef enum Handler {
  H_STRICT,          /* raise UnicodeDecodeError / UnicodeEncodeError */
  H_IGNORE,          /* drop what cannot be converted */
  H_REPLACE,         /* U+FFFD when decoding, '?' when encoding */
  H_BACKSLASHREPLACE /* \xhh, \uhhhh, \Uhhhhhhhh */
} Handler;

/* The codec named by enc (a str), as CPython's lookup normalises names:
 * case and '-'/'_'/' ' do not matter.  -1 and LookupError if unknown. */
static int codec_lookup(YValue enc, const char *func, Codec *out) {
  if (YIS_UNBOUND(enc) || YIS_NONE(enc)) {
    *out = CODEC_UTF8;
    return 0;
  }
  if (!yrt_is_str(enc)) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s argument 'encoding' must be str, not %s", func, yrt_tname(enc));
    return -1;
  }
  const YStr *s = YSTR(enc);
  char norm[32];
  size_t n = 0;
  for (int64_t i = 0; i < s->len && n + 1 < sizeof norm; i++) {
    char c = s->data[i];
    if (c == '-' || c == ' ') c = '_';
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    norm[n++] = c;
  }
  norm[n] = 0;
  static const struct { const char *name; Codec codec; } aliases[] = {
      {"utf_8", CODEC_UTF8},     {"utf8", CODEC_UTF8},        {"u8", CODEC_UTF8},
      {"utf", CODEC_UTF8},       {"cp65001", CODEC_UTF8},     {"ascii", CODEC_ASCII},
      {"us_ascii", CODEC_ASCII}, {"us", CODEC_ASCII},         {"646", CODEC_ASCII},
      {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},    {"latin", CODEC_LATIN1},
      {"l1", CODEC_LATIN1},      {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
      {"8859", CODEC_LATIN1},    {"cp819", CODEC_LATIN1},     {"iso8859", CODEC_LATIN1},
  };
  if ((int64_t)n == s->len)
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
      if (!strcmp(norm, aliases[i].name)) {
        *out = aliases[i].codec;
        return 0;
      }
  yrt_raise_msg(&yrt_exc_LookupError, "unknown encoding: %s", s->data);
  return -1;
}

/* The error handler named by errors, looked up (as CPython does) only when
 * an error needs it; -1 and LookupError if unknown. */
static int handler_lookup(YValue errors, Handler *out) {
  static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace"};
  const char *e = YIS_UNBOUND(errors) || YIS_NONE(errors) ? "strict" : YSTR(errors)->data;
  for (int i = 0; i < 4; i++)
    if (!strcmp(e, names[i])) {
      *out = (Handler)i;
      return 0;
    }
  yrt_raise_msg(&yrt_exc_LookupError, "unknown error handler name '%s'", e);
  return -1;
}

static int check_errors_arg(YValue errors, const char *func) {
  if (YIS_UNBOUND(errors) || YIS_NONE(errors) || yrt_is_str(errors)) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s argument 'errors' must be str, not %s", func, yrt_tname(errors));
  return -1;
}

/* How many bytes of invalid UTF-8 start at s[i] (i < n), as CPython's
 * decoder delimits them, and why; 0 (and *len the sequence's length) when
 * a valid sequence starts there. */
static int utf8_invalid(const unsigned char *s, int64_t i, int64_t n, int *len, const char **why) {
  unsigned c = s[i];
  if (c < 0x80) {
    *len = 1;
    return 0;
  }
  if (c < 0xC2 || c > 0xF4) {
    *why = "invalid start byte";
    return 1;
  }
  int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  for (int k = 1; k < need; k++) {
    if (i + k >= n) {
      *why = "unexpected end of data";
      return (int)(n - i);
    }
    unsigned b = s[i + k];
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
      *why = "invalid continuation byte";
      return k;
    }
  }
  *len = need;
  return 0;
}

/* b.decode(encoding, errors) */
static YValue decode(const YBytes *b, Codec codec, YValue errors) {
  const unsigned char *s = (const unsigned char *)b->data;
  int have_handler = 0;
  Handler h = H_STRICT;
  YBuf out = {0};
  int64_t nchars = 0;
  for (int64_t i = 0; i < b->len;) {
    int len = 1, bad = 0;
    const char *why = "ordinal not in range(128)";
    if (codec == CODEC_UTF8)
      bad = utf8_invalid(s, i, b->len, &len, &why);
    else if (codec == CODEC_ASCII)
      bad = s[i] >= 0x80;
    if (!bad) {
      if (codec == CODEC_LATIN1)
        yrt_buf_putcp(&out, s[i]);
      else
        yrt_buf_putn(&out, (const char *)s + i, (size_t)len);
      nchars++;
      i += len;
      continue;
    }
    if (!have_handler && handler_lookup(errors, &h) < 0) goto fail;
    have_handler = 1;
    switch (h) {
    case H_STRICT:
      if (bad == 1)
        yrt_raise_msg(&yrt_exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                      codec_names[codec], s[i], (long long)i, why);
      else
        yrt_raise_msg(&yrt_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                      codec_names[codec], (long long)i, (long long)(i + bad - 1), why);
      goto fail;
    case H_IGNORE: break;
    case H_REPLACE:
      yrt_buf_putcp(&out, 0xFFFD);
      nchars++;
      break;
    case H_BACKSLASHREPLACE:
      for (int k = 0; k < bad; k++) yrt_buf_printf(&out, "\\x%02x", s[i + k]);
      nchars += 4 * bad;
      break;
    }
    i += bad;
  }
  {
    YValue r = yrt_str_make(out.data ? out.data : "", (int64_t)out.len, nchars);
    yrt_buf_free(&out);
    return r;
  }
fail:
  yrt_buf_free(&out);
  return YERROR;
}

/* Can codec encode code point c? */
static int encodable(Codec codec, uint32_t c) {
  switch (codec) {
  case CODEC_UTF8: return c < 0xD800 || c > 0xDFFF;
  case CODEC_ASCII: return c < 0x80;
  case CODEC_LATIN1: return c < 0x100;
  }
  return 0;
}

/* A code point as CPython's encode errors show it: \xhh, \uhhhh, \Uhhhhhhhh. */
static void put_escaped(YBuf *b, uint32_t c) {
  yrt_buf_printf(b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
}

/* s.encode(encoding, errors) of a str. */
static YValue encode(const YStr *s, Codec codec, YValue errors) {
  int have_handler = 0;
  Handler h = H_STRICT;
  YBuf out = {0};
  int64_t ci = 0; /* the code point index of byte offset i */
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    if (encodable(codec, c)) {
      if (codec == CODEC_UTF8)
        yrt_buf_putn(&out, s->data + i, (size_t)n);
      else
        yrt_buf_putc(&out, (char)c);
      i += n;
      ci++;
      continue;
    }
    /* The run of code points the codec cannot encode. */
    int64_t j = i, cj = ci;
    while (j < s->len) {
      int m;
      uint32_t d = yrt_utf8_decode(s->data + j, &m);
      if (encodable(codec, d)) break;
      j += m;
      cj++;
    }
    if (!have_handler && handler_lookup(errors, &h) < 0) goto fail;
    have_handler = 1;
    const char *why = codec == CODEC_UTF8    ? "surrogates not allowed"
                      : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
    if (h == H_STRICT) {
      YBuf ch = {0};
      put_escaped(&ch, c);
      yrt_buf_putc(&ch, 0);
      if (cj - ci == 1)
        yrt_raise_msg(&yrt_exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s",
                      codec_names[codec], ch.data, (long long)ci, why);
      else
        yrt_raise_msg(&yrt_exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s",
                      codec_names[codec], (long long)ci, (long long)(cj - 1), why);
      yrt_buf_free(&ch);
      goto fail;
    }
    for (int64_t k = i; k < j;) {
      int m;
      uint32_t d = yrt_utf8_decode(s->data + k, &m);
      if (h == H_REPLACE) yrt_buf_putc(&out, '?');
      if (h == H_BACKSLASHREPLACE) put_escaped(&out, d);
      k += m;
    }
    i = j;
    ci = cj;
  }
  return buf_bytes(&out);
fail:
  yrt_buf_free(&out);
  return YERROR;
}

/* The codecs for file.c's text files (Codec and YCodec agree). */
int yrt_codec_lookup(YValue enc, const char *func, int *codec) {
  Codec c;
  if (codec_lookup(enc, func, &c) < 0) return -1;
  *codec = (int)c;
  return 0;
}
int yrt_codec_handler_check(YValue errors) {
  Handler h;
  return handler_lookup(errors, &h);
}
YValue yrt_codec_decode(int codec, const char *data, int64_t len, YValue errors) {
  YBytes b = {{YRT_IMMORTAL, &yrt_type_bytes}, len, -1, data};
  return decode(&b, (Codec)codec, errors);
}
YValue yrt_codec_encode(int codec, YValue s, YValue errors) { return encode(YSTR(s), (Codec)codec, errors); }
int yrt_utf8_invalid(const unsigned char *s, int64_t i, int64_t n, int *len, const char **why) {
  return utf8_invalid(s, i, n, len, why);
}

/* s.encode(encoding='utf-8', errors='strict') */
YValue yrt_str_encode(YValue s, int argc, const YValue *argv) {
  if (yrt_args_tuple("encode", argc, 0, 2) < 0) return YERROR;
  Codec codec;
  if (codec_lookup(argc > 0 ? argv[0] : YUNBOUND, "encode()", &codec) < 0) return YERROR;
  YValue errors = argc > 1 ? argv[1] : YUNBOUND;
  if (check_errors_arg(errors, "encode()") < 0) return YERROR;
  return encode(YSTR(s), codec, errors);
}

/* ===================================================================== */
/* bytes()                                                                */
/* ===================================================================== */

static YValue bytes_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 3) return yrt_raise_msg(&yrt_exc_TypeError, "bytes() takes at most 3 arguments (%d given)", argc);
  if (argc == 0) return yobj(&bytes_empty);
  YValue x = argv[0];
  if (argc > 1) {
    Codec codec;
    if (!yrt_is_str(x)) return yrt_raise_msg(&yrt_exc_TypeError, "encoding without a string argument");
    if (codec_lookup(argv[1], "bytes()", &codec) < 0) return YERROR;
    YValue errors = argc > 2 ? argv[2] : YUNBOUND;
    if (check_errors_arg(errors, "bytes()") < 0) return YERROR;
    return encode(YSTR(x), codec, errors);
  }
  if (yrt_is_str(x)) return yrt_raise_msg(&yrt_exc_TypeError, "string argument without an encoding");
  if (yrt_is_bytes(x)) return yrt_incref(x);
  if (yrt_is_big(x)) return yrt_index_overflow(&yrt_exc_OverflowError);
  if (yrt_is_intlike(x)) { /* bytes(n): n zero bytes */
    if (x.u.i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "negative count");
    if (x.u.i == 0) return yobj(&bytes_empty);
    return yobj(yrt_bytes_alloc(x.u.i));
  }
  if (!yrt_is_iterable(x))
    return yrt_raise_msg(&yrt_exc_TypeError, "cannot convert '%s' object to bytes", yrt_tname(x));
  YValue it = yrt_iter(x);
  if (YIS_ERR(it)) return it;
  YBuf b = {0};
  YValue v;
  int r;
  while ((r = yrt_next(it, &v)) == 1) {
    if (!yrt_is_int(v)) {
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", yrt_tname(v));
      yrt_decref(v);
      r = -1;
      break;
    }
    if (!yrt_is_intlike(v) || v.u.i < 0 || v.u.i > 255) {
      yrt_raise_msg(&yrt_exc_ValueError, "bytes must be in range(0, 256)");
      yrt_decref(v);
      r = -1;
      break;
    }
    yrt_buf_putc(&b, (char)v.u.i);
  }
  if (r == 0) yrt_decref(v);
  yrt_decref(it);
  if (r < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  return buf_bytes(&b);
}

/* bytes(source, encoding, errors) with keyword arguments (kwnames: str
 * values, as func.c has them). */
YValue yrt_bytes_call_kw(int argc, const YValue *argv, int nkw, const YValue *kwnames) {
  static const char *const params[] = {"source", "encoding", "errors"};
  YValue slots[3] = {YUNBOUND, YUNBOUND, YUNBOUND};
  if (argc > 3) return yrt_raise_msg(&yrt_exc_TypeError, "bytes() takes at most 3 arguments (%d given)", argc + nkw);
  for (int i = 0; i < argc; i++) slots[i] = argv[i];
  for (int k = 0; k < nkw; k++) {
    const char *name = YSTR(kwnames[k])->data;
    int i = 0;
    while (i < 3 && strcmp(params[i], name)) i++;
    if (i == 3) return yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for bytes()", name);
    if (!YIS_UNBOUND(slots[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "argument for bytes() given by name ('%s') and position (%d)", name,
                           i + 1);
    slots[i] = argv[argc + k];
  }
  if (YIS_UNBOUND(slots[0])) {
    if (!YIS_UNBOUND(slots[1])) return yrt_raise_msg(&yrt_exc_TypeError, "encoding without a string argument");
    if (!YIS_UNBOUND(slots[2])) return yrt_raise_msg(&yrt_exc_TypeError, "errors without a string argument");
    return yobj(&bytes_empty);
  }
  if (YIS_UNBOUND(slots[1])) {
    if (!YIS_UNBOUND(slots[2]))
      return yrt_raise_msg(&yrt_exc_TypeError, yrt_is_str(slots[0]) ? "string argument without an encoding"
                                                                   : "errors without a string argument");
    return bytes_call(&yrt_type_bytes, 1, slots);
  }
  return bytes_call(&yrt_type_bytes, YIS_UNBOUND(slots[2]) ? 2 : 3, slots);
}

/* ===================================================================== */
/* Methods                                                                */
/* ===================================================================== */

int yrt_bytes_has_method(YName name) {
  switch (name) {
  case YN_decode: case YN_hex: case YN_fromhex: case YN_join: case YN_split: case YN_strip:
  case YN_lstrip: case YN_rstrip: case YN_startswith: case YN_endswith: case YN_find: case YN_index:
  case YN_count: case YN_replace: case YN_upper: case YN_lower: case YN_isdigit: case YN_isalpha:
  case YN_isspace: case YN___iter__:
    return 1;
  default: return 0;
  }
}

/* start and end arguments, adjusted as a slice's (str.c's start_end). */
static int start_end(int argc, const YValue *argv, int first, int64_t len, int64_t *start, int64_t *end) {
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

/* b.find/index/count(sub[, start[, end]]), sub a bytes or a byte value. */
static YValue bytes_find(const YBytes *s, YName name, int argc, const YValue *argv) {
  const char *nm = name == YN_find ? "find" : name == YN_index ? "index" : "count";
  if (yrt_args_tuple(nm, argc, 1, 3) < 0) return YERROR;
  char one;
  const char *sub;
  int64_t n;
  if (yrt_is_bytes(argv[0])) {
    sub = YBYTES(argv[0])->data;
    n = YBYTES(argv[0])->len;
  } else if (yrt_is_int(argv[0])) {
    int c = byte_value(argv[0]);
    if (c < 0) return YERROR;
    one = (char)c;
    sub = &one;
    n = 1;
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                         yrt_tname(argv[0]));
  }
  int64_t start, end;
  if (start_end(argc, argv, 1, s->len, &start, &end) < 0) return YERROR;
  if (name == YN_count) {
    if (start > s->len || end < start) return yint(0);
    if (n == 0) return yint(end - start + 1);
    int64_t c = 0;
    for (int64_t j = start; (j = find_in(s, sub, n, j, end)) >= 0; j += n) c++;
    return yint(c);
  }
  int64_t found = start <= s->len && start <= end ? find_in(s, sub, n, start, end) : -1;
  if (found < 0 && name == YN_index) return yrt_raise_msg(&yrt_exc_ValueError, "subsection not found");
  return yint(found);
}

/* b.strip/lstrip/rstrip([chars]) */
static YValue bytes_strip(YValue self, const char *nm, int argc, const YValue *argv, int left, int right) {
  const YBytes *s = YBYTES(self);
  if (yrt_args_range(nm, argc, 0, 1) < 0) return YERROR;
  const YBytes *set = NULL;
  if (argc && !YIS_NONE(argv[0])) {
    if (!yrt_is_bytes(argv[0])) return need_bytes(argv[0]);
    set = YBYTES(argv[0]);
  }
  int64_t a = 0, b = s->len;
#define STRIPPED(c) \
  (set ? set->len && memchr(set->data, (unsigned char)(c), (size_t)set->len) != NULL : is_ws((unsigned char)(c)))
  while (left && a < b && STRIPPED(s->data[a])) a++;
  while (right && b > a && STRIPPED(s->data[b - 1])) b--;
#undef STRIPPED
  if (a == 0 && b == s->len) return yrt_incref(self);
  return yrt_bytes_new(s->data + a, b - a);
}

/* b.split(sep=None, maxsplit=-1) */
static YValue bytes_split(const YBytes *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("split", argc, 0, 2) < 0) return YERROR;
  int64_t maxsplit = -1;
  if (argc > 1 && yrt_int_arg(argv[1], &maxsplit) < 0) return YERROR;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  YList *l = yrt_list_alloc(0);
  if (argc == 0 || YIS_NONE(argv[0])) { /* runs of whitespace */
    int64_t i = 0;
    while (i < s->len) {
      while (i < s->len && is_ws((unsigned char)s->data[i])) i++;
      if (i == s->len) break;
      if (maxsplit-- == 0) { /* the rest, as it is */
        yrt_list_push(l, yrt_bytes_new(s->data + i, s->len - i));
        break;
      }
      int64_t j = i;
      while (j < s->len && !is_ws((unsigned char)s->data[j])) j++;
      yrt_list_push(l, yrt_bytes_new(s->data + i, j - i));
      i = j;
    }
    return yobj(l);
  }
  if (!yrt_is_bytes(argv[0])) {
    yrt_decref(yobj(l));
    return need_bytes(argv[0]);
  }
  const YBytes *sep = YBYTES(argv[0]);
  if (sep->len == 0) {
    yrt_decref(yobj(l));
    return yrt_raise_msg(&yrt_exc_ValueError, "empty separator");
  }
  int64_t i = 0, j;
  while (maxsplit-- > 0 && (j = find_in(s, sep->data, sep->len, i, s->len)) >= 0) {
    yrt_list_push(l, yrt_bytes_new(s->data + i, j - i));
    i = j + sep->len;
  }
  yrt_list_push(l, yrt_bytes_new(s->data + i, s->len - i));
  return yobj(l);
}

/* sep.join(iterable of bytes) */
static YValue bytes_join(YValue self, YValue iterable) {
  if (!yrt_is_iterable(iterable)) return yrt_raise_msg(&yrt_exc_TypeError, "can only join an iterable");
  YValue items = yrt_list_from_iterable(iterable);
  if (YIS_ERR(items)) return items;
  const YBytes *sep = YBYTES(self);
  YList *l = YLIST(items);
  YBuf b = {0};
  for (int64_t i = 0; i < l->len; i++) {
    if (!yrt_is_bytes(l->items[i])) {
      yrt_raise_msg(&yrt_exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                    yrt_tname(l->items[i]));
      yrt_buf_free(&b);
      yrt_decref(items);
      return YERROR;
    }
    if (i) yrt_buf_putn(&b, sep->data, (size_t)sep->len);
    yrt_buf_putn(&b, YBYTES(l->items[i])->data, (size_t)YBYTES(l->items[i])->len);
  }
  yrt_decref(items);
  return buf_bytes(&b);
}

/* b.startswith/endswith(prefix[, start[, end]]), prefix a bytes or a tuple of them. */
static YValue bytes_startswith(const YBytes *s, int argc, const YValue *argv, int end_) {
  const char *nm = end_ ? "endswith" : "startswith";
  if (yrt_args_tuple(nm, argc, 1, 3) < 0) return YERROR;
  int64_t start, end;
  if (start_end(argc, argv, 1, s->len, &start, &end) < 0) return YERROR;
  int64_t n = 1;
  const YValue *cands = &argv[0];
  if (yrt_is_tuple(argv[0])) {
    n = YTUPLE(argv[0])->len;
    cands = YTUPLE(argv[0])->items;
  } else if (!yrt_is_bytes(argv[0])) {
    return yrt_raise_msg(&yrt_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", nm,
                         yrt_tname(argv[0]));
  }
  for (int64_t k = 0; k < n; k++) {
    if (!yrt_is_bytes(cands[k])) return need_bytes(cands[k]);
    const YBytes *p = YBYTES(cands[k]);
    if (start > s->len || end - start < p->len) continue;
    int64_t at = end_ ? end - p->len : start;
    if (p->len == 0 || !memcmp(s->data + at, p->data, (size_t)p->len)) return YTRUE;
  }
  return YFALSE;
}

/* b.replace(old, new[, count]) */
static YValue bytes_replace(YValue self, int argc, const YValue *argv) {
  const YBytes *s = YBYTES(self);
  if (yrt_args_range("replace", argc, 2, 3) < 0) return YERROR;
  if (!yrt_is_bytes(argv[0])) return need_bytes(argv[0]);
  if (!yrt_is_bytes(argv[1])) return need_bytes(argv[1]);
  int64_t count = -1;
  if (argc > 2 && yrt_int_arg(argv[2], &count) < 0) return YERROR;
  if (count < 0) count = INT64_MAX;
  const YBytes *old = YBYTES(argv[0]), *new_ = YBYTES(argv[1]);
  YBuf b = {0};
  int64_t i = 0;
  if (old->len == 0) { /* new before every byte and at the end */
    for (; i <= s->len && count > 0; count--) {
      yrt_buf_putn(&b, new_->data, (size_t)new_->len);
      if (i < s->len) yrt_buf_putc(&b, s->data[i]);
      i++;
    }
    if (i < s->len) yrt_buf_putn(&b, s->data + i, (size_t)(s->len - i));
    return buf_bytes(&b);
  }
  int64_t j;
  while (count-- > 0 && (j = find_in(s, old->data, old->len, i, s->len)) >= 0) {
    yrt_buf_putn(&b, s->data + i, (size_t)(j - i));
    yrt_buf_putn(&b, new_->data, (size_t)new_->len);
    i = j + old->len;
  }
  yrt_buf_putn(&b, s->data + i, (size_t)(s->len - i));
  return buf_bytes(&b);
}

/* b.upper() / b.lower(): ASCII letters only. */
static YValue bytes_case(const YBytes *s, int upper) {
  YBytes *r = yrt_bytes_alloc(s->len);
  for (int64_t i = 0; i < s->len; i++) {
    char c = s->data[i];
    if (upper && c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    yrt_bytes_buf(r)[i] = c;
  }
  return yobj(r);
}

/* b.isdigit() / isalpha() / isspace(): ASCII, false when empty. */
static YValue bytes_is(const YBytes *s, YName name) {
  if (s->len == 0) return YFALSE;
  for (int64_t i = 0; i < s->len; i++) {
    unsigned char c = (unsigned char)s->data[i];
    int ok = name == YN_isdigit ? c >= '0' && c <= '9'
             : name == YN_isalpha ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                                  : is_ws(c);
    if (!ok) return YFALSE;
  }
  return YTRUE;
}

/* b.hex([sep[, bytes_per_sep]]) */
static YValue bytes_hex(const YBytes *s, int argc, const YValue *argv) {
  if (yrt_args_tuple("hex", argc, 0, 2) < 0) return YERROR;
  char sep = 0;
  int64_t per = 1;
  if (argc > 0) {
    const char *d = NULL;
    int64_t n = -1;
    if (yrt_is_str(argv[0])) {
      d = YSTR(argv[0])->data;
      n = YSTR(argv[0])->nchars;
      if (n == 1 && (unsigned char)d[0] >= 0x80)
        return yrt_raise_msg(&yrt_exc_ValueError, "sep must be ASCII.");
    } else if (yrt_is_bytes(argv[0])) {
      d = YBYTES(argv[0])->data;
      n = YBYTES(argv[0])->len;
    } else { /* CPython takes len(sep) first */
      return yrt_raise_msg(&yrt_exc_TypeError, "object of type '%s' has no len()", yrt_tname(argv[0]));
    }
    if (n != 1) return yrt_raise_msg(&yrt_exc_ValueError, "sep must be length 1.");
    sep = d[0];
    if (argc > 1 && yrt_int_arg(argv[1], &per) < 0) return YERROR;
  }
  static const char digits[] = "0123456789abcdef";
  YBuf b = {0};
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < s->len; i++) {
    /* Groups of `group` bytes, counted from the end (per > 0) or the start. */
    if (sep && group && i > 0 && (per > 0 ? (s->len - i) % group == 0 : i % group == 0)) yrt_buf_putc(&b, sep);
    unsigned char c = (unsigned char)s->data[i];
    yrt_buf_putc(&b, digits[c >> 4]);
    yrt_buf_putc(&b, digits[c & 15]);
  }
  if (!b.data) return yobj(&yrt_str_empty);
  YValue r = yrt_str_make(b.data, (int64_t)b.len, (int64_t)b.len);
  yrt_buf_free(&b);
  return r;
}

static int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (int)((c | 0x20) - 'a' + 10);
  return -1;
}

/* bytes.fromhex(s): pairs of hex digits, whitespace between the pairs. */
static YValue bytes_fromhex(YValue str) {
  if (!yrt_is_str(str))
    return yrt_raise_msg(&yrt_exc_TypeError, "fromhex() argument must be str, not %s", yrt_tname(str));
  const YStr *s = YSTR(str);
  YBuf b = {0};
  int64_t ci = 0;
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = yrt_utf8_decode(s->data + i, &n);
    if (c < 0x80 && is_ws((unsigned char)c)) {
      i += n;
      ci++;
      continue;
    }
    int hi = hex_digit(c), lo = -1;
    if (hi >= 0) {
      i += n;
      ci++;
      if (i < s->len) lo = hex_digit(yrt_utf8_decode(s->data + i, &n));
    }
    if (hi < 0 || lo < 0) {
      yrt_buf_free(&b);
      return yrt_raise_msg(&yrt_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                           (long long)ci);
    }
    yrt_buf_putc(&b, (char)(hi * 16 + lo));
    i += n;
    ci++;
  }
  return buf_bytes(&b);
}

YValue yrt_bytes_type_method(YName name, int argc, const YValue *argv) {
  (void)name; /* YN_fromhex: the only one */
  if (yrt_args_one("bytes.fromhex", argc) < 0) return YERROR;
  return bytes_fromhex(argv[0]);
}

YValue yrt_bytes_method(YValue self, YName name, int argc, const YValue *argv) {
  const YBytes *s = YBYTES(self);
  switch (name) {
  case YN_decode: {
    if (yrt_args_tuple("decode", argc, 0, 2) < 0) return YERROR;
    Codec codec;
    if (codec_lookup(argc > 0 ? argv[0] : YUNBOUND, "decode()", &codec) < 0) return YERROR;
    YValue errors = argc > 1 ? argv[1] : YUNBOUND;
    if (check_errors_arg(errors, "decode()") < 0) return YERROR;
    return decode(s, codec, errors);
  }
  case YN_hex: return bytes_hex(s, argc, argv);
  case YN_fromhex: return yrt_bytes_type_method(name, argc, argv);
  case YN_join:
    if (yrt_args_one("bytes.join", argc) < 0) return YERROR;
    return bytes_join(self, argv[0]);
  case YN_split: return bytes_split(s, argc, argv);
  case YN_strip: return bytes_strip(self, "strip", argc, argv, 1, 1);
  case YN_lstrip: return bytes_strip(self, "lstrip", argc, argv, 1, 0);
  case YN_rstrip: return bytes_strip(self, "rstrip", argc, argv, 0, 1);
  case YN_startswith: return bytes_startswith(s, argc, argv, 0);
  case YN_endswith: return bytes_startswith(s, argc, argv, 1);
  case YN_find:
  case YN_index:
  case YN_count: return bytes_find(s, name, argc, argv);
  case YN_replace: return bytes_replace(self, argc, argv);
  case YN_upper:
  case YN_lower:
    if (yrt_args_none(name == YN_upper ? "bytes.upper" : "bytes.lower", argc) < 0) return YERROR;
    return bytes_case(s, name == YN_upper);
  case YN_isdigit:
  case YN_isalpha:
  case YN_isspace:
    if (yrt_args_none(name == YN_isdigit ? "bytes.isdigit" : name == YN_isalpha ? "bytes.isalpha" : "bytes.isspace",
                      argc) < 0)
      return YERROR;
    return bytes_is(s, name);
  case YN___iter__:
    if (yrt_args_none("bytes.__iter__", argc) < 0) return YERROR;
    return yrt_bytes_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}
