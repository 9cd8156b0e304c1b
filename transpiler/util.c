/*
 * util.c: the arena, growable text buffers, pointer vectors and hash maps.
 *
 * The arena (QBE's alloc/freeall) is one singly linked list of chunks.  Small
 * requests are carved from the newest chunk; a request bigger than a quarter
 * of the chunk size gets a chunk of its own, linked in behind the current one
 * so the space left in the current chunk is not wasted.  Everything is freed
 * at once by arena_free_all(); there is no per-object free.
 *
 * That is the compiler's arena.  An Arena object is another one, for memory
 * whose life is shorter: emit.c gives each function's lines one (code.c
 * allocates them with arena_alloc_in) and releases it once the lines are
 * printed, so that a large program's C is never all in memory as Lines.  A
 * released arena keeps its chunks, cleared, for its next requests;
 * arena_alloc_in(NULL, n) is arena_alloc(n).
 *
 * Chunks grow: the first is 64 KB (a small program touches little), each new
 * one twice the last, up to 2 MB.  A 2 MB chunk is aligned to 2 MB and asks
 * the kernel for a transparent huge page (madvise, where the system has it):
 * a large program's arena is hundreds of MB (the AST, then every line of C),
 * and faulting it in 4 KB at a time cost a third of the compile time.
 * Every chunk comes zeroed from the system (calloc; the 2 MB ones mmap'd,
 * whose pages the kernel zeroes), so arena_alloc hands out zeroed memory
 * without clearing it again.
 *
 * Out of memory is not a user error but there is nothing better to do than
 * stop: diag_fatal("out of memory").
 *
 * Buf is plain malloc/realloc (it outlives nothing but is often large and
 * grows by doubling, which would waste arena space).  Vec and Map are
 * arena-backed; Map keys are byte strings (a name, a string constant).
 *
 * buf_c_string and buf_c_comment put arbitrary bytes (a file name, say) into
 * C text: a string literal, or the inside of a block comment.  Whatever the
 * bytes, the C means what it says: no `"` or `\` ends or bends a literal,
 * no `*` `/` ends a comment, no `??` makes a trigraph (-std=c11 reads
 * them), no control character or invalid UTF-8 reaches the C (clang warns
 * about invalid UTF-8 in a literal).  Valid UTF-8 is kept as it is, so a
 * name stays readable.
 */
#ifndef _DEFAULT_SOURCE /* (the fuzzer defines it first: tests/fuzz/fuzz_alloc.h) */
#define _DEFAULT_SOURCE /* madvise and MADV_HUGEPAGE (Linux, the BSDs), beyond POSIX */
#endif
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "yieldc.h"

enum {
  ARENA_FIRST = 64 * 1024,        /* the first chunk's size */
  ARENA_CHUNK = HUGE_BLOCK,       /* the largest chunk's size, and its alignment: a huge page */
  ARENA_ALIGN = 16
};

typedef struct Chunk {
  struct Chunk *next;
  size_t used, size;
  bool mapped; /* from huge_block_alloc (a 2 MB chunk): huge_block_free, not free */
  bool big;    /* a big request's own chunk: freed, not kept, when its arena is released */
  /* Aligned payload follows. */
  _Alignas(ARENA_ALIGN) unsigned char data[];
} Chunk;

static Arena arena_main; /* the compiler's arena */

static Chunk *arena_new_chunk(size_t size) {
  if (size > SIZE_MAX - sizeof(Chunk))
    diag_fatal("out of memory");
  Chunk *c = calloc(1, sizeof(Chunk) + size);
  if (!c)
    diag_fatal("out of memory");
  c->size = size;
  return c;
}

/* Huge blocks given back, linked through their first word: the next ones
 * handed out.  Memory the process has touched costs nothing more to use
 * again, while each new page costs a fault and the kernel's zeroing (a fifth
 * of the compile time of a large program): tree-sitter's pool, dropped after
 * each parse, becomes the arena's chunks. */
static void *huge_free_list;

/* A 2 MB block aligned to 2 MB, zeroed: one given back, cleared, or a new
 * one (map twice the size, unmap the unaligned ends). */
