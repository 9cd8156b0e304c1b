/*
 * literal.c: Python's number and string literals, from their source text.
 *
 * parse.c finds a literal in tree-sitter's tree and hands its text here:
 * an int (decimal, hex, octal or binary, with `_` between digits; beyond 64
 * bits its value kept as decimal digits for the runtime's big ints), a
 * float, or a piece of a string, bytes or f-string literal whose escapes,
 * `{{`/`}}` and line endings are decoded into a buffer.  The errors are
 * CPython's, at the literal (or the escape) they concern.  And a set
 * display of constants is made the frozenset constant CPython 3.11's
 * compiler makes of it, which decides its order.  Nothing here knows
 * tree-sitter.
 */
#include "yieldc.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool is_digit_of(char c, int base) {
  if (base == 16)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  return c >= '0' && c < '0' + base;
}

static const char *base_name(int base) {
  return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

/* The decimal digits of the n digit values d[] (most significant first) in
 * base, for a literal beyond 64 bits: schoolbook base conversion. */
static const char *decimal_digits(const unsigned char *d, size_t n, int base) {
  size_t cap = n * 2 + 2, len = 0; /* log10(16) < 2 decimal digits per digit */
  unsigned char *dec = arena_alloc(cap); /* little-endian decimal digits */
  for (size_t i = 0; i < n; i++) {
    unsigned carry = d[i];
    for (size_t j = 0; j < len; j++) {
      unsigned x = dec[j] * (unsigned)base + carry;
      dec[j] = (unsigned char)(x % 10);
      carry = x / 10;
    }
    for (; carry; carry /= 10) dec[len++] = (unsigned char)(carry % 10);
  }
  char *out = arena_alloc(len + 1);
  for (size_t j = 0; j < len; j++) out[j] = (char)('0' + dec[len - 1 - j]);
  return out;
}

/*
 * integer: decimal | 0x hex | 0o octal | 0b binary, with single '_' between
 * digits.  negate: the literal is the operand of a unary minus, so 2**63 fits
 * in ival.  A literal beyond 64 bits keeps its value as decimal digits in
 * bigval; CPython refuses a decimal one of more than 4300 digits.
 */
Expr *literal_int(const char *t, size_t len, Pos pos, bool negate) {
  int base = 10;
  size_t i = 0;
  if (len >= 2 && t[0] == '0' && strchr("xXoObB", t[1])) {
    base = (t[1] | 0x20) == 'x' ? 16 : (t[1] | 0x20) == 'o' ? 8 : 2;
    i = 2;
  }
  uint64_t v = 0;
  bool overflow = false, nonzero = false;
  size_t ndigits = 0;
  unsigned char *dv = arena_alloc(len); /* the digit values */
  for (; i < len; i++) {
    char c = t[i];
    if (c == '_') {
      bool ok_before = i > 0 && (is_digit_of(t[i - 1], base) || (i == 2 && base != 10));
      if (!ok_before || i + 1 >= len || !is_digit_of(t[i + 1], base))
        diag_error(pos, "invalid %s literal", base_name(base));
      continue;
    }
    if (!is_digit_of(c, base)) {
      if (base == 2 && c >= '2' && c <= '9')
        diag_error(pos, "invalid digit '%c' in binary literal", c);
      if (base == 8 && (c == '8' || c == '9'))
        diag_error(pos, "invalid digit '%c' in octal literal", c);
      diag_error(pos, "invalid %s literal", base_name(base));
    }
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (d)
      nonzero = true;
    dv[ndigits++] = (unsigned char)d;
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
      overflow = true;
    else
      v = v * (uint64_t)base + (uint64_t)d;
  }
  if (ndigits == 0)
    diag_error(pos, "invalid %s literal", base_name(base));
  if (base == 10 && t[0] == '0' && nonzero)
    diag_error(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  uint64_t limit = negate ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  Expr *e = parse_new_expr(E_INT, pos);
  if (overflow || v > limit) {
    if (base == 10 && ndigits > 4300)
      diag_error(pos, "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; "
                 "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                 "integer literals to avoid decimal conversion limits.", ndigits);
    e->bigval = decimal_digits(dv, ndigits, base);
  } else if (v == (uint64_t)INT64_MAX + 1)
    e->ival = INT64_MIN; /* only reached with negate: the caller drops the minus */
  else
    e->ival = (int64_t)v;
  return e;
}

/* float: digits '.' digits? exponent? | '.' digits exponent? | digits exponent */
Expr *literal_float(const char *t, size_t len, Pos pos) {
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

static void put_utf8(Buf *b, uint32_t cp) {
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

static int hex_val(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (char)(c | 0x20);
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/*
 * Decode the text of a literal piece, src[off, off+n), into b: escapes unless
 * raw, `{{` and `}}` in f-strings, and newlines normalised to '\n'.  The
 * first escape outside the subset is recorded in *unsupported.
 */
void literal_unescape(const Scan *sc, Buf *b, size_t off, size_t n, bool raw, bool fstring, bool bytes,
                      const Unsupported **unsupported) {
  const char *s = sc->src + off;
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
        diag_error(scan_pos_at(sc, off + i), "f-string: single '}' is not allowed");
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
    Pos at = scan_pos_at(sc, off + i);
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
      if (bytes)
        buf_putc(b, (char)(v & 0xFF)); /* b'\777' is b'\xff', as in CPython 3.11 */
      else
        put_utf8(b, v);
      break;
    }
    case 'u': case 'U': case 'N':
      if (bytes) { /* not escapes in bytes: kept as they are */
        buf_putc(b, '\\');
        i--;
        break;
      }
      if (e == 'N') {
        if (!*unsupported)
          *unsupported = parse_unsupported(U_NAMED_ESCAPE, at, NULL);
        buf_putc(b, '\\'); /* kept as it is: sema rejects the literal */
        i--;
        break;
      }
      /* fall through */
    case 'x': {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < digits; k++, i++) {
        int h = i < n ? hex_val(s[i]) : -1;
        if (h < 0)
          diag_error(at, e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                           : "truncated \\UXXXXXXXX escape");
        v = v * 16 + (uint32_t)h;
      }
      if (v > 0x10FFFF)
        diag_error(at, "illegal Unicode character in \\U escape");
      if (bytes)
        buf_putc(b, (char)v); /* \xhh in bytes: the byte itself */
      else
        put_utf8(b, v);
      break;
    }
    default:
      /* An unknown escape keeps its backslash (CPython warns). */
      buf_putc(b, '\\');
      i--;
      break;
    }
  }
}

/* ---- set displays of constants ------------------------------------------- */

/* Is e a constant once CPython's AST optimizer has folded it: a literal, a
 * sign or ~ on a numeric one, a tuple of constants? */
static bool is_constant(const Expr *e) {
  if (e->unsupported)
    return false;
  switch (e->kind) {
  case E_INT: case E_FLOAT: case E_STR: case E_NONE: case E_TRUE: case E_FALSE:
    return true;
  case E_UNARY:
    return (e->op == OP_NEG || e->op == OP_POS || e->op == OP_INVERT) &&
           (e->a->kind == E_INT || e->a->kind == E_FLOAT || e->a->kind == E_UNARY) && is_constant(e->a) &&
           !(e->op == OP_INVERT && e->a->kind == E_FLOAT);
  case E_TUPLE:
    for (int i = 0; i < e->nitems; i++)
      if (!is_constant(e->items[i]))
        return false;
    return true;
  default:
    return false;
  }
}

/* A constant's identity for CPython's constant cache (its type and value). */
static void const_key(Buf *b, const Expr *e) {
  switch (e->kind) {
  case E_INT:
    if (e->bigval)
      buf_printf(b, "I%s", e->bigval);
    else
      buf_printf(b, "i%lld", (long long)e->ival);
    return;
  case E_FLOAT: buf_printf(b, "f%a", e->fval); return;
  case E_STR:
    buf_printf(b, "s%zu:", e->len);
    for (size_t i = 0; i < e->len; i++) buf_printf(b, "%02x", (unsigned char)e->str[i]);
    return;
  case E_NONE: buf_puts(b, "N"); return;
  case E_TRUE: buf_puts(b, "T"); return;
  case E_FALSE: buf_puts(b, "F"); return;
  case E_UNARY:
    if (e->a->kind == E_INT && !e->a->bigval && e->op != OP_POS) {
      buf_printf(b, "i%lld", (long long)(e->op == OP_NEG ? -e->a->ival : ~e->a->ival));
    } else if (e->a->kind == E_FLOAT) {
      buf_printf(b, "f%a", e->op == OP_NEG ? -e->a->fval : e->a->fval);
    } else if (e->op == OP_POS) {
      const_key(b, e->a);
    } else {
      buf_puts(b, e->op == OP_NEG ? "-" : "~");
      const_key(b, e->a);
    }
    return;
  case E_TUPLE:
    buf_putc(b, '(');
    for (int i = 0; i < e->nitems; i++) {
      const_key(b, e->items[i]);
      buf_putc(b, ',');
    }
    buf_putc(b, ')');
    return;
  default: unreachable();
  }
}

static int cmp_str(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* A set display of constants that CPython 3.11 compiles to a frozenset
 * constant (see E_SET), with `mode` (the value of ival).  CPython keeps one
 * object per constant value in a module (its compiler's constant cache): a
 * later display equal to an earlier one gets the earlier one's frozenset,
 * whose order comes from the earlier one's items.  So such a display takes
 * the items, in order, of the first display equal to it. */
struct ConstSet {
  const char *key; /* the members' keys, sorted, without repeats */
  Expr *first;
  struct ConstSet *next;
};

void literal_const_set(ConstSet **sets, Expr *e, int mode) {
  e->ival = mode;
  char **keys = arena_alloc(sizeof(char *) * (size_t)e->nitems);
  for (int i = 0; i < e->nitems; i++) {
    Buf b = {0};
    const_key(&b, e->items[i]);
    keys[i] = arena_strdup(b.data);
    buf_free(&b);
  }
  qsort(keys, (size_t)e->nitems, sizeof(char *), cmp_str);
  Buf b = {0};
  for (int i = 0; i < e->nitems; i++)
    if (i == 0 || strcmp(keys[i], keys[i - 1]))
      buf_printf(&b, "%s|", keys[i]);
  for (ConstSet *c = *sets; c; c = c->next)
    if (!strcmp(c->key, b.data)) {
      buf_free(&b);
      e->items = c->first->items;
      e->nitems = c->first->nitems;
      return;
    }
  ConstSet *c = arena_alloc(sizeof *c);
  c->key = arena_strdup(b.data);
  c->first = e;
  c->next = *sets;
  *sets = c;
  buf_free(&b);
}

bool literal_all_constant(const Expr *e) {
  for (int i = 0; i < e->nitems; i++)
    if (!is_constant(e->items[i]))
      return false;
  return true;
}
