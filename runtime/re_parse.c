/*
 * re_parse.c: the syntax of Python's regular expressions, read as CPython
 * 3.11's re/_parser.py reads it, and written out in PCRE2's syntax; and the
 * replacement templates of re.sub.
 *
 * Design
 * ------
 * The re module (re.c) matches with PCRE2, whose syntax is close to
 * Python's but not the same.  yrt_re_parse walks a pattern token by token
 * exactly as _parser.py's Tokenizer, _parse_sub and _parse do (the same
 * order of checks, so a bad pattern fails with CPython's re.error message
 * and position), and writes each item in a spelling PCRE2 cannot read
 * differently:
 *   - every literal that is not an ASCII letter or digit is written \x{HH}
 *     (Python's \v, \a, \0, \012, \u20ac, \U0001f600, \- and a `[` inside a
 *     class are then never PCRE2 syntax: \v is a class there, [:alpha:] a
 *     POSIX class);
 *   - group references, by number or by name, become \g{N}; named groups
 *     are plain capturing groups (PCRE2 never sees the names, so their
 *     length and alphabet are Python's), and re.c keeps groupindex;
 *   - \Z is PCRE2's \z; {,n} is {0,n}; a `{` that is not a repeat is \{;
 *   - re.VERBOSE is done here (whitespace and comments are dropped), so
 *     PCRE2_EXTENDED is never used; (?x:...) becomes (?:...);
 *   - global inline flags (?aimsux) are taken out of the pattern and added
 *     to the pattern's flags, as Python does (pattern.flags shows them);
 *     scoped ones (?i-s:...) are passed on with the letters PCRE2 shares.
 * Python's `$`, `^`, `.`, \b, \d, \s, \w under PCRE2_UTF|PCRE2_UCP (or
 * without UCP for re.ASCII) with LF as the newline are Python's (re.c sets
 * the options).
 *
 * The parser also records each capturing group's enclosing group, which
 * re.c needs for Match.lastindex.
 *
 * Left out, and where it differs from CPython:
 *   - \N{NAME} escapes (no Unicode name table in the runtime): re.error
 *     "bad escape \N".
 *   - look-behind width: PCRE2 accepts alternatives of different fixed
 *     lengths ((?<=a|bc)), which Python rejects; a variable-width one gets
 *     Python's message "look-behind requires fixed-width pattern".
 *   - scoped (?a:...) and (?u:...) are accepted but change nothing: PCRE2
 *     10.42 cannot switch UCP inside a pattern.
 *   - the FutureWarnings about possible nested sets are not printed.
 *   - repeat counts past 65535 (PCRE2's limit) give PCRE2's re.error.
 *
 * A bytes pattern is read as CPython reads one, as latin-1 text: \u, \U
 * are bad escapes there, (?u) is an error and (?L) allowed; PCRE2 then
 * matches bytes (no UTF, no UCP), and every byte past 0x7f is written
 * \x{HH}.  re.LOCALE is accepted and matches as re.ASCII does.
 */
#include "rt.h"

/* The flag values of CPython's re module. */
#define F_TEMPLATE 1
#define F_IGNORECASE 2
#define F_LOCALE 4
#define F_MULTILINE 8
#define F_DOTALL 16
#define F_UNICODE 32
#define F_VERBOSE 64
#define F_DEBUG 128
#define F_ASCII 256
#define TYPE_FLAGS (F_ASCII | F_LOCALE | F_UNICODE)
#define GLOBAL_FLAGS (F_DEBUG | F_TEMPLATE)
/* MAXGROUPS of CPython on a 64-bit build. */
#define MAXGROUPS 1073741823
#define MAXREPEAT 4294967295LL

/* ===================================================================== */
/* The tokenizer                                                          */
/* ===================================================================== */

/* A pattern (or template) as code points, with _parser.py's Tokenizer
 * position: `i` is the start of the next token, tell() in Python. */
typedef struct Src {
  uint32_t *c;
  int64_t n, i;
  YValue text; /* the str or bytes, for re.error */
  int istext;  /* a str (not a bytes) pattern */
} Src;

