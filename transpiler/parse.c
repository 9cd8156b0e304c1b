/*
 * parse.c: Python source -> yieldc's AST, by way of tree-sitter-python.
 *
 * This is the only file that sees tree-sitter.  It works in three steps:
 *
 * 1. parse_scan() runs a small tokenizer over the raw text, the part of
 *    CPython's tokenizer that tree-sitter's grammar does not check: UTF-8 and
 *    NUL bytes, unterminated strings, unbalanced or too deeply nested
 *    brackets, and indentation (tree-sitter happily accepts an unexpected
 *    indent or a dedent to a column that matches no outer block).  The
 *    messages are CPython's.
 *
 *    The same scan finds PEP 828's `async yield from`, which
 *    tree-sitter-python 0.25 does not know: it parses `async yield from x`
 *    as an ERROR node holding `async` followed by an ordinary `yield from x`.
 *    Rather than fork the grammar, the scan rewrites the copy of the text
 *    that tree-sitter sees: the five bytes of `async` become `yield` and the
 *    five bytes of the real `yield` become spaces, so
 *
 *        r = async yield from agen()     is parsed as
 *        r = yield       from agen()
 *
 *    Every byte keeps its offset, so every line:column stays that of the
 *    user's file, and the `yield` node now starts exactly at `async`.  The
 *    scan records those offsets (p->asyncs) and parse_yield turns a yield
 *    node starting at one of them into E_ASYNC_YIELD_FROM.  The rewrite is
 *    made only for the token sequence `async` `yield` `from` outside strings
 *    and comments with no logical line break in between, so it cannot change
 *    the meaning of any other program.
 *
 * 2. tree-sitter parses the rewritten text; parse_check_syntax reports the
 *    first ERROR or MISSING node.
 *
 * 3. The conversion functions, one per grammar rule, each preceded by the
 *    rule in a comment (Lua style), build the AST from the concrete tree and
 *    reject what is outside the subset, naming the construct, at its
 *    position.  Each returns a complete node; the Parser holds the context
 *    the checks need: the function being built (module, def, lambda or
 *    comprehension) and how many loops enclose the statement.
 *
 * Comprehensions become functions here (see E_LISTCOMP in yieldc.h for the
 * exact shape): CPython compiles them the same way, and it leaves sema and
 * emit nothing special to do beyond calling the function with
 * iter(first_iter).
 *
 * Positions are node start points: line = row + 1, col = column + 1, in
 * bytes.  All memory is arena memory; tree-sitter's own is freed at the end.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <tree_sitter/api.h>

#include "yieldc.h"

const TSLanguage *tree_sitter_python(void);

enum {
  MAX_PAREN_LEVEL = 200, /* CPython's MAXLEVEL */
  MAX_INDENT_LEVEL = 100, /* CPython's MAXINDENT */
  MAX_EXPR_DEPTH = 1000   /* keeps this file, sema and emit off the stack's end */
};

typedef struct Parser {
  const char *src; /* the user's text */
  size_t len;
  char *text;      /* the copy tree-sitter parses (async yield from rewritten) */
  size_t *lines;   /* offsets of line starts */
  int nlines;
  size_t *asyncs;  /* ascending offsets of rewritten `async` keywords */
  int nasyncs, capasyncs;
  Module *mod;
  Func *func;      /* the function whose body is being built */
  int loops;       /* loops around the current statement, within func */
  int depth;       /* expression nesting, against MAX_EXPR_DEPTH */
  /* The scan's first error, reported unless tree-sitter finds one on an earlier line. */
  const char *scan_msg;
  Pos scan_pos;
  int scan_anchor; /* the line the error belongs to (an open bracket's, a string's) */
  /* Scratch space for Kids: a stack, popped when parse_expr and parse_stmt return. */
  char *scratch;
  size_t scratch_used, scratch_cap;
} Parser;

enum { SCRATCH_SIZE = 1 << 20 };

/* ===================================================================== */
/* Positions and small helpers                                            */
/* ===================================================================== */

static Pos parse_pos(TSNode n) {
  TSPoint pt = ts_node_start_point(n);
  return (Pos){(int)pt.row + 1, (int)pt.column + 1};
}

static void parse_index_lines(Parser *p) {
  int cap = 64;
  p->lines = arena_alloc(sizeof(size_t) * (size_t)cap);
  p->lines[p->nlines++] = 0;
  for (size_t i = 0; i < p->len; i++) {
    if (p->src[i] == '\n') {
      if (p->nlines == cap) {
        size_t *l = arena_alloc(sizeof(size_t) * (size_t)cap * 2);
        memcpy(l, p->lines, sizeof(size_t) * (size_t)cap);
        p->lines = l;
        cap *= 2;
      }
      p->lines[p->nlines++] = i + 1;
    }
  }
}

/* The position of a byte offset (a binary search over the line starts). */
static Pos parse_pos_at(Parser *p, size_t off) {
  int lo = 0, hi = p->nlines - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (p->lines[mid] <= off)
      lo = mid;
    else
      hi = mid - 1;
  }
  return (Pos){lo + 1, (int)(off - p->lines[lo]) + 1};
}

#define ERR(node, ...) diag_error(parse_pos(node), __VA_ARGS__)

/* Record the scan's first error; the scan goes on so the rewrite is complete. */
__attribute__((format(printf, 4, 5))) static void parse_scan_error(Parser *p, Pos pos, int anchor, const char *fmt,
                                                                    ...) {
  if (p->scan_msg)
    return;
  va_list ap;
  va_start(ap, fmt);
  Buf b = {0};
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  p->scan_msg = arena_strdup(b.data);
  buf_free(&b);
  p->scan_pos = pos;
  p->scan_anchor = anchor;
}

static bool parse_is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }

static TSNode parse_field(TSNode n, const char *name) {
  return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name));
}

static const char *parse_src(Parser *p, TSNode n, size_t *len) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  *len = e - s;
  return p->src + s;
}

static char *parse_text(Parser *p, TSNode n) {
  size_t len;
  const char *s = parse_src(p, n, &len);
  return arena_strndup(s, len);
}

/* A node's children, without comments and line continuations. */
typedef struct Kids {
  TSNode *node;
  const char **field;
  int n;
} Kids;

/* Short-lived memory: from the scratch stack, or the arena when it is full. */
static void *parse_scratch(Parser *p, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (!p->scratch) {
    p->scratch = malloc(SCRATCH_SIZE);
    if (!p->scratch)
      diag_fatal("out of memory");
    p->scratch_cap = SCRATCH_SIZE;
  }
  if (size > p->scratch_cap - p->scratch_used)
    return arena_alloc(size);
  void *r = p->scratch + p->scratch_used;
  p->scratch_used += size;
  return r;
}

static Kids parse_kids(Parser *p, TSNode n) {
  uint32_t count = ts_node_child_count(n);
  Kids k = {parse_scratch(p, sizeof(TSNode) * (count + 1)), parse_scratch(p, sizeof(char *) * (count + 1)), 0};
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      TSNode ch = ts_tree_cursor_current_node(&c);
      if (ts_node_is_extra(ch))
        continue;
      k.node[k.n] = ch;
      k.field[k.n] = ts_tree_cursor_current_field_name(&c);
      k.n++;
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return k;
}

/* Only the named children (no punctuation, keywords, comments). */
static Kids parse_named_kids(Parser *p, TSNode n) {
  Kids k = parse_kids(p, n);
  int j = 0;
  for (int i = 0; i < k.n; i++)
    if (ts_node_is_named(k.node[i])) {
      k.node[j] = k.node[i];
      k.field[j] = k.field[i];
      j++;
    }
  k.n = j;
  return k;
}

static bool parse_has_token(Parser *p, TSNode n, const char *tok) {
  size_t mark = p->scratch_used;
  Kids k = parse_kids(p, n);
  bool found = false;
  for (int i = 0; i < k.n && !found; i++)
    found = !ts_node_is_named(k.node[i]) && parse_is(k.node[i], tok);
  p->scratch_used = mark;
  return found;
}

/* An identifier; tree-sitter also lets the keywords async and await through. */
static char *parse_ident(Parser *p, TSNode n) {
  char *name = parse_text(p, n);
  if (strcmp(name, "async") == 0 || strcmp(name, "await") == 0)
    ERR(n, "invalid syntax");
  return name;
}

static Expr *parse_new_expr(ExprKind kind, Pos pos) {
  Expr *e = arena_alloc(sizeof *e);
  e->kind = kind;
  e->pos = pos;
  return e;
}

static Stmt *parse_new_stmt(StmtKind kind, Pos pos) {
  Stmt *s = arena_alloc(sizeof *s);
  s->kind = kind;
  s->pos = pos;
  return s;
}

static Expr *parse_name_expr(const char *name, Pos pos) {
  Expr *e = parse_new_expr(E_NAME, pos);
  e->name = name;
  return e;
}

/* Copy a Vec of Expr* into a typed array. */
static Expr **parse_exprs(Vec *v) {
  Expr **a = arena_alloc(sizeof(Expr *) * (size_t)(v->len + 1));
  for (int i = 0; i < v->len; i++)
    a[i] = v->items[i];
  return a;
}

/* ===================================================================== */
/* Step 1: the token scan                                                 */
/* ===================================================================== */

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid. */
static int parse_utf8_len(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned char c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  uint32_t min, v;
  if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, v = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, v = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, v = c & 0x07;
  else
    return 0;
  if ((size_t)len > n)
    return 0;
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return len;
}

