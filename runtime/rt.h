/*
 * rt.h: the internal header of libyieldrt, shared by its .c files and never
 * installed.  Sectioned by the file that defines each symbol.
 *
 * The runtime's files:
 *   type.c     allocation; the types object, type and NoneType; type(),
 *              subclass checks, destruction (dealloc by kind).
 *   unicode.c  UTF-8 and the little Unicode database.
 *   str.c      str objects, the YBuf that builds them, str's methods, str().
 *   list.c     list and tuple objects, their methods, list() and tuple().
 *   dict.c     dict objects, their methods, dict().
 *   iter.c     range, the builtin iterators and dict views, enumerate, zip
 *              and reversed; iteration and unpacking.
 *   number.c   int, float and bool: int(), float(), bool(); arithmetic.
 *   bigint.c   ints beyond 64 bits (GMP): their arithmetic, conversions,
 *              hash; int literals beyond 64 bits.
 *   bigrange.c ranges whose bounds are past 64 bits.
 *   compare.c  comparison, identity, hashing, truth.
 *   abstract.c the generic operations: subscripts, slices, len(), `in`,
 *              attributes and method calls.
 *   func.c     functions, cells, bound methods; calls, the recursion
 *              guard, the argument checks of the builtin methods.
 *   sort.c     list.sort().
 *   format.c   repr/str of every value, float repr, format specs, f-strings.
 *   exc.c      exception objects, raise/fetch/match, the handled-exception
 *              stack, tracebacks, program start and finish, globals.
 *   builtins.c the Python builtins (print, len, sorted, ...).
 *   gen.c      generators, coroutines, async generators: send, throw, close,
 *              yield from delegation, finalisation.
 *   loop.c     the event loop (asyncio).
 *   inplace.c  the augmented assignment operators (`a += b`, ...).
 *   bytes.c    bytes objects, their methods, bytes(), str.encode and the
 *              codecs (utf-8, ascii, latin-1).
 *   slice.c    slice objects, slice(), the slice arithmetic of subscripts.
 *   set.c      set and frozenset objects, their methods, operators and
 *              iterator, set() and frozenset().
 *   file.c     file objects, open(), the standard streams of sys.
 *   itertools.c the itertools module: its object, its iterators but the
 *              combinatoric ones, their argument checks.
 *   itertools_comb.c  itertools' combinatoric iterators: product,
 *              permutations, combinations, combinations_with_replacement.
 *   random.c   the random module: the Mersenne Twister seeded as CPython's,
 *              and random.py's functions drawing the same sequences (its
 *              names are declared through yrt_modules.h).
 *   math.c     the math module: its constants and float functions.
 *   math_int.c the math module's integer functions (gcd, comb, ...).
 *   time.c     the time module: its clocks and sleep.
 *   re.c       the re module on PCRE2: Pattern and Match objects, the
 *              module's functions, the scans (findall, sub, split, ...).
 *   re_parse.c Python's regular expression syntax read and written in
 *              PCRE2's; the replacement templates of re.sub.
 */
#ifndef YRT_RT_H
#define YRT_RT_H

#include "yieldrt.h"

#include <stdlib.h>
#include <string.h>

/* An error path: a helper that only raises an exception, kept out of line
 * so that the fast paths of its callers stay small. */
#if defined(__GNUC__) || defined(__clang__)
#define YRT_COLD __attribute__((cold))
#else
#define YRT_COLD
#endif
/* A slow path kept out of line, so that the fast path of its caller stays
 * a leaf function. */
#if defined(__GNUC__) || defined(__clang__)
#define YRT_NOINLINE __attribute__((noinline))
#else
#define YRT_NOINLINE
#endif

/* ---- type.c ---------------------------------------------------------- */

/* Allocation that never returns NULL (aborts on exhaustion). */
void *yrt_malloc(size_t n);
void *yrt_calloc(size_t n, size_t size);
void *yrt_realloc(void *p, size_t n);
/* A zeroed block of `size` bytes, from a free list of released blocks of
 * its 8-byte size class when there is one; yrt_small_free(p, size) gives it
 * back, with the size yrt_small_alloc was asked for (free(p) is also right:
 * every block is malloc's).  yrt_small_cache_free empties the lists (at exit). */
void *yrt_small_alloc(size_t size);
void yrt_small_free(void *p, size_t size);
/* The same, not zeroed (a str's header and bytes are all written at once). */
void *yrt_small_alloc_raw(size_t size);
/* The block of a tuple of n items (list.c). */
static inline size_t yrt_tuple_size(int64_t n) { return sizeof(YTuple) + (size_t)n * sizeof(YValue); }
void yrt_small_cache_free(void);
/* A new object of `size` bytes (zeroed), refcount 1, freed with free();
 * yrt_obj_new_small makes it a small block, freed with yrt_small_free(o,
 * size): for a type whose objects come and go per item. */
void *yrt_obj_new(const YType *type, size_t size);
void *yrt_obj_new_small(const YType *type, size_t size);

/* A static builtin type: YRT_DEFINE_TYPE(yrt_type_list, "list",
 * &yrt_type_object, YK_LIST, list_call) defines `const YType yrt_type_list`. */
#define YRT_DEFINE_TYPE(var, pyname, basep, kindv, callfn) \
  const YType var = {.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = (pyname), .base = (basep), .kind = (kindv), .call = (callfn)}

/* Shorthands: the object inside a value, cast to its layout (the layouts of
 * dict, range and iterators are below). */
#define YSTR(v) ((YStr *)(v).u.o)
#define YLIST(v) ((YList *)(v).u.o)
#define YTUPLE(v) ((YTuple *)(v).u.o)
#define YDICT(v) ((YDict *)(v).u.o)
#define YRANGE(v) ((YRange *)(v).u.o)
#define YITER(v) ((YIter *)(v).u.o)

/* The kind of a value's memory, or -1 for unboxed values. */
static inline int yrt_kind_of(YValue v) { return v.tag == YT_OBJ ? (int)v.u.o->type->kind : -1; }
/* Is v exactly a str / list / tuple / dict / range? */
static inline int yrt_is_str(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_str; }
static inline int yrt_is_list(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_list; }
static inline int yrt_is_tuple(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type == &yrt_type_tuple;
}
static inline int yrt_is_dict(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_dict; }
static inline int yrt_is_range(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type == &yrt_type_range;
}
/* int or bool: usable as an index. */
static inline int yrt_is_intlike(YValue v) { return v.tag == YT_INT || v.tag == YT_BOOL; }
/* The name messages give type(v): its __name__, or for a type CPython
 * defines in C in a module, CPython's tp_name ("collections.deque"). */
static inline const char *yrt_tname(YValue v) {
  const YType *t = yrt_typeof(v);
  return t->cname ? t->cname : t->name;
}

/* Runtime-private object types (instance kinds YK_ITER, YK_AWAITABLE and
 * YK_OTHER) are YTypeEx statics: a YType followed by the operations the
 * generic code dispatches to.  Their instances start with a YObj whose type
 * is &ex->type.  Any slot may be NULL except dealloc.  (YK_AWAITABLE types
 * are YAwaitTypes, below: yrt_callmethod calls their callmethod slot, and
 * yrt_getattr makes bound methods of the names it may know.) */