void *huge_block_alloc(void) {
  if (huge_free_list) {
    void *b = huge_free_list;
    huge_free_list = *(void **)b;
    memset(b, 0, HUGE_BLOCK);
    return b;
  }
  size_t len = 2 * (size_t)HUGE_BLOCK;
  unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    diag_fatal("out of memory");
  size_t head = (size_t)(-(uintptr_t)p & ((uintptr_t)HUGE_BLOCK - 1));
  if (head)
    munmap(p, head);
  munmap(p + head + HUGE_BLOCK, HUGE_BLOCK - head);
#ifdef MADV_HUGEPAGE
  madvise(p + head, HUGE_BLOCK, MADV_HUGEPAGE); /* a hint: without huge pages, 4 KB ones */
#endif
  return p + head;
}

void huge_block_free(void *p) {
  *(void **)p = huge_free_list;
  huge_free_list = p;
}

/* A new chunk's size, header included. */
static size_t arena_next(Arena *a) { return a->next_size ? a->next_size : ARENA_FIRST; }

/* The next chunk small requests of a come from: a spare one big enough,
 * or a new one. */
static Chunk *arena_grow(Arena *a, size_t need) {
  if (a->spare && a->spare->size >= need) {
    Chunk *c = a->spare;
    a->spare = c->next;
    return c;
  }
  size_t total = arena_next(a);
  Chunk *c;
  if (total == ARENA_CHUNK) {
    c = huge_block_alloc();
    c->mapped = true;
  } else {
    c = arena_new_chunk(total - sizeof(Chunk));
    a->next_size = 2 * total;
  }
  c->size = total - sizeof(Chunk);
  return c;
}