static bool parse_is_word_byte(unsigned char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Unicode spaces that CPython rejects outside strings but tree-sitter's \s accepts. */
static bool parse_is_bad_space(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF || cp == 0x85;
}

static bool parse_is_string_prefix(const char *w, size_t n) {
  if (n == 0 || n > 2)
    return false;
  bool r = false, b = false, u = false, f = false;
  for (size_t i = 0; i < n; i++) {
    switch (w[i] | 0x20) {
    case 'r': if (r) return false; r = true; break;
    case 'b': if (b) return false; b = true; break;
    case 'u': if (u) return false; u = true; break;
    case 'f': if (f) return false; f = true; break;
    default: return false;
    }
  }
  if (u && n > 1)
    return false; /* ur"" is not Python 3 */
  return !(b && f);
}

static void parse_add_async(Parser *p, size_t off) {
  if (p->nasyncs == p->capasyncs) {
    int cap = p->capasyncs ? p->capasyncs * 2 : 8;
    size_t *a = arena_alloc(sizeof(size_t) * (size_t)cap);
    if (p->nasyncs)
      memcpy(a, p->asyncs, sizeof(size_t) * (size_t)p->nasyncs);
    p->asyncs = a;
    p->capasyncs = cap;
  }
  p->asyncs[p->nasyncs++] = off;
}

static bool parse_is_async_offset(Parser *p, size_t off) {
  int lo = 0, hi = p->nasyncs - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (p->asyncs[mid] == off)
      return true;
    if (p->asyncs[mid] < off)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return false;
}

/* Skip a string literal whose quote is at q (prefix starts at start); return the offset after it. */
static size_t parse_scan_string(Parser *p, size_t start, size_t q) {
  const char *s = p->src;
  size_t n = p->len;
  char quote = s[q];
  bool triple = q + 2 < n && s[q + 1] == quote && s[q + 2] == quote;
  size_t i = q + (triple ? 3 : 1);
  for (;;) {
    if (i >= n) {
      Pos at = parse_pos_at(p, n ? n - 1 : 0), here = parse_pos_at(p, start);
      if (triple)
        parse_scan_error(p, here, here.line, "unterminated triple-quoted string literal (detected at line %d)",
                         at.line);
      else
        parse_scan_error(p, here, here.line, "unterminated string literal (detected at line %d)", at.line);
      return n;
    }
    char c = s[i];
    if (c == '\\') {
      i += (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') ? 3 : 2;
      continue;
    }
    if (!triple && (c == '\n' || c == '\r')) {
      Pos here = parse_pos_at(p, start);
      parse_scan_error(p, here, here.line, "unterminated string literal (detected at line %d)",
                       parse_pos_at(p, i).line);
      return i;
    }
    if (c == quote) {
      if (!triple)
        return i + 1;
      if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote)
        return i + 3;
    }
    i++;
  }
}

/*
 * The tokenizer checks described at the top, and the `async yield from`
 * rewrite.  Tokens that matter are words (for the rewrite), brackets, ':'
 * (a line ending in ':' may be followed by an indent) and newlines.
 */
static void parse_scan(Parser *p) {
  const unsigned char *s = (const unsigned char *)p->src;
  size_t n = p->len;

  /* Bytes: no NUL, valid UTF-8. */
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    if (s[i] == 0)
      diag_error(parse_pos_at(p, i), "source code cannot contain null bytes");
    int l = parse_utf8_len(s + i, n - i, &cp);
    if (!l)
      diag_error(parse_pos_at(p, i), "Non-UTF-8 code starting with '\\x%02x' (yieldc reads UTF-8 source only)",
                 s[i]);
    i += (size_t)l;
  }

  p->text = arena_alloc(n + 1);
  memcpy(p->text, p->src, n);

  struct {
    char c;
    size_t off;
  } brackets[MAX_PAREN_LEVEL];
  int depth = 0;
  int indent[MAX_INDENT_LEVEL + 1], altindent[MAX_INDENT_LEVEL + 1], nindent = 0;
  indent[0] = altindent[0] = 0;
  bool line_start = true;     /* at the start of a logical line */
  bool prev_colon = false;    /* the previous logical line ended in ':' */
  bool last_colon = false;    /* the current line's last token is ':' */
  enum { T_OTHER, T_ASYNC, T_YIELD } tok[2] = {T_OTHER, T_OTHER};
  size_t tokoff[2] = {0, 0};
#define PUSH_TOKEN(kind, off) (tok[0] = tok[1], tokoff[0] = tokoff[1], tok[1] = (kind), tokoff[1] = (off))

  size_t i = 0;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    i = 3; /* a UTF-8 byte order mark */
  while (i < n) {
    if (line_start && depth == 0) {
      /* Measure the indentation the way CPython does (tabs to multiples of 8,
       * and again with tabs as 1 column to catch inconsistent mixes). */
      int col = 0, alt = 0;
      size_t j = i;
      for (; j < n; j++) {
        if (s[j] == ' ')
          col++, alt++;
        else if (s[j] == '\t')
          col = (col / 8 + 1) * 8, alt++;
        else if (s[j] == '\f')
          col = alt = 0;
        else
          break;
      }
      i = j;
      if (j >= n)
        break;
      if (s[j] == '#') {
        while (i < n && s[i] != '\n' && s[i] != '\r')
          i++;
        continue;
      }
      if (s[j] == '\n' || s[j] == '\r') {
        i++;
        continue;
      }
      if (s[j] == '\\' && j + 1 < n && (s[j + 1] == '\n' || s[j + 1] == '\r')) {
        /* A continuation at the start of a line: CPython joins it; so do we. */
        i = j + 2 + (s[j + 1] == '\r' && j + 2 < n && s[j + 2] == '\n');
        continue;
      }
      Pos here = parse_pos_at(p, j);
      if (col > indent[nindent]) {
        if (!prev_colon)
          parse_scan_error(p, here, here.line, "unexpected indent");
        if (alt <= altindent[nindent])
          parse_scan_error(p, (Pos){here.line, 1}, here.line, "inconsistent use of tabs and spaces in indentation");
        if (nindent + 1 >= MAX_INDENT_LEVEL) {
          parse_scan_error(p, here, here.line, "too many levels of indentation");
        } else {
          nindent++;
          indent[nindent] = col;
          altindent[nindent] = alt;
        }
      } else {
        while (nindent > 0 && col < indent[nindent])
          nindent--;
        if (col != indent[nindent])
          parse_scan_error(p, here, here.line, "unindent does not match any outer indentation level");
        else if (alt != altindent[nindent])
          parse_scan_error(p, (Pos){here.line, 1}, here.line, "inconsistent use of tabs and spaces in indentation");
      }
      line_start = false;
      last_colon = false;
    }

    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f') {
      i++;
      continue;
    }
    if (c == '\n' || c == '\r') {
      i += (c == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      if (depth == 0) {
        line_start = true;
        prev_colon = last_colon;
        PUSH_TOKEN(T_OTHER, i);
      }
      continue;
    }
    if (c == '#') {
      while (i < n && s[i] != '\n' && s[i] != '\r')
        i++;
      continue;
    }
    if (c == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
      i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
      continue;
    }
    last_colon = false;
    if (c == '"' || c == '\'') {
      i = parse_scan_string(p, i, i);
      PUSH_TOKEN(T_OTHER, i);
      continue;
    }
    if (c >= '0' && c <= '9') {
      while (i < n && (parse_is_word_byte(s[i]) || s[i] == '.' ||
                       ((s[i] == '+' || s[i] == '-') && (s[i - 1] | 0x20) == 'e')))
        i++;
      PUSH_TOKEN(T_OTHER, i);
      continue;
    }
    if (parse_is_word_byte(c)) {
      size_t start = i;
      while (i < n && parse_is_word_byte(s[i])) {
        if (s[i] >= 0x80) {
          uint32_t cp;
          int l = parse_utf8_len(s + i, n - i, &cp);
          if (parse_is_bad_space(cp))
            diag_error(parse_pos_at(p, i), "invalid non-printable character U+%04X", (unsigned)cp);
          i += (size_t)l;
        } else {
          i++;
        }
      }
      size_t wl = i - start;
      if (i < n && (s[i] == '"' || s[i] == '\'') && parse_is_string_prefix(p->src + start, wl)) {
        i = parse_scan_string(p, start, i);
        PUSH_TOKEN(T_OTHER, i);
        continue;
      }
      const char *w = p->src + start;
      if (wl == 4 && memcmp(w, "from", 4) == 0 && tok[1] == T_YIELD && tok[0] == T_ASYNC) {
        /* async yield from: move `yield` onto `async`, blank the old `yield`. */
        memcpy(p->text + tokoff[0], "yield", 5);
        memset(p->text + tokoff[1], ' ', 5);
        parse_add_async(p, tokoff[0]);
      }
      if (wl == 5 && memcmp(w, "async", 5) == 0)
        PUSH_TOKEN(T_ASYNC, start);
      else if (wl == 5 && memcmp(w, "yield", 5) == 0)
        PUSH_TOKEN(T_YIELD, start);
      else
        PUSH_TOKEN(T_OTHER, start);
      continue;
    }
    PUSH_TOKEN(T_OTHER, i);
    if (c == '(' || c == '[' || c == '{') {
      if (depth >= MAX_PAREN_LEVEL) {
        /* Fatal at once: the depth is what protects tree-sitter and us. */
        diag_error(parse_pos_at(p, i), "too many nested parentheses");
      }
      brackets[depth].c = (char)c;
      brackets[depth].off = i;
      depth++;
    } else if (c == ')' || c == ']' || c == '}') {
      Pos here = parse_pos_at(p, i);
      if (depth == 0) {
        parse_scan_error(p, here, here.line, "unmatched '%c'", c);
      } else {
        char open = brackets[depth - 1].c;
        Pos o = parse_pos_at(p, brackets[depth - 1].off);
        if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) {
          if (o.line != here.line)
            parse_scan_error(p, here, o.line,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                             o.line);
          else
            parse_scan_error(p, here, o.line, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                             c, open);
        }
        depth--;
      }
    } else if (c == ':') {
      if (i + 1 < n && s[i + 1] == '=')
        i++; /* := */
      else
        last_colon = true;
    } else if (c >= 0x80) {
      /* not reached: bytes >= 0x80 are word bytes */
    }
    i++;
  }
  if (depth > 0) {
    Pos o = parse_pos_at(p, brackets[depth - 1].off);
    parse_scan_error(p, o, o.line, "'%c' was never closed", brackets[depth - 1].c);
  }
#undef PUSH_TOKEN
}

/* ===================================================================== */
/* Step 2: syntax errors                                                  */
/* ===================================================================== */

/*
 * The commonest slip, a compound statement's header without its ':', comes
 * back from tree-sitter as an ERROR holding the header's tokens and more.
 * Say "expected ':'" after the header's last token, as CPython does.
 */
static void parse_check_header_colon(Parser *p, TSNode err) {
  static const char *const heads[] = {"def", "class", "if", "elif", "else", "while", "for",
                                      "try", "except", "finally", "with"};
  uint32_t n = ts_node_child_count(err);
  uint32_t i = 0;
  if (i < n && parse_is(ts_node_child(err, i), "async"))
    i++;
  if (i >= n || ts_node_is_named(ts_node_child(err, i)))
    return;
  const char *kw = ts_node_type(ts_node_child(err, i));
  bool is_head = false;
  for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
    is_head |= strcmp(kw, heads[h]) == 0;
  if (!is_head)
    return;
  uint32_t line = ts_node_start_point(ts_node_child(err, i)).row;
  TSNode last = ts_node_child(err, i);
  for (; i < n; i++) {
    TSNode c = ts_node_child(err, i);
    if (ts_node_start_point(c).row != line)
      break;
    if (parse_is(c, ":") || ts_node_is_error(c) || ts_node_is_missing(c))
      return;
    last = c;
  }
  if (i == n)
    return; /* nothing after the header: not a missing colon */
  TSPoint end = ts_node_end_point(last);
  (void)p;
  diag_error((Pos){(int)end.row + 1, (int)end.column + 1}, "expected ':'");
}

/*
 * Report the first ERROR or MISSING node in document order, or the scan's
 * error.  The scan's error wins unless tree-sitter's is on an earlier line
 * than the one the scan's error belongs to: tree-sitter places an ERROR at
 * the start of the broken statement, before an unclosed bracket, while
 * CPython's parser would only fail earlier if an earlier line were wrong.
 */
static void parse_check_syntax(Parser *p, TSNode root) {
  TSNode bad = root;
  bool found = false;
  if (ts_node_has_error(root)) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
      TSNode n = ts_tree_cursor_current_node(&c);
      if (ts_node_is_missing(n) || ts_node_is_error(n)) {
        bad = n;
        found = true;
        break;
      }
      if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c))
        continue;
      bool more = true;
      while (more && !ts_tree_cursor_goto_next_sibling(&c))
        more = ts_tree_cursor_goto_parent(&c);
      if (!more) {
        found = true; /* has_error but no node: report the root */
        break;
      }
    }
    ts_tree_cursor_delete(&c);
  }
  if (p->scan_msg && (!found || parse_pos(bad).line >= p->scan_anchor))
    diag_error(p->scan_pos, "%s", p->scan_msg);
  if (!found)
    return;
  if (ts_node_is_missing(bad) && !ts_node_is_named(bad))
    ERR(bad, "expected '%s'", ts_node_type(bad));
  if (ts_node_is_error(bad))
    parse_check_header_colon(p, bad);
  ERR(bad, "invalid syntax");
}

/* ===================================================================== */
/* Step 3: the conversion                                                 */
/* ===================================================================== */

static Expr *parse_expr(Parser *p, TSNode n);
static Stmt *parse_stmt(Parser *p, TSNode n);
static Stmt *parse_block(Parser *p, TSNode block, const char *what, TSNode owner);
static Expr *parse_string(Parser *p, TSNode n);

/* ---- functions -------------------------------------------------------- */

typedef struct FuncSave {
  Func *func;
  int loops;
} FuncSave;