typedef struct YTypeEx {
  YType type;                          /* first: &ex->type is the type object */
  void (*dealloc)(YObj *o);            /* release the fields and free the object */
  int (*next)(YObj *o, YValue *out);   /* an iterator: the yrt_next contract */
  YValue (*iter)(YObj *o);             /* iter(o); NULL with next set: o itself */
  int64_t (*len)(YObj *o);             /* len(o) */
  int (*contains)(YObj *o, YValue v);  /* v in o: 1, 0, -1 */
  YValue (*repr)(YObj *o);             /* NULL: "<name object at 0x...>" */
  YValue (*getattr)(YObj *o, YName n); /* NULL: no attributes */
} YTypeEx;
#define YRT_TYPE_EX(t) ((const YTypeEx *)(t))
/* Is o's type one with YTypeEx slots (see yrt_ex_of, iter.c's section)? */
static inline int yrt_has_ex(const YObj *o) {
  YKind k = o->type->kind;
  return (k == YK_ITER || k == YK_AWAITABLE || k == YK_OTHER) && o->type != &yrt_type_object;
}
/* The slots of an object's type, or NULL if it has none (use this rather
 * than YRT_TYPE_EX on an arbitrary object: enumerate, zip and reversed are
 * public YTypes whose slots are kept apart). */
const YTypeEx *yrt_type_slots(const YObj *o);
/* A runtime-private type with methods of its own (file objects): a YTypeEx
 * followed by a table of methods, its YType flagged YTF_METHODS.
 * yrt_callmethod calls a method of the table directly; yrt_getattr makes a
 * bound method of it; `with` calls its __enter__ and __exit__. */
typedef struct YMethodDef {
  YName name;                                           /* the method's name */
  YValue (*fn)(YObj *self, int argc, const YValue *argv); /* self.name(*argv) */
} YMethodDef;
/* The operators of a runtime-private container type (deque.c), which the
 * generic operations call after the builtin types' own cases (and after a
 * program's class's special methods, as CPython tries nb_ slots before
 * sq_ ones).  Any may be NULL: the operation's usual TypeError. */
typedef struct YTypeOps {
  YValue (*call_kw)(int argc, const YValue *argv, int nkw, YStr *const *kwnames); /* T(..., k=v) */
  YValue (*getitem)(YObj *o, YValue key);        /* o[key] (a slice: a slice object) */
  int (*setitem)(YObj *o, YValue key, YValue v); /* o[key] = v, v unbound: del o[key]; 0 or -1 */
  int (*setattr)(YObj *o, YValue name, YValue v); /* o.name = v (unbound: del); 0 or -1 */
  int (*compare)(YObj *a, YObj *b, YCmp op);     /* a op b, both of this type: 0, 1 or -1 */
  YValue (*concat)(YObj *o, YValue b);           /* o + b */
  YValue (*repeat)(YObj *o, YValue n);           /* o * n and n * o */
  YValue (*inplace_concat)(YObj *o, YValue b);   /* o += b */
  YValue (*inplace_repeat)(YObj *o, YValue n);   /* o *= n */
  YValue (*reversed)(YObj *o);                   /* reversed(o) */
  int unhashable;                                /* hash(o) is TypeError "unhashable type" */
} YTypeOps;
typedef struct YMethodType {
  YTypeEx ex;                /* first: the type and its slots */
  const YMethodDef *methods; /* ended by an entry whose fn is NULL */
  const YTypeOps *ops;       /* its operators, or NULL */
} YMethodType;
/* The operators of t, if it is a YMethodType that has them, else NULL. */
static inline const YTypeOps *yrt_type_ops(const YType *t) {
  return t->flags & YTF_METHODS ? ((const YMethodType *)t)->ops : NULL;
}
static inline const YTypeOps *yrt_ops_of(YValue v) { return v.tag == YT_OBJ ? yrt_type_ops(v.u.o->type) : NULL; }
/* The method n of o's type, if it has a table with one, else NULL. */
static inline const YMethodDef *yrt_method_def(const YObj *o, YName n) {
  if (!(o->type->flags & YTF_METHODS)) return NULL;
  for (const YMethodDef *d = ((const YMethodType *)o->type)->methods; d->fn; d++)
    if (d->name == n) return d;
  return NULL;
}
/* A static YTypeEx header: YRT_TYPE_EX_HEAD("list_iterator", YK_ITER). */
#define YRT_TYPE_EX_HEAD(pyname, kindv) \
  {.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = (pyname), .base = &yrt_type_object, .kind = (kindv)}
/* The same for a type CPython defines in C in a module: YRT_TYPE_EX_HEAD_IN("re", "Pattern", YK_OTHER). */
#define YRT_TYPE_EX_HEAD_IN(mod, pyname, kindv)                                                                \
  {.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = (pyname), .base = &yrt_type_object, .kind = (kindv),         \
   .flags = YTF_CNAME, .module = (mod), .cname = mod "." pyname}

/* ---- func.c: function attributes ----------------------------------------- */

/* f.name from the function's dict or its code (new reference), YUNBOUND if
 * it has no such attribute, YERROR. */
YValue yrt_func_getattr(YValue fn, YValue name);
/* f.name = v (borrowed; unbound deletes): 0 or -1. */
int yrt_func_setattr(YValue fn, YValue name, YValue v);
/* Its __qualname__, as repr shows it. */
const char *yrt_func_qualname(const YFunc *f);

/* ---- unicode.c ------------------------------------------------------- */

/* Decode the code point at s (valid UTF-8); *n is its length in bytes.
 * (Inline: every per-character loop calls it.) */
