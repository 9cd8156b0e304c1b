/*
 * scan.c: the raw-text checks tree-sitter does not make, and the rewrite
 * that lets tree-sitter parse PEP 828's `async yield from`.
 *
 * scan_source() runs a small tokenizer over the raw text, the part of
 * CPython's tokenizer that tree-sitter's grammar does not check: UTF-8 and
 * NUL bytes, unterminated strings, unbalanced or too deeply nested brackets,
 * indentation (tree-sitter happily accepts an unexpected indent or a dedent
 * to a column that matches no outer block), and what tree-sitter takes for
 * white space or a token where CPython sees an error: control characters
 * (a vertical tab) and zero-width spaces, string prefixes CPython does not
 * know (rr"", t"", ub""), characters that are no Python token (` $ ? and a
 * lone !), a backslash not followed by a newline or followed by the end of
 * the file.  The messages and positions are CPython's.  It knows nothing of
 * tree-sitter: it sees bytes, and it hands parse.c the text to parse, the
 * line index, the offsets of CPython's NEWLINE tokens (Scan.newlines: parse.c
 * checks that tree-sitter, which skips a line break where its grammar takes
 * no NEWLINE, did not join two logical lines) and its first error.
 *
 * Some errors are reported at once (a NUL byte, bad UTF-8, a non-printable
 * character, too many nested brackets, too many levels of indentation: the
 * last two protect tree-sitter, whose scanner aborts on a deep enough stack
 * of indents, and the parser's recursion).  The others are recorded in
 * Scan.msg and the scan goes on, so that the rewrite below is complete:
 * parse.c reports the scan's error unless tree-sitter finds one on an
 * earlier line.
 *
 * The same scan finds PEP 828's `async yield from`, which tree-sitter-python
 * 0.25 does not know: it parses `async yield from x` as an ERROR node holding
 * `async` followed by an ordinary `yield from x`.  Rather than fork the
 * grammar, the scan rewrites the copy of the text that tree-sitter sees
 * (Scan.text): the five bytes of `async` become `yield` and the five bytes of
 * the real `yield` become spaces, so
 *
 *     r = async yield from agen()     is parsed as
 *     r = yield       from agen()
 *
 * Every byte keeps its offset, so every line:column stays that of the user's
 * file, and the `yield` node now starts exactly at `async`.  The scan records
 * those offsets (Scan.asyncs) and parse.c turns a yield node starting at one
 * of them (scan_is_async_yield) into E_ASYNC_YIELD_FROM.  The rewrite is made
 * only for the token sequence `async` `yield` `from` outside strings and
 * comments with no logical line break in between, so it cannot change the
 * meaning of any other program.
 *
 * Before all that, scan_newlines translates line endings as CPython's
 * tokenizer does: "\r\n" and a lone "\r" become "\n", in the user's buffer
 * itself, so that every later reader (the scan, tree-sitter, the literal
 * values, the diagnostics, the line comments in the C) sees one kind of
 * newline.  A line's columns do not change.
 *
 * All memory is arena memory.
 */
#include <string.h>

#include "yieldc.h"

enum {
  MAX_PAREN_LEVEL = 200,  /* CPython's MAXLEVEL */
  MAX_INDENT_LEVEL = 100  /* CPython's MAXINDENT */
};

size_t scan_newlines(char *src, size_t len) {
  char *r = memchr(src, '\r', len);
  if (!r)
    return len;
  size_t w = (size_t)(r - src);
  for (size_t i = w; i < len; i++) {
    if (src[i] == '\r') {
      src[w++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n')
        i++;
    } else {
      src[w++] = src[i];
    }
  }
  src[w] = '\0';
  return w;
}

static void scan_index_lines(Scan *sc) {
  int cap = 64;
  sc->lines = arena_alloc(sizeof(size_t) * (size_t)cap);
  sc->lines[sc->nlines++] = 0;
  for (size_t i = 0; i < sc->len; i++) {
    if (sc->src[i] == '\n') {
      if (sc->nlines == cap) {
        size_t *l = arena_alloc(sizeof(size_t) * (size_t)cap * 2);
        memcpy(l, sc->lines, sizeof(size_t) * (size_t)cap);
        sc->lines = l;
        cap *= 2;
      }
      sc->lines[sc->nlines++] = i + 1;
    }
  }
}

/* The position of a byte offset (a binary search over the line starts). */
Pos scan_pos_at(const Scan *sc, size_t off) {
  int lo = 0, hi = sc->nlines - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (sc->lines[mid] <= off)
      lo = mid;
    else
      hi = mid - 1;
  }
  return (Pos){lo + 1, (int)(off - sc->lines[lo]) + 1};
}

/* Record the scan's first error; the scan goes on so the rewrite is complete. */
__attribute__((format(printf, 4, 5))) static void scan_error(Scan *sc, Pos pos, int anchor, const char *fmt, ...) {
  if (sc->msg)
    return;
  va_list ap;
  va_start(ap, fmt);
  Buf b = {0};
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  sc->msg = arena_strdup(b.data);
  buf_free(&b);
  sc->pos = pos;
  sc->anchor = anchor;
}