/* Start a function nested in the current one; it becomes the current one. */
static Func *parse_func_begin(Parser *p, const char *name, Pos pos, FuncSave *save) {
  Func *f = arena_alloc(sizeof *f);
  f->name = name;
  f->pos = pos;
  f->kind = F_PLAIN;
  f->parent = p->func;
  f->qualname = p->func->kind == F_MODULE ? name : arena_printf("%s.<locals>.%s", p->func->qualname, name);
  /* Func.children is filled by sema, which walks the tree anyway. */
  save->func = p->func;
  save->loops = p->loops;
  p->func = f;
  p->loops = 0;
  return f;
}

static void parse_func_end(Parser *p, FuncSave *save) {
  p->func = save->func;
  p->loops = save->loops;
}

/*
 * parameters: '(' (parameter (',' parameter)* ','?)? ')'
 * lambda_parameters: parameter (',' parameter)* ','?
 * parameter: identifier | typed_parameter   (annotations are ignored)
 */
static void parse_params(Parser *p, TSNode n, Func *f) {
  Vec names = {0};
  if (!ts_node_is_null(n)) {
    Kids k = parse_named_kids(p, n);
    for (int i = 0; i < k.n; i++) {
      TSNode x = k.node[i];
      if (parse_is(x, "typed_parameter")) {
        Kids t = parse_named_kids(p, x);
        x = t.node[0];
      }
      if (parse_is(x, "default_parameter") || parse_is(x, "typed_default_parameter"))
        ERR(x, "default parameter values are not supported");
      if (parse_is(x, "list_splat_pattern"))
        ERR(x, "'*args' parameters are not supported");
      if (parse_is(x, "dictionary_splat_pattern"))
        ERR(x, "'**kwargs' parameters are not supported");
      if (parse_is(x, "keyword_separator"))
        ERR(x, "keyword-only parameters are not supported");
      if (parse_is(x, "positional_separator"))
        ERR(x, "positional-only parameters ('/') are not supported");
      if (!parse_is(x, "identifier"))
        ERR(x, "invalid syntax");
      char *name = parse_ident(p, x);
      for (int j = 0; j < names.len; j++)
        if (strcmp(names.items[j], name) == 0)
          ERR(x, "duplicate argument '%s' in function definition", name);
      vec_push(&names, name);
    }
  }
  f->nparams = names.len;
  f->params = arena_alloc(sizeof(char *) * (size_t)(names.len + 1));
  for (int i = 0; i < names.len; i++)
    f->params[i] = names.items[i];
}

/* ---- context checks ---------------------------------------------------- */

static const char *parse_comp_desc(Func *f) {
  if (strcmp(f->name, "<listcomp>") == 0)
    return "list comprehension";
  if (strcmp(f->name, "<dictcomp>") == 0)
    return "dict comprehension";
  return "generator expression";
}

/* The nearest enclosing function that is not a comprehension. */
static Func *parse_real_func(Func *f) {
  while (f->is_comprehension)
    f = f->parent;
  return f;
}

/* `yield`, `yield from` or `async yield from` (what) may appear here? */
static void parse_check_yield(Parser *p, TSNode n, const char *what, bool is_async) {
  Func *f = p->func;
  if (f->is_comprehension)
    ERR(n, "%s inside %s", what, parse_comp_desc(f));
  if (f->kind == F_MODULE)
    ERR(n, "%s outside function", what);
  if (f->is_lambda)
    ERR(n, "%s inside lambda is not supported", what);
  if (is_async && !f->is_async)
    ERR(n, "%s outside async function", what);
}

/* An `async for` clause or an `await` inside a comprehension. */
static void parse_check_async_comp(Parser *p, TSNode n) {
  Func *g = parse_real_func(p->func);
  if (g->is_async && !g->is_lambda)
    ERR(n, "asynchronous comprehensions are not supported");
  ERR(n, "asynchronous comprehension outside of an asynchronous function");
}

static void parse_check_await(Parser *p, TSNode n) {
  Func *f = p->func;
  if (f->is_comprehension)
    parse_check_async_comp(p, n);
  if (f->kind == F_MODULE)
    ERR(n, "'await' outside function");
  if (!f->is_async)
    ERR(n, "'await' outside async function");
}

/* ---- targets ----------------------------------------------------------- */

static const char *parse_expr_desc(Expr *e) {
  switch (e->kind) {
  case E_CALL: return "function call";
  case E_INT: case E_FLOAT: case E_STR: return "literal";
  case E_NONE: return "None";
  case E_TRUE: return "True";
  case E_FALSE: return "False";
  case E_FSTRING: return "f-string expression";
  case E_COMPARE: return "comparison";
  case E_IFEXP: return "conditional expression";
  case E_LAMBDA: return "lambda";
  case E_DICT: return "dict literal";
  case E_LISTCOMP: return "list comprehension";
  case E_DICTCOMP: return "dict comprehension";
  case E_GENEXP: return "generator expression";
  case E_YIELD: case E_YIELD_FROM: case E_ASYNC_YIELD_FROM: return "yield expression";
  case E_AWAIT: return "await expression";
  default: return "expression";
  }
}

typedef enum TargetCtx { T_ASSIGN, T_FOR, T_AUG, T_DEL } TargetCtx;

/* Check that e can be assigned to (or deleted); n is its node for errors. */
static void parse_check_target(Expr *e, TargetCtx ctx) {
  switch (e->kind) {
  case E_NAME:
    if (strcmp(e->name, "__debug__") == 0)
      diag_error(e->pos, ctx == T_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    return;
  case E_SUBSCRIPT:
    return;
  case E_ATTR:
    if (ctx == T_DEL)
      diag_error(e->pos, "deleting attributes is not supported");
    return;
  case E_TUPLE:
  case E_LIST:
    if (ctx == T_AUG)
      diag_error(e->pos, "'%s' is an illegal expression for augmented assignment",
                 e->kind == E_TUPLE ? "tuple" : "list");
    for (int i = 0; i < e->nitems; i++)
      parse_check_target(e->items[i], ctx);
    return;
  default:
    if (ctx == T_AUG)
      diag_error(e->pos, "'%s' is an illegal expression for augmented assignment", parse_expr_desc(e));
    diag_error(e->pos, "cannot %s %s", ctx == T_DEL ? "delete" : "assign to", parse_expr_desc(e));
  }
}

static Expr *parse_target(Parser *p, TSNode n, TargetCtx ctx) {
  Expr *e = parse_expr(p, n);
  parse_check_target(e, ctx);
  return e;
}

/* ---- literals ---------------------------------------------------------- */

static bool parse_is_digit_of(char c, int base) {
  if (base == 16)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  return c >= '0' && c < '0' + base;
}

static const char *parse_base_name(int base) {
  return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

/*
 * integer: decimal | 0x hex | 0o octal | 0b binary, with single '_' between
 * digits.  negate: the literal is the operand of a unary minus, so 2**63 fits.
 */
static Expr *parse_int(Parser *p, TSNode n, bool negate) {
  size_t len;
  const char *t = parse_src(p, n, &len);
  Pos pos = parse_pos(n);
  int base = 10;
  size_t i = 0;
  if (len >= 2 && t[0] == '0' && strchr("xXoObB", t[1])) {
    base = (t[1] | 0x20) == 'x' ? 16 : (t[1] | 0x20) == 'o' ? 8 : 2;
    i = 2;
  }
  char last = t[len - 1];
  if (base != 16 && (last == 'j' || last == 'J'))
    diag_error(pos, "complex number literals are not supported");
  uint64_t v = 0;
  bool overflow = false, nonzero = false;
  size_t ndigits = 0;
  for (; i < len; i++) {
    char c = t[i];
    if (c == '_') {
      bool ok_before = i > 0 && (parse_is_digit_of(t[i - 1], base) || (i == 2 && base != 10));
      if (!ok_before || i + 1 >= len || !parse_is_digit_of(t[i + 1], base))
        diag_error(pos, "invalid %s literal", parse_base_name(base));
      continue;
    }
    if (!parse_is_digit_of(c, base)) {
      if (base == 2 && c >= '2' && c <= '9')
        diag_error(pos, "invalid digit '%c' in binary literal", c);
      if (base == 8 && (c == '8' || c == '9'))
        diag_error(pos, "invalid digit '%c' in octal literal", c);
      diag_error(pos, "invalid %s literal", parse_base_name(base));
    }
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (d)
      nonzero = true;
    ndigits++;
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
      overflow = true;
    else
      v = v * (uint64_t)base + (uint64_t)d;
  }
  if (ndigits == 0)
    diag_error(pos, "invalid %s literal", parse_base_name(base));
  if (base == 10 && t[0] == '0' && nonzero)
    diag_error(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  uint64_t limit = negate ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  if (overflow || v > limit)
    diag_error(pos, "integer literal too large for yieldc's 64-bit ints");
  Expr *e = parse_new_expr(E_INT, pos);
  if (v == (uint64_t)INT64_MAX + 1)
    e->ival = INT64_MIN; /* only reached with negate: the caller drops the minus */
  else
    e->ival = (int64_t)v;
  return e;
}

/* float: digits '.' digits? exponent? | '.' digits exponent? | digits exponent */
static Expr *parse_float(Parser *p, TSNode n) {
  size_t len;
  const char *t = parse_src(p, n, &len);
  Pos pos = parse_pos(n);
  if (t[len - 1] == 'j' || t[len - 1] == 'J')
    diag_error(pos, "complex number literals are not supported");
  char *clean = arena_alloc(len + 1);
  size_t m = 0;
  for (size_t i = 0; i < len; i++) {
    if (t[i] == '_') {
      if (i == 0 || i + 1 >= len || t[i - 1] < '0' || t[i - 1] > '9' || t[i + 1] < '0' || t[i + 1] > '9')
        diag_error(pos, "invalid decimal literal");
      continue;
    }
    clean[m++] = t[i];
  }
  clean[m] = '\0';
  char *end;
  errno = 0;
  double d = strtod(clean, &end);
  if (*end)
    diag_error(pos, "invalid decimal literal");
  Expr *e = parse_new_expr(E_FLOAT, pos);
  e->fval = d; /* ERANGE: inf or 0, as CPython gives */
  return e;
}

static void parse_put_utf8(Buf *b, uint32_t cp) {
  if (cp < 0x80) {
    buf_putc(b, (char)cp);
  } else if (cp < 0x800) {
    buf_putc(b, (char)(0xC0 | (cp >> 6)));
    buf_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    buf_putc(b, (char)(0xE0 | (cp >> 12)));
    buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
    buf_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else {
    buf_putc(b, (char)(0xF0 | (cp >> 18)));
    buf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
    buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
    buf_putc(b, (char)(0x80 | (cp & 0x3F)));
  }
}

static int parse_hex_val(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (char)(c | 0x20);
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/*
 * Decode the text of a literal piece, src[off, off+n), into b: escapes unless
 * raw, `{{` and `}}` in f-strings, and newlines normalised to '\n'.
 */
static void parse_unescape(Parser *p, Buf *b, size_t off, size_t n, bool raw, bool fstring) {
  const char *s = p->src + off;
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c == '\r') {
      buf_putc(b, '\n');
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (fstring && (c == '{' || c == '}')) {
      if (i + 1 < n && s[i + 1] == c) {
        buf_putc(b, c);
        i += 2;
        continue;
      }
      if (c == '}')
        diag_error(parse_pos_at(p, off + i), "f-string: single '}' is not allowed");
    }
    if (c != '\\' || i + 1 >= n) {
      buf_putc(b, c);
      i++;
      continue;
    }
    if (raw) {
      /* A backslash stays, but still keeps the next character from closing. */
      buf_putc(b, '\\');
      i++;
      if (s[i] == '\r' || s[i] == '\n')
        continue;
      buf_putc(b, s[i]);
      i++;
      continue;
    }
    Pos at = parse_pos_at(p, off + i);
    char e = s[i + 1];
    i += 2;
    switch (e) {
    case '\n': break;
    case '\r': if (i < n && s[i] == '\n') i++; break;
    case '\\': buf_putc(b, '\\'); break;
    case '\'': buf_putc(b, '\''); break;
    case '"': buf_putc(b, '"'); break;
    case 'a': buf_putc(b, '\a'); break;
    case 'b': buf_putc(b, '\b'); break;
    case 'f': buf_putc(b, '\f'); break;
    case 'n': buf_putc(b, '\n'); break;
    case 'r': buf_putc(b, '\r'); break;
    case 't': buf_putc(b, '\t'); break;
    case 'v': buf_putc(b, '\v'); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = (uint32_t)(e - '0');
      for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++)
        v = v * 8 + (uint32_t)(s[i] - '0');
      parse_put_utf8(b, v);
      break;
    }
    case 'x': case 'u': case 'U': {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < digits; k++, i++) {
        int h = i < n ? parse_hex_val(s[i]) : -1;
        if (h < 0)
          diag_error(at, e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                           : "truncated \\UXXXXXXXX escape");
        v = v * 16 + (uint32_t)h;
      }
      if (v > 0x10FFFF)
        diag_error(at, "illegal Unicode character in \\U escape");
      parse_put_utf8(b, v);
      break;
    }
    case 'N':
      diag_error(at, "'\\N{...}' escapes are not supported");
    default:
      /* An unknown escape keeps its backslash (CPython warns). */
      buf_putc(b, '\\');
      i--;
      break;
    }
  }
}

/* Pieces of a (possibly implicitly concatenated) string being built. */
typedef struct StrParts {
  Buf text;      /* literal text not yet flushed into an E_STR */
  Vec items;     /* E_STR and E_FORMAT pieces */
  bool is_fstring;
  Pos pos;       /* of the text being accumulated */
  bool have_pos;
} StrParts;

static void parse_flush_text(StrParts *sp) {
  if (sp->text.len == 0)
    return;
  Expr *e = parse_new_expr(E_STR, sp->pos);
  e->str = arena_strndup(sp->text.data, sp->text.len);
  e->len = sp->text.len;
  vec_push(&sp->items, e);
  sp->text.len = 0;
  sp->have_pos = false;
}

static void parse_add_text(Parser *p, StrParts *sp, size_t off, size_t n, bool raw, bool fstring) {
  if (!sp->have_pos && n > 0) {
    sp->pos = parse_pos_at(p, off);
    sp->have_pos = true;
  }
  parse_unescape(p, &sp->text, off, n, raw, fstring);
}

static Expr *parse_fstring_parts(StrParts *sp, Pos pos) {
  parse_flush_text(sp);
  Expr *e = parse_new_expr(E_FSTRING, pos);
  e->items = parse_exprs(&sp->items);
  e->nitems = sp->items.len;
  buf_free(&sp->text);
  return e;
}

static void parse_interpolation(Parser *p, StrParts *sp, TSNode n, bool raw);

/*
 * format_specifier: ':' (text | format_expression)*
 * The text runs are anonymous tokens tree-sitter does not show, so they are
 * taken as the gaps between the children.  Returns NULL for an empty spec.
 */
static Expr *parse_format_spec(Parser *p, TSNode n, bool raw) {
  StrParts sp = {0};
  Kids k = parse_kids(p, n);
  size_t at = ts_node_start_byte(n);
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    size_t s = ts_node_start_byte(c);
    if (s > at)
      parse_add_text(p, &sp, at, s - at, raw, true);
    if (parse_is(c, "format_expression")) {
      parse_flush_text(&sp);
      parse_interpolation(p, &sp, c, raw);
    }
    at = ts_node_end_byte(c);
  }
  size_t end = ts_node_end_byte(n);
  if (end > at)
    parse_add_text(p, &sp, at, end - at, raw, true);
  if (sp.text.len == 0 && sp.items.len == 0) {
    buf_free(&sp.text);
    return NULL;
  }
  return parse_fstring_parts(&sp, parse_pos(n));
}