static inline uint32_t yrt_utf8_decode(const char *s, int *n) {
  const unsigned char *p = (const unsigned char *)s;
  if (p[0] < 0x80) { *n = 1; return p[0]; }
  if (p[0] < 0xE0) { *n = 2; return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F); }
  if (p[0] < 0xF0) {
    *n = 3;
    return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *n = 4;
  return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
         ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/* Encode cp into out (4 bytes of room); returns the length. */
int yrt_utf8_encode(uint32_t cp, char *out);
/* The number of code points in len bytes of UTF-8. */
int64_t yrt_utf8_count(const char *s, int64_t len);
/* The start of the code point before byte offset i (i > 0). */
int64_t yrt_utf8_prev(const char *s, int64_t i);
/* str.isspace() and str.split()'s whitespace (Py_UNICODE_ISSPACE). */
int yrt_uni_isspace(uint32_t c);
/* Line boundaries for str.splitlines(). */
int yrt_uni_islinebreak(uint32_t c);
/* The decimal value of c (category Nd, the common scripts), or -1. */
int yrt_uni_decimal(uint32_t c);
/* str.isdigit() of one code point: the decimals and the other digits. */
int yrt_uni_isdigit(uint32_t c);
/* str.isalpha() of one code point (an approximation beyond Latin-1). */
int yrt_uni_isalpha(uint32_t c);
/* The case properties of a code point (yrt_uni_caseflags), as CPython's
 * _PyUnicode_IsCased, IsCaseIgnorable, IsUppercase and IsLowercase. */
#define YRT_UNI_CASED 1          /* Cased */
#define YRT_UNI_CASE_IGNORABLE 2 /* Case_Ignorable */
#define YRT_UNI_UPPER 4          /* str.isupper() of the one character */
#define YRT_UNI_LOWER 8          /* str.islower() of the one character */
unsigned yrt_uni_caseflags(uint32_t c);
/* Which full case mapping yrt_uni_casemap applies. */
typedef enum YCaseMap {
  YRT_CASE_LOWER, /* _PyUnicode_ToLowerFull (no final sigma: str.c does it) */
  YRT_CASE_UPPER, /* _PyUnicode_ToUpperFull */
  YRT_CASE_TITLE, /* _PyUnicode_ToTitleFull */
  YRT_CASE_FOLD   /* _PyUnicode_ToFoldedFull */
} YCaseMap;
/* Map c into out; returns the number of code points written (1 to 3). */
int yrt_uni_casemap(uint32_t c, YCaseMap how, uint32_t out[3]);

/* ---- str.c ----------------------------------------------------------- */

/* A str made with printf formatting. */
YValue yrt_str_from_fmt(const char *fmt, ...) YRT_PRINTF(1, 2);
/* A growable byte buffer for building str values (zero-initialise it). */
typedef struct YBuf {
  char *data;
  size_t len, cap;
} YBuf;
void yrt_buf_putn(YBuf *b, const char *s, size_t n);
void yrt_buf_puts(YBuf *b, const char *s);
void yrt_buf_putc(YBuf *b, char c);
void yrt_buf_printf(YBuf *b, const char *fmt, ...) YRT_PRINTF(2, 3);
void yrt_buf_putcp(YBuf *b, uint32_t cp); /* one code point, as UTF-8 */
YValue yrt_buf_finish(YBuf *b); /* a str of the contents; frees the buffer */
void yrt_buf_free(YBuf *b);

/* The immortal empty string. */
extern YStr yrt_str_empty;
/* The immortal one-character strings of the ASCII codes, made on first use
 * by yrt_str_ascii_init. */
extern YStr yrt_str_ascii_strs[128];
YStr *yrt_str_ascii_init(unsigned c);
/* The immortal one-character string for an ASCII code.  (Inline: iterating
 * over and indexing ASCII strings call it for every character.) */
static inline YStr *yrt_str_ascii(unsigned c) {
  YStr *s = &yrt_str_ascii_strs[c];
  return s->ob.type ? s : yrt_str_ascii_init(c);
}
/* A new str with room for len bytes (and the NUL); the caller fills it. */
YStr *yrt_str_alloc(int64_t len, int64_t nchars);
/* The bytes of a str made by yrt_str_alloc, to fill in. */
static inline char *yrt_str_buf(YStr *s) { return (char *)(s + 1); }
/* A str of len bytes holding nchars code points (nchars < 0: count them). */
YValue yrt_str_make(const char *data, int64_t len, int64_t nchars);
/* The byte offset of code point ci (0 <= ci <= nchars). */
int64_t yrt_str_offset(const YStr *s, int64_t ci);
/* The substring of code points [a, b). */
YValue yrt_str_sub(const YStr *s, int64_t a, int64_t b);
/* The first offset >= from of the nn bytes n in the hn bytes h, or -1. */
int64_t yrt_str_find_bytes(const char *h, int64_t hn, const char *n, int64_t nn, int64_t from);
/* str + str (each borrowed). */
YValue yrt_str_concat2(const YStr *a, const YStr *b);
/* Free a str (its kind's dealloc). */
void yrt_str_dealloc(YStr *s);
/* The methods of str: self.name(*argv). */
YValue yrt_str_method(YValue self, YName name, int argc, const YValue *argv);
/* Does str have method n beyond Level 1's (rsplit, ljust, isupper, ...)? */
int yrt_str_has_more(YName n);
/* str.maketrans(*argv). */
YValue yrt_str_maketrans(int argc, const YValue *argv);

/* ---- list.c ---------------------------------------------------------- */

/* A new empty list with room for cap items. */
YList *yrt_list_alloc(int64_t cap);
/* Append to a list, stealing item. */
void yrt_list_push(YList *l, YValue item);
/* The immortal empty tuple. */
extern YTuple yrt_tuple_empty;
/* A new tuple of n items for the caller to fill. */
YTuple *yrt_tuple_alloc(int64_t n);
/* The items of a list or tuple (borrowed) and their number, or NULL. */
static inline YValue *yrt_seq_items(YValue v, int64_t *n) {
  *n = 0;
  if (yrt_is_list(v)) { *n = YLIST(v)->len; return YLIST(v)->items; }
  if (yrt_is_tuple(v)) { *n = YTUPLE(v)->len; return YTUPLE(v)->items; }
  return NULL;
}
/* Collect an iterable into a new list (owned). */
YValue yrt_list_from_iterable(YValue iterable);
/* The methods of list and tuple: self.name(*argv). */
YValue yrt_list_method(YValue self, YName name, int argc, const YValue *argv);
YValue yrt_tuple_method(YValue self, YName name, int argc, const YValue *argv);

/* ---- dict.c ---------------------------------------------------------- */

/* The layout of a dict.  A dict is compact, as in CPython 3.6+: entries in
 * insertion order plus an open-addressing index table. */
typedef struct DictEntry {
  int64_t hash;
  YValue key; /* unbound: a deleted entry */
  YValue value;
} DictEntry;

typedef struct YDict {
  YObj ob;
  int64_t used;        /* live entries */
  int64_t n;           /* entries[0..n) taken, deleted ones included */
  int64_t cap;         /* room in entries */
  int64_t mask;        /* index table size - 1 */
  int64_t *index;      /* -1 empty, -2 deleted, or an entry number; NULL when empty */
  DictEntry *entries;
} YDict;

YValue yrt_dict_get(YValue dict, YValue key); /* borrowed; YUNBOUND if absent, YERROR */
/* Remove key from dict: 1 removed, 0 absent, -1 error (unhashable key). */
int yrt_dict_del(YValue dict, YValue key);
/* Find key with its hash: 1 and *ix = its entry, or 0 and *slot = the empty
 * index slot where it would go; -1 on error. */
int yrt_dict_find(const YDict *d, YValue key, int64_t hash, int64_t *slot, int64_t *ix);
/* The entry of key, or NULL (*err set on error). */
DictEntry *yrt_dict_lookup(const YDict *d, YValue key, int *err);
/* Remove key: 1 (and *out = the value, owned, if out), 0 absent, -1 error. */
int yrt_dict_pop(YDict *d, YValue key, YValue *out);
/* Free a dict (its kind's dealloc). */
void yrt_dict_dealloc(YDict *d);
/* Raise KeyError(key); YERROR. */
YValue yrt_key_error(YValue key);
/* The methods of dict: self.name(*argv). */
YValue yrt_dict_method(YValue self, YName name, int argc, const YValue *argv);
/* dict.fromkeys(*argv); d.update(*argv, **kw); dict(*argv, **kw). */
YValue yrt_dict_fromkeys(int argc, const YValue *argv);
YValue yrt_dict_update_kw(YValue self, int argc, const YValue *argv, int nkw, YStr *const *kwnames);
YValue yrt_dict_call_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames);
/* a | b for two dicts; a |= b for a dict a. */
YValue yrt_dict_or(YValue a, YValue b);
YValue yrt_dict_ior(YValue a, YValue b);

/* ---- iter.c ---------------------------------------------------------- */

/* The layout of a range. */
typedef struct YRange {
  YObj ob;
  int64_t start, stop, step;
  uint64_t len; /* clamped to UINT64_MAX in a big range */
  YValue *big;  /* NULL, or start, stop, step, len past 64 bits (bigrange.c) */
} YRange;

/* Every builtin iterator and dict view.  What the fields mean depends on
 * the type:
 *   list/tuple/reversed iterators  src: the sequence, pos: the next index
 *   str iterators                   src: the str, pos: the next byte offset
 *   range_iterator                  pos: the next value, step, left: values left
 *   dict iterators                  src: the dict, pos: the next entry,
 *                                   left: items left, step: dict size seen
 *   enumerate                       src: the iterator, pos: the next count
 *   zip                             src: a tuple of iterators
 *   dict views                      src: the dict
 * An exhausted iterator drops src (so `it` no longer keeps it alive). */
