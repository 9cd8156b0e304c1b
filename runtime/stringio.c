/*
 * stringio.c: io.StringIO, the in-memory text stream (CPython's
 * _io.StringIO), and the io module's members.
 *
 * Design
 * ------
 * A StringIO holds its text as an array of code points (uint32_t), so that
 * positions, seek(), tell(), truncate() and writing over the middle are
 * counted in characters as CPython counts them, each in time proportional
 * to the text it touches.  getvalue() and read() encode the code points
 * they return as UTF-8, the runtime's str.  Writing past the end pads the
 * gap with NULs, as CPython does.
 *
 * newline= is CPython's (the default is '\n'):
 *   '\n'    nothing is translated; lines end at '\n';
 *   None    written '\r\n' and '\r' become '\n' (each write on its own, as
 *           CPython's decoder runs with final=True); lines end at '\n';
 *   ''      nothing is translated; lines end at '\r', '\n' or '\r\n';
 *   '\r', '\r\n'  written '\n' becomes it; lines end only at it.
 * The initial value is written the same way, then the position goes back to
 * 0.  With None or '' the kinds of newline written are remembered for the
 * newlines attribute.
 *
 * It is a YMethodType (rt.h): yrt_callmethod calls its methods from the
 * table, so print(..., file=s) (builtins.c calls file.write) and
 * sys.stdout = s work as with any object with a write method, and `with`
 * finds __enter__ and __exit__.  Iteration is readline until ''.  The
 * messages are CPython's: StringIO's own methods say "I/O operation on
 * closed file" and the ones it inherits from IOBase (readlines, isatty,
 * __enter__, iter) "I/O operation on closed file."; flush() does nothing,
 * even once closed, as in CPython 3.11.
 *
 * Left out: StringIO's __getstate__/__setstate__ (pickling) and
 * subclassing (a program's class cannot derive from it); the other io
 * classes (BytesIO, TextIOWrapper, ... as io members), io.open.
 */
#include "rt.h"

#include <string.h>

/* newline= of a StringIO. */
typedef enum SNewline {
  SNL_LF,        /* '\n' (the default): nothing translated */
  SNL_UNIVERSAL, /* None: \r\n and \r written become \n */
  SNL_KEEP,      /* '': nothing translated, any newline ends a line */
  SNL_CR,        /* '\r': \n written becomes \r, lines end at \r */
  SNL_CRLF       /* '\r\n': \n written becomes \r\n, lines end at \r\n */
} SNewline;

#define SEEN_CR 1   /* newlines: a lone \r was written */
#define SEEN_LF 2   /* a lone \n */
#define SEEN_CRLF 4 /* \r\n */

typedef struct StringIO {
  YObj ob;
  uint32_t *buf; /* the text: len code points (cap allocated) */
  int64_t len, cap;
  int64_t pos; /* the position, in code points; may be past len */
  SNewline newline;
  int seen;   /* SEEN_* bits, for newlines */
  int closed; /* close() was called: buf is freed */
} StringIO;

#define SELF StringIO *s = (StringIO *)self

static YValue closed_error(int dot) {
  return yrt_raise_msg(&yrt_exc_ValueError, dot ? "I/O operation on closed file." : "I/O operation on closed file");
}

/* ---- the text --------------------------------------------------------------- */

static void reserve(StringIO *s, int64_t n) {
  if (n <= s->cap) return;
  int64_t cap = s->cap ? s->cap : 64;
  while (cap < n) cap *= 2;
  s->buf = yrt_realloc(s->buf, (size_t)cap * sizeof *s->buf);
  s->cap = cap;
}

/* A str of the code points p[0, n). */
static YValue to_str(const uint32_t *p, int64_t n) {
  if (n <= 0) return yrt_str_new("", 0);
  int ascii = 1;
  for (int64_t i = 0; i < n && ascii; i++) ascii = p[i] < 0x80;
  if (ascii) {
    char *b = yrt_malloc((size_t)n);
    for (int64_t i = 0; i < n; i++) b[i] = (char)p[i];
    YValue r = yrt_str_new(b, n);
    free(b);
    return r;
  }
  YBuf b = {0};
  for (int64_t i = 0; i < n; i++) yrt_buf_putcp(&b, p[i]);
  YValue r = yrt_str_new(b.data, (int64_t)b.len);
  yrt_buf_free(&b);
  return r;
}