void *arena_alloc_in(Arena *a, size_t size) {
  if (!a)
    a = &arena_main;
  size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (need < size)
    diag_fatal("out of memory");
  if (need > (arena_next(a) - sizeof(Chunk)) / 4) {
    /* A big block: its own chunk, behind the current one. */
    Chunk *c = arena_new_chunk(need);
    c->used = need;
    c->big = true;
    if (a->head) {
      c->next = a->head->next;
      a->head->next = c;
    } else {
      a->head = c;
    }
    return c->data;
  }
  if (!a->head || a->head->size - a->head->used < need) {
    Chunk *c = arena_grow(a, need);
    c->next = a->head;
    a->head = c;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += need;
  return p; /* zero: the chunk came zeroed (or was cleared) and nothing is handed out twice */
}

void *arena_alloc(size_t size) { return arena_alloc_in(&arena_main, size); }

void arena_release(Arena *a) {
  while (a->head) {
    Chunk *c = a->head;
    a->head = c->next;
    if (c->big) {
      free(c);
      continue;
    }
    memset(c->data, 0, c->used);
    c->used = 0;
    c->next = a->spare;
    a->spare = c;
  }
}

void arena_destroy(Arena *a) {
  arena_release(a);
  while (a->spare) {
    Chunk *c = a->spare;
    a->spare = c->next;
    if (c->mapped)
      huge_block_free(c);
    else
      free(c);
  }
  a->next_size = 0;
}

char *arena_strndup_in(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc_in(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strndup(const char *s, size_t n) { return arena_strndup_in(NULL, s, n); }

char *arena_strdup(const char *s) { return arena_strndup_in(NULL, s, strlen(s)); }

/* ---- Formatting ------------------------------------------------------- */

/*
 * The compiler formats every line of C it writes (code_out, buf_printf):
 * hundreds of thousands of short strings for a large program, where glibc's
 * vsnprintf costs some 800 instructions a call, a sixth of the compile.
 * fmt_fast does the conversions the compiler uses, %s %d %c %zu %lld %.*s
 * and %%, with vsnprintf's result; a format with anything else (a width, a
 * float, hex) goes to vsnprintf whole.  The same result either way.
 */

/* Append the n bytes of s to the output at *at, as far as room allows. */
static void fmt_put(char *out, size_t room, size_t *at, const char *s, size_t n) {
  if (*at < room) memcpy(out + *at, s, n < room - *at ? n : room - *at);
  *at += n;
}

/* The decimal digits of v (with its sign) into the end of buf[24]: their start. */
static char *fmt_decimal(char *end, long long v) {
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do *--end = (char)('0' + u % 10);
  while ((u /= 10));
  if (v < 0) *--end = '-';
  return end;
}

/* vsnprintf for the formats above; -1 (and nothing consumed that matters:
 * the caller passes a copy of its va_list) for any other. */
static int fmt_fast(char *out, size_t room, const char *fmt, va_list ap) {
  size_t at = 0;
  char num[24];
  for (const char *f = fmt;;) {
    const char *pct = strchr(f, '%');
    size_t lit = pct ? (size_t)(pct - f) : strlen(f);
    fmt_put(out, room, &at, f, lit);
    if (!pct) break;
    f = pct + 1;
    const char *s;
    size_t n;
    if (*f == 's') {
      s = va_arg(ap, const char *);
      if (!s) s = "(null)";
      n = strlen(s);
    } else if (*f == 'd') {
      s = fmt_decimal(num + sizeof num, va_arg(ap, int));
      n = (size_t)(num + sizeof num - s);
    } else if (f[0] == 'l' && f[1] == 'l' && f[2] == 'd') {
      s = fmt_decimal(num + sizeof num, va_arg(ap, long long));
      n = (size_t)(num + sizeof num - s);
      f += 2;
    } else if (f[0] == 'z' && f[1] == 'u') {
      size_t v = va_arg(ap, size_t);
      char *e = num + sizeof num;
      do *--e = (char)('0' + v % 10);
      while ((v /= 10));
      s = e;
      n = (size_t)(num + sizeof num - e);
      f++;
    } else if (*f == 'c') {
      num[0] = (char)va_arg(ap, int);
      s = num;
      n = 1;
    } else if (f[0] == '.' && f[1] == '*' && f[2] == 's') {
      int prec = va_arg(ap, int);
      s = va_arg(ap, const char *);
      if (prec < 0) {
        n = strlen(s);
      } else {
        const char *z = memchr(s, '\0', (size_t)prec);
        n = z ? (size_t)(z - s) : (size_t)prec;
      }
      f += 2;
    } else if (*f == '%') {
      s = "%";
      n = 1;
    } else {
      return -1;
    }
    fmt_put(out, room, &at, s, n);
    f++;
  }
  if (at > INT_MAX) return -1;
  if (room) out[at < room ? at : room - 1] = '\0';
  return (int)at;
}

/* vsnprintf, by fmt_fast where it can. */
static int fmt_vsnprintf(char *out, size_t room, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = fmt_fast(out, room, fmt, ap2);
  va_end(ap2);
  return n >= 0 ? n : vsnprintf(out, room, fmt, ap);
}

/* Formatted into a stack buffer first: most strings fit, and are then
 * formatted once rather than measured and formatted again. */
char *arena_vprintf_in(Arena *a, const char *fmt, va_list ap) {
  char small[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = fmt_vsnprintf(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    unreachable();
  if ((size_t)n < sizeof small)
    return arena_strndup_in(a, small, (size_t)n);
  char *p = arena_alloc_in(a, (size_t)n + 1);
  fmt_vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *arena_printf_in(Arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = arena_vprintf_in(a, fmt, ap);
  va_end(ap);
  return p;
}

char *arena_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = arena_vprintf_in(NULL, fmt, ap);
  va_end(ap);
  return p;
}

void arena_free_all(void) { arena_destroy(&arena_main); }

/* ---- Buf ------------------------------------------------------------- */

/* Make room for n more bytes plus a NUL, so data is always a C string. */
static void buf_grow(Buf *b, size_t n) {
  if (b->len + n + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + n + 1) {
    if (cap > SIZE_MAX / 2)
      diag_fatal("out of memory");
    cap *= 2;
  }
  char *p = realloc(b->data, cap);
  if (!p)
    diag_fatal("out of memory");
  b->data = p;
  b->cap = cap;
}

void buf_putn(Buf *b, const char *s, size_t n) {
  buf_grow(b, n);
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void buf_putc(Buf *b, char c) { buf_putn(b, &c, 1); }

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

/* Formatted straight into the free space (at least 128 bytes); only text
 * that does not fit is formatted a second time, after growing. */
void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  buf_grow(b, 128);
  size_t room = b->cap - b->len;
  int n = fmt_vsnprintf(b->data + b->len, room, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    unreachable();
  if ((size_t)n >= room) {
    buf_grow(b, (size_t)n);
    fmt_vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  }
  b->len += (size_t)n;
}

void buf_cat(Buf *b, ...) {
  va_list ap;
  va_start(ap, b);
  for (const char *s; (s = va_arg(ap, const char *));) buf_puts(b, s);
  va_end(ap);
}

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void buf_free(Buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* ---- Vec ------------------------------------------------------------- */

void vec_push(Vec *v, void *item) { vec_push_in(NULL, v, item); }

void vec_push_in(Arena *a, Vec *v, void *item) {
  if (v->len == v->cap) {
    int cap = v->cap ? v->cap * 2 : 8;
    if (cap <= v->cap)
      diag_fatal("out of memory");
    void **items = arena_alloc_in(a, (size_t)cap * sizeof *items);
    if (v->len)
      memcpy(items, v->items, (size_t)v->len * sizeof *items);
    v->items = items;
    v->cap = cap;
  }
  v->items[v->len++] = item;
}

/* ---- Map ------------------------------------------------------------- */

/* FNV-1a: short keys, good enough spread for a table at most half full. */
static uint64_t map_hash(const char *key, size_t len) {
  uint64_t h = 1469598103934665603u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)key[i];
    h *= 1099511628211u;
  }
  return h;
}

static MapEntry *map_find(const Map *m, const char *key, size_t len, uint64_t h) {
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    MapEntry *e = &m->slots[i];
    if (!e->key || (e->hash == h && e->len == len && !memcmp(e->key, key, len)))
      return e;
  }
}

void *map_get(const Map *m, const char *key, size_t len) {
  if (!m->cap)
    return NULL;
  MapEntry *e = map_find(m, key, len, map_hash(key, len));
  return e->key ? e->value : NULL;
}

void map_put(Map *m, const char *key, size_t len, void *value) {
  if (2 * (m->used + 1) > m->cap) {
    Map bigger = {.cap = m->cap ? 2 * m->cap : 16, .arena = m->arena};
    bigger.slots = arena_alloc_in(m->arena, bigger.cap * sizeof *bigger.slots);
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].key)
        *map_find(&bigger, m->slots[i].key, m->slots[i].len, m->slots[i].hash) = m->slots[i];
    bigger.used = m->used;
    *m = bigger;
  }
  uint64_t h = map_hash(key, len);
  MapEntry *e = map_find(m, key, len, h);
  if (!e->key)
    m->used++;
  *e = (MapEntry){key, len, h, value};
}

/* ---- C text ---------------------------------------------------------- */

/* The length of the valid UTF-8 sequence (of 2 to 4 bytes) at s, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
  if (s[0] < 0xC2 || s[0] > 0xF4 || len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  unsigned cp = s[0] & (0x7F >> len);
  for (size_t i = 1; i < len; i++)
    cp = cp << 6 | (s[i] & 0x3F);
  static const unsigned least[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0; /* overlong, out of range, a surrogate */
  return len;
}

/* The escaped text shared by a literal and a comment: `\`, control
 * characters and stray bytes as escapes, `??` as `?\?`; in a comment also
 * `*` `/` and `/` `*` broken by a backslash, a last `\` as `\134`, and `"`
 * kept as it is. */
static void c_text(Buf *b, const char *s, size_t n, bool comment) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = u[i];
    switch (ch) {
    case '"': buf_puts(b, comment ? "\"" : "\\\""); continue;
    case '\\': buf_puts(b, comment && i + 1 == n ? "\\134" : "\\\\"); continue; /* no splice */
    case '\n': buf_puts(b, "\\n"); continue;
    case '\t': buf_puts(b, "\\t"); continue;
    case '\r': buf_puts(b, "\\r"); continue;
    case '?': buf_puts(b, i > 0 && u[i - 1] == '?' ? "\\?" : "?"); continue;
    case '/': buf_puts(b, comment && i > 0 && u[i - 1] == '*' ? "\\/" : "/"); continue;
    case '*': buf_puts(b, comment && i > 0 && u[i - 1] == '/' ? "\\*" : "*"); continue;
    default: break;
    }
    if (ch >= 0x80) {
      size_t len = utf8_seq(u + i, n - i);
      if (len) {
        buf_putn(b, s + i, len);
        i += len - 1;
        continue;
      }
    }
    if (ch < 0x20 || ch >= 0x7F)
      buf_printf(b, "\\%03o", ch); /* octal: at most 3 digits, so a digit after it stays a digit */
    else
      buf_putc(b, (char)ch);
  }
}

void buf_c_string(Buf *b, const char *s, size_t n) {
  buf_putc(b, '"');
  c_text(b, s, n, false);
  buf_putc(b, '"');
}

void buf_c_comment(Buf *b, const char *s, size_t n) { c_text(b, s, n, true); }