typedef struct YIter {
  YObj ob;
  YValue src;
  int64_t pos;
  int64_t step;
  uint64_t left;
} YIter;

/* A new range(start, stop, step) (step != 0). */
YValue yrt_range_new(int64_t start, int64_t stop, int64_t step);
/* The i-th value of a range (0 <= i < len): no overflow is possible. */
static inline int64_t yrt_range_at(const YRange *r, uint64_t i) {
  return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}
/* The methods of range: self.name(*argv). */
YValue yrt_range_method(YValue self, YName name, int argc, const YValue *argv);
/* range.index(x) / range.count(x) by iteration (an x that is not an int). */
YValue yrt_range_index_search(YValue self, YValue x, int count);

/* ---- bigrange.c ------------------------------------------------------ */

/* A new range of ints of any size (step != 0): big when one is. */
YValue yrt_range_of(YValue start, YValue stop, YValue step);
/* The operations on a range r with r->big set. */
void yrt_bigrange_free(YRange *r);
int64_t yrt_bigrange_len(const YRange *r);                              /* -1: OverflowError */
YValue yrt_bigrange_getitem(const YRange *r, YValue key);               /* key: an int */
YValue yrt_bigrange_slice(const YRange *r, YValue start, YValue stop, YValue step);
int yrt_bigrange_contains(const YRange *r, YValue x);                   /* x: an int */
YValue yrt_bigrange_index(const YRange *r, YValue x);
void yrt_bigrange_repr(YBuf *b, const YRange *r);
int yrt_bigrange_equal(const YRange *a, const YRange *b);               /* either may be big */
void yrt_bigrange_hash_items(const YRange *r, YValue t[3]);             /* borrowed */
YValue yrt_bigrange_iter(const YRange *r, int reverse);
/* The slots of enumerate, zip and reversed objects (their public YTypes
 * have none). */
extern const YTypeEx yrt_enumerate_slots, yrt_zip_slots, yrt_reversed_slots;
/* The slots of a type with them (yrt_has_ex).  (Inline: yrt_next and
 * destruction call it on every iterator.) */
static inline const YTypeEx *yrt_ex_of(const YType *t) {
  if (t == &yrt_type_enumerate) return &yrt_enumerate_slots;
  if (t == &yrt_type_zip) return &yrt_zip_slots;
  if (t == &yrt_type_reversed) return &yrt_reversed_slots;
  return YRT_TYPE_EX(t);
}
/* The dict views' types. */
extern const YTypeEx yrt_dict_keys_type, yrt_dict_values_type, yrt_dict_items_type;
/* A new view of `type` on dict. */
YValue yrt_dict_view_new(const YTypeEx *type, YValue dict);
/* Would yrt_iter accept v? */
int yrt_is_iterable(YValue v);

/* zip(*argv, strict=) and enumerate(iterable, start=) called with keywords. */
YValue yrt_zip_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames);
YValue yrt_enumerate_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames);

/* ---- number.c -------------------------------------------------------- */

/* Is v an int beyond 64 bits (a YBigInt, bigint.c)? */
static inline int yrt_is_big(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_int; }
/* Is v an int of any size or a bool? */
static inline int yrt_is_int(YValue v) { return yrt_is_intlike(v) || yrt_is_big(v); }
/* 0: not a number, 1: a 64-bit int or a bool, 2: a float, 3: a big int.
 * (Odd: an int of some size.) */
static inline int yrt_num_kind(YValue v) {
  return v.tag == YT_INT || v.tag == YT_BOOL ? 1 : v.tag == YT_FLOAT ? 2 : yrt_is_big(v) ? 3 : 0;
}
/* OverflowError("integer overflow"): the few counters still limited to 64
 * bits (enumerate's, a slice of a range). */
YValue yrt_overflow(void);
/* OverflowError for an int that does not fit an index or a size ("cannot
 * fit 'int' into an index-sized integer"), IndexError where CPython raises
 * that instead; YERROR. */
YValue yrt_index_overflow(const YType *exc);
/* The methods of int, bool and float (bit_length, is_integer, ...). */
int yrt_number_has_method(YValue v, YName n);
YValue yrt_number_method(YValue v, YName n, int argc, const YValue *argv);

/* ---- bigint.c -------------------------------------------------------- */

/* The int operations bigint.c does with GMP. */
typedef enum YIntOp {
  YI_ADD,      /* a + b */
  YI_SUB,      /* a - b */
  YI_MUL,      /* a * b */
  YI_FLOORDIV, /* a // b (ZeroDivisionError for b == 0) */
  YI_MOD,      /* a % b (ZeroDivisionError for b == 0) */
  YI_POW,      /* a ** b, b >= 0 */
  YI_LSHIFT,   /* a << b (ValueError for b < 0) */
  YI_RSHIFT,   /* a >> b (ValueError for b < 0) */
  YI_AND,      /* a & b */
  YI_OR,       /* a | b */
  YI_XOR,      /* a ^ b */
  YI_NEG,      /* -a (unary) */
  YI_ABS,      /* abs(a) (unary) */
  YI_INVERT    /* ~a (unary) */
} YIntOp;
/* Free a YBigInt (its kind's dealloc). */
void yrt_big_dealloc(YObj *o);
/* op on ints of any size (bools too); the result is normalised: YT_INT
 * whenever it fits.  Arguments borrowed. */
YValue yrt_int_binop(YIntOp op, YValue a, YValue b);
YValue yrt_int_unop(YIntOp op, YValue a);
/* pow(a, b, m) on ints; CPython's ValueErrors for m == 0 and a base with no
 * inverse when b < 0. */
YValue yrt_int_powmod(YValue a, YValue b, YValue m);
/* int / int correctly rounded; ZeroDivisionError, OverflowError. */
YValue yrt_int_truediv(YValue a, YValue b);
/* Three-way comparison of two ints: -1, 0, 1. */
int yrt_int_cmp(YValue a, YValue b);
/* An int against a float, exactly: -1, 0, 1, or 2 when f is NaN. */
int yrt_int_cmp_float(YValue a, double f);
/* The sign of an int: -1, 0, 1. */
int yrt_int_sign(YValue a);
/* float(v) of an int, correctly rounded; -1 and OverflowError ("int too
 * large to convert to float"). */
int yrt_int_to_double(YValue v, double *out);
/* int(f) of a finite float, truncated. */
YValue yrt_int_from_double(double f);
/* The digits of |v| in base 2..36 (letters in upper case if upper), as a
 * malloc'd NUL-terminated string of *len bytes; *neg says v < 0.  NULL and
 * ValueError past 4300 decimal digits (CPython's limit). */
char *yrt_int_digits(YValue v, int base, int upper, size_t *len, int *neg);
/* CPython's default int_max_str_digits: the most decimal digits an int
 * <-> str conversion takes or gives. */
#define YRT_MAX_STR_DIGITS 4300
/* ValueError for a conversion past it: from a str of n digits, or (n < 0)
 * to a str; YERROR. */
YValue yrt_int_too_many_digits(int64_t n);
/* repr(v) / str(v) of an int of any size (the 4300-digit limit applies). */
YValue yrt_int_repr(YValue v);
/* The int of n valid ASCII digits in base, negated if neg; ValueError past
 * 4300 digits in a base that is not a power of two. */
YValue yrt_int_from_digits(const char *digits, size_t n, int base, int neg);
/* A non-negative int from n 32-bit words, least significant first. */
YValue yrt_int_from_u32(const uint32_t *words, size_t n);
/* |v| as 32-bit words, least significant first: *n of them (at least one,
 * the fewest that hold it); the caller frees the array. */