/* Write the str v at the position, translated as newline= says: 0. */
static void write_text(StringIO *s, YValue v) {
  const YStr *str = YSTR(v);
  /* At most two code points for each one written (\n -> \r\n). */
  int64_t max = s->newline == SNL_CRLF ? 2 * str->nchars : str->nchars;
  uint32_t small[256], *t = max <= 256 ? small : yrt_malloc((size_t)(max ? max : 1) * sizeof *t);
  int64_t n = 0;
  for (int64_t i = 0; i < str->len;) {
    int k;
    uint32_t c = yrt_utf8_decode(str->data + i, &k);
    i += k;
    if (s->newline == SNL_UNIVERSAL || s->newline == SNL_KEEP) {
      if (c == '\r' && i < str->len && str->data[i] == '\n') {
        s->seen |= SEEN_CRLF;
        if (s->newline == SNL_UNIVERSAL) {
          i++;
          c = '\n';
        }
      } else if (c == '\r') {
        s->seen |= SEEN_CR;
        if (s->newline == SNL_UNIVERSAL) c = '\n';
      } else if (c == '\n') {
        s->seen |= SEEN_LF;
      }
    } else if (c == '\n' && s->newline == SNL_CR) {
      c = '\r';
    } else if (c == '\n' && s->newline == SNL_CRLF) {
      t[n++] = '\r';
    }
    t[n++] = c;
  }
  if (n > 0) {
    int64_t end = s->pos + n;
    reserve(s, end);
    if (s->pos > s->len) memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof *s->buf);
    memcpy(s->buf + s->pos, t, (size_t)n * sizeof *t);
    s->pos = end;
    if (end > s->len) s->len = end;
  }
  if (t != small) free(t);
}

/* The length of the line starting at p[0, n), its newline included, at
 * most `limit` code points (limit < 0: no limit). */
static int64_t line_length(const StringIO *s, const uint32_t *p, int64_t n, int64_t limit) {
  if (limit >= 0 && limit < n) n = limit;
  for (int64_t i = 0; i < n; i++) {
    uint32_t c = p[i];
    switch (s->newline) {
    case SNL_LF:
    case SNL_UNIVERSAL:
      if (c == '\n') return i + 1;
      break;
    case SNL_CR:
      if (c == '\r') return i + 1;
      break;
    case SNL_KEEP:
      if (c == '\n') return i + 1;
      if (c == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
      break;
    case SNL_CRLF:
      if (c == '\r' && i + 1 < n && p[i + 1] == '\n') return i + 2;
      break;
    }
  }
  return n;
}

/* The next line (limit as line_length), moving the position past it. */
static YValue next_line(StringIO *s, int64_t limit) {
  if (s->pos >= s->len) return yrt_str_new("", 0);
  const uint32_t *p = s->buf + s->pos;
  int64_t k = line_length(s, p, s->len - s->pos, limit);
  s->pos += k;
  return to_str(p, k);
}

/* ---- arguments -------------------------------------------------------------- */

/* An optional size: None or absent is -1; CPython's message otherwise. */
static int size_arg(int argc, const YValue *argv, int64_t *out) {
  *out = -1;
  if (argc == 0 || YIS_NONE(argv[0])) return 0;
  if (yrt_is_intlike(argv[0]) || yrt_is_big(argv[0])) return yrt_int_arg(argv[0], out);
  yrt_raise_msg(&yrt_exc_TypeError, "argument should be integer or None, not '%s'", yrt_tname(argv[0]));
  return -1;
}

/* ---- the methods -------------------------------------------------------------- */

static YValue m_getvalue(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("StringIO.getvalue", argc) < 0) return YERROR;
  if (s->closed) return closed_error(0);
  return to_str(s->buf, s->len);
}