/*
 * interpolation: '{' expression '='? type_conversion? format_specifier? '}'
 * `{x=}` adds the text "x=" and, without a conversion or spec, converts with repr.
 */
static void parse_interpolation(Parser *p, StrParts *sp, TSNode n, bool raw) {
  Kids k = parse_kids(p, n);
  Expr *f = parse_new_expr(E_FORMAT, parse_pos(n));
  bool self_doc = false;
  TSNode spec = {0};
  bool have_spec = false;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    const char *field = k.field[i];
    if (field && strcmp(field, "expression") == 0) {
      f->a = parse_expr(p, c);
    } else if (field && strcmp(field, "type_conversion") == 0) {
      size_t len;
      const char *t = parse_src(p, c, &len);
      if (len != 2 || (t[1] != 'r' && t[1] != 's' && t[1] != 'a'))
        ERR(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      f->conv = t[1];
    } else if (field && strcmp(field, "format_specifier") == 0) {
      spec = c;
      have_spec = true;
    } else if (!ts_node_is_named(c) && parse_is(c, "=")) {
      /* The text from after '{' through the '=' and any spaces after it. */
      size_t from = ts_node_end_byte(k.node[0]);
      size_t to = i + 1 < k.n ? ts_node_start_byte(k.node[i + 1]) : ts_node_end_byte(c);
      parse_add_text(p, sp, from, to - from, true, false);
      self_doc = true;
    }
  }
  if (!f->a)
    ERR(n, "f-string: empty expression not allowed");
  if (have_spec)
    f->b = parse_format_spec(p, spec, raw);
  if (self_doc && !f->conv && !have_spec)
    f->conv = 'r';
  parse_flush_text(sp);
  vec_push(&sp->items, f);
}

/* string: string_start (string_content | interpolation)* string_end */
static void parse_string_piece(Parser *p, StrParts *sp, TSNode n) {
  Kids k = parse_kids(p, n);
  TSNode start = k.node[0], end = k.node[k.n - 1];
  size_t plen;
  const char *prefix = parse_src(p, start, &plen);
  bool raw = false, fstr = false;
  for (size_t i = 0; i < plen; i++) {
    char c = (char)(prefix[i] | 0x20);
    if (c == 'r')
      raw = true;
    else if (c == 'f')
      fstr = true;
    else if (c == 'b')
      ERR(n, "bytes literals are not supported");
  }
  if (fstr)
    sp->is_fstring = true;
  size_t at = ts_node_end_byte(start);
  for (int i = 1; i < k.n - 1; i++) {
    TSNode c = k.node[i];
    if (!parse_is(c, "interpolation"))
      continue;
    size_t s = ts_node_start_byte(c);
    if (s > at)
      parse_add_text(p, sp, at, s - at, raw, fstr);
    parse_interpolation(p, sp, c, raw);
    at = ts_node_end_byte(c);
  }
  /* The content ends before the closing quotes.  Not at string_end's start:
   * for r"\\" tree-sitter's string_end token swallows the backslashes. */
  size_t qlen = plen >= 3 && prefix[plen - 1] == prefix[plen - 2] && prefix[plen - 2] == prefix[plen - 3] ? 3 : 1;
  size_t e = ts_node_end_byte(end) - qlen;
  if (e > at)
    parse_add_text(p, sp, at, e - at, raw, fstr);
}

/* string | concatenated_string: string string+ */
static Expr *parse_string(Parser *p, TSNode n) {
  StrParts sp = {0};
  if (parse_is(n, "concatenated_string")) {
    Kids k = parse_named_kids(p, n);
    for (int i = 0; i < k.n; i++)
      parse_string_piece(p, &sp, k.node[i]);
  } else {
    parse_string_piece(p, &sp, n);
  }
  if (sp.is_fstring)
    return parse_fstring_parts(&sp, parse_pos(n));
  Expr *e = parse_new_expr(E_STR, parse_pos(n));
  e->len = sp.text.len;
  e->str = arena_strndup(sp.text.data ? sp.text.data : "", sp.text.len);
  buf_free(&sp.text);
  return e;
}

/* ---- expressions ------------------------------------------------------- */

static Expr *parse_seq(Parser *p, TSNode n, ExprKind kind);

/* yield: 'yield' ('from' expression | expression_list?)   (PEP 828: 'async' 'yield' 'from' expression) */
static Expr *parse_yield(Parser *p, TSNode n) {
  bool from = parse_has_token(p, n, "from");
  bool is_async = from && parse_is_async_offset(p, ts_node_start_byte(n));
  const char *what = is_async ? "'async yield from'" : "'yield'";
  parse_check_yield(p, n, what, is_async);
  Expr *e = parse_new_expr(is_async ? E_ASYNC_YIELD_FROM : from ? E_YIELD_FROM : E_YIELD, parse_pos(n));
  Kids k = parse_named_kids(p, n);
  if (k.n > 0)
    e->a = parse_expr(p, k.node[0]);
  return e;
}

/* call: primary_expression (argument_list | generator_expression) */
static Expr *parse_comprehension(Parser *p, TSNode n, ExprKind kind, bool sole_argument);

static Expr *parse_call(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_CALL, parse_pos(n));
  e->a = parse_expr(p, parse_field(n, "function"));
  TSNode args = parse_field(n, "arguments");
  Vec items = {0}, kwvalues = {0}, kwnames = {0};
  if (parse_is(args, "generator_expression")) {
    vec_push(&items, parse_comprehension(p, args, E_GENEXP, true));
  } else {
    /* argument_list: '(' (expression | keyword_argument | '*' expression | '**' expression),* ')' */
    Kids k = parse_named_kids(p, args);
    for (int i = 0; i < k.n; i++) {
      TSNode a = k.node[i];
      if (parse_is(a, "keyword_argument")) {
        TSNode name = parse_field(a, "name");
        char *s = parse_ident(p, name);
        for (int j = 0; j < kwnames.len; j++)
          if (strcmp(kwnames.items[j], s) == 0)
            ERR(a, "keyword argument repeated: %s", s);
        vec_push(&kwnames, s);
        vec_push(&kwvalues, parse_expr(p, parse_field(a, "value")));
      } else if (parse_is(a, "list_splat")) {
        Expr *st = parse_new_expr(E_STARRED, parse_pos(a));
        st->a = parse_expr(p, parse_named_kids(p, a).node[0]);
        vec_push(&items, st);
      } else if (parse_is(a, "parenthesized_list_splat")) {
        ERR(a, "argument unpacking ('*') is not supported here");
      } else if (parse_is(a, "dictionary_splat")) {
        ERR(a, "keyword argument unpacking ('**') is not supported");
      } else {
        if (kwnames.len > 0)
          ERR(a, "positional argument follows keyword argument");
        vec_push(&items, parse_expr(p, a));
      }
    }
  }
  e->items = parse_exprs(&items);
  e->nitems = items.len;
  e->kwvalues = parse_exprs(&kwvalues);
  e->kwnames = arena_alloc(sizeof(char *) * (size_t)(kwnames.len + 1));
  for (int i = 0; i < kwnames.len; i++)
    e->kwnames[i] = kwnames.items[i];
  e->nkw = kwnames.len;
  return e;
}

/* slice: expression? ':' expression? (':' expression?)? */
static Expr *parse_slice(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_SLICE, parse_pos(n));
  Kids k = parse_kids(p, n);
  int part = 0;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!ts_node_is_named(c)) {
      if (parse_is(c, ":"))
        part++;
      continue;
    }
    Expr *x = parse_expr(p, c);
    if (part == 0)
      e->a = x;
    else if (part == 1)
      e->b = x;
    else
      e->c = x;
  }
  return e;
}

/* subscript: primary_expression '[' (expression | slice) (',' (expression | slice))* ','? ']' */
static Expr *parse_subscript(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_SUBSCRIPT, parse_pos(n));
  e->a = parse_expr(p, parse_field(n, "value"));
  Kids k = parse_kids(p, n);
  Vec subs = {0};
  int commas = 0;
  bool after_bracket = false;
  Pos first = {0, 0};
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!ts_node_is_named(c)) {
      if (parse_is(c, "["))
        after_bracket = true;
      else if (after_bracket && parse_is(c, ","))
        commas++;
      continue;
    }
    if (!k.field[i] || strcmp(k.field[i], "subscript") != 0)
      continue;
    if (!subs.len)
      first = parse_pos(c);
    vec_push(&subs, parse_is(c, "slice") ? parse_slice(p, c) : parse_expr(p, c));
  }
  if (subs.len == 1 && commas == 0) {
    e->b = subs.items[0];
  } else {
    Expr *t = parse_new_expr(E_TUPLE, first);
    t->items = parse_exprs(&subs);
    t->nitems = subs.len;
    e->b = t;
  }
  return e;
}