uint32_t *yrt_int_to_u32(YValue v, size_t *n);
/* hash(v) of an int of any size, CPython's. */
int64_t yrt_int_hash(YValue v);
/* An int as an int64_t clamped to its range: 0, or 1 when it was clamped. */
int yrt_int_clamp(YValue v, int64_t *out);
/* round(x, ndigits) for ints x and ndigits: half to even at 10**-ndigits. */
YValue yrt_int_round(YValue x, YValue ndigits);
/* int.bit_length() (count 0) or int.bit_count() (count 1) of an int of any size. */
int64_t yrt_int_bits(YValue v, int count);

/* The math module's integer functions (math.c), exact on ints of any size:
 * gcd(|a|, |b|); the integer square root of n >= 0; n! (MemoryError for n
 * past 2**31); C(n, k), or P(n, k) if perm, for 0 <= k <= n (MemoryError
 * for a result beyond 2**36 bits); and the frexp of an int v != 0: m with
 * 0.5 <= |m| < 1 correctly rounded (half to even) and *e, v ~= m * 2**e. */
YValue yrt_int_gcd(YValue a, YValue b);
YValue yrt_int_isqrt(YValue n);
YValue yrt_int_factorial(uint64_t n);
YValue yrt_int_comb(YValue n, uint64_t k, int perm);
double yrt_int_frexp(YValue v, int64_t *e);

/* ---- compare.c ------------------------------------------------------- */

/* Hash of a hashable value; -1 and TypeError for unhashable ones. */
int64_t yrt_hash(YValue v);
/* ==, as the containers compare (after `is`): 1, 0, -1 on error.  Ints,
 * floats and strs inline (yrt_compare). */
static inline int yrt_eq(YValue a, YValue b) { return yrt_compare(a, b, YC_EQ); }

/* ---- abstract.c ------------------------------------------------------ */

int64_t yrt_len(YValue v); /* -1 and TypeError if unsized */
/* Normalise index *i of a sequence of n items: 0, or -1 if out of range. */
static inline int yrt_norm_index(int64_t *i, int64_t n) {
  if (*i < 0) *i += n;
  return *i >= 0 && *i < n ? 0 : -1;
}
/* A slice bound or an optional index argument: None (or unbound) gives
 * dflt, an int itself; 0, or -1 and TypeError. */
int yrt_slice_bound(YValue v, int64_t *out, int64_t dflt);

/* ---- func.c ---------------------------------------------------------- */

/* A bound builtin method: `self.name`, not yet called. */
typedef struct YMethod {
  YObj ob;
  YValue self;
  YName name;          /* a builtin method: its name id */
  YValue func;         /* a Python method (type `method`): the function; else unbound */
  const YType *owner;  /* a builtin method reached through super(): its class (class.c) */
} YMethod;
/* A Python bound method: func (a function) with self.  Both borrowed. */
YValue yrt_bound_method(YValue func, YValue self);
/* object's or BaseException's method `name` for self, as super() finds it. */
YValue yrt_method_new_of(YValue self, YName name, const YType *owner);
/* Call fn(self, *argv, **kw): the arguments as yrt_call_kw's. */
YValue yrt_call_self(YValue fn, YValue self, int argc, const YValue *argv, int nkw, YStr *const *kwnames);
/* A bound method object `self.name` (YK_METHOD); calling it is
 * yrt_callmethod(self, name, ...).  self borrowed. */
YValue yrt_method_new(YValue self, YName name);
/* The argument-count checks of the builtin methods, in CPython's four
 * styles; 0, or -1 and TypeError:
 *   yrt_args_one    METH_O: "list.append() takes exactly one argument (0 given)"
 *   yrt_args_none   METH_NOARGS: "list.reverse() takes no arguments (1 given)"
 *   yrt_args_range  Argument Clinic: "pop expected at most 1 argument, got 2"
 *   yrt_args_tuple  PyArg_ParseTuple: "split() takes at most 2 arguments (3 given)" */
int yrt_args_one(const char *qual, int argc);
int yrt_args_none(const char *qual, int argc);
int yrt_args_range(const char *name, int argc, int min, int max);
int yrt_args_tuple(const char *name, int argc, int min, int max);
/* The arguments of a builtin that takes keywords, as Argument Clinic's
 * _PyArg_UnpackKeywords sorts them: out[0..nparams) receives the argument
 * of each of the parameters `names` (borrowed; unbound when absent).  The
 * first `required` must be given, at most `maxpos` by position.  0, or -1
 * and CPython's TypeError ("count() takes at most 2 arguments (3 given)",
 * "repeat() missing required argument 'object' (pos 1)", "argument for
 * count() given by name ('start') and position (1)", "'x' is an invalid
 * keyword argument for count()"), `what` naming the function. */
int yrt_args_kw(const char *what, const char *const *names, int nparams, int required, int maxpos, int argc,
                const YValue *argv, int nkw, YStr *const *kwnames, YValue *out);
/* An int argument ("'str' object cannot be interpreted as an integer"; an
 * int beyond 64 bits: "Python int too large to convert to C ssize_t"). */
int yrt_int_arg(YValue v, int64_t *out);

/* ---- sort.c ---------------------------------------------------------- */

/* Sort a list in place, stably, as list.sort(key=key, reverse=reverse);
 * key is YUNBOUND or None for no key.  0 or -1. */
int yrt_list_sort(YValue list, YValue key, int reverse);

/* ---- format.c -------------------------------------------------------- */

/* The repr of a float, as CPython 3.11 prints it, into buf (>= 32 bytes). */
void yrt_float_repr(double d, char *buf, size_t size);
/* Write str(v) to f (used by print and tracebacks); -1 on error. */
int yrt_write_str(FILE *f, YValue v);
/* Append repr(v) / str(v) to a buffer; 0 or -1. */
int yrt_buf_repr(YBuf *b, YValue v);
/* Py_ReprEnter / Py_ReprLeave: yrt_repr_enter(o) is 1 if o is being printed
 * already (print "..." for it); otherwise it marks o and returns 0, and the
 * caller calls yrt_repr_leave when done printing it. */
int yrt_repr_enter(const YObj *o);
void yrt_repr_leave(void);
/* yrt_enter_call for a repr that nests: RecursionError "... while getting
 * the repr of an object"; the caller calls yrt_leave_call after success. */
int yrt_repr_enter_call(void);
int yrt_buf_str(YBuf *b, YValue v);
/* fmt.format(*args) for a str fmt (str.format with positional fields). */
YValue yrt_str_format_method(YValue fmt, int argc, const YValue *argv);
/* fmt.format(*args, **kwargs): the nkw keyword values follow the argc
 * positional ones in argv, named by kwnames. */
YValue yrt_str_format_kw(YValue fmt, int argc, const YValue *argv, int nkw, YStr *const *kwnames);
/* fmt.format_map(mapping). */
YValue yrt_str_format_map(YValue fmt, int argc, const YValue *argv);
/* str.isprintable() of one code point (what repr keeps unescaped). */
int yrt_uni_isprintable(uint32_t c);
/* ascii(v): repr(v) with every non-ASCII character escaped (f"{v!a}"). */
/* fmt % args for a str fmt (printf-style formatting). */
YValue yrt_str_percent(YValue fmt, YValue args);

/* ---- class.c --------------------------------------------------------- */

/* An instance of a program's class is a YInstance (yieldrt.h), with the
 * fields of its class's layout after it.  (A class deriving from an
 * exception class makes YExc instances, whose `dict` is the same.) */