/* The parser's state (State in _parser.py) and its output. */
typedef struct Parser {
  Src s;
  YBuf out;           /* the PCRE2 pattern */
  int flags;          /* state.flags */
  int ngroups;        /* groups opened so far (state.groups - 1) */
  int capg;           /* room in parent/closed */
  int *parent;        /* the enclosing group of each group, 0 at the top */
  unsigned char *closed; /* has the group been closed (groupwidths[g] set)? */
  int cur;            /* the innermost open group, 0 for none */
  int lookbehind;     /* state.lookbehindgroups, -1 for None */
  YValue groupindex;  /* dict: name -> group number */
  int nrefpos;        /* state.grouprefpos: conditional groups by number, */
  int64_t *refpos;    /* refpos[2k] the group, refpos[2k+1] its position */
} Parser;

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int is_octdigit(uint32_t c) { return c >= '0' && c <= '7'; }
static int is_hexdigit(uint32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int is_asciiletter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_whitespace(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The str of code points [a, b) of the source. */
static YValue src_text(const Src *s, int64_t a, int64_t b) {
  YBuf buf = {0};
  for (int64_t i = a; i < b; i++) yrt_buf_putcp(&buf, s->c[i]);
  return yrt_buf_finish(&buf);
}

YValue yrt_re_error(const char *msg, YValue pattern, int64_t pos) {
  YBuf b = {0};
  int isbytes = yrt_is_bytes(pattern);
  if (isbytes) { /* msg.encode('ascii', 'backslashreplace') */
    for (const char *q = msg; *q;) {
      int k;
      uint32_t c = yrt_utf8_decode(q, &k);
      q += k;
      if (c < 128)
        yrt_buf_putc(&b, (char)c);
      else
        yrt_buf_printf(&b, c < 256 ? "\\x%02x" : c < 65536 ? "\\u%04x" : "\\U%08x", (unsigned)c);
    }
  } else {
    yrt_buf_puts(&b, msg);
  }
  if (pos >= 0 && (yrt_is_str(pattern) || isbytes)) {
    yrt_buf_printf(&b, " at position %lld", (long long)pos);
    const char *data = isbytes ? YBYTES(pattern)->data : YSTR(pattern)->data;
    int64_t len = isbytes ? YBYTES(pattern)->len : YSTR(pattern)->len;
    if (memchr(data, '\n', (size_t)len)) {
      /* (line L, column C), as re.error's constructor adds them */
      int64_t line = 1, col = 0, ci = 0;
      for (int64_t bi = 0; bi < len && ci < pos; ci++) {
        int k = 1;
        uint32_t c = isbytes ? (unsigned char)data[bi] : yrt_utf8_decode(data + bi, &k);
        bi += k;
        if (c == '\n') {
          line++;
          col = 0;
        } else {
          col++;
        }
      }
      yrt_buf_printf(&b, " (line %lld, column %lld)", (long long)line, (long long)col + 1);
    }
  }
  YValue m = yrt_buf_finish(&b);
  YValue e = yrt_exc_new(&yrt_exc_re_error, 1, &m);
  yrt_decref(m);
  if (!YIS_ERR(e)) {
    yrt_raise(e);
    yrt_decref(e);
  }
  return YERROR;
}

/* source.error(msg, offset): re.error at tell() - offset; returns -1. */
static int src_error(const Src *s, const char *msg, int64_t offset) {
  yrt_re_error(msg, s->text, s->i - offset);
  return -1;
}

/* The next token: *c its character (after the backslash of an escape), *esc
 * whether it is an escape.  0 at the end, 1, or -1 for a lone backslash at
 * the end ("bad escape (end of pattern)"). */
static int src_peek(const Src *s, uint32_t *c, int *esc) {
  if (s->i >= s->n) return 0;
  if (s->c[s->i] == '\\') {
    if (s->i + 1 >= s->n) {
      yrt_re_error("bad escape (end of pattern)", s->text, s->n - 1);
      return -1;
    }
    *c = s->c[s->i + 1];
    *esc = 1;
    return 1;
  }
  *c = s->c[s->i];
  *esc = 0;
  return 1;
}

/* source.get(): take the next token (as src_peek). */
static int src_get(Src *s, uint32_t *c, int *esc) {
  int r = src_peek(s, c, esc);
  if (r > 0) s->i += *esc ? 2 : 1;
  return r;
}

/* Is the next token the plain character ch?  (source.next == ch) */
static int src_next_is(const Src *s, uint32_t ch) { return s->i < s->n && s->c[s->i] == ch && ch != '\\'; }

/* source.match(ch) for a plain character. */
static int src_match(Src *s, uint32_t ch) {
  if (!src_next_is(s, ch)) return 0;
  s->i++;
  return 1;
}

/* Is the next token a plain character in [lo-hi]-like set test f? */
static int src_next_in(const Src *s, int (*f)(uint32_t)) {
  return s->i < s->n && s->c[s->i] != '\\' && f(s->c[s->i]);
}

/* source.getuntil(terminator, name): the text up to the terminator (as
 * code point indices [*a, *b)); -1 and CPython's errors. */
static int src_getuntil(Src *s, uint32_t term, const char *name, int64_t *a, int64_t *b) {
  *a = s->i;
  for (;;) {
    uint32_t c;
    int esc;
    int r = src_get(s, &c, &esc);
    if (r < 0) return -1;
    int64_t len = (r ? s->i - (esc ? 2 : 1) : s->i) - *a;
    if (r == 0) {
      char msg[80];
      if (len == 0) {
        snprintf(msg, sizeof msg, "missing %s", name);
        return src_error(s, msg, 0);
      }
      snprintf(msg, sizeof msg, "missing %c, unterminated name", (int)term);
      return src_error(s, msg, len);
    }
    if (!esc && c == term) {
      if (len == 0) {
        char msg[80];
        snprintf(msg, sizeof msg, "missing %s", name);
        return src_error(s, msg, 1);
      }
      *b = s->i - 1;
      return 0;
    }
  }
}

/* error(fmt % repr(text)) for a name: "bad character in group name 'x'". */
static int src_error_name(const Src *s, const char *fmt, YValue name, int64_t offset) {
  YValue r = yrt_repr(name);
  if (YIS_ERR(r)) return -1;
  YValue m = yrt_str_from_fmt(fmt, YSTR(r)->data);
  yrt_decref(r);
  src_error(s, YSTR(m)->data, offset);
  yrt_decref(m);
  return -1;
}

/* name.isidentifier() */
static int is_identifier(YValue name) {
  YValue r = yrt_callmethod(name, YN_isidentifier, 0, NULL);
  int t = !YIS_ERR(r) && yrt_truth(r) == 1;
  if (YIS_ERR(r)) yrt_decref(yrt_fetch_exc());
  return t;
}

/* source.checkgroupname(name, offset): 0, or -1 and re.error. */
static int check_group_name(const Src *s, YValue name, int64_t offset) {
  if (is_identifier(name)) return 0;
  return src_error_name(s, "bad character in group name %s", name, YSTR(name)->nchars + offset);
}

/* ===================================================================== */
/* Output                                                                 */
/* ===================================================================== */

/* A literal character, in a form PCRE2 reads as that character alone (a
 * byte past 0x7f of a bytes pattern as \x{HH}: PCRE2 reads no UTF-8 there). */
static void emit_lit(Parser *p, uint32_t c) {
  if (is_digit(c) || is_asciiletter(c) || (c >= 128 && p->s.istext))
    yrt_buf_putcp(&p->out, c);
  else
    yrt_buf_printf(&p->out, "\\x{%x}", (unsigned)c);
}

/* ===================================================================== */
/* Escapes                                                                */
/* ===================================================================== */

/* What an escape stands for. */
typedef enum EscKind {
  ESC_LIT,      /* the literal character *lit */
  ESC_CATEGORY, /* \d \D \s \S \w \W (written to the output as is) */
  ESC_AT,       /* \A \b \B \Z (an anchor; written to the output) */
  ESC_GROUPREF  /* a backreference to group *lit (written as \g{N}) */
} EscKind;

static int esc_code(uint32_t c, uint32_t *lit) {
  switch (c) {
  case 'a': *lit = 7; return 1;
  case 'b': *lit = 8; return 1;
  case 'f': *lit = 12; return 1;
  case 'n': *lit = 10; return 1;
  case 'r': *lit = 13; return 1;
  case 't': *lit = 9; return 1;
  case 'v': *lit = 11; return 1;
  case '\\': *lit = '\\'; return 1;
  default: return 0;
  }
}

static int is_category(uint32_t c) {
  return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W';
}

/* "bad escape \q" / "incomplete escape \x4": escape the text [a, s->i). */
static int escape_error(Src *s, const char *what, int64_t a) {
  YValue t = src_text(s, a, s->i);
  YValue m = yrt_str_from_fmt("%s %s", what, YSTR(t)->data);
  yrt_decref(t);
  src_error(s, YSTR(m)->data, s->i - a);
  yrt_decref(m);
  return -1;
}

/* Up to n hex digits (getwhile(n, HEXDIGITS)); the value. */
static uint32_t get_hex(Src *s, int n, int *got) {
  uint32_t v = 0;
  *got = 0;
  while (*got < n && src_next_in(s, is_hexdigit)) {
    uint32_t c = s->c[s->i++];
    v = v * 16 + (uint32_t)(is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    (*got)++;
  }
  return v;
}

/* \x, \u, \U: *lit; the escape started at a (the backslash). */
static int hex_escape(Src *s, uint32_t c, int64_t a, uint32_t *lit) {
  int n = c == 'x' ? 2 : c == 'u' ? 4 : 8, got;
  *lit = get_hex(s, n, &got);
  if (got != n) return escape_error(s, "incomplete escape", a);
  if (c == 'U' && *lit > 0x10FFFF) return escape_error(s, "bad escape", a);
  return 0;
}

/* _class_escape: an escape inside [...]; the backslash and c have been
 * taken (the escape began at a).  ESC_LIT or ESC_CATEGORY. */
static int class_escape(Src *s, uint32_t c, int64_t a, uint32_t *lit) {
  if (esc_code(c, lit)) return ESC_LIT;
  if (is_category(c)) {
    *lit = c;
    return ESC_CATEGORY;
  }
  if (c == 'x' || ((c == 'u' || c == 'U') && s->istext)) return hex_escape(s, c, a, lit) < 0 ? -1 : ESC_LIT;
  if (is_octdigit(c)) {
    uint32_t v = c - '0';
    for (int k = 0; k < 2 && src_next_in(s, is_octdigit); k++) v = v * 8 + (s->c[s->i++] - '0');
    if (v > 0377) {
      YValue t = src_text(s, a, s->i);
      YValue m = yrt_str_from_fmt("octal escape value %s outside of range 0-0o377", YSTR(t)->data);
      yrt_decref(t);
      src_error(s, YSTR(m)->data, s->i - a);
      yrt_decref(m);
      return -1;
    }
    *lit = v;
    return ESC_LIT;
  }
  if (is_digit(c) || is_asciiletter(c)) return escape_error(s, "bad escape", a);
  *lit = c;
  return ESC_LIT;
}

/* state.checkgroup(gid) */
static int group_closed(const Parser *p, int g) { return g >= 1 && g <= p->ngroups && p->closed[g]; }

/* state.checklookbehindgroup(gid, source) */
static int check_lookbehind_group(Parser *p, int g) {
  if (p->lookbehind < 0) return 0;
  if (!group_closed(p, g)) return src_error(&p->s, "cannot refer to an open group", 0);
  if (g >= p->lookbehind)
    return src_error(&p->s, "cannot refer to group defined in the same lookbehind subpattern", 0);
  return 0;
}

/* _escape: an escape outside a class; the backslash and c have been taken. */
static int pattern_escape(Parser *p, uint32_t c, int64_t a, uint32_t *lit) {
  Src *s = &p->s;
  if (is_category(c)) {
    *lit = c;
    return ESC_CATEGORY;
  }
  if (c == 'A' || c == 'b' || c == 'B' || c == 'Z') {
    *lit = c;
    return ESC_AT;
  }
  if (esc_code(c, lit)) return ESC_LIT;
  if (c == 'x' || ((c == 'u' || c == 'U') && s->istext)) return hex_escape(s, c, a, lit) < 0 ? -1 : ESC_LIT;
  if (c == '0') {
    uint32_t v = 0;
    for (int k = 0; k < 2 && src_next_in(s, is_octdigit); k++) v = v * 8 + (s->c[s->i++] - '0');
    *lit = v;
    return ESC_LIT;
  }
  if (is_digit(c)) {
    int64_t g = c - '0';
    if (src_next_in(s, is_digit)) {
      uint32_t d = s->c[s->i++];
      if (is_octdigit(c) && is_octdigit(d) && src_next_in(s, is_octdigit)) {
        uint32_t e = s->c[s->i++];
        uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (e - '0');
        if (v > 0377) {
          YValue t = src_text(s, a, s->i);
          YValue m = yrt_str_from_fmt("octal escape value %s outside of range 0-0o377", YSTR(t)->data);
          yrt_decref(t);
          src_error(s, YSTR(m)->data, s->i - a);
          yrt_decref(m);
          return -1;
        }
        *lit = v;
        return ESC_LIT;
      }
      g = g * 10 + (d - '0');
    }
    if (g < p->ngroups + 1) {
      if (!group_closed(p, (int)g)) return src_error(s, "cannot refer to an open group", s->i - a);
      if (check_lookbehind_group(p, (int)g) < 0) return -1;
      *lit = (uint32_t)g;
      return ESC_GROUPREF;
    }
    char msg[64];
    snprintf(msg, sizeof msg, "invalid group reference %d", (int)g);
    return src_error(s, msg, s->i - a - 1);
  }
  if (is_asciiletter(c)) return escape_error(s, "bad escape", a);
  *lit = c;
  return ESC_LIT;
}

/* ===================================================================== */
/* Patterns                                                               */
/* ===================================================================== */

static int parse_sub(Parser *p, int verbose, int nested);

/* The kind of the last item of a sequence, for the checks of a repeat. */
typedef enum Last {
  LAST_NONE,   /* nothing yet */
  LAST_AT,     /* an anchor: ^ $ \A \b \B \Z */
  LAST_REPEAT, /* a repeated item */
  LAST_ITEM    /* anything else */
} Last;

/* The letter of a flag, or 0. */
static int flag_of(uint32_t c) {
  switch (c) {
  case 'i': return F_IGNORECASE;
  case 'L': return F_LOCALE;
  case 'm': return F_MULTILINE;
  case 's': return F_DOTALL;
  case 'x': return F_VERBOSE;
  case 'a': return F_ASCII;
  case 't': return F_TEMPLATE;
  case 'u': return F_UNICODE;
  default: return 0;
  }
}

static int is_alpha_char(uint32_t c) { return c < 128 ? is_asciiletter(c) : yrt_uni_isalpha(c); }

/* _parse_flags: 1 for global flags (added to p->flags), 0 for scoped ones
 * (*add, *del), -1 on error.  `c` is the first flag character taken. */
static int parse_flags(Parser *p, uint32_t c, int *add, int *del) {
  Src *s = &p->s;
  int esc;
  *add = *del = 0;
  if (c != '-') {
    for (;;) {
      int flag = flag_of(c);
      if (c == 'L' && s->istext) return src_error(s, "bad inline flags: cannot use 'L' flag with a str pattern", 0);
      if (c == 'u' && !s->istext) return src_error(s, "bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
      *add |= flag;
      if ((flag & TYPE_FLAGS) && (*add & TYPE_FLAGS) != flag)
        return src_error(s, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
      int r = src_get(s, &c, &esc);
      if (r < 0) return -1;
      if (r == 0) return src_error(s, "missing -, : or )", 0);
      if (!esc && (c == ')' || c == '-' || c == ':')) break;
      if (esc || !flag_of(c))
        return src_error(s, !esc && is_alpha_char(c) ? "unknown flag" : "missing -, : or )", esc ? 2 : 1);
    }
  }
  if (c == ')') {
    p->flags |= *add;
    return 1;
  }
  if (*add & GLOBAL_FLAGS) return src_error(s, "bad inline flags: cannot turn on global flag", 1);
  if (c == '-') {
    int r = src_get(s, &c, &esc);
    if (r < 0) return -1;
    if (r == 0) return src_error(s, "missing flag", 0);
    if (esc || !flag_of(c))
      return src_error(s, !esc && is_alpha_char(c) ? "unknown flag" : "missing flag", esc ? 2 : 1);
    for (;;) {
      int flag = flag_of(c);
      if (flag & TYPE_FLAGS) return src_error(s, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
      *del |= flag;
      r = src_get(s, &c, &esc);
      if (r < 0) return -1;
      if (r == 0) return src_error(s, "missing :", 0);
      if (!esc && c == ':') break;
      if (esc || !flag_of(c))
        return src_error(s, !esc && is_alpha_char(c) ? "unknown flag" : "missing :", esc ? 2 : 1);
    }
  }
  if (*del & GLOBAL_FLAGS) return src_error(s, "bad inline flags: cannot turn off global flag", 1);
  if (*add & *del) return src_error(s, "bad inline flags: flag turned on and off", 1);
  return 0;
}

/* state.opengroup(name): the new group's number, or -1 (re.error at the
 * name's position). */
static int open_group(Parser *p, YValue name) {
  int g = p->ngroups + 1;
  if (g >= MAXGROUPS) return src_error(&p->s, "too many groups", 0);
  if (!YIS_UNBOUND(name)) {
    YValue old = yrt_dict_get(p->groupindex, name);
    if (YIS_ERR(old)) return -1;
    if (!YIS_UNBOUND(old)) {
      YValue r = yrt_repr(name);
      if (YIS_ERR(r)) return -1;
      YValue m = yrt_str_from_fmt("redefinition of group name %s as group %d; was group %lld", YSTR(r)->data, g,
                                  (long long)old.u.i);
      yrt_decref(r);
      src_error(&p->s, YSTR(m)->data, YSTR(name)->nchars + 1);
      yrt_decref(m);
      return -1;
    }
    if (yrt_dict_set(p->groupindex, name, yint(g)) < 0) return -1;
  }
  if (g >= p->capg) {
    p->capg = p->capg ? 2 * p->capg : 16;
    p->parent = yrt_realloc(p->parent, (size_t)p->capg * sizeof *p->parent);
    p->closed = yrt_realloc(p->closed, (size_t)p->capg);
  }
  p->parent[g] = p->cur;
  p->closed[g] = 0;
  p->ngroups = g;
  return g;
}

/* A repeat: the quantifier `this` ('?', '*', '+' or '{', taken; `here` is
 * tell() after it).  0 (written, or a literal `{`), -1 on error. */
static int parse_repeat(Parser *p, uint32_t this, int64_t here, Last *last) {
  Src *s = &p->s;
  YBuf q = {0};
  if (this == '{') {
    if (src_next_is(s, '}')) {
      emit_lit(p, '{');
      *last = LAST_ITEM;
      return 0;
    }
    int64_t lo_a = s->i;
    while (src_next_in(s, is_digit)) s->i++;
    int64_t lo_b = s->i, hi_a = s->i, hi_b = s->i;
    int comma = src_match(s, ',');
    if (comma) {
      hi_a = s->i;
      while (src_next_in(s, is_digit)) s->i++;
      hi_b = s->i;
    }
    if (!src_match(s, '}')) {
      emit_lit(p, '{');
      *last = LAST_ITEM;
      s->i = here;
      return 0;
    }
    int64_t lo = 0, hi = -1;
    for (int64_t i = lo_a; i < lo_b; i++) {
      lo = lo * 10 + (s->c[i] - '0');
      if (lo >= MAXREPEAT) goto overflow;
    }
    if (comma) {
      if (hi_b > hi_a) {
        hi = 0;
        for (int64_t i = hi_a; i < hi_b; i++) {
          hi = hi * 10 + (s->c[i] - '0');
          if (hi >= MAXREPEAT) goto overflow;
        }
      }
    } else {
      hi = lo;
    }
    if (hi >= 0 && hi < lo) return src_error(s, "min repeat greater than max repeat", s->i - here);
    if (!comma)
      yrt_buf_printf(&q, "{%lld}", (long long)lo);
    else if (hi < 0)
      yrt_buf_printf(&q, "{%lld,}", (long long)lo);
    else
      yrt_buf_printf(&q, "{%lld,%lld}", (long long)lo, (long long)hi);
  } else {
    yrt_buf_putc(&q, (char)this);
  }
  if (*last == LAST_NONE || *last == LAST_AT) {
    yrt_buf_free(&q);
    return src_error(s, "nothing to repeat", s->i - here + 1);
  }
  if (*last == LAST_REPEAT) {
    yrt_buf_free(&q);
    return src_error(s, "multiple repeat", s->i - here + 1);
  }
  if (src_match(s, '?'))
    yrt_buf_putc(&q, '?');
  else if (src_match(s, '+'))
    yrt_buf_putc(&q, '+');
  yrt_buf_putn(&p->out, q.data, q.len);
  yrt_buf_free(&q);
  *last = LAST_REPEAT;
  return 0;
overflow:
  yrt_buf_free(&q);
  yrt_raise_msg(&yrt_exc_OverflowError, "the repetition number is too large");
  return -1;
}

/* A character set; `[` was taken at `here`. */
static int parse_set(Parser *p, int64_t here) {
  Src *s = &p->s;
  YBuf *o = &p->out;
  yrt_buf_putc(o, '[');
  if (src_match(s, '^')) yrt_buf_putc(o, '^');
  int n = 0;
  for (;;) {
    uint32_t c, lit1, lit2;
    int esc, k1;
    int64_t a = s->i;
    int r = src_get(s, &c, &esc);
    if (r < 0) return -1;
    if (r == 0) return src_error(s, "unterminated character set", s->i - here);
    if (!esc && c == ']' && n) break;
    if (esc) {
      k1 = class_escape(s, c, a, &lit1);
      if (k1 < 0) return -1;
    } else {
      k1 = ESC_LIT;
      lit1 = c;
    }
    int64_t a1 = a, b1 = s->i;
    n++;
    if (src_match(s, '-')) {
      a = s->i;
      r = src_get(s, &c, &esc);
      if (r < 0) return -1;
      if (r == 0) return src_error(s, "unterminated character set", s->i - here);
      if (!esc && c == ']') {
        if (k1 == ESC_CATEGORY)
          yrt_buf_printf(o, "\\%c", (char)lit1);
        else
          emit_lit(p, lit1);
        emit_lit(p, '-');
        break;
      }
      int k2 = ESC_LIT;
      lit2 = c;
      if (esc && (k2 = class_escape(s, c, a, &lit2)) < 0) return -1;
      if (k1 != ESC_LIT || k2 != ESC_LIT || lit2 < lit1) {
        YValue t1 = src_text(s, a1, b1), t2 = src_text(s, a, s->i);
        YValue m = yrt_str_from_fmt("bad character range %s-%s", YSTR(t1)->data, YSTR(t2)->data);
        /* offset len(this) + 1 + len(that): `this` and `that` are the
         * tokens, not the whole escapes */
        int64_t off = (s->i - a) + 1 + (b1 - a1);
        yrt_decref(t1);
        yrt_decref(t2);
        src_error(s, YSTR(m)->data, off);
        yrt_decref(m);
        return -1;
      }
      emit_lit(p, lit1);
      yrt_buf_putc(o, '-');
      emit_lit(p, lit2);
    } else if (k1 == ESC_CATEGORY) {
      yrt_buf_printf(o, "\\%c", (char)lit1);
    } else {
      emit_lit(p, lit1);
    }
  }
  yrt_buf_putc(o, ']');
  return 0;
}

/* _parse: a sequence of items, up to `|`, `)` or the end. */
static int parse_seq(Parser *p, int verbose, int nested, int first) {
  Src *s = &p->s;
  YBuf *o = &p->out;
  Last last = LAST_NONE;
  for (;;) {
    uint32_t this;
    int esc;
    int r = src_peek(s, &this, &esc);
    if (r < 0) return -1;
    if (r == 0) break;
    if (!esc && (this == '|' || this == ')')) break;
    int64_t a = s->i;
    src_get(s, &this, &esc);
    if (verbose && !esc) {
      if (is_whitespace(this)) continue;
      if (this == '#') { /* to the end of the line, token by token (an escaped newline goes on) */
        for (;;) {
          r = src_get(s, &this, &esc);
          if (r < 0) return -1;
          if (r == 0 || (!esc && this == '\n')) break;
        }
        continue;
      }
    }
    if (esc) {
      uint32_t lit;
      int k = pattern_escape(p, this, a, &lit);
      if (k < 0) return -1;
      switch (k) {
      case ESC_LIT: emit_lit(p, lit); last = LAST_ITEM; break;
      case ESC_CATEGORY: yrt_buf_printf(o, "\\%c", (char)lit); last = LAST_ITEM; break;
      case ESC_AT: yrt_buf_printf(o, "\\%c", lit == 'Z' ? 'z' : (char)lit); last = LAST_AT; break;
      default: yrt_buf_printf(o, "\\g{%u}", (unsigned)lit); last = LAST_ITEM; break;
      }
      continue;
    }
    switch (this) {
    case '[':
      if (parse_set(p, a) < 0) return -1;
      last = LAST_ITEM;
      break;
    case '?':
    case '*':
    case '+':
    case '{':
      if (parse_repeat(p, this, s->i, &last) < 0) return -1;
      break;
    case '.':
      yrt_buf_putc(o, '.');
      last = LAST_ITEM;
      break;
    case '^':
    case '$':
      yrt_buf_putc(o, (char)this);
      last = LAST_AT;
      break;
    case '(': {
      int64_t start = a;
      int capture = 1, add = 0, del = 0;
      YValue name = YUNBOUND;
      const char *open = "(";
      if (src_match(s, '?')) {
        uint32_t c;
        r = src_get(s, &c, &esc);
        if (r < 0) return -1;
        if (r == 0) return src_error(s, "unexpected end of pattern", 0);
        if (esc) goto unknown_ext;
        if (c == 'P') {
          int64_t na, nb;
          if (src_match(s, '<')) {
            if (src_getuntil(s, '>', "group name", &na, &nb) < 0) return -1;
            name = src_text(s, na, nb);
            if (check_group_name(s, name, 1) < 0) goto fail_name;
          } else if (src_match(s, '=')) {
            if (src_getuntil(s, ')', "group name", &na, &nb) < 0) return -1;
            name = src_text(s, na, nb);
            if (check_group_name(s, name, 1) < 0) goto fail_name;
            YValue g = yrt_dict_get(p->groupindex, name);
            if (YIS_ERR(g)) goto fail_name;
            if (YIS_UNBOUND(g)) {
              src_error_name(s, "unknown group name %s", name, YSTR(name)->nchars + 1);
              goto fail_name;
            }
            if (!group_closed(p, (int)g.u.i)) {
              src_error(s, "cannot refer to an open group", YSTR(name)->nchars + 1);
              goto fail_name;
            }
            if (check_lookbehind_group(p, (int)g.u.i) < 0) goto fail_name;
            yrt_decref(name);
            yrt_buf_printf(o, "\\g{%d}", (int)g.u.i);
            last = LAST_ITEM;
            break;
          } else {
            r = src_get(s, &c, &esc);
            if (r < 0) return -1;
            if (r == 0) return src_error(s, "unexpected end of pattern", 0);
            YBuf m = {0};
            yrt_buf_puts(&m, "unknown extension ?P");
            if (esc) yrt_buf_putc(&m, '\\');
            yrt_buf_putcp(&m, c);
            yrt_buf_putc(&m, 0);
            src_error(s, m.data, esc ? 4 : 3);
            yrt_buf_free(&m);
            return -1;
          }
        } else if (c == ':') {
          capture = 0;
          open = "(?:";
        } else if (c == '#') {
          for (;;) {
            if (s->i >= s->n) return src_error(s, "missing ), unterminated comment", s->i - start);
            r = src_get(s, &c, &esc);
            if (r < 0) return -1;
            if (!esc && c == ')') break;
          }
          continue;
        } else if (c == '=' || c == '!' || c == '<') {
          const char *kind = c == '=' ? "(?=" : "(?!";
          int behind = c == '<', saved = p->lookbehind;
          if (behind) {
            r = src_get(s, &c, &esc);
            if (r < 0) return -1;
            if (r == 0) return src_error(s, "unexpected end of pattern", 0);
            if (esc || (c != '=' && c != '!')) {
              YBuf m = {0};
              yrt_buf_puts(&m, "unknown extension ?<");
              if (esc) yrt_buf_putc(&m, '\\');
              yrt_buf_putcp(&m, c);
              yrt_buf_putc(&m, 0);
              src_error(s, m.data, esc ? 4 : 3);
              yrt_buf_free(&m);
              return -1;
            }
            kind = c == '=' ? "(?<=" : "(?<!";
            if (p->lookbehind < 0) p->lookbehind = p->ngroups + 1;
          }
          yrt_buf_puts(o, kind);
          if (parse_sub(p, verbose, nested + 1) < 0) return -1;
          if (behind) p->lookbehind = saved;
          if (!src_match(s, ')')) return src_error(s, "missing ), unterminated subpattern", s->i - start);
          yrt_buf_putc(o, ')');
          last = LAST_ITEM;
          break;
        } else if (c == '(') {
          int64_t na, nb;
          if (src_getuntil(s, ')', "group name", &na, &nb) < 0) return -1;
          YValue cname = src_text(s, na, nb);
          int64_t g = 0, clen = YSTR(cname)->nchars;
          if (is_identifier(cname)) {
            YValue gv = yrt_dict_get(p->groupindex, cname);
            if (YIS_ERR(gv) || YIS_UNBOUND(gv)) {
              if (!YIS_ERR(gv)) src_error_name(s, "unknown group name %s", cname, clen + 1);
              yrt_decref(cname);
              return -1;
            }
            g = gv.u.i;
          } else {
            int ok = nb > na;
            for (int64_t i = na; i < nb && ok; i++) {
              uint32_t d = s->c[i];
              if (yrt_uni_decimal(d) < 0 && !(i == na && d == '+' && nb > na + 1)) ok = 0;
              if (ok && d != '+' && (g = g * 10 + yrt_uni_decimal(d)) >= MAXGROUPS) g = MAXGROUPS;
            }
            if (!ok) {
              src_error_name(s, "bad character in group name %s", cname, clen + 1);
              yrt_decref(cname);
              return -1;
            }
            if (g == 0) {
              yrt_decref(cname);
              return src_error(s, "bad group number", clen + 1);
            }
            if (g >= MAXGROUPS) {
              char m[64];
              snprintf(m, sizeof m, "invalid group reference %lld", (long long)g);
              yrt_decref(cname);
              return src_error(s, m, clen + 1);
            }
            int seen = 0;
            for (int k = 0; k < p->nrefpos; k++) seen |= p->refpos[2 * k] == g;
            if (!seen) {
              p->refpos = yrt_realloc(p->refpos, (size_t)(p->nrefpos + 1) * 2 * sizeof *p->refpos);
              p->refpos[2 * p->nrefpos] = g;
              p->refpos[2 * p->nrefpos + 1] = s->i - clen - 1;
              p->nrefpos++;
            }
          }
          yrt_decref(cname);
          if (check_lookbehind_group(p, (int)g) < 0) return -1;
          yrt_buf_printf(o, "(?(%lld)", (long long)g);
          if (parse_seq(p, verbose, nested + 1, 0) < 0) return -1;
          if (src_match(s, '|')) {
            yrt_buf_putc(o, '|');
            if (parse_seq(p, verbose, nested + 1, 0) < 0) return -1;
            if (src_next_is(s, '|')) return src_error(s, "conditional backref with more than two branches", 0);
          }
          if (!src_match(s, ')')) return src_error(s, "missing ), unterminated subpattern", s->i - start);
          yrt_buf_putc(o, ')');
          last = LAST_ITEM;
          break;
        } else if (c == '>') {
          capture = 0;
          open = "(?>";
        } else if (flag_of(c) || c == '-') {
          int g = parse_flags(p, c, &add, &del);
          if (g < 0) return -1;
          if (g == 1) {
            if (!first || last != LAST_NONE)
              return src_error(s, "global flags not at the start of the expression", s->i - start);
            verbose = (p->flags & F_VERBOSE) != 0;
            continue;
          }
          capture = 0;
          open = NULL;
        } else {
        unknown_ext:;
          YBuf m = {0};
          yrt_buf_puts(&m, "unknown extension ?");
          if (esc) yrt_buf_putc(&m, '\\');
          yrt_buf_putcp(&m, c);
          yrt_buf_putc(&m, 0);
          src_error(s, m.data, esc ? 3 : 2);
          yrt_buf_free(&m);
          return -1;
        }
      }
      int g = 0, saved_cur = p->cur;
      if (capture) {
        g = open_group(p, name);
        yrt_decref(name);
        name = YUNBOUND;
        if (g < 0) return -1;
        p->cur = g;
      }
      if (open) {
        yrt_buf_puts(o, open);
      } else {
        /* scoped flags: the letters PCRE2 shares (x is done here; a, u
         * cannot be scoped in PCRE2) */
        static const struct { int flag; char c; } shared[] = {{F_IGNORECASE, 'i'}, {F_MULTILINE, 'm'}, {F_DOTALL, 's'}};
        yrt_buf_puts(o, "(?");
        int any_del = 0;
        for (int k = 0; k < 3; k++)
          if (add & shared[k].flag) yrt_buf_putc(o, shared[k].c);
        for (int k = 0; k < 3; k++)
          if (del & shared[k].flag) {
            if (!any_del++) yrt_buf_putc(o, '-');
            yrt_buf_putc(o, shared[k].c);
          }
        yrt_buf_putc(o, ':');
      }
      int sub_verbose = (verbose || (add & F_VERBOSE)) && !(del & F_VERBOSE);
      if (parse_sub(p, sub_verbose, nested + 1) < 0) return -1;
      if (!src_match(s, ')')) return src_error(s, "missing ), unterminated subpattern", s->i - start);
      yrt_buf_putc(o, ')');
      if (capture) {
        p->closed[g] = 1;
        p->cur = saved_cur;
      }
      last = LAST_ITEM;
      break;
    fail_name:
      yrt_decref(name);
      return -1;
    }
    default:
      emit_lit(p, this);
      last = LAST_ITEM;
      break;
    }
  }
  return 0;
}

/* _parse_sub: alternatives. */
static int parse_sub(Parser *p, int verbose, int nested) {
  int first = 1;
  for (;;) {
    if (parse_seq(p, verbose, nested + 1, nested == 0 && first) < 0) return -1;
    first = 0;
    if (!src_match(&p->s, '|')) break;
    yrt_buf_putc(&p->out, '|');
    if (!nested) verbose = (p->flags & F_VERBOSE) != 0;
  }
  return 0;
}

/* The code points of a str, or the bytes of a bytes as latin-1 (malloc'd);
 * *n their number. */
static uint32_t *decode(YValue v, int64_t *n) {
  if (yrt_is_bytes(v)) {
    const YBytes *by = YBYTES(v);
    uint32_t *c = yrt_malloc((size_t)(by->len ? by->len : 1) * sizeof *c);
    for (int64_t i = 0; i < by->len; i++) c[i] = (unsigned char)by->data[i];
    *n = by->len;
    return c;
  }
  const YStr *s = YSTR(v);
  uint32_t *c = yrt_malloc((size_t)(s->nchars ? s->nchars : 1) * sizeof *c);
  int64_t i = 0;
  for (int64_t b = 0; b < s->len; i++) {
    int k;
    c[i] = yrt_utf8_decode(s->data + b, &k);
    b += k;
  }
  *n = s->nchars;
  return c;
}

int yrt_re_parse(YValue pattern, int flags, YReParsed *out) {
  memset(out, 0, sizeof *out);
  Parser p;
  memset(&p, 0, sizeof p);
  p.s.c = decode(pattern, &p.s.n);
  p.s.text = pattern;
  p.s.istext = !yrt_is_bytes(pattern);
  p.flags = flags;
  p.lookbehind = -1;
  p.groupindex = yrt_dict_new();
  p.capg = 16;
  p.parent = yrt_calloc(16, sizeof *p.parent);
  p.closed = yrt_calloc(16, 1);
  int r = parse_sub(&p, (flags & F_VERBOSE) != 0, 0);
  if (r == 0) {
    /* fix_flags */
    if (!p.s.istext) {
      if (p.flags & F_UNICODE) {
        yrt_raise_msg(&yrt_exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
        r = -1;
      } else if ((p.flags & F_LOCALE) && (p.flags & F_ASCII)) {
        yrt_raise_msg(&yrt_exc_ValueError, "ASCII and LOCALE flags are incompatible");
        r = -1;
      }
    } else if (p.flags & F_LOCALE) {
      yrt_raise_msg(&yrt_exc_ValueError, "cannot use LOCALE flag with a str pattern");
      r = -1;
    } else if (!(p.flags & F_ASCII)) {
      p.flags |= F_UNICODE;
    } else if (p.flags & F_UNICODE) {
      yrt_raise_msg(&yrt_exc_ValueError, "ASCII and UNICODE flags are incompatible");
      r = -1;
    }
  }
  if (r == 0 && p.s.i < p.s.n) r = src_error(&p.s, "unbalanced parenthesis", 0);
  for (int k = 0; r == 0 && k < p.nrefpos; k++)
    if (p.refpos[2 * k] > p.ngroups) {
      char m[64];
      snprintf(m, sizeof m, "invalid group reference %lld", (long long)p.refpos[2 * k]);
      yrt_re_error(m, pattern, p.refpos[2 * k + 1]);
      r = -1;
    }
  free(p.s.c);
  free(p.closed);
  free(p.refpos);
  if (r < 0) {
    yrt_buf_free(&p.out);
    free(p.parent);
    yrt_decref(p.groupindex);
    return -1;
  }
  yrt_buf_putc(&p.out, 0);
  out->pcre = p.out;
  out->flags = p.flags;
  out->ngroups = p.ngroups;
  out->parent = p.parent;
  out->groupindex = p.groupindex;
  return 0;
}

void yrt_re_parsed_free(YReParsed *p) {
  yrt_buf_free(&p->pcre);
  free(p->parent);
  yrt_clear(&p->groupindex);
}

/* ===================================================================== */
/* Replacement templates                                                  */
/* ===================================================================== */

/* Add the pending literal text to the template (a str, or for a bytes
 * template a bytes of the bytes in lit). */
static void tpl_flush(YReTemplate *t, YBuf *lit, int istext) {
  if (!lit->len) return;
  t->items = yrt_realloc(t->items, (size_t)(t->n + 1) * sizeof *t->items);
  t->items[t->n].group = -1;
  if (istext) {
    t->items[t->n].lit = yrt_buf_finish(lit);
  } else {
    t->items[t->n].lit = yrt_bytes_new(lit->data, (int64_t)lit->len);
    yrt_buf_free(lit);
  }
  memset(lit, 0, sizeof *lit);
  t->n++;
}

/* Add a character to a template's literal text (a byte for bytes). */
static void tpl_putc(YBuf *lit, uint32_t c, int istext) {
  if (istext)
    yrt_buf_putcp(lit, c);
  else
    yrt_buf_putc(lit, (char)c);
}

static int tpl_group(YReTemplate *t, YBuf *lit, Src *s, int64_t g, int ngroups, int64_t offset) {
  if (g > ngroups) {
    char m[64];
    snprintf(m, sizeof m, "invalid group reference %lld", (long long)g);
    return src_error(s, m, offset);
  }
  tpl_flush(t, lit, s->istext);
  t->items = yrt_realloc(t->items, (size_t)(t->n + 1) * sizeof *t->items);
  t->items[t->n].group = (int)g;
  t->items[t->n].lit = YUNBOUND;
  t->n++;
  return 0;
}

int yrt_re_template(YValue repl, int ngroups, YValue groupindex, YReTemplate *t) {
  memset(t, 0, sizeof *t);
  Src s;
  s.c = decode(repl, &s.n);
  s.i = 0;
  s.text = repl;
  s.istext = !yrt_is_bytes(repl);
  YBuf lit = {0};
  int r = 0;
  for (;;) {
    uint32_t c;
    int esc;
    int64_t a = s.i;
    int k = src_get(&s, &c, &esc);
    if (k < 0) goto fail;
    if (k == 0) break;
    if (!esc) {
      tpl_putc(&lit, c, s.istext);
      continue;
    }
    uint32_t code;
    if (c == 'g') {
      int64_t na, nb;
      if (!src_match(&s, '<')) {
        src_error(&s, "missing <", 0);
        goto fail;
      }
      if (src_getuntil(&s, '>', "group name", &na, &nb) < 0) goto fail;
      YValue name = src_text(&s, na, nb);
      int64_t nlen = YSTR(name)->nchars, g = 0;
      if (is_identifier(name)) {
        YValue gv = yrt_dict_get(groupindex, name);
        if (YIS_ERR(gv) || YIS_UNBOUND(gv)) {
          if (!YIS_ERR(gv)) {
            YValue rp = yrt_repr(name);
            if (!YIS_ERR(rp)) yrt_raise_msg(&yrt_exc_IndexError, "unknown group name %s", YSTR(rp)->data);
            yrt_decref(rp);
          }
          yrt_decref(name);
          goto fail;
        }
        g = gv.u.i;
      } else {
        /* int(name): ASCII or Unicode decimal digits, an optional sign,
         * surrounding whitespace; negative is an error */
        int64_t i = na, e = nb;
        while (i < e && yrt_uni_isspace(s.c[i])) i++;
        while (e > i && yrt_uni_isspace(s.c[e - 1])) e--;
        int ok = 1, sign = 0, digits = 0;
        if (i < e && (s.c[i] == '+' || s.c[i] == '-')) sign = s.c[i++] == '-' ? -1 : 1;
        for (; i < e && ok; i++) {
          int d = yrt_uni_decimal(s.c[i]);
          if (d < 0 && s.c[i] == '_' && digits && i + 1 < e && yrt_uni_decimal(s.c[i + 1]) >= 0) continue;
          if (d < 0) ok = 0;
          else if ((g = g * 10 + d) >= MAXGROUPS) g = MAXGROUPS;
          digits++;
        }
        if (!ok || !digits || (sign < 0 && g != 0)) {
          src_error_name(&s, "bad character in group name %s", name, nlen + 1);
          yrt_decref(name);
          goto fail;
        }
        if (g >= MAXGROUPS) {
          char m[64];
          snprintf(m, sizeof m, "invalid group reference %lld", (long long)g);
          src_error(&s, m, nlen + 1);
          yrt_decref(name);
          goto fail;
        }
      }
      yrt_decref(name);
      if (tpl_group(t, &lit, &s, g, ngroups, nlen + 1) < 0) goto fail;
    } else if (c == '0') {
      uint32_t v = 0;
      for (int n = 0; n < 2 && src_next_in(&s, is_octdigit); n++) v = v * 8 + (s.c[s.i++] - '0');
      tpl_putc(&lit, v & 0xff, s.istext);
    } else if (is_digit(c)) {
      int64_t g = c - '0';
      if (src_next_in(&s, is_digit)) {
        uint32_t d = s.c[s.i++];
        if (is_octdigit(c) && is_octdigit(d) && src_next_in(&s, is_octdigit)) {
          uint32_t e = s.c[s.i++];
          uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (e - '0');
          if (v > 0377) {
            YValue tx = src_text(&s, a, s.i);
            YValue m = yrt_str_from_fmt("octal escape value %s outside of range 0-0o377", YSTR(tx)->data);
            yrt_decref(tx);
            src_error(&s, YSTR(m)->data, s.i - a);
            yrt_decref(m);
            goto fail;
          }
          tpl_putc(&lit, v, s.istext);
          continue;
        }
        g = g * 10 + (d - '0');
      }
      if (tpl_group(t, &lit, &s, g, ngroups, s.i - a - 1) < 0) goto fail;
    } else if (esc_code(c, &code)) {
      tpl_putc(&lit, code, s.istext);
    } else if (is_asciiletter(c)) {
      escape_error(&s, "bad escape", a);
      goto fail;
    } else {
      yrt_buf_putc(&lit, '\\');
      tpl_putc(&lit, c, s.istext);
    }
  }
  tpl_flush(t, &lit, s.istext);
  free(s.c);
  return r;
fail:
  yrt_buf_free(&lit);
  free(s.c);
  yrt_re_template_free(t);
  return -1;
}

void yrt_re_template_free(YReTemplate *t) {
  for (int i = 0; i < t->n; i++) yrt_decref(t->items[i].lit);
  free(t->items);
  t->items = NULL;
  t->n = 0;
}