static YValue m_read(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t n;
  if (yrt_args_range("read", argc, 0, 1) < 0 || size_arg(argc, argv, &n) < 0) return YERROR;
  if (s->closed) return closed_error(0);
  int64_t left = s->len - s->pos;
  if (left <= 0) return yrt_str_new("", 0);
  if (n < 0 || n > left) n = left;
  YValue r = to_str(s->buf + s->pos, n);
  s->pos += n;
  return r;
}

static YValue m_readline(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t n;
  if (yrt_args_range("readline", argc, 0, 1) < 0 || size_arg(argc, argv, &n) < 0) return YERROR;
  if (s->closed) return closed_error(0);
  return next_line(s, n);
}

static YValue m_readlines(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t hint;
  if (yrt_args_range("readlines", argc, 0, 1) < 0 || size_arg(argc, argv, &hint) < 0) return YERROR;
  if (s->closed) return closed_error(1);
  YValue list = yrt_list_new(0, NULL);
  int64_t total = 0;
  while (s->pos < s->len) {
    YValue line = next_line(s, -1);
    if (YIS_ERR(line)) {
      yrt_decref(list);
      return line;
    }
    total += YSTR(line)->nchars;
    yrt_list_append(list, line);
    yrt_decref(line);
    if (hint > 0 && total >= hint) break;
  }
  return list;
}

/* write(s) of a checked str. */
static YValue write_one(StringIO *s, YValue v) {
  if (!yrt_is_str(v)) return yrt_raise_msg(&yrt_exc_TypeError, "string argument expected, got '%s'", yrt_tname(v));
  if (s->closed) return closed_error(0);
  write_text(s, v);
  return yint(YSTR(v)->nchars);
}

static YValue m_write(YObj *self, int argc, const YValue *argv) {
  if (yrt_args_one("StringIO.write", argc) < 0) return YERROR;
  return write_one((StringIO *)self, argv[0]);
}

static YValue m_writelines(YObj *self, int argc, const YValue *argv) {
  SELF;
  if (yrt_args_one("StringIO.writelines", argc) < 0) return YERROR;
  if (s->closed) return closed_error(1);
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  for (;;) {
    YValue v;
    int r = yrt_next(it, &v);
    if (r <= 0) {
      if (r == 0) yrt_decref(v);
      yrt_decref(it);
      return r < 0 ? YERROR : YNONE;
    }
    YValue w = write_one(s, v);
    yrt_decref(v);
    if (YIS_ERR(w)) {
      yrt_decref(it);
      return w;
    }
  }
}

static YValue m_tell(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("StringIO.tell", argc) < 0) return YERROR;
  if (s->closed) return closed_error(0);
  return yint(s->pos);
}

static YValue m_seek(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t pos, whence = 0;
  if (yrt_args_range("seek", argc, 1, 2) < 0 || yrt_int_arg(argv[0], &pos) < 0 ||
      (argc > 1 && yrt_int_arg(argv[1], &whence) < 0))
    return YERROR;
  if (s->closed) return closed_error(0);
  if (whence < 0 || whence > 2)
    return yrt_raise_msg(&yrt_exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (pos < 0 && whence == 0) return yrt_raise_msg(&yrt_exc_ValueError, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0) return yrt_raise_msg(&yrt_exc_OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = s->pos;
  if (whence == 2) pos = s->len;
  s->pos = pos;
  return yint(pos);
}

static YValue m_truncate(YObj *self, int argc, const YValue *argv) {
  SELF;
  int64_t size;
  if (yrt_args_range("truncate", argc, 0, 1) < 0) return YERROR;
  if (argc == 0 || YIS_NONE(argv[0])) {
    size = s->pos;
  } else if (size_arg(argc, argv, &size) < 0) {
    return YERROR;
  }
  if (s->closed) return closed_error(0);
  if (size < 0) return yrt_raise_msg(&yrt_exc_ValueError, "Negative size value %lld", (long long)size);
  if (size < s->len) s->len = size;
  return yint(size);
}

static YValue m_close(YObj *self, int argc, const YValue *argv) {
  SELF;
  (void)argv;
  if (yrt_args_none("StringIO.close", argc) < 0) return YERROR;
  s->closed = 1;
  free(s->buf);
  s->buf = NULL;
  s->len = s->cap = 0;
  return YNONE;
}

/* readable(), writable(), seekable(): True while open. */
static YValue query(YObj *self, int argc, const char *qual) {
  if (yrt_args_none(qual, argc) < 0) return YERROR;
  if (((StringIO *)self)->closed) return closed_error(0);
  return YTRUE;
}
static YValue m_readable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  return query(self, argc, "StringIO.readable");
}
static YValue m_writable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  return query(self, argc, "StringIO.writable");
}
static YValue m_seekable(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  return query(self, argc, "StringIO.seekable");
}