/* staticmethod and classmethod (a: the function), property (a, b, c:
 * fget, fset, fdel, None when absent) and super (a: the class, b: the
 * object, c: the type whose MRO is searched). */
typedef struct YDescr {
  YObj ob;
  YValue a, b, c;
} YDescr;
#define YDESCR(v) ((YDescr *)(v).u.o)
/* The immortal str object of a name id; the id of a str, or -1. */
YValue yrt_name_obj(YName n);
int yrt_name_find(YValue name);
/* The definition of name along t's MRO (borrowed), or unbound. */
YValue yrt_mro_lookup(const YType *t, YValue name);
/* Attributes of instances and classes of a program's classes. */
YValue yrt_class_getattr(YValue obj, YValue name);
/* yrt_method_check for an instance or class of the program (class.c). */
int yrt_class_method_check(YValue obj, YValue name);
int yrt_class_setattr(YValue obj, YValue name, YValue v); /* v unbound: delete */
/* Calling a class: a new instance, initialised by __init__. */
YValue yrt_class_call(const YType *t, int argc, const YValue *argv, int nkw, YStr *const *kwnames);
/* The special method n of obj's type, if obj is an instance of a program's
 * class (borrowed), or unbound. */
YValue yrt_special_find(YValue obj, YName n);
/* Call obj's special method n with argv; unbound (no error) if it has none. */
YValue yrt_special(YValue obj, YName n, int argc, const YValue *argv);
/* Does v's type come from a class statement? */
static inline int yrt_heap_obj(YValue v) { return v.tag == YT_OBJ && (v.u.o->type->flags & YTF_HEAP); }
void yrt_instance_dealloc(YObj *o);
void yrt_descr_dealloc(YObj *o);
YValue yrt_default_repr(YValue v);
/* A class's module, as its repr and a traceback's last line name it: a
 * program's class, its __module__ (the module whose class statement made
 * it, "__main__" by default); a standard module's type, YType.module; NULL
 * for a builtin one. */
const char *yrt_type_modname(const YType *t);
/* a <sym> b through a's or b's special methods ("+": __add__ and
 * __radd__); unbound when neither handles it. */
YValue yrt_heap_binop(const char *sym, YValue a, YValue b);
/* a op b by a runtime type's sequence operator fn(seq, other) (YTypeOps,
 * number.c): a program's instance as `other` has its special methods
 * tried first, as CPython tries the nb_ slots before the sq_ ones. */
YValue yrt_ops_binop(const char *op, YValue a, YValue b, YValue (*fn)(YObj *, YValue), YValue seq, YValue other);
YValue yrt_property_method(YValue p, YName n, int argc, const YValue *argv);
YValue yrt_descr_getattr(YValue obj, YName n);
YValue yrt_super_getattr(YValue sup, YValue name);
YValue yrt_base_method(YValue self, YName n, const YType *owner, int argc, const YValue *argv);

/* ---- exc.c ----------------------------------------------------------- */

void yrt_exc_dealloc(YObj *o);
YValue yrt_exc_getattr(YValue exc, YName name);
/* exc.args = v, exc.__cause__ = v, ... (v borrowed). */
int yrt_exc_setattr(YValue exc, YName name, YValue v);

/* An exception instance. */
typedef struct YExc {
  YObj ob;
  YValue args;      /* a tuple */
  YValue cause;     /* __cause__, or None */
  YValue context;   /* __context__, or None */
  int suppress_context;
  YValue value;     /* StopIteration / StopAsyncIteration .value */
  int ntb, captb;   /* traceback entries, innermost last */
  struct YTbEntry { const char *func; int line; const char *file; /* NULL: the program's */ } *tb;
  YValue tbobj;     /* __traceback__ once asked for (unbound: not made yet, or stale) */
  YValue dict;      /* an instance of a program's exception class: its attributes (or unbound) */
} YExc;
/* A new exception instance of `type` with args (borrowed). */
YValue yrt_exc_new(const YType *type, int argc, const YValue *argv);
/* exc.__traceback__: None or a traceback object (owned). */
YValue yrt_exc_traceback(YValue exc);
/* exc.with_traceback(*argv). */
YValue yrt_exc_with_traceback(YValue exc, int argc, const YValue *argv);
/* StopIteration(value) / StopAsyncIteration(value). */
YValue yrt_stop_iteration(const YType *type, YValue value);
/* The currently handled exception (borrowed), or YUNBOUND. */
YValue yrt_exc_handled(void);
/* exc.__context__ = the exception being handled here, as raising exc here
 * would chain it (gen.c: close() makes its GeneratorExit in the caller's
 * frame, before the generator's own chaining, as CPython's gen_close). */
void yrt_exc_chain_handled(YValue exc);
/* The same with `handled` (borrowed; unbound or None: nothing) as the
 * exception being handled. */
void yrt_exc_chain_to(YValue exc, YValue handled);
/* Print `Traceback ...` and `Type: message` for exc to stderr. */
void yrt_print_exception(YValue exc);
/* "Exception ignored in: <what>" and the traceback of the current exception,
 * which is cleared (used when finalising a generator fails). */
void yrt_write_unraisable(YValue obj);
/* The program's arguments, as yrt_init received them (sys.argv). */
extern int yrt_argc;
extern char **yrt_argv;
/* Does exc.name go to yrt_exc_getattr for an exception of class t (args,
 * __cause__, ...; OSError's errno, strerror, filename, filename2;
 * SystemExit's code)? */
int yrt_exc_has_slot(const YType *t, YName name);
/* The subclass of OSError that CPython raises for errno err
 * (FileNotFoundError for ENOENT, ...; OSError itself for the others). */
const YType *yrt_oserror_type(int err);
/* Raise that class with (err, strerror(err)) and the filename (borrowed;
 * unbound for none), as PyErr_SetFromErrnoWithFilenameObject; YERROR. */
YValue yrt_raise_oserror(int err, YValue filename);
/* str(exc) and repr(exc) as BaseException (and KeyError) define them. */
YValue yrt_exc_str(YValue exc);
YValue yrt_exc_repr(YValue exc);

/* The recursion limit.  yrt_ts.depth counts Python frames as CPython does:
 * the module's is 1, each running function call 1 (yrt_enter_call), each
 * running generator, coroutine or async generator body 1 (gen.c).  Past
 * yrt_recursion_limit (sys.setrecursionlimit), or when the C stack is down to its last reserve
 * (below yrt_stack_floor, yieldrt.h, set by yrt_init), entering a frame raises
 * RecursionError.  yrt_enter_level(where) is the check, inline for the
 * generator resume path: 0, or -1 and RecursionError("maximum recursion
 * depth exceeded" + where), the depth unchanged. */
int yrt_recursion_error(const char *where);
static inline int yrt_enter_level(const char *where) {
  if (YRT_UNLIKELY(++yrt_ts.depth > yrt_recursion_limit || YRT_STACK_HERE() < yrt_stack_floor)) {
    yrt_ts.depth--;
    return yrt_recursion_error(where);
  }
  return 0;
}

/* ---- builtins.c ----------------------------------------------------- */

/* A builtin type t called with keyword arguments (int(x, base=16),
 * dict(a=1), zip(a, b, strict=True), ...): the nkw keyword values follow
 * the argc positional ones in argv. */
YValue yrt_type_call_kw(const YType *t, int argc, const YValue *argv, int nkw, YStr *const *kwnames);

/* Did the last write to the stdio stream f fail?  Then clear its error
 * and raise OSError (errno's subclass, "[Errno 28] No space left on
 * device"): 1; else 0.  print and sys.stdout/sys.stderr use it. */
int yrt_stdio_failed(FILE *f);