/*
 * list | tuple | expression_list | pattern_list | tuple_pattern | list_pattern:
 *   elements separated by ','.  A tuple_pattern `(x)` without a comma is just x.
 */
static Expr *parse_seq(Parser *p, TSNode n, ExprKind kind) {
  Kids k = parse_kids(p, n);
  bool comma = false;
  int nnamed = 0;
  for (int i = 0; i < k.n; i++) {
    if (ts_node_is_named(k.node[i]))
      k.node[nnamed++] = k.node[i];
    else if (parse_is(k.node[i], ","))
      comma = true;
  }
  for (int i = 0; i < nnamed; i++)
    if (parse_is(k.node[i], "yield")) /* [yield], (yield, 1): Python wants (yield) */
      ERR(k.node[i], "invalid syntax");
  if (parse_is(n, "tuple_pattern") && nnamed == 1 && !comma)
    return parse_expr(p, k.node[0]);
  Expr *e = parse_new_expr(kind, parse_pos(n));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(nnamed + 1));
  for (int i = 0; i < nnamed; i++)
    e->items[e->nitems++] = parse_expr(p, k.node[i]);
  return e;
}

/* dictionary: '{' (pair | '**' expression),* '}'   pair: expression ':' expression */
static Expr *parse_dict(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  Expr *e = parse_new_expr(E_DICT, parse_pos(n));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(2 * k.n + 1));
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!parse_is(c, "pair"))
      ERR(c, "dictionary unpacking ('**') is not supported");
    e->items[e->nitems++] = parse_expr(p, parse_field(c, "key"));
    e->items[e->nitems++] = parse_expr(p, parse_field(c, "value"));
  }
  return e;
}

/* comparison_operator: primary_expression (('<' | '<=' | ... | 'not in' | 'is not') primary_expression)+ */
static Expr *parse_compare(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"<", OP_LT},    {"<=", OP_LE}, {"==", OP_EQ},         {"!=", OP_NE},
             {">", OP_GT},    {">=", OP_GE}, {"in", OP_IN},         {"not in", OP_NOT_IN},
             {"is", OP_IS},   {"is not", OP_IS_NOT}};
  Kids k = parse_kids(p, n);
  Expr *e = parse_new_expr(E_COMPARE, parse_pos(n));
  e->ops = arena_alloc(sizeof(Op) * (size_t)(k.n + 1));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(k.n + 1));
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (k.field[i] && strcmp(k.field[i], "operators") == 0) {
      const char *t = ts_node_type(c);
      size_t j = 0;
      while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
        j++;
      if (j == sizeof ops / sizeof ops[0])
        ERR(c, "invalid syntax");
      e->ops[e->nitems] = ops[j].op;
      if (i + 1 >= k.n)
        ERR(c, "invalid syntax");
      e->items[e->nitems++] = parse_expr(p, k.node[++i]);
    } else if (!e->a) {
      e->a = parse_expr(p, c);
    }
  }
  return e;
}

/* binary_operator: primary_expression ('+' | '-' | '*' | '/' | '//' | '%' | '**' | ...) primary_expression */
static Expr *parse_binop(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"+", OP_ADD}, {"-", OP_SUB},       {"*", OP_MUL}, {"/", OP_DIV},
             {"//", OP_FLOORDIV}, {"%", OP_MOD}, {"**", OP_POW}};
  TSNode opn = parse_field(n, "operator");
  const char *t = ts_node_type(opn);
  size_t j = 0;
  while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
    j++;
  if (j == sizeof ops / sizeof ops[0])
    ERR(opn, "operator '%s' is not supported", t);
  Expr *e = parse_new_expr(E_BINOP, parse_pos(n));
  e->op = ops[j].op;
  e->a = parse_expr(p, parse_field(n, "left"));
  e->b = parse_expr(p, parse_field(n, "right"));
  return e;
}

/* unary_operator: ('+' | '-' | '~') primary_expression */
static Expr *parse_unary(Parser *p, TSNode n) {
  TSNode opn = parse_field(n, "operator"), arg = parse_field(n, "argument");
  const char *t = ts_node_type(opn);
  Op op = strcmp(t, "-") == 0 ? OP_NEG : strcmp(t, "+") == 0 ? OP_POS : OP_INVERT;
  Expr *e = parse_new_expr(E_UNARY, parse_pos(n));
  e->op = op;
  if (op == OP_NEG && parse_is(arg, "integer")) {
    Expr *lit = parse_int(p, arg, true);
    if (lit->ival == INT64_MIN) {
      lit->pos = e->pos; /* -9223372036854775808 is one literal */
      return lit;
    }
    e->a = lit;
    return e;
  }
  e->a = parse_expr(p, arg);
  return e;
}

/* lambda: 'lambda' lambda_parameters? ':' expression */
static Expr *parse_lambda(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_LAMBDA, parse_pos(n));
  FuncSave save;
  Func *f = parse_func_begin(p, "<lambda>", e->pos, &save);
  f->is_lambda = true;
  parse_params(p, parse_field(n, "parameters"), f);
  TSNode body = parse_field(n, "body");
  Stmt *r = parse_new_stmt(S_RETURN, parse_pos(body));
  r->value = parse_expr(p, body);
  f->body = r;
  parse_func_end(p, &save);
  e->func = f;
  return e;
}

/*
 * list_comprehension: '[' expression for_in_clause (for_in_clause | if_clause)* ']'
 * dictionary_comprehension: '{' pair for_in_clause (for_in_clause | if_clause)* '}'
 * generator_expression: '(' expression for_in_clause (for_in_clause | if_clause)* ')'
 * for_in_clause: 'async'? 'for' targets 'in' expression
 * if_clause: 'if' expression
 *
 * Built as a function, as yieldc.h describes next to E_LISTCOMP.
 */
static Expr *parse_comprehension(Parser *p, TSNode n, ExprKind kind, bool sole_argument) {
  Pos pos = parse_pos(n);
  Expr *e = parse_new_expr(kind, pos);
  Kids k = parse_named_kids(p, n);
  TSNode body = parse_field(n, "body");
  /* Check the clauses' shape and evaluate the outermost iterable here. */
  int first = -1;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!parse_is(c, "for_in_clause"))
      continue;
    if (parse_has_token(p, c, "async"))
      parse_check_async_comp(p, c);
    Kids rk = parse_kids(p, c);
    int nright = 0;
    for (int j = 0; j < rk.n; j++)
      if (rk.field[j] && strcmp(rk.field[j], "right") == 0 && ++nright == 2)
        ERR(rk.node[j], sole_argument ? "Generator expression must be parenthesized" : "invalid syntax");
    if (parse_has_token(p, c, ",") && !sole_argument) {
      /* `for x in a,` : CPython rejects the trailing comma too */
      for (int j = 0; j < rk.n; j++)
        if (!ts_node_is_named(rk.node[j]) && parse_is(rk.node[j], ","))
          ERR(rk.node[j], "invalid syntax");
    }
    if (first < 0)
      first = i;
  }
  if (first < 0)
    unreachable();
  e->first_iter = parse_expr(p, parse_field(k.node[first], "right"));

  FuncSave save;
  const char *name = kind == E_LISTCOMP ? "<listcomp>" : kind == E_DICTCOMP ? "<dictcomp>" : "<genexpr>";
  Func *f = parse_func_begin(p, name, pos, &save);
  f->is_comprehension = true;
  f->nparams = 1;
  f->params = arena_alloc(sizeof(char *) * 2);
  f->params[0] = ".0";

  Stmt *nest = NULL, **hole = &nest;
  for (int i = first; i < k.n; i++) {
    TSNode c = k.node[i];
    Stmt *s;
    if (parse_is(c, "for_in_clause")) {
      s = parse_new_stmt(S_FOR, parse_pos(c));
      s->target = parse_target(p, parse_field(c, "left"), T_FOR);
      s->iter = i == first ? parse_name_expr(".0", pos) : parse_expr(p, parse_field(c, "right"));
    } else if (parse_is(c, "if_clause")) {
      s = parse_new_stmt(S_IF, parse_pos(c));
      s->test = parse_expr(p, parse_named_kids(p, c).node[0]);
    } else {
      continue;
    }
    *hole = s;
    hole = &s->body;
  }
  Pos epos = parse_pos(body);
  if (kind == E_GENEXP) {
    Stmt *s = parse_new_stmt(S_EXPR, epos);
    s->value = parse_new_expr(E_YIELD, epos);
    s->value->a = parse_expr(p, body);
    *hole = s;
    f->body = nest;
  } else {
    Stmt *init = parse_new_stmt(S_ASSIGN, pos);
    init->ntargets = 1;
    init->targets = arena_alloc(sizeof(Expr *));
    init->targets[0] = parse_name_expr(".r", pos);
    init->value = parse_new_expr(kind == E_LISTCOMP ? E_LIST : E_DICT, pos);
    init->value->items = arena_alloc(sizeof(Expr *));
    if (kind == E_LISTCOMP) {
      /* .r.append(elt) */
      Stmt *s = parse_new_stmt(S_EXPR, epos);
      Expr *call = parse_new_expr(E_CALL, epos);
      call->a = parse_new_expr(E_ATTR, epos);
      call->a->a = parse_name_expr(".r", epos);
      call->a->name = "append";
      call->nitems = 1;
      call->items = arena_alloc(sizeof(Expr *));
      call->items[0] = parse_expr(p, body);
      call->kwnames = arena_alloc(sizeof(char *));
      call->kwvalues = arena_alloc(sizeof(Expr *));
      s->value = call;
      *hole = s;
    } else {
      /* .k = key; .r[.k] = value   (the key is evaluated first, as in CPython) */
      TSNode key = parse_field(body, "key"), value = parse_field(body, "value");
      Stmt *sk = parse_new_stmt(S_ASSIGN, parse_pos(key));
      sk->ntargets = 1;
      sk->targets = arena_alloc(sizeof(Expr *));
      sk->targets[0] = parse_name_expr(".k", parse_pos(key));
      sk->value = parse_expr(p, key);
      Stmt *sv = parse_new_stmt(S_ASSIGN, parse_pos(value));
      sv->ntargets = 1;
      sv->targets = arena_alloc(sizeof(Expr *));
      Expr *sub = parse_new_expr(E_SUBSCRIPT, parse_pos(key));
      sub->a = parse_name_expr(".r", parse_pos(key));
      sub->b = parse_name_expr(".k", parse_pos(key));
      sv->targets[0] = sub;
      sv->value = parse_expr(p, value);
      sk->next = sv;
      *hole = sk;
    }
    Stmt *ret = parse_new_stmt(S_RETURN, pos);
    ret->value = parse_name_expr(".r", pos);
    init->next = nest;
    nest->next = ret;
    f->body = init;
  }
  parse_func_end(p, &save);
  e->func = f;
  return e;
}