static YValue m_isatty(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("StringIO.isatty", argc) < 0) return YERROR;
  if (((StringIO *)self)->closed) return closed_error(1);
  return YFALSE;
}

static YValue m_flush(YObj *self, int argc, const YValue *argv) {
  (void)self;
  (void)argv;
  if (yrt_args_none("StringIO.flush", argc) < 0) return YERROR;
  return YNONE;
}

static YValue m_fileno(YObj *self, int argc, const YValue *argv) {
  (void)self;
  (void)argv;
  if (yrt_args_none("StringIO.fileno", argc) < 0) return YERROR;
  return yrt_raise_msg(&yrt_exc_UnsupportedOperation, "fileno");
}

static YValue m_detach(YObj *self, int argc, const YValue *argv) {
  (void)self;
  (void)argv;
  if (yrt_args_none("StringIO.detach", argc) < 0) return YERROR;
  return yrt_raise_msg(&yrt_exc_UnsupportedOperation, "detach");
}

static YValue m_enter(YObj *self, int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("StringIO.__enter__", argc) < 0) return YERROR;
  if (((StringIO *)self)->closed) return closed_error(1);
  return yrt_incref(yobj(self));
}

static YValue m_exit(YObj *self, int argc, const YValue *argv) {
  (void)argc;
  return m_close(self, 0, argv);
}

static const YMethodDef stringio_methods[] = {
    {YN_getvalue, m_getvalue},
    {YN_read, m_read},
    {YN_readline, m_readline},
    {YN_readlines, m_readlines},
    {YN_write, m_write},
    {YN_writelines, m_writelines},
    {YN_seek, m_seek},
    {YN_tell, m_tell},
    {YN_truncate, m_truncate},
    {YN_close, m_close},
    {YN_flush, m_flush},
    {YN_readable, m_readable},
    {YN_writable, m_writable},
    {YN_seekable, m_seekable},
    {YN_isatty, m_isatty},
    {YN_fileno, m_fileno},
    {YN_detach, m_detach},
    {YN___enter__, m_enter},
    {YN___exit__, m_exit},
    {0, NULL},
};

/* ---- the type slots ---------------------------------------------------------- */

static YValue stringio_iter(YObj *o) {
  if (((StringIO *)o)->closed) return closed_error(1);
  return yrt_incref(yobj(o));
}

static int stringio_next(YObj *o, YValue *out) {
  StringIO *s = (StringIO *)o;
  if (s->closed) return closed_error(0), -1;
  if (s->pos >= s->len) {
    *out = YNONE;
    return 0;
  }
  *out = next_line(s, -1);
  return YIS_ERR(*out) ? -1 : 1;
}

/* newlines: what the decoder of newline=None or '' has seen. */
static YValue newlines_value(const StringIO *s) {
  static const char *const one[] = {NULL, "\r", "\n", NULL, "\r\n"};
  if (s->newline != SNL_UNIVERSAL && s->newline != SNL_KEEP) return YNONE;
  if (s->seen == 0) return YNONE;
  if (s->seen == SEEN_CR || s->seen == SEEN_LF || s->seen == SEEN_CRLF) return yrt_str_from_c(one[s->seen]);
  YValue items[3];
  int n = 0;
  if (s->seen & SEEN_CR) items[n++] = yrt_str_from_c("\r");
  if (s->seen & SEEN_LF) items[n++] = yrt_str_from_c("\n");
  if (s->seen & SEEN_CRLF) items[n++] = yrt_str_from_c("\r\n");
  return yrt_tuple_steal(n, items);
}