/* ---- gen.c ----------------------------------------------------------- */

/* types.coroutine (types.c): mark a generator function's code as an
 * iterable coroutine (CPython's CO_ITERABLE_COROUTINE), so that `await`
 * accepts its generators and they may `yield from` a coroutine; is the
 * code marked?  Is v a generator `await` accepts (its code marked, or the
 * generator itself, g->iterable_coro)? */
void yrt_gen_mark_code(const YGenCode *code);
int yrt_gen_code_marked(const YGenCode *code);
int yrt_is_iterable_coroutine(YValue v);

void yrt_gen_dealloc(YGen *g);
/* g->state, except that a generator counted as running as a level of a
 * `yield from` chain resumed at its innermost generator is YGS_RUNNING. */
YGenState yrt_gen_state(const YGen *g);
YValue yrt_gen_getattr(YGen *g, YName name);
YValue yrt_gen_callmethod(YGen *g, YName name, int argc, const YValue *argv);
/* Is name a method of g (send, throw, close, ... by g's kind)? */
int yrt_gen_has_method(const YGen *g, YName name);
/* `<generator object name at 0x...>` */
YValue yrt_gen_repr(YGen *g);

/* The arguments of throw(typ[, val[, tb]]) (val and tb unbound when not
 * given; all borrowed).  They travel down a `yield from`/await chain as
 * given and are checked where the exception is raised, as CPython does:
 * a bad argument gives TypeError there, and the generators above see it
 * come out of their delegate. */
typedef struct YThrow {
  YValue typ; /* an exception class or instance, or anything else (TypeError) */
  YValue val; /* with a class: the constructor's argument (a tuple: its arguments) */
  YValue tb;  /* only None (or unbound) is accepted: yieldc has no traceback objects */
} YThrow;
/* A throw of the exception `exc` alone. */
static inline YThrow yrt_throw_of(YValue exc) {
  YThrow t;
  t.typ = exc;
  t.val = YUNBOUND;
  t.tb = YUNBOUND;
  return t;
}
/* CPython's checks of throw()'s arguments at the point of raising: the
 * exception to raise (owned; a class is instantiated), or YERROR and
 * TypeError.  `future`: the messages of an asyncio future's throw(), which
 * differ from a generator's. */
YValue yrt_throw_exception(const YThrow *t, int future);

/* A runtime awaitable type (instances of kind YK_AWAITABLE): the YTypeEx
 * slots plus the coroutine protocol.  asend/athrow objects, futures, tasks
 * and asyncio.sleep are such types. */
typedef struct YAwaitType {
  YTypeEx ex;
  YStatus (*send)(YObj *o, YValue v, YValue *out);          /* v borrowed */
  YStatus (*throw)(YObj *o, const YThrow *t, YValue *out);  /* t checked by the slot */
  YValue (*callmethod)(YObj *o, YName name, int argc, const YValue *argv);
} YAwaitType;
/* asyncio.Future (loop.c), a member of the asyncio module. */
extern const YAwaitType yrt_asyncio_future_type;
#define YRT_AWAIT_TYPE(t) ((const YAwaitType *)(t))

/* One step of anything awaitable: a coroutine or a runtime awaitable (the
 * protocol tasks, awaits and asend objects use).  Both borrow their args. */
YStatus yrt_await_send(YValue aw, YValue v, YValue *out);
YStatus yrt_await_throw(YValue aw, const YThrow *t, YValue *out);
/* An async generator's aclose() awaitable (owned). */
YValue yrt_agen_aclose(YGen *g);
/* `<async_generator_asend object at ...>` and the like. */
YValue yrt_await_repr(YObj *o);

/* ---- loop.c ---------------------------------------------------------- */

/* Is an event loop running (inside asyncio.run)? */
int yrt_loop_running(void);
/* The async generator hooks: first iteration registers g for
 * shutdown_asyncgens; finalisation of a suspended g schedules its aclose()
 * on the loop (returns 1; g is kept alive by it) or returns 0 without a loop.
 * Dealloc unregisters. */
void yrt_loop_agen_firstiter(YGen *g);
int yrt_loop_agen_finalize(YGen *g);
void yrt_loop_agen_forget(YGen *g);
/* Methods and attributes of tasks and futures. */
YValue yrt_await_callmethod(YObj *o, YName name, int argc, const YValue *argv);

/* ---- bytes.c --------------------------------------------------------- */

#define YBYTES(v) ((YBytes *)(v).u.o)
static inline int yrt_is_bytes(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_bytes; }
/* A new bytes with room for len bytes (and a NUL); the caller fills it. */
YBytes *yrt_bytes_alloc(int64_t len);
static inline char *yrt_bytes_buf(YBytes *b) { return (char *)(b + 1); }
/* A new bytes holding a copy of len bytes at data. */
YValue yrt_bytes_new(const char *data, int64_t len);
/* obj[i] / obj[a:b:c] of a bytes (a slice already adjusted: start, step,
 * count as slice.c computes them). */
YValue yrt_bytes_item(YValue b, YValue key);
YValue yrt_bytes_slice(YValue b, int64_t start, int64_t step, int64_t n);
/* x in b: 1, 0, -1. */
int yrt_bytes_contains(YValue b, YValue x);
/* a + b and b * n (a a bytes). */
YValue yrt_bytes_concat(YValue a, YValue b);
YValue yrt_bytes_repeat(YValue b, int64_t n);
/* Three-way comparison of two bytes: <0, 0, >0. */
int yrt_bytes_cmp(const YBytes *a, const YBytes *b);
int64_t yrt_bytes_hash(YBytes *b);
/* iter(b): an iterator of ints. */
YValue yrt_bytes_iter(YValue b);
/* Append repr(b) (b'...') to buf. */
void yrt_bytes_repr(YBuf *buf, const YBytes *b);
/* bytes(...) with keyword arguments (func.c's calls; kwnames str values). */
YValue yrt_bytes_call_kw(int argc, const YValue *argv, int nkw, const YValue *kwnames);
/* Does b.name exist; b.name(*argv); bytes.name(*argv) (bytes.fromhex). */
int yrt_bytes_has_method(YName name);
YValue yrt_bytes_method(YValue self, YName name, int argc, const YValue *argv);
YValue yrt_bytes_type_method(YName name, int argc, const YValue *argv);
/* s.encode(encoding='utf-8', errors='strict') of a str. */
YValue yrt_str_encode(YValue s, int argc, const YValue *argv);
/* The codecs, for file.c: YCODEC_* by the name enc (unbound or None:
 * UTF-8; LookupError "unknown encoding: x"); is `errors` a known handler
 * (LookupError otherwise); len bytes decoded / a str encoded as
 * bytes.decode and str.encode do, with their messages. */
enum { YCODEC_UTF8, YCODEC_ASCII, YCODEC_LATIN1 };
int yrt_codec_lookup(YValue enc, const char *func, int *codec);
int yrt_codec_handler_check(YValue errors);
YValue yrt_codec_decode(int codec, const char *data, int64_t len, YValue errors);
YValue yrt_codec_encode(int codec, YValue s, YValue errors);
/* How many bytes of invalid UTF-8 start at s[i] (i < n), as CPython's
 * decoder delimits them ("unexpected end of data" when the input ends
 * inside a sequence), and why; 0 (and *len the sequence's length) when a
 * valid sequence starts there. */
int yrt_utf8_invalid(const unsigned char *s, int64_t i, int64_t n, int *len, const char **why);

/* ---- slice.c --------------------------------------------------------- */