/* The expression rules of the grammar (and the pattern rules, read as expressions). */
static Expr *parse_expr(Parser *p, TSNode n) {
  if (++p->depth > MAX_EXPR_DEPTH)
    ERR(n, "expression too deeply nested (more than %d levels)", MAX_EXPR_DEPTH);
  size_t mark = p->scratch_used;
  Expr *e = NULL;
  Pos pos = parse_pos(n);
  const char *t = ts_node_type(n);

  if (strcmp(t, "identifier") == 0) {
    e = parse_name_expr(parse_ident(p, n), pos);
  } else if (strcmp(t, "integer") == 0) {
    e = parse_int(p, n, false);
  } else if (strcmp(t, "float") == 0) {
    e = parse_float(p, n);
  } else if (strcmp(t, "string") == 0 || strcmp(t, "concatenated_string") == 0) {
    e = parse_string(p, n);
  } else if (strcmp(t, "true") == 0) {
    e = parse_new_expr(E_TRUE, pos);
  } else if (strcmp(t, "false") == 0) {
    e = parse_new_expr(E_FALSE, pos);
  } else if (strcmp(t, "none") == 0) {
    e = parse_new_expr(E_NONE, pos);
  } else if (strcmp(t, "parenthesized_expression") == 0) {
    /* parenthesized_expression: '(' (expression | yield) ')' */
    Kids k = parse_named_kids(p, n);
    if (k.n != 1)
      ERR(n, "invalid syntax");
    e = parse_expr(p, k.node[0]);
  } else if (strcmp(t, "binary_operator") == 0) {
    e = parse_binop(p, n);
  } else if (strcmp(t, "unary_operator") == 0) {
    e = parse_unary(p, n);
  } else if (strcmp(t, "not_operator") == 0) {
    /* not_operator: 'not' expression */
    e = parse_new_expr(E_UNARY, pos);
    e->op = OP_NOT;
    e->a = parse_expr(p, parse_field(n, "argument"));
  } else if (strcmp(t, "boolean_operator") == 0) {
    /* boolean_operator: expression ('and' | 'or') expression */
    e = parse_new_expr(E_BOOLOP, pos);
    e->op = parse_is(parse_field(n, "operator"), "and") ? OP_AND : OP_OR;
    e->a = parse_expr(p, parse_field(n, "left"));
    e->b = parse_expr(p, parse_field(n, "right"));
  } else if (strcmp(t, "comparison_operator") == 0) {
    e = parse_compare(p, n);
  } else if (strcmp(t, "conditional_expression") == 0) {
    /* conditional_expression: expression 'if' expression 'else' expression */
    Kids k = parse_named_kids(p, n);
    if (k.n != 3)
      ERR(n, "invalid syntax");
    e = parse_new_expr(E_IFEXP, pos);
    e->b = parse_expr(p, k.node[0]);
    e->a = parse_expr(p, k.node[1]);
    e->c = parse_expr(p, k.node[2]);
  } else if (strcmp(t, "call") == 0) {
    e = parse_call(p, n);
  } else if (strcmp(t, "attribute") == 0) {
    /* attribute: primary_expression '.' identifier */
    e = parse_new_expr(E_ATTR, pos);
    e->a = parse_expr(p, parse_field(n, "object"));
    e->name = parse_text(p, parse_field(n, "attribute"));
  } else if (strcmp(t, "subscript") == 0) {
    e = parse_subscript(p, n);
  } else if (strcmp(t, "list") == 0 || strcmp(t, "list_pattern") == 0) {
    e = parse_seq(p, n, E_LIST);
  } else if (strcmp(t, "tuple") == 0 || strcmp(t, "tuple_pattern") == 0 || strcmp(t, "expression_list") == 0 ||
             strcmp(t, "pattern_list") == 0) {
    e = parse_seq(p, n, E_TUPLE);
  } else if (strcmp(t, "dictionary") == 0) {
    e = parse_dict(p, n);
  } else if (strcmp(t, "list_comprehension") == 0) {
    e = parse_comprehension(p, n, E_LISTCOMP, false);
  } else if (strcmp(t, "dictionary_comprehension") == 0) {
    e = parse_comprehension(p, n, E_DICTCOMP, false);
  } else if (strcmp(t, "generator_expression") == 0) {
    e = parse_comprehension(p, n, E_GENEXP, false);
  } else if (strcmp(t, "lambda") == 0) {
    e = parse_lambda(p, n);
  } else if (strcmp(t, "yield") == 0) {
    e = parse_yield(p, n);
  } else if (strcmp(t, "await") == 0) {
    /* await: 'await' primary_expression */
    parse_check_await(p, n);
    e = parse_new_expr(E_AWAIT, pos);
    e->a = parse_expr(p, parse_named_kids(p, n).node[0]);
  } else if (strcmp(t, "set") == 0) {
    ERR(n, "set literals are not supported");
  } else if (strcmp(t, "set_comprehension") == 0) {
    ERR(n, "set comprehensions are not supported");
  } else if (strcmp(t, "named_expression") == 0) {
    ERR(n, "assignment expressions (':=') are not supported");
  } else if (strcmp(t, "list_splat") == 0 || strcmp(t, "list_splat_pattern") == 0 ||
             strcmp(t, "parenthesized_list_splat") == 0) {
    ERR(n, "starred expressions ('*') are not supported");
  } else if (strcmp(t, "dictionary_splat") == 0) {
    ERR(n, "dictionary unpacking ('**') is not supported");
  } else if (strcmp(t, "ellipsis") == 0) {
    ERR(n, "'...' (Ellipsis) is not supported");
  } else if (strcmp(t, "keyword_identifier") == 0) {
    e = parse_name_expr(parse_ident(p, n), pos);
  } else {
    /* as_pattern outside `except`, slice outside [], keyword_argument outside a call, ... */
    ERR(n, "invalid syntax");
  }
  p->depth--;
  p->scratch_used = mark;
  return e;
}

/* ---- statements -------------------------------------------------------- */

/*
 * assignment: pattern ('=' (assignment | expression))           a = b = value
 *           | pattern ':' type ('=' expression)?                 x: int = value
 */
static Stmt *parse_assign(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_ASSIGN, parse_pos(n));
  Vec targets = {0};
  TSNode cur = n;
  for (;;) {
    TSNode left = parse_field(cur, "left"), type = parse_field(cur, "type"), right = parse_field(cur, "right");
    if (!ts_node_is_null(type)) {
      if (!ts_node_eq(cur, n) || (!ts_node_is_null(right) && parse_is(right, "assignment")))
        ERR(type, "invalid syntax");
      if (parse_is(left, "pattern_list") ||
          (parse_is(left, "tuple_pattern") && ts_node_named_child_count(left) != 1))
        ERR(left, "only single target (not tuple) can be annotated");
      if (parse_is(left, "list_pattern"))
        ERR(left, "only single target (not list) can be annotated");
      if (ts_node_is_null(right))
        ERR(n, "variable annotations without a value are not supported");
    }
    vec_push(&targets, parse_target(p, left, T_ASSIGN));
    if (parse_is(right, "assignment")) {
      cur = right;
      continue;
    }
    if (parse_is(right, "augmented_assignment"))
      ERR(right, "invalid syntax");
    s->value = parse_expr(p, right);
    break;
  }
  s->targets = parse_exprs(&targets);
  s->ntargets = targets.len;
  return s;
}

/* augmented_assignment: pattern ('+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | ...) expression */
static Stmt *parse_augassign(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"+=", OP_ADD}, {"-=", OP_SUB},       {"*=", OP_MUL}, {"/=", OP_DIV},
             {"//=", OP_FLOORDIV}, {"%=", OP_MOD}, {"**=", OP_POW}};
  Stmt *s = parse_new_stmt(S_AUGASSIGN, parse_pos(n));
  TSNode opn = parse_field(n, "operator");
  const char *t = ts_node_type(opn);
  size_t j = 0;
  while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
    j++;
  s->ntargets = 1;
  s->targets = arena_alloc(sizeof(Expr *));
  s->targets[0] = parse_target(p, parse_field(n, "left"), T_AUG);
  if (j == sizeof ops / sizeof ops[0])
    ERR(opn, "operator '%s' is not supported", t);
  s->op = ops[j].op;
  TSNode right = parse_field(n, "right");
  if (parse_is(right, "assignment") || parse_is(right, "augmented_assignment"))
    ERR(right, "invalid syntax");
  s->value = parse_expr(p, right);
  return s;
}

/* expression_statement: expression (',' expression)* ','? | assignment | augmented_assignment | yield */
static Stmt *parse_expr_stmt(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  if (k.n == 1 && parse_is(k.node[0], "assignment"))
    return parse_assign(p, k.node[0]);
  if (k.n == 1 && parse_is(k.node[0], "augmented_assignment"))
    return parse_augassign(p, k.node[0]);
  Stmt *s = parse_new_stmt(S_EXPR, parse_pos(n));
  if (k.n == 1 && !parse_has_token(p, n, ",")) {
    s->value = parse_expr(p, k.node[0]);
  } else {
    Expr *t = parse_new_expr(E_TUPLE, parse_pos(n));
    t->items = arena_alloc(sizeof(Expr *) * (size_t)(k.n + 1));
    for (int i = 0; i < k.n; i++)
      t->items[t->nitems++] = parse_expr(p, k.node[i]);
    s->value = t;
  }
  return s;
}

/* if_statement: 'if' expression ':' block elif_clause* else_clause?
 * elif_clause: 'elif' expression ':' block      else_clause: 'else' ':' block */
static Stmt *parse_if(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_IF, parse_pos(n));
  s->test = parse_expr(p, parse_field(n, "condition"));
  s->body = parse_block(p, parse_field(n, "consequence"), "'if' statement", n);
  Stmt *cur = s;
  Kids k = parse_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "elif_clause")) {
      Stmt *e = parse_new_stmt(S_IF, parse_pos(c));
      e->test = parse_expr(p, parse_field(c, "condition"));
      e->body = parse_block(p, parse_field(c, "consequence"), "'elif' statement", c);
      cur->orelse = e;
      cur = e;
    } else if (parse_is(c, "else_clause")) {
      cur->orelse = parse_block(p, parse_field(c, "body"), "'else' statement", c);
    }
  }
  return s;
}

/* A loop's else clause, if any: 'else' ':' block */
static Stmt *parse_loop_else(Parser *p, TSNode n) {
  TSNode e = parse_field(n, "alternative");
  if (ts_node_is_null(e))
    return NULL;
  return parse_block(p, parse_field(e, "body"), "'else' statement", e);
}

/* while_statement: 'while' expression ':' block else_clause? */
static Stmt *parse_while(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_WHILE, parse_pos(n));
  s->test = parse_expr(p, parse_field(n, "condition"));
  p->loops++;
  s->body = parse_block(p, parse_field(n, "body"), "'while' statement", n);
  p->loops--;
  s->orelse = parse_loop_else(p, n);
  return s;
}

/* for_statement: 'async'? 'for' targets 'in' expressions ':' block else_clause? */
static Stmt *parse_for(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_FOR, parse_pos(n));
  s->is_async = parse_has_token(p, n, "async");
  if (s->is_async && (!p->func->is_async || p->func->is_lambda))
    ERR(n, "'async for' outside async function");
  s->target = parse_target(p, parse_field(n, "left"), T_FOR);
  s->iter = parse_expr(p, parse_field(n, "right"));
  p->loops++;
  s->body = parse_block(p, parse_field(n, "body"), "'for' statement", n);
  p->loops--;
  s->orelse = parse_loop_else(p, n);
  return s;
}

/*
 * try_statement: 'try' ':' block except_clause* else_clause? finally_clause?
 * except_clause: 'except' (expression ('as' identifier)?)? ':' block
 * finally_clause: 'finally' ':' block
 */