static YValue stringio_getattr(YObj *o, YName n) {
  StringIO *s = (StringIO *)o;
  switch (n) {
  case YN_closed: return ybool(s->closed);
  case YN_encoding:
  case YN_errors: return YNONE;
  case YN_line_buffering:
    if (s->closed) return closed_error(0);
    return YFALSE;
  case YN_newlines:
    if (s->closed) return closed_error(0);
    return newlines_value(s);
  default: break;
  }
  return yrt_no_attr(yobj(o), yrt_name_str[n]);
}

static YValue stringio_repr(YObj *o) { return yrt_str_from_fmt("<_io.StringIO object at %p>", (void *)o); }

static void stringio_dealloc(YObj *o) {
  free(((StringIO *)o)->buf);
  free(o);
}

/* StringIO(initial_value='', newline='\n') */
static YValue stringio_new(YValue initial, YValue newline) {
  SNewline nl = SNL_LF;
  if (!YIS_UNBOUND(newline)) {
    if (YIS_NONE(newline)) {
      nl = SNL_UNIVERSAL;
    } else if (!yrt_is_str(newline)) {
      return yrt_raise_msg(&yrt_exc_TypeError, "newline must be str or None, not %s", yrt_tname(newline));
    } else {
      const char *t = YSTR(newline)->data;
      int64_t len = YSTR(newline)->len;
      if (len == 0)
        nl = SNL_KEEP;
      else if (len == 1 && t[0] == '\n')
        nl = SNL_LF;
      else if (len == 1 && t[0] == '\r')
        nl = SNL_CR;
      else if (len == 2 && t[0] == '\r' && t[1] == '\n')
        nl = SNL_CRLF;
      else {
        YBuf b = {0};
        yrt_buf_puts(&b, "illegal newline value: ");
        if (yrt_buf_repr(&b, newline) < 0) {
          yrt_buf_free(&b);
          return YERROR;
        }
        yrt_buf_putc(&b, 0);
        YValue r = yrt_raise_msg(&yrt_exc_ValueError, "%s", b.data);
        yrt_buf_free(&b);
        return r;
      }
    }
  }
  if (!YIS_UNBOUND(initial) && !YIS_NONE(initial) && !yrt_is_str(initial))
    return yrt_raise_msg(&yrt_exc_TypeError, "initial_value must be str or None, not %s", yrt_tname(initial));
  StringIO *s = yrt_obj_new(&yrt_stringio_type.ex.type, sizeof *s);
  s->buf = NULL;
  s->len = s->cap = s->pos = 0;
  s->newline = nl;
  s->seen = 0;
  s->closed = 0;
  if (yrt_is_str(initial)) {
    write_text(s, initial);
    s->pos = 0;
  }
  return yobj(s);
}

static YValue stringio_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  return yrt_stringio_call_kw(argc, argv, 0, NULL);
}

YValue yrt_stringio_call_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"initial_value", "newline"};
  YValue a[2];
  if (yrt_args_kw("StringIO", names, 2, 0, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return stringio_new(a[0], a[1]);
}

const YMethodType yrt_stringio_type = {
    {{.ob = {YRT_IMMORTAL, &yrt_type_type},
      .name = "StringIO",
      .base = &yrt_type_object,
      .kind = YK_OTHER,
      .call = stringio_call,
      .flags = YTF_METHODS | YTF_CNAME,
      .module = "_io"},
     stringio_dealloc,
     stringio_next,
     stringio_iter,
     NULL,
     NULL,
     stringio_repr,
     stringio_getattr},
    stringio_methods,
    NULL};

/* ---- the io module's values ---------------------------------------------------- */

YValue yrt_m_io_SEEK_SET = {.tag = YT_INT, .u = {.i = 0}};
YValue yrt_m_io_SEEK_CUR = {.tag = YT_INT, .u = {.i = 1}};
YValue yrt_m_io_SEEK_END = {.tag = YT_INT, .u = {.i = 2}};
YValue yrt_m_io_DEFAULT_BUFFER_SIZE = {.tag = YT_INT, .u = {.i = 8192}};