/* The layout of a slice object. */
typedef struct YSlice {
  YObj ob;
  YValue start, stop, step; /* None where absent */
} YSlice;
#define YSLICE(v) ((YSlice *)(v).u.o)
static inline int yrt_is_slice(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_slice; }
/* PySlice_Unpack + PySlice_AdjustIndices: the start, stop, step and count
 * of the slice [vstart:vstop:vstep] of a sequence of length len; 0, or -1
 * (TypeError for a bad bound, ValueError for step 0). */
int yrt_slice_adjust(YValue vstart, YValue vstop, YValue vstep, int64_t len, int64_t *start,
                     int64_t *stop, int64_t *step, int64_t *count);
/* Slice attributes, methods, repr, comparison; dealloc. */
YValue yrt_slice_getattr(YValue s, YName name);
YValue yrt_slice_method(YValue s, YName name, int argc, const YValue *argv);
int yrt_slice_repr(YBuf *b, const YSlice *s);
int yrt_slice_compare(YValue a, YValue b, YCmp op);
void yrt_slice_dealloc(YObj *o);

/* ---- list.c (slice assignment) --------------------------------------- */

/* l[slice] = v and del l[slice] (v borrowed; any iterable): 0 or -1. */
int yrt_list_setslice(YValue l, YValue slice, YValue v);
int yrt_list_delslice(YValue l, YValue slice);
/* ---- set.c ----------------------------------------------------------- */

/* The layout of set and frozenset (kind YK_SET): CPython's open-addressing
 * table of (hash, key) entries, so that iteration order is CPython's.  An
 * entry is empty (key unbound, hash 0), a dummy left by a removal (key
 * YERROR, hash -1), or active. */
typedef struct SetEntry {
  int64_t hash;
  YValue key;
} SetEntry;
#define YRT_SET_MINSIZE 8 /* the inline table */
typedef struct YSet {
  YObj ob;
  int64_t fill;   /* active and dummy entries */
  int64_t used;   /* active entries: len() */
  int64_t mask;   /* table size - 1 */
  int64_t finger; /* where pop() looks first */
  int64_t hash;   /* a frozenset's hash once computed, else -1 */
  SetEntry *table; /* `small` or a malloc'd table */
  SetEntry small[YRT_SET_MINSIZE];
} YSet;
#define YSET(v) ((YSet *)(v).u.o)
static inline int yrt_is_set(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_set; }
static inline int yrt_is_frozenset(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_frozenset; }
static inline int yrt_is_anyset(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_SET; }
/* A new empty set or frozenset. */
YValue yrt_set_new(const YType *type);
/* key in set: 1, 0, -1 (a set key is looked up as a frozenset). */
int yrt_set_contains(YValue set, YValue key);
/* Free a set (its kind's dealloc). */
void yrt_set_dealloc(YSet *s);
/* a | b, a & b, a - b, a ^ b (op YI_OR, YI_AND, YI_SUB, YI_XOR): unbound
 * unless both are sets.  The in-place forms: unbound unless a is a set
 * and b a set or frozenset; otherwise a new reference to a. */
YValue yrt_set_binop(YIntOp op, YValue a, YValue b);
YValue yrt_set_inplace(YIntOp op, YValue a, YValue b);
/* The six comparisons of two sets (subset, superset, equality): 1, 0, -1. */
int yrt_set_compare(YValue a, YValue b, YCmp op);
/* hash(frozenset), CPython's; TypeError for a set. */
int64_t yrt_set_hash(YValue v);
/* Append repr(set) to b; 0 or -1. */
int yrt_set_repr(YBuf *b, YValue v);
/* iter(set). */
YValue yrt_set_iter(YValue set);
/* The methods of set and frozenset: self.name(*argv); does it have name? */
YValue yrt_set_method(YValue self, YName name, int argc, const YValue *argv);
int yrt_set_has_method(YValue self, YName n);

/* ---- file.c ---------------------------------------------------------- */

/* A file object for the standard stream fd (0, 1, 2): sys.stdin,
 * sys.stdout, sys.stderr.  The last two write through C's stdout and
 * stderr, print()'s streams. */
YValue yrt_file_std(int fd);
/* Is v the file object of C's stream `stream` (stdout, stderr)? */
int yrt_file_is_std(YValue v, FILE *stream);

/* ---- itertools.c ----------------------------------------------------- */

/* The repr of itertools' iterators: "<itertools.chain object at 0x...>". */
YValue yrt_itertools_repr(YObj *o);

/* ---- math.c ---------------------------------------------------------- */

/* A number argument as a double, as CPython's PyFloat_AsDouble: a float,
 * an int of any size (OverflowError "int too large to convert to float"),
 * an instance with __float__ or __index__; TypeError "must be real
 * number, not str".  0 or -1. */
int yrt_math_double(YValue v, double *out);
/* An int argument, as PyNumber_Index: an int (a bool as 0 or 1), or what
 * a program's __index__ returns (owned); TypeError "'float' object cannot
 * be interpreted as an integer". */
YValue yrt_math_index(YValue v);
/* ---- stringio.c ------------------------------------------------------ */

/* io.StringIO, and the call StringIO(initial_value=..., newline=...). */
extern const YMethodType yrt_stringio_type;
YValue yrt_stringio_call_kw(int argc, const YValue *argv, int nkw, YStr *const *kwnames);

/* ---- deque.c --------------------------------------------------------- */

/* collections.deque (the private module _collections). */
extern const YMethodType yrt_deque_type;

/* ---- re.c ------------------------------------------------------------ */

/* re.error, and the types of re.Pattern and re.Match. */
extern const YType yrt_exc_re_error;
extern const YTypeEx yrt_re_pattern_type, yrt_re_match_type;
/* m[g] of a Match (abstract.c). */
YValue yrt_re_match_getitem(YValue m, YValue key);
/* "re." for re's classes (re.error, re.Pattern, re.Match), whose names
 * CPython prints with their module in reprs and messages; else "". */

/* ---- re_parse.c ------------------------------------------------------ */

/* A pattern in PCRE2's syntax, as yrt_re_parse writes it. */
typedef struct YReParsed {
  YBuf pcre;          /* the PCRE2 pattern, NUL-terminated (len counts the NUL) */
  int flags;          /* the flags with the global inline ones and re.UNICODE */
  int ngroups;        /* capturing groups */
  int *parent;        /* parent[g], 1 <= g <= ngroups: the group enclosing g, 0 at the top */
  YValue groupindex;  /* dict: group name -> number */
} YReParsed;
/* Read a str pattern with flags as CPython 3.11's re parser does: 0, or -1
 * with its re.error (or ValueError, OverflowError) raised. */
int yrt_re_parse(YValue pattern, int flags, YReParsed *out);
void yrt_re_parsed_free(YReParsed *p);
/* A replacement template: its literal pieces and group references. */
typedef struct YReTemplate {
  int n;
  struct YRePiece {
    int group;  /* a group number, or -1 for the literal */
    YValue lit; /* the literal str (group -1) */
  } *items;
} YReTemplate;
/* Parse repl (a str) for a pattern with ngroups groups named by groupindex:
 * 0, or -1 with CPython's re.error or IndexError. */
int yrt_re_template(YValue repl, int ngroups, YValue groupindex, YReTemplate *out);
void yrt_re_template_free(YReTemplate *t);
/* Raise re.error(msg) at code point pos of pattern (pos < 0 or pattern
 * unbound: no position), with CPython's " at position N (line L, column
 * C)"; returns YERROR. */
YValue yrt_re_error(const char *msg, YValue pattern, int64_t pos);

#endif /* YRT_RT_H */