/* An error that stops the scan at once (the input would hurt tree-sitter):
 * the scan's recorded error comes first if there is one, being earlier. */
__attribute__((noreturn)) static void scan_fatal(Scan *sc, Pos pos, const char *msg) {
  if (sc->msg)
    diag_error(sc->pos, "%s", sc->msg);
  diag_error(pos, "%s", msg);
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid. */
static int scan_utf8_len(const unsigned char *s, size_t n, uint32_t *cp) {
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

static bool scan_is_word_byte(unsigned char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Unicode spaces that CPython rejects outside strings but tree-sitter's \s accepts. */
static bool scan_is_bad_space(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF || cp == 0x85;
}

static bool scan_is_string_prefix(const char *w, size_t n) {
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

/* Letters tree-sitter-python's scanner takes in a string prefix. */
static bool scan_is_prefix_letters(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strchr("fFtTrRbBuU", w[i]))
      return false;
  return true;
}

/* A backslash at `at` continues the line into the end of the file. */
static void scan_backslash_eof(Scan *sc, size_t at) {
  Pos after = scan_pos_at(sc, at);
  after.col++;
  scan_error(sc, after, after.line, "unexpected EOF while parsing");
}

static void scan_add_newline(Scan *sc, size_t off) {
  if (sc->nnewlines == sc->capnewlines) {
    int cap = sc->capnewlines ? sc->capnewlines * 2 : 64;
    size_t *a = arena_alloc(sizeof(size_t) * (size_t)cap);
    if (sc->nnewlines)
      memcpy(a, sc->newlines, sizeof(size_t) * (size_t)sc->nnewlines);
    sc->newlines = a;
    sc->capnewlines = cap;
  }
  sc->newlines[sc->nnewlines++] = off;
}

static void scan_add_async(Scan *sc, size_t off) {
  if (sc->nasyncs == sc->capasyncs) {
    int cap = sc->capasyncs ? sc->capasyncs * 2 : 8;
    size_t *a = arena_alloc(sizeof(size_t) * (size_t)cap);
    if (sc->nasyncs)
      memcpy(a, sc->asyncs, sizeof(size_t) * (size_t)sc->nasyncs);
    sc->asyncs = a;
    sc->capasyncs = cap;
  }
  sc->asyncs[sc->nasyncs++] = off;
}

/* Skip a string literal whose quote is at q (prefix starts at start); return the offset after it. */
static size_t scan_string(Scan *sc, size_t start, size_t q) {
  const char *s = sc->src;
  size_t n = sc->len;
  char quote = s[q];
  bool triple = q + 2 < n && s[q + 1] == quote && s[q + 2] == quote;
  size_t i = q + (triple ? 3 : 1);
  for (;;) {
    if (i >= n) {
      Pos at = scan_pos_at(sc, n ? n - 1 : 0), here = scan_pos_at(sc, start);
      if (triple)
        scan_error(sc, here, here.line, "unterminated triple-quoted string literal (detected at line %d)",
                         at.line);
      else
        scan_error(sc, here, here.line, "unterminated string literal (detected at line %d)", at.line);
      return n;
    }
    char c = s[i];
    if (c == '\\') {
      i += (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') ? 3 : 2;
      continue;
    }
    if (!triple && (c == '\n' || c == '\r')) {
      Pos here = scan_pos_at(sc, start);
      scan_error(sc, here, here.line, "unterminated string literal (detected at line %d)",
                       scan_pos_at(sc, i).line);
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
void scan_source(Scan *sc, const char *src, size_t len) {
  memset(sc, 0, sizeof *sc);
  sc->src = src;
  sc->len = len;
  scan_index_lines(sc);
  const unsigned char *s = (const unsigned char *)sc->src;
  size_t n = sc->len;

  /* Bytes: no NUL, valid UTF-8. */
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    if (s[i] == 0)
      diag_error(scan_pos_at(sc, i), "source code cannot contain null bytes");
    int l = scan_utf8_len(s + i, n - i, &cp);
    if (!l)
      diag_error(scan_pos_at(sc, i), "Non-UTF-8 code starting with '\\x%02x' (yieldc reads UTF-8 source only)",
                 s[i]);
    i += (size_t)l;
  }

  sc->text = arena_alloc(n + 1);
  memcpy(sc->text, sc->src, n);

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
  size_t comment = SIZE_MAX;  /* where the current line's comment starts */
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
        if (i >= n)
          scan_backslash_eof(sc, j);
        continue;
      }
      Pos here = scan_pos_at(sc, j);
      if (col > indent[nindent]) {
        if (!prev_colon)
          scan_error(sc, here, here.line, "unexpected indent");
        if (alt <= altindent[nindent])
          scan_error(sc, (Pos){here.line, 1}, here.line, "inconsistent use of tabs and spaces in indentation");
        if (nindent + 1 >= MAX_INDENT_LEVEL) {
          /* Fatal at once, like the brackets: tree-sitter's scanner aborts
           * on a deep enough indentation stack.  CPython's column is 1. */
          scan_fatal(sc, (Pos){here.line, 1}, "too many levels of indentation");
        }
        nindent++;
        indent[nindent] = col;
        altindent[nindent] = alt;
      } else {
        while (nindent > 0 && col < indent[nindent])
          nindent--;
        if (col != indent[nindent])
          scan_error(sc, here, here.line, "unindent does not match any outer indentation level");
        else if (alt != altindent[nindent])
          scan_error(sc, (Pos){here.line, 1}, here.line, "inconsistent use of tabs and spaces in indentation");
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
      if (depth == 0)
        scan_add_newline(sc, comment != SIZE_MAX ? comment : i);
      comment = SIZE_MAX;
      i += (c == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      if (depth == 0) {
        line_start = true;
        prev_colon = last_colon;
        PUSH_TOKEN(T_OTHER, i);
      }
      continue;
    }
    if (c == '#') {
      comment = i;
      while (i < n && s[i] != '\n' && s[i] != '\r')
        i++;
      continue;
    }
    if (c == '\\') {
      if (i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
        size_t at = i;
        i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
        if (i >= n)
          scan_backslash_eof(sc, at);
        continue;
      }
      Pos after = scan_pos_at(sc, i);
      after.col++;
      if (i + 1 >= n)
        scan_backslash_eof(sc, i);
      else
        scan_error(sc, after, after.line, "unexpected character after line continuation character");
      i++;
      continue;
    }
    if (c < 0x20 || c == 0x7F) /* not \t \n \r \f, taken above */
      diag_error(scan_pos_at(sc, i), "invalid non-printable character U+%04X", c);
    if (c == '`' || c == '$' || c == '?' || (c == '!' && !(i + 1 < n && s[i + 1] == '='))) {
      /* Not a Python token: CPython's parser stops here. */
      Pos here = scan_pos_at(sc, i);
      scan_error(sc, here, here.line, "invalid syntax");
    }
    last_colon = false;
    if (c == '"' || c == '\'') {
      i = scan_string(sc, i, i);
      PUSH_TOKEN(T_OTHER, i);
      continue;
    }
    if (c >= '0' && c <= '9') {
      while (i < n && ((scan_is_word_byte(s[i]) && s[i] < 0x80) || s[i] == '.' ||
                       ((s[i] == '+' || s[i] == '-') && (s[i - 1] | 0x20) == 'e')))
        i++;
      PUSH_TOKEN(T_OTHER, i);
      continue;
    }
    if (scan_is_word_byte(c)) {
      size_t start = i;
      while (i < n && scan_is_word_byte(s[i])) {
        if (s[i] >= 0x80) {
          uint32_t cp;
          int l = scan_utf8_len(s + i, n - i, &cp);
          if (scan_is_bad_space(cp))
            diag_error(scan_pos_at(sc, i), "invalid non-printable character U+%04X", (unsigned)cp);
          i += (size_t)l;
        } else {
          i++;
        }
      }
      size_t wl = i - start;
      if (i < n && (s[i] == '"' || s[i] == '\'') && scan_is_string_prefix(sc->src + start, wl)) {
        i = scan_string(sc, start, i);
        PUSH_TOKEN(T_OTHER, i);
        continue;
      }
      if (i < n && (s[i] == '"' || s[i] == '\'') && scan_is_prefix_letters(sc->src + start, wl)) {
        /* tree-sitter takes any run of these letters for a prefix (rr"",
         * t"", ub""); CPython sees a name, then a string: invalid syntax. */
        Pos q = scan_pos_at(sc, i);
        scan_error(sc, q, q.line, "invalid syntax");
      }
      const char *w = sc->src + start;
      if (wl == 4 && memcmp(w, "from", 4) == 0 && tok[1] == T_YIELD && tok[0] == T_ASYNC) {
        /* async yield from: move `yield` onto `async`, blank the old `yield`. */
        memcpy(sc->text + tokoff[0], "yield", 5);
        memset(sc->text + tokoff[1], ' ', 5);
        scan_add_async(sc, tokoff[0]);
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
        scan_fatal(sc, scan_pos_at(sc, i), "too many nested parentheses");
      }
      brackets[depth].c = (char)c;
      brackets[depth].off = i;
      depth++;
    } else if (c == ')' || c == ']' || c == '}') {
      Pos here = scan_pos_at(sc, i);
      if (depth == 0) {
        scan_error(sc, here, here.line, "unmatched '%c'", c);
      } else {
        char open = brackets[depth - 1].c;
        Pos o = scan_pos_at(sc, brackets[depth - 1].off);
        if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) {
          if (o.line != here.line)
            scan_error(sc, here, o.line,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                             o.line);
          else
            scan_error(sc, here, o.line, "closing parenthesis '%c' does not match opening parenthesis '%c'",
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
    Pos o = scan_pos_at(sc, brackets[depth - 1].off);
    scan_error(sc, o, o.line, "'%c' was never closed", brackets[depth - 1].c);
  }
#undef PUSH_TOKEN
}

bool scan_is_async_yield(const Scan *sc, size_t off) {
  int lo = 0, hi = sc->nasyncs - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (sc->asyncs[mid] == off)
      return true;
    if (sc->asyncs[mid] < off)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return false;
}