static Stmt *parse_try(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_TRY, parse_pos(n));
  s->body = parse_block(p, parse_field(n, "body"), "'try' statement", n);
  Kids k = parse_named_kids(p, n);
  Vec handlers = {0};
  bool have_else = false, have_finally = false;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "except_clause")) {
      Handler *h = arena_alloc(sizeof *h);
      h->pos = parse_pos(c);
      if (handlers.len && !((Handler *)handlers.items[handlers.len - 1])->type)
        diag_error(((Handler *)handlers.items[handlers.len - 1])->pos, "default 'except:' must be last");
      Kids ck = parse_kids(p, c);
      TSNode block = {0};
      int nvalues = 0;
      for (int j = 0; j < ck.n; j++) {
        TSNode x = ck.node[j];
        if (!ts_node_is_named(x)) {
          if (parse_is(x, "*"))
            ERR(x, "'except*' is not supported");
          continue;
        }
        if (parse_is(x, "block")) {
          block = x;
          continue;
        }
        if (++nvalues > 1)
          diag_error(h->type->pos, "multiple exception types must be parenthesized");
        if (parse_is(x, "as_pattern")) {
          /* as_pattern: expression 'as' as_pattern_target */
          Kids ak = parse_named_kids(p, x);
          TSNode alias = parse_field(x, "alias");
          Kids tk = parse_named_kids(p, alias);
          if (ak.n != 2 || tk.n != 1 || !parse_is(tk.node[0], "identifier"))
            ERR(alias, "invalid syntax");
          h->type = parse_expr(p, ak.node[0]);
          h->name = parse_ident(p, tk.node[0]);
        } else {
          h->type = parse_expr(p, x);
        }
      }
      h->body = parse_block(p, block, "'except' statement", c);
      vec_push(&handlers, h);
    } else if (parse_is(c, "else_clause")) {
      have_else = true;
      s->orelse = parse_block(p, parse_field(c, "body"), "'else' statement", c);
    } else if (parse_is(c, "finally_clause")) {
      have_finally = true;
      Kids fk = parse_named_kids(p, c);
      s->finalbody = parse_block(p, fk.n ? fk.node[fk.n - 1] : (TSNode){0}, "'finally' statement", c);
    }
  }
  if (!handlers.len && !have_finally)
    ERR(n, "expected 'except' or 'finally' block");
  if (have_else && !handlers.len)
    ERR(n, "expected 'except' or 'finally' block");
  s->nhandlers = handlers.len;
  s->handlers = arena_alloc(sizeof(Handler *) * (size_t)(handlers.len + 1));
  for (int i = 0; i < handlers.len; i++)
    s->handlers[i] = handlers.items[i];
  return s;
}

/* function_definition: 'async'? 'def' identifier parameters ('->' type)? ':' block */
static Stmt *parse_def(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_DEF, parse_pos(n));
  if (!ts_node_is_null(parse_field(n, "type_parameters")))
    ERR(parse_field(n, "type_parameters"), "type parameters are not supported");
  FuncSave save;
  Func *f = parse_func_begin(p, parse_ident(p, parse_field(n, "name")), s->pos, &save);
  f->is_async = parse_has_token(p, n, "async");
  parse_params(p, parse_field(n, "parameters"), f);
  f->body = parse_block(p, parse_field(n, "body"), "function definition", n);
  parse_func_end(p, &save);
  s->func = f;
  return s;
}

/* class_definition: 'class' identifier '(' identifier ')' ':' ('pass' | docstring)+ */
static Stmt *parse_class(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_CLASS, parse_pos(n));
  s->name = parse_ident(p, parse_field(n, "name"));
  if (p->func->kind != F_MODULE)
    ERR(n, "class definitions inside functions are not supported");
  if (!ts_node_is_null(parse_field(n, "type_parameters")))
    ERR(parse_field(n, "type_parameters"), "type parameters are not supported");
  TSNode supers = parse_field(n, "superclasses");
  Kids bases = ts_node_is_null(supers) ? (Kids){0} : parse_named_kids(p, supers);
  if (bases.n == 0)
    ERR(n, "classes other than exception classes are not supported (write 'class %s(Exception): pass')", s->name);
  for (int i = 0; i < bases.n; i++)
    if (parse_is(bases.node[i], "keyword_argument"))
      ERR(bases.node[i], "class keyword arguments are not supported");
  if (bases.n > 1)
    ERR(bases.node[1], "multiple inheritance is not supported");
  if (!parse_is(bases.node[0], "identifier"))
    ERR(bases.node[0], "the base class must be a name");
  s->base = parse_name_expr(parse_ident(p, bases.node[0]), parse_pos(bases.node[0]));
  TSNode body = parse_field(n, "body");
  Kids k = parse_named_kids(p, body);
  if (k.n == 0)
    parse_block(p, body, "class definition", n); /* reports the empty block */
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "pass_statement"))
      continue;
    if (i == 0 && parse_is(c, "expression_statement")) {
      Kids ek = parse_named_kids(p, c);
      if (ek.n == 1 && parse_is(ek.node[0], "string")) {
        parse_string(p, ek.node[0]); /* checks it */
        continue;
      }
    }
    ERR(c, "class bodies other than 'pass' are not supported (only exception classes)");
  }
  return s;
}

/* import_statement: 'import' dotted_name (',' dotted_name)*   -- only `import asyncio` */
static Stmt *parse_import(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_IMPORT, parse_pos(n));
  s->name = "asyncio";
  Kids k = parse_named_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "aliased_import")) {
      char *name = parse_text(p, parse_field(c, "name"));
      if (strcmp(name, "asyncio") == 0)
        ERR(c, "'import asyncio as ...' is not supported; only 'import asyncio'");
      ERR(c, "import of '%s' is not supported; only 'import asyncio'", name);
    }
    char *name = parse_text(p, c);
    if (strcmp(name, "asyncio") != 0)
      ERR(c, "import of '%s' is not supported; only 'import asyncio'", name);
  }
  if (p->func->kind != F_MODULE)
    ERR(n, "import inside a function is not supported");
  p->mod->imports_asyncio = true;
  return s;
}

/* One statement of any kind. */
static Stmt *parse_stmt(Parser *p, TSNode n) {
  size_t mark = p->scratch_used;
  Pos pos = parse_pos(n);
  const char *t = ts_node_type(n);
  Stmt *s;
  if (strcmp(t, "expression_statement") == 0) {
    s = parse_expr_stmt(p, n);
  } else if (strcmp(t, "pass_statement") == 0) {
    s = parse_new_stmt(S_PASS, pos);
  } else if (strcmp(t, "break_statement") == 0) {
    if (!p->loops)
      ERR(n, "'break' outside loop");
    s = parse_new_stmt(S_BREAK, pos);
  } else if (strcmp(t, "continue_statement") == 0) {
    if (!p->loops)
      ERR(n, "'continue' not properly in loop");
    s = parse_new_stmt(S_CONTINUE, pos);
  } else if (strcmp(t, "return_statement") == 0) {
    /* return_statement: 'return' expressions? */
    if (p->func->kind == F_MODULE)
      ERR(n, "'return' outside function");
    s = parse_new_stmt(S_RETURN, pos);
    Kids k = parse_named_kids(p, n);
    if (k.n)
      s->value = parse_expr(p, k.node[0]);
  } else if (strcmp(t, "raise_statement") == 0) {
    /* raise_statement: 'raise' expressions? ('from' expression)? */
    s = parse_new_stmt(S_RAISE, pos);
    Kids k = parse_kids(p, n);
    for (int i = 0; i < k.n; i++) {
      if (!ts_node_is_named(k.node[i]))
        continue;
      if (k.field[i] && strcmp(k.field[i], "cause") == 0)
        s->cause = parse_expr(p, k.node[i]);
      else
        s->value = parse_expr(p, k.node[i]);
    }
  } else if (strcmp(t, "assert_statement") == 0) {
    /* assert_statement: 'assert' expression (',' expression)? */
    s = parse_new_stmt(S_ASSERT, pos);
    Kids k = parse_named_kids(p, n);
    if (k.n > 2)
      ERR(k.node[2], "invalid syntax");
    s->test = parse_expr(p, k.node[0]);
    if (k.n > 1)
      s->value = parse_expr(p, k.node[1]);
  } else if (strcmp(t, "delete_statement") == 0) {
    /* delete_statement: 'del' expressions   (tuples and lists of targets are flattened) */
    s = parse_new_stmt(S_DEL, pos);
    Expr *e = parse_expr(p, parse_named_kids(p, n).node[0]);
    Vec targets = {0}, todo = {0};
    vec_push(&todo, e);
    while (todo.len) {
      Expr *x = todo.items[--todo.len];
      if (x->kind == E_TUPLE || x->kind == E_LIST) {
        for (int i = x->nitems - 1; i >= 0; i--)
          vec_push(&todo, x->items[i]);
        continue;
      }
      parse_check_target(x, T_DEL);
      vec_push(&targets, x);
    }
    s->targets = parse_exprs(&targets);
    s->ntargets = targets.len;
  } else if (strcmp(t, "global_statement") == 0) {
    /* global_statement: 'global' identifier (',' identifier)* */
    s = parse_new_stmt(S_GLOBAL, pos);
    Kids k = parse_named_kids(p, n);
    s->names = arena_alloc(sizeof(char *) * (size_t)(k.n + 1));
    for (int i = 0; i < k.n; i++)
      s->names[s->nnames++] = parse_ident(p, k.node[i]);
  } else if (strcmp(t, "if_statement") == 0) {
    s = parse_if(p, n);
  } else if (strcmp(t, "while_statement") == 0) {
    s = parse_while(p, n);
  } else if (strcmp(t, "for_statement") == 0) {
    s = parse_for(p, n);
  } else if (strcmp(t, "try_statement") == 0) {
    s = parse_try(p, n);
  } else if (strcmp(t, "function_definition") == 0) {
    s = parse_def(p, n);
  } else if (strcmp(t, "class_definition") == 0) {
    s = parse_class(p, n);
  } else if (strcmp(t, "import_statement") == 0) {
    s = parse_import(p, n);
  } else if (strcmp(t, "import_from_statement") == 0 || strcmp(t, "future_import_statement") == 0) {
    ERR(n, "'from ... import' is not supported; only 'import asyncio'");
  } else if (strcmp(t, "nonlocal_statement") == 0) {
    if (p->func->kind == F_MODULE)
      ERR(n, "nonlocal declaration not allowed at module level");
    ERR(n, "'nonlocal' is not supported");
  } else if (strcmp(t, "with_statement") == 0) {
    ERR(n, parse_has_token(p, n, "async") ? "'async with' statements are not supported"
                                       : "'with' statements are not supported");
  } else if (strcmp(t, "decorated_definition") == 0) {
    ERR(n, "decorators are not supported");
  } else if (strcmp(t, "match_statement") == 0) {
    ERR(n, "'match' statements are not supported");
  } else if (strcmp(t, "print_statement") == 0) {
    Kids k = parse_named_kids(p, n);
    if (k.n && parse_is(k.node[0], "chevron"))
      ERR(n, "'print >>' is not supported");
    if (k.n && parse_is(k.node[0], "parenthesized_expression")) {
      /* print(yield x): tree-sitter's way out of an unparenthesized yield argument */
      Kids in = parse_named_kids(p, k.node[0]);
      ERR(in.n ? in.node[0] : k.node[0], "invalid syntax");
    }
    ERR(n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
  } else if (strcmp(t, "exec_statement") == 0) {
    ERR(n, "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
  } else if (strcmp(t, "type_alias_statement") == 0) {
    ERR(n, "'type' statements are not supported");
  } else {
    ERR(n, "invalid syntax");
  }
  p->scratch_used = mark;
  return s;
}

/* Where CPython reports a missing block: the next token after the header. */
static Pos parse_after(Parser *p, TSNode owner) {
  size_t i = ts_node_end_byte(owner);
  /* Skip to the end of the header line, then blank and comment lines. */
  while (i < p->len && p->src[i] != '\n')
    i++;
  while (i < p->len) {
    while (i < p->len && (p->src[i] == '\n' || p->src[i] == '\r' || p->src[i] == ' ' || p->src[i] == '\t' ||
                          p->src[i] == '\f'))
      i++;
    if (i < p->len && p->src[i] == '#') {
      while (i < p->len && p->src[i] != '\n')
        i++;
      continue;
    }
    break;
  }
  return parse_pos_at(p, i);
}

/* block: statement+   (what and owner describe the header, for the error on an empty block) */
static Stmt *parse_block(Parser *p, TSNode block, const char *what, TSNode owner) {
  Stmt *head = NULL, **tail = &head;
  if (!ts_node_is_null(block)) {
    Kids k = parse_named_kids(p, block);
    for (int i = 0; i < k.n; i++) {
      Stmt *s = parse_stmt(p, k.node[i]);
      *tail = s;
      tail = &s->next;
    }
  }
  if (!head)
    diag_error(parse_after(p, ts_node_is_null(block) ? owner : block),
               "expected an indented block after %s on line %d", what, parse_pos(owner).line);
  return head;
}

/* ===================================================================== */
/* The entry point                                                        */
/* ===================================================================== */

/* tree-sitter's parser and tree, kept in statics while alive so that an
 * error exit in the middle of the conversion does not look like a leak. */
static TSParser *parse_ts;
static TSTree *parse_tree;

/* module: statement* */
Module *parse_module(const char *path, const char *src, size_t len) {
  static Parser parser; /* static: reachable, for leak checkers, on an error exit */
  Parser *p = &parser;
  memset(p, 0, sizeof *p);
  p->src = src;
  p->len = len;
  if (len > UINT32_MAX / 2)
    diag_fatal("'%s' is too large", path);
  parse_index_lines(p);
  parse_scan(p);

  parse_ts = ts_parser_new();
  if (!ts_parser_set_language(parse_ts, tree_sitter_python()))
    unreachable();
  parse_tree = ts_parser_parse_string(parse_ts, NULL, p->text, (uint32_t)len);
  if (!parse_tree)
    unreachable();
  TSNode root = ts_tree_root_node(parse_tree);
  parse_check_syntax(p, root);

  Module *m = arena_alloc(sizeof *m);
  m->path = path;
  m->src = src;
  m->srclen = len;
  p->mod = m;
  Func *main = arena_alloc(sizeof *main);
  main->name = "<module>";
  main->qualname = "<module>";
  main->pos = (Pos){1, 1};
  main->kind = F_MODULE;
  main->params = arena_alloc(sizeof(char *));
  m->main = main;
  p->func = main;

  Stmt **tail = &main->body;
  Kids k = parse_named_kids(p, root);
  for (int i = 0; i < k.n; i++) {
    Stmt *s = parse_stmt(p, k.node[i]);
    *tail = s;
    tail = &s->next;
  }
  ts_tree_delete(parse_tree);
  ts_parser_delete(parse_ts);
  parse_tree = NULL;
  parse_ts = NULL;
  free(p->scratch);
  return m;
}

/* ===================================================================== */
/* parse_dump: the AST as S-expressions                                   */
/* ===================================================================== */

static const char *parse_op_str(Op op) {
  static const char *names[] = {"+",  "-",  "*",  "/",  "//", "%",  "**", "-",  "+",      "~",  "not", "and",
                                "or", "<",  "<=", "==", "!=", ">",  ">=", "in", "not in", "is", "is not"};
  return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static void dump_str(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c == '\t')
      fputs("\\t", out);
    else if (c == '\r')
      fputs("\\r", out);
    else if (c < 0x20 || c == 0x7F)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static void dump_stmts(FILE *out, Stmt *s, int ind);
static void dump_func(FILE *out, Func *f, int ind);

static void dump_expr(FILE *out, Expr *e, int ind) {
  if (!e) {
    fputs("_", out);
    return;
  }
  switch (e->kind) {
  case E_NAME: fputs(e->name, out); return;
  case E_NONE: fputs("None", out); return;
  case E_TRUE: fputs("True", out); return;
  case E_FALSE: fputs("False", out); return;
  case E_INT: fprintf(out, "%lld", (long long)e->ival); return;
  case E_FLOAT: {
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", e->fval);
    if (!strpbrk(buf, ".eni"))
      strcat(buf, ".0");
    fputs(buf, out);
    return;
  }
  case E_STR: dump_str(out, e->str, e->len); return;
  case E_FSTRING:
    fputs("(fstring", out);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_FORMAT:
    fputs("(format ", out);
    dump_expr(out, e->a, ind);
    if (e->conv)
      fprintf(out, " !%c", e->conv);
    if (e->b) {
      fputc(' ', out);
      dump_expr(out, e->b, ind);
    }
    fputc(')', out);
    return;
  case E_BINOP:
  case E_BOOLOP:
    fprintf(out, "(%s%s ", e->kind == E_BINOP ? "binop " : "", parse_op_str(e->op));
    dump_expr(out, e->a, ind);
    fputc(' ', out);
    dump_expr(out, e->b, ind);
    fputc(')', out);
    return;
  case E_UNARY:
    fprintf(out, "(%s ", e->op == OP_NOT ? "not" : e->op == OP_NEG ? "neg" : e->op == OP_POS ? "pos" : "invert");
    dump_expr(out, e->a, ind);
    fputc(')', out);
    return;
  case E_COMPARE:
    fputs("(compare ", out);
    dump_expr(out, e->a, ind);
    for (int i = 0; i < e->nitems; i++) {
      fprintf(out, " %s ", parse_op_str(e->ops[i]));
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_IFEXP:
    fputs("(ifexp ", out);
    dump_expr(out, e->b, ind);
    fputs(" if ", out);
    dump_expr(out, e->a, ind);
    fputs(" else ", out);
    dump_expr(out, e->c, ind);
    fputc(')', out);
    return;
  case E_CALL:
    fputs("(call ", out);
    dump_expr(out, e->a, ind);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    for (int i = 0; i < e->nkw; i++) {
      fprintf(out, " (kw %s ", e->kwnames[i]);
      dump_expr(out, e->kwvalues[i], ind);
      fputc(')', out);
    }
    fputc(')', out);
    return;
  case E_ATTR:
    fputs("(attr ", out);
    dump_expr(out, e->a, ind);
    fprintf(out, " %s)", e->name);
    return;
  case E_SUBSCRIPT:
  case E_SLICE:
    fputs(e->kind == E_SUBSCRIPT ? "(subscript " : "(slice ", out);
    dump_expr(out, e->a, ind);
    fputc(' ', out);
    dump_expr(out, e->b, ind);
    if (e->kind == E_SLICE) {
      fputc(' ', out);
      dump_expr(out, e->c, ind);
    }
    fputc(')', out);
    return;
  case E_LIST:
  case E_TUPLE:
  case E_DICT:
    fputs(e->kind == E_LIST ? "(list" : e->kind == E_TUPLE ? "(tuple" : "(dict", out);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_GENEXP:
    fputs(e->kind == E_LISTCOMP ? "(listcomp " : e->kind == E_DICTCOMP ? "(dictcomp " : "(genexp ", out);
    dump_expr(out, e->first_iter, ind);
    dump_func(out, e->func, ind + 2);
    fputc(')', out);
    return;
  case E_LAMBDA:
    fputs("(lambda (", out);
    for (int i = 0; i < e->func->nparams; i++)
      fprintf(out, "%s%s", i ? " " : "", e->func->params[i]);
    fputs(") ", out);
    dump_expr(out, e->func->body->value, ind);
    fputc(')', out);
    return;
  case E_STARRED:
    fputs("(* ", out);
    dump_expr(out, e->a, ind);
    fputc(')', out);
    return;
  case E_YIELD:
  case E_YIELD_FROM:
  case E_AWAIT:
  case E_ASYNC_YIELD_FROM:
    fputs(e->kind == E_YIELD        ? "(yield"
          : e->kind == E_YIELD_FROM ? "(yield-from"
          : e->kind == E_AWAIT      ? "(await"
                                    : "(async-yield-from",
          out);
    if (e->a) {
      fputc(' ', out);
      dump_expr(out, e->a, ind);
    }
    fputc(')', out);
    return;
  }
  unreachable();
}

/* A function inside an expression: on its own lines. */
static void dump_func(FILE *out, Func *f, int ind) {
  fprintf(out, "\n%*s(func %s (", ind, "", f->name);
  for (int i = 0; i < f->nparams; i++)
    fprintf(out, "%s%s", i ? " " : "", f->params[i]);
  fputc(')', out);
  dump_stmts(out, f->body, ind + 2);
  fputc(')', out);
}

static void dump_block(FILE *out, const char *head, Stmt *body, int ind) {
  fprintf(out, "\n%*s(%s", ind, "", head);
  dump_stmts(out, body, ind + 2);
  fputc(')', out);
}

static void dump_stmt(FILE *out, Stmt *s, int ind) {
  fprintf(out, "\n%*s", ind, "");
  switch (s->kind) {
  case S_EXPR:
    fputs("(expr ", out);
    dump_expr(out, s->value, ind);
    break;
  case S_ASSIGN:
    fputs("(assign", out);
    for (int i = 0; i < s->ntargets; i++) {
      fputc(' ', out);
      dump_expr(out, s->targets[i], ind);
    }
    fputs(" = ", out);
    dump_expr(out, s->value, ind);
    break;
  case S_AUGASSIGN:
    fputs("(augassign ", out);
    dump_expr(out, s->targets[0], ind);
    fprintf(out, " %s= ", parse_op_str(s->op));
    dump_expr(out, s->value, ind);
    break;
  case S_PASS: fputs("(pass", out); break;
  case S_BREAK: fputs("(break", out); break;
  case S_CONTINUE: fputs("(continue", out); break;
  case S_RETURN:
    fputs("(return", out);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    break;
  case S_IF:
  case S_WHILE:
    fputs(s->kind == S_IF ? "(if " : "(while ", out);
    dump_expr(out, s->test, ind);
    dump_block(out, "body", s->body, ind + 2);
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    break;
  case S_FOR:
    fputs(s->is_async ? "(async-for " : "(for ", out);
    dump_expr(out, s->target, ind);
    fputs(" in ", out);
    dump_expr(out, s->iter, ind);
    dump_block(out, "body", s->body, ind + 2);
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    break;
  case S_TRY:
    fputs("(try", out);
    dump_block(out, "body", s->body, ind + 2);
    for (int i = 0; i < s->nhandlers; i++) {
      Handler *h = s->handlers[i];
      fprintf(out, "\n%*s(except ", ind + 2, "");
      dump_expr(out, h->type, ind + 2);
      if (h->name)
        fprintf(out, " as %s", h->name);
      dump_stmts(out, h->body, ind + 4);
      fputc(')', out);
    }
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    if (s->finalbody)
      dump_block(out, "finally", s->finalbody, ind + 2);
    break;
  case S_RAISE:
    fputs("(raise", out);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    if (s->cause) {
      fputs(" from ", out);
      dump_expr(out, s->cause, ind);
    }
    break;
  case S_ASSERT:
    fputs("(assert ", out);
    dump_expr(out, s->test, ind);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    break;
  case S_DEL:
    fputs("(del", out);
    for (int i = 0; i < s->ntargets; i++) {
      fputc(' ', out);
      dump_expr(out, s->targets[i], ind);
    }
    break;
  case S_GLOBAL:
    fputs("(global", out);
    for (int i = 0; i < s->nnames; i++)
      fprintf(out, " %s", s->names[i]);
    break;
  case S_DEF:
    fprintf(out, "(%s %s (", s->func->is_async ? "async-def" : "def", s->func->name);
    for (int i = 0; i < s->func->nparams; i++)
      fprintf(out, "%s%s", i ? " " : "", s->func->params[i]);
    fputc(')', out);
    dump_stmts(out, s->func->body, ind + 2);
    break;
  case S_CLASS:
    fprintf(out, "(class %s ", s->name);
    dump_expr(out, s->base, ind);
    break;
  case S_IMPORT:
    fprintf(out, "(import %s", s->name);
    break;
  }
  fputc(')', out);
}

static void dump_stmts(FILE *out, Stmt *s, int ind) {
  for (; s; s = s->next)
    dump_stmt(out, s, ind);
}

void parse_dump(FILE *out, Module *m) {
  fputs("(module", out);
  dump_stmts(out, m->main->body, 2);
  fputs(")\n", out);
}
