/*
 * object.c: the value model of libyieldrt.
 *
 * Design
 * ------
 * A YValue is a tagged union; None, bools, ints and floats are unboxed and
 * every operation on them works on the payload without allocating.  Heap
 * objects start with a YObj header whose type's `kind` says what the memory
 * looks like, so the generic operations (yrt_add, yrt_getitem, yrt_iter, ...)
 * are switches on the tag and then on the kind.  The builtin types are
 * immortal `const YType` statics named exactly as in CPython.
 *
 * Layouts:
 *   str    YStr header and the UTF-8 bytes in one allocation; `nchars`
 *          counts code points, so an ASCII string (nchars == len) is indexed
 *          by byte.  Single ASCII characters and "" are immortal statics.
 *   list   a growable array of YValues.
 *   tuple  the items inline after the header; () is an immortal static.
 *   dict   a compact dict as in CPython 3.6+: an array of entries in
 *          insertion order (deleted ones are left as holes until the next
 *          resize) and an open-addressing index table of entry numbers probed
 *          with CPython's perturbation scheme.  Keys compare with yrt_eq, so
 *          1, 1.0 and True are one key.
 *   range  start, stop, step and the length; never materialised.
 *   iterators, dict views and the other private objects are YIter objects
 *          whose type is a YTypeEx (rt.h): the type carries the next / iter /
 *          len / contains / repr slots, so adding an iterator is adding a
 *          static and a next function.
 *
 * Ints are 64-bit.  Where CPython would grow a bignum, yieldc raises
 * OverflowError("integer overflow"): a deliberate divergence, documented in
 * LANGUAGE.md.  Floats follow CPython's rules (floor division and modulo take
 * the sign of the divisor, comparisons between ints and floats are exact).
 * The other divergences: a negative float to a fractional power, a complex
 * number in CPython, raises ValueError("math domain error"); int / int with
 * an operand beyond 2**53 divides in long double, which may differ from
 * CPython's correctly rounded result in the last bit; str.upper/lower/
 * isalpha/isdigit know ASCII, Latin-1 and the common alphabets, not the
 * whole Unicode database.
 *
 * Destruction order follows CPython where a program can observe it (a
 * generator's finally block runs when its last reference goes): lists and
 * tuples release their items last to first, dicts first to last, and every
 * container is made consistent before it releases anything.
 *
 * Error messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#include <math.h>
#include <stdarg.h>
#include <strings.h>

/* ===================================================================== */
/* Allocation                                                             */
/* ===================================================================== */

static YRT_NORETURN void out_of_memory(void) {
  fputs("yieldrt: out of memory\n", stderr);
  abort();
}

void *yrt_malloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

void *yrt_calloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory();
  return p;
}

void *yrt_realloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

void *yrt_obj_new(const YType *type, size_t size) {
  YObj *o = yrt_calloc(1, size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

/* ===================================================================== */
/* Shorthands (the layouts of dict, range, bound methods and iterators    */
/* are in rt.h)                                                           */
/* ===================================================================== */

#define IX_EMPTY (-1) /* dict index slots */
#define IX_DUMMY (-2)

#define STR(v) ((YStr *)(v).u.o)
#define LIST(v) ((YList *)(v).u.o)
#define TUPLE(v) ((YTuple *)(v).u.o)
#define DICT(v) ((YDict *)(v).u.o)
#define RANGE(v) ((YRange *)(v).u.o)
#define ITER(v) ((YIter *)(v).u.o)

/* The kind of a value's memory, or -1 for unboxed values. */
static inline int kind_of(YValue v) { return v.tag == YT_OBJ ? (int)v.u.o->type->kind : -1; }
static inline int is_str(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_str; }
static inline int is_list(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_list; }
static inline int is_tuple(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_tuple; }
static inline int is_dict(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_dict; }
static inline int is_range(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_type_range; }
/* int or bool: usable as an index. */
static inline int is_intlike(YValue v) { return v.tag == YT_INT || v.tag == YT_BOOL; }
/* Kinds whose type is a YTypeEx. */
static inline int has_ex(const YObj *o) {
  YKind k = o->type->kind;
  return (k == YK_ITER || k == YK_AWAITABLE || k == YK_OTHER) && o->type != &yrt_type_object;
}

static const char *tname(YValue v) { return yrt_typeof(v)->name; }

/* ===================================================================== */
/* Types                                                                  */
/* ===================================================================== */

static YValue int_call(const YType *t, int argc, const YValue *argv);
static YValue float_call(const YType *t, int argc, const YValue *argv);
static YValue str_call(const YType *t, int argc, const YValue *argv);
static YValue bool_call(const YType *t, int argc, const YValue *argv);
static YValue list_call(const YType *t, int argc, const YValue *argv);
static YValue tuple_call(const YType *t, int argc, const YValue *argv);
static YValue dict_call(const YType *t, int argc, const YValue *argv);
static YValue range_call(const YType *t, int argc, const YValue *argv);
static YValue type_call(const YType *t, int argc, const YValue *argv);
static YValue object_call(const YType *t, int argc, const YValue *argv);
static YValue enumerate_call(const YType *t, int argc, const YValue *argv);
static YValue zip_call(const YType *t, int argc, const YValue *argv);
static YValue reversed_call(const YType *t, int argc, const YValue *argv);

#define BUILTIN_TYPE(var, pyname, basep, kindv, callfn) \
  const YType var = {{YRT_IMMORTAL, &yrt_type_type}, (pyname), (basep), (kindv), (callfn)}

/* The instances of object, int, float, bool and NoneType are unboxed (or,
 * for object(), bare headers); YK_OTHER is never dispatched on for them. */
BUILTIN_TYPE(yrt_type_object, "object", NULL, YK_OTHER, object_call);
BUILTIN_TYPE(yrt_type_NoneType, "NoneType", &yrt_type_object, YK_OTHER, NULL);
BUILTIN_TYPE(yrt_type_int, "int", &yrt_type_object, YK_OTHER, int_call);
BUILTIN_TYPE(yrt_type_bool, "bool", &yrt_type_int, YK_OTHER, bool_call);
BUILTIN_TYPE(yrt_type_float, "float", &yrt_type_object, YK_OTHER, float_call);
BUILTIN_TYPE(yrt_type_str, "str", &yrt_type_object, YK_STR, str_call);
BUILTIN_TYPE(yrt_type_list, "list", &yrt_type_object, YK_LIST, list_call);
BUILTIN_TYPE(yrt_type_tuple, "tuple", &yrt_type_object, YK_TUPLE, tuple_call);
BUILTIN_TYPE(yrt_type_dict, "dict", &yrt_type_object, YK_DICT, dict_call);
BUILTIN_TYPE(yrt_type_range, "range", &yrt_type_object, YK_RANGE, range_call);
BUILTIN_TYPE(yrt_type_type, "type", &yrt_type_object, YK_TYPE, type_call);
BUILTIN_TYPE(yrt_type_function, "function", &yrt_type_object, YK_FUNC, NULL);
BUILTIN_TYPE(yrt_type_builtin, "builtin_function_or_method", &yrt_type_object, YK_BUILTIN,
             NULL);
BUILTIN_TYPE(yrt_type_method, "method", &yrt_type_object, YK_METHOD, NULL);
BUILTIN_TYPE(yrt_type_cell, "cell", &yrt_type_object, YK_CELL, NULL);
BUILTIN_TYPE(yrt_type_generator, "generator", &yrt_type_object, YK_GEN, NULL);
BUILTIN_TYPE(yrt_type_coroutine, "coroutine", &yrt_type_object, YK_GEN, NULL);
BUILTIN_TYPE(yrt_type_async_generator, "async_generator", &yrt_type_object, YK_GEN, NULL);
/* A bound method of a builtin object ([].append) is, as in CPython, a
 * builtin_function_or_method; yrt_type_method is for Python methods. */
static BUILTIN_TYPE(bmethod_type, "builtin_function_or_method", &yrt_type_object, YK_METHOD,
                    NULL);

/* The iterator types and dict views (YTypeEx, defined with their code). */
static void iter_dealloc(YObj *o);
static int list_iter_next(YObj *o, YValue *out);
static int list_reviter_next(YObj *o, YValue *out);
static int tuple_iter_next(YObj *o, YValue *out);
static int str_iter_next(YObj *o, YValue *out);
static int reversed_next(YObj *o, YValue *out);
static int range_iter_next(YObj *o, YValue *out);
static int dict_iter_next(YObj *o, YValue *out);
static int enumerate_next(YObj *o, YValue *out);
static int zip_next(YObj *o, YValue *out);
static YValue view_iter(YObj *o);
static int64_t view_len(YObj *o);
static int view_contains(YObj *o, YValue v);
static YValue view_repr(YObj *o);

#define ITER_TYPE(var, pyname, nextfn) \
  static const YTypeEx var = {YRT_TYPE_EX_HEAD(pyname, YK_ITER), iter_dealloc, (nextfn), \
                              NULL, NULL, NULL, NULL, NULL}
ITER_TYPE(list_iter_type, "list_iterator", list_iter_next);
ITER_TYPE(tuple_iter_type, "tuple_iterator", tuple_iter_next);
ITER_TYPE(str_ascii_iter_type, "str_ascii_iterator", str_iter_next);
ITER_TYPE(str_iter_type, "str_iterator", str_iter_next);
ITER_TYPE(range_iter_type, "range_iterator", range_iter_next);
ITER_TYPE(dict_keyiter_type, "dict_keyiterator", dict_iter_next);
ITER_TYPE(dict_valueiter_type, "dict_valueiterator", dict_iter_next);
ITER_TYPE(dict_itemiter_type, "dict_itemiterator", dict_iter_next);
ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator", dict_iter_next);
ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator", dict_iter_next);
ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator", dict_iter_next);
ITER_TYPE(list_reviter_type, "list_reverseiterator", list_reviter_next);

/* enumerate, zip and reversed are also the builtins' names, so they are
 * public types (yieldrt.h declares them as plain YTypes); their slots live in
 * separate YTypeEx records that ex_of() finds. */
BUILTIN_TYPE(yrt_type_enumerate, "enumerate", &yrt_type_object, YK_ITER, enumerate_call);
BUILTIN_TYPE(yrt_type_zip, "zip", &yrt_type_object, YK_ITER, zip_call);
BUILTIN_TYPE(yrt_type_reversed, "reversed", &yrt_type_object, YK_ITER, reversed_call);
ITER_TYPE(enumerate_slots, "enumerate", enumerate_next);
ITER_TYPE(zip_slots, "zip", zip_next);
ITER_TYPE(reversed_slots, "reversed", reversed_next);

/* The slots of an object of a private (or public iterator) type. */
static const YTypeEx *ex_of(const YType *t) {
  if (t == &yrt_type_enumerate) return &enumerate_slots;
  if (t == &yrt_type_zip) return &zip_slots;
  if (t == &yrt_type_reversed) return &reversed_slots;
  return YRT_TYPE_EX(t);
}

const YTypeEx *yrt_type_slots(const YObj *o) { return has_ex(o) ? ex_of(o->type) : NULL; }

#define VIEW_TYPE(var, pyname)                                                             \
  static const YTypeEx var = {YRT_TYPE_EX_HEAD(pyname, YK_OTHER), iter_dealloc, NULL,       \
                              view_iter, view_len, view_contains, view_repr, NULL}
VIEW_TYPE(dict_keys_type, "dict_keys");
VIEW_TYPE(dict_values_type, "dict_values");
VIEW_TYPE(dict_items_type, "dict_items");

/* ===================================================================== */
/* Destruction, type(), subclasses                                        */
/* ===================================================================== */

static void str_dealloc(YStr *s);
static void dict_dealloc(YDict *d);

void yrt_dealloc(YObj *o) {
  switch (o->type->kind) {
  case YK_STR:
    str_dealloc((YStr *)o);
    return;
  case YK_LIST: {
    YList *l = (YList *)o;
    for (int64_t i = l->len; i-- > 0;) yrt_decref(l->items[i]);
    free(l->items);
    free(l);
    return;
  }
  case YK_TUPLE: {
    YTuple *t = (YTuple *)o;
    for (int64_t i = t->len; i-- > 0;) yrt_decref(t->items[i]);
    free(t);
    return;
  }
  case YK_DICT:
    dict_dealloc((YDict *)o);
    return;
  case YK_RANGE:
    free(o);
    return;
  case YK_FUNC: {
    YFunc *f = (YFunc *)o;
    for (int i = 0; i < f->ncells; i++) yrt_decref(yobj(f->cells[i]));
    free(f);
    return;
  }
  case YK_METHOD: {
    YMethod *m = (YMethod *)o;
    YValue self = m->self;
    free(m);
    yrt_decref(self);
    return;
  }
  case YK_CELL: {
    YCell *c = (YCell *)o;
    YValue v = c->v;
    free(c);
    yrt_decref(v);
    return;
  }
  case YK_GEN:
    yrt_gen_dealloc((YGen *)o);
    return;
  case YK_EXC:
    yrt_exc_dealloc(o);
    return;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (o->type == &yrt_type_object) {
      free(o);
      return;
    }
    ex_of(o->type)->dealloc(o);
    return;
  case YK_TYPE:
  case YK_BUILTIN:
    break; /* always static and immortal */
  }
  yrt_fatal(__FILE__, __LINE__, "dealloc of an immortal object");
}

const YType *yrt_typeof(YValue v) {
  switch (v.tag) {
  case YT_BOOL: return &yrt_type_bool;
  case YT_INT: return &yrt_type_int;
  case YT_FLOAT: return &yrt_type_float;
  case YT_OBJ: return v.u.o->type;
  default: return &yrt_type_NoneType;
  }
}

int yrt_subclass(const YType *t, const YType *base) {
  for (; t; t = t->base)
    if (t == base) return 1;
  return 0;
}

/* ===================================================================== */
/* UTF-8 and the little Unicode database the runtime needs                */
/* ===================================================================== */

/* Decode the code point at p (valid UTF-8); *n is its length in bytes. */
static uint32_t utf8_decode(const char *s, int *n) {
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
static int utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

static int64_t utf8_count(const char *s, int64_t len) {
  int64_t n = 0;
  for (int64_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* The start of the code point before byte offset i (i > 0). */
static int64_t utf8_prev(const char *s, int64_t i) {
  do i--;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
  return i;
}

/* str.isspace() and str.split()'s whitespace (Py_UNICODE_ISSPACE). */
static int uni_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Line boundaries for str.splitlines(). */
static int uni_islinebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The first code point of the decimal digit runs (category Nd) the runtime
 * knows: ASCII and the common scripts.  int() and str.isdigit() use them. */
static const uint32_t digit_zeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,  0xB66,
    0xBE6,   0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,  0x1040,
    0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50, 0x1BB0,
    0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50, 0xABF0,
    0xFF10,  0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};

/* The decimal value of c, or -1. */
static int uni_decimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
  for (size_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0]; i++)
    if (c >= digit_zeros[i] && c < digit_zeros[i] + 10) return (int)(c - digit_zeros[i]);
  return -1;
}

static int uni_isdigit(uint32_t c) {
  if (uni_decimal(c) >= 0) return 1;
  /* Superscripts and circled digits have the Digit property too. */
  return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
         (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) ||
         (c >= 0x2474 && c <= 0x247C) || (c >= 0x2488 && c <= 0x2490) || c == 0x24EA ||
         (c >= 0x2776 && c <= 0x277E) || (c >= 0x2780 && c <= 0x2788) ||
         (c >= 0x278A && c <= 0x2792);
}

/* Letters: ASCII and Latin-1 exactly; beyond that the letter blocks of the
 * common alphabets and CJK (an approximation of categories L*). */
static int uni_isalpha(uint32_t c) {
  if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
  if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
  if (c <= 0x2C1) return 1;                                 /* Latin extended, IPA */
  if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 &&
                                       c != 0x387 && c != 0x3F6;  /* Greek */
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489); /* Cyrillic */
  if (c >= 0x531 && c <= 0x587) return c != 0x557 && c != 0x558 && !(c >= 0x55A && c <= 0x560);
  if (c >= 0x5D0 && c <= 0x5EA) return 1;                   /* Hebrew */
  if (c >= 0x620 && c <= 0x64A) return 1;                   /* Arabic */
  if (c >= 0x904 && c <= 0x939) return 1;                   /* Devanagari */
  if (c >= 0xE01 && c <= 0xE30) return 1;                   /* Thai */
  if (c >= 0x10A0 && c <= 0x10FF) return 1;                 /* Georgian */
  if (c >= 0x1E00 && c <= 0x1FFF) return 1;                 /* Latin/Greek extended */
  if (c >= 0x3041 && c <= 0x3096) return 1;                 /* Hiragana */
  if (c >= 0x30A1 && c <= 0x30FA) return 1;                 /* Katakana */
  if (c >= 0x3400 && c <= 0x4DBF) return 1;                 /* CJK */
  if (c >= 0x4E00 && c <= 0x9FFF) return 1;
  if (c >= 0xAC00 && c <= 0xD7A3) return 1;                 /* Hangul */
  if (c >= 0xFF21 && c <= 0xFF3A) return 1;                 /* fullwidth */
  if (c >= 0xFF41 && c <= 0xFF5A) return 1;
  if (c >= 0x20000 && c <= 0x2FA1F) return 1;
  return 0;
}

/* Simple case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic,
 * Armenian and fullwidth Latin.  0 means "no mapping". */
static uint32_t uni_toupper(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : 0;
  if (c == 0xB5) return 0x39C;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? 0 : c - 1;
    if (c == 0x138 || c == 0x149) return 0;
    return (c & 1) ? c - 1 : 0;
  }
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? 0 : c - 1;
    if (c == 0x4CF) return 0x4C0;
    return (c & 1) ? c - 1 : 0;
  }
  if (c >= 0x561 && c <= 0x586) return c - 48;
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
  return 0;
}

static uint32_t uni_tolower(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : 0;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : 0;
    if (c == 0x138 || c == 0x149 || c == 0x131 || c == 0x17F) return 0;
    return (c & 1) ? 0 : c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : 0;
    if (c == 0x4C0) return 0x4CF;
    return (c & 1) ? 0 : c + 1;
  }
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  return 0;
}

/* ===================================================================== */
/* str                                                                    */
/* ===================================================================== */

static YStr empty_str = YRT_STR_LIT("", 0, 0);
static YStr ascii_strs[128];
static char ascii_bytes[128][2];

/* The immortal one-character string for an ASCII code. */
static YStr *ascii_char(unsigned c) {
  YStr *s = &ascii_strs[c];
  if (!s->ob.type) {
    ascii_bytes[c][0] = (char)c;
    s->ob.refcnt = YRT_IMMORTAL;
    s->ob.type = &yrt_type_str;
    s->len = s->nchars = 1;
    s->hash = -1;
    s->data = ascii_bytes[c];
  }
  return s;
}

/* A new str with room for len bytes (and the NUL); the caller fills it. */
static YStr *str_alloc(int64_t len, int64_t nchars) {
  YStr *s = yrt_malloc(sizeof(YStr) + (size_t)len + 1);
  s->ob.refcnt = 1;
  s->ob.type = &yrt_type_str;
  s->len = len;
  s->nchars = nchars;
  s->hash = -1;
  s->data = (const char *)(s + 1);
  ((char *)(s + 1))[len] = '\0';
  return s;
}
static inline char *str_buf(YStr *s) { return (char *)(s + 1); }

/* A str of len bytes holding nchars code points (nchars < 0: count them). */
static YValue str_make(const char *data, int64_t len, int64_t nchars) {
  if (len == 0) return yobj(&empty_str);
  if (len == 1 && (unsigned char)data[0] < 128) return yobj(ascii_char((unsigned char)data[0]));
  if (nchars < 0) nchars = utf8_count(data, len);
  YStr *s = str_alloc(len, nchars);
  memcpy(str_buf(s), data, (size_t)len);
  return yobj(s);
}

YValue yrt_str_new(const char *data, int64_t len) { return str_make(data, len, -1); }
YValue yrt_str_from_c(const char *s) { return str_make(s, (int64_t)strlen(s), -1); }

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
    return str_make(small, n, -1);
  }
  YStr *s = str_alloc(n, 0);
  vsnprintf(str_buf(s), (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  s->nchars = utf8_count(s->data, n);
  return yobj(s);
}

const char *yrt_str_cstr(YValue s) { return is_str(s) ? STR(s)->data : "?"; }

/* Finding the byte offset of the k-th code point of a non-ASCII string is
 * a scan; remembering the last answer makes `for i in range(len(s)): s[i]`
 * linear. */
static struct {
  const YStr *s;
  int64_t ci, bi;
} offset_cache;

static void str_dealloc(YStr *s) {
  if (offset_cache.s == s) offset_cache.s = NULL;
  free(s);
}

/* The byte offset of code point ci (0 <= ci <= nchars). */
static int64_t str_offset(const YStr *s, int64_t ci) {
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
  return s->nchars == s->len ? bi : utf8_count(s->data, bi);
}

/* The substring of code points [a, b). */
static YValue str_sub(const YStr *s, int64_t a, int64_t b) {
  if (a >= b) return yobj(&empty_str);
  if (a == 0 && b == s->nchars) return yrt_incref(yobj((YStr *)s));
  int64_t ba = str_offset(s, a), bb = str_offset(s, b);
  return str_make(s->data + ba, bb - ba, b - a);
}

/* The byte substring [ba, bb) of s (on code point boundaries). */
static YValue str_bytes(const YStr *s, int64_t ba, int64_t bb) {
  if (ba == 0 && bb == s->len) return yrt_incref(yobj((YStr *)s));
  return str_make(s->data + ba, bb - ba, s->nchars == s->len ? bb - ba : -1);
}

/* Naive byte search with a memchr skip; -1 if absent. */
static int64_t find_bytes(const char *h, int64_t hn, const char *n, int64_t nn, int64_t from) {
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
static YValue str_concat2(const YStr *a, const YStr *b) {
  if (a->len == 0) return yrt_incref(yobj((YStr *)b));
  if (b->len == 0) return yrt_incref(yobj((YStr *)a));
  YStr *s = str_alloc(a->len + b->len, a->nchars + b->nchars);
  memcpy(str_buf(s), a->data, (size_t)a->len);
  memcpy(str_buf(s) + a->len, b->data, (size_t)b->len);
  return yobj(s);
}

YValue yrt_str_concat(int n, const YValue *parts) {
  int64_t len = 0, nchars = 0;
  for (int i = 0; i < n; i++) {
    if (!is_str(parts[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "sequence item %d: expected str instance, %s found",
                           i, tname(parts[i]));
    len += STR(parts[i])->len;
    nchars += STR(parts[i])->nchars;
  }
  if (n == 1) return yrt_incref(parts[0]);
  if (len == 0) return yobj(&empty_str);
  YStr *s = str_alloc(len, nchars);
  char *p = str_buf(s);
  for (int i = 0; i < n; i++) {
    memcpy(p, STR(parts[i])->data, (size_t)STR(parts[i])->len);
    p += STR(parts[i])->len;
  }
  if (len == 1) {
    YValue r = yobj(ascii_char((unsigned char)s->data[0]));
    free(s);
    return r;
  }
  return yobj(s);
}

/* ---- YBuf ------------------------------------------------------------ */

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
  YValue s = str_make(b->data ? b->data : "", (int64_t)b->len, -1);
  yrt_buf_free(b);
  return s;
}
void yrt_buf_free(YBuf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
/* Append one code point. */
static void buf_putcp(YBuf *b, uint32_t cp) {
  char tmp[4];
  yrt_buf_putn(b, tmp, (size_t)utf8_encode(cp, tmp));
}

/* ===================================================================== */
/* list and tuple                                                         */
/* ===================================================================== */

static YList *list_alloc(int64_t cap) {
  YList *l = yrt_obj_new(&yrt_type_list, sizeof(YList));
  l->cap = cap;
  l->items = cap ? yrt_malloc((size_t)cap * sizeof(YValue)) : NULL;
  return l;
}

static void list_reserve(YList *l, int64_t need) {
  if (need <= l->cap) return;
  int64_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < need) cap = need;
  l->items = yrt_realloc(l->items, (size_t)cap * sizeof(YValue));
  l->cap = cap;
}

YValue yrt_list_new(int64_t n, const YValue *items) {
  YList *l = list_alloc(n);
  for (int64_t i = 0; i < n; i++) l->items[i] = yrt_incref(items[i]);
  l->len = n;
  return yobj(l);
}

YValue yrt_list_steal(int64_t n, YValue *items) {
  YList *l = list_alloc(n);
  if (n) memcpy(l->items, items, (size_t)n * sizeof(YValue));
  l->len = n;
  return yobj(l);
}

/* Append, stealing item. */
static void list_push(YList *l, YValue item) {
  if (l->len == l->cap) list_reserve(l, l->len + 1);
  l->items[l->len++] = item;
}

int yrt_list_append(YValue list, YValue item) {
  if (!is_list(list)) {
    yrt_raise_msg(&yrt_exc_TypeError, "descriptor 'append' for 'list' objects doesn't apply to a '%s' object",
                  tname(list));
    return -1;
  }
  list_push(LIST(list), yrt_incref(item));
  return 0;
}

/* Empty the list first, then release what it held (last to first). */
static void list_clear(YList *l) {
  YValue *items = l->items;
  int64_t n = l->len;
  l->items = NULL;
  l->len = l->cap = 0;
  while (n-- > 0) yrt_decref(items[n]);
  free(items);
}

static YTuple empty_tuple = {{YRT_IMMORTAL, &yrt_type_tuple}, 0};

/* A new tuple of n items for the caller to fill. */
static YTuple *tuple_alloc(int64_t n) {
  YTuple *t = yrt_malloc(sizeof(YTuple) + (size_t)n * sizeof(YValue));
  t->ob.refcnt = 1;
  t->ob.type = &yrt_type_tuple;
  t->len = n;
  return t;
}

YValue yrt_tuple_new(int64_t n, const YValue *items) {
  if (n == 0) return yobj(&empty_tuple);
  YTuple *t = tuple_alloc(n);
  for (int64_t i = 0; i < n; i++) t->items[i] = yrt_incref(items[i]);
  return yobj(t);
}

YValue yrt_tuple_steal(int64_t n, YValue *items) {
  if (n == 0) return yobj(&empty_tuple);
  YTuple *t = tuple_alloc(n);
  memcpy(t->items, items, (size_t)n * sizeof(YValue));
  return yobj(t);
}

/* The items of a list or tuple (borrowed), or NULL. */
static YValue *seq_items(YValue v, int64_t *n) {
  *n = 0;
  if (is_list(v)) { *n = LIST(v)->len; return LIST(v)->items; }
  if (is_tuple(v)) { *n = TUPLE(v)->len; return TUPLE(v)->items; }
  return NULL;
}

/* ===================================================================== */
/* dict                                                                   */
/* ===================================================================== */

YValue yrt_dict_new(void) { return yobj(yrt_obj_new(&yrt_type_dict, sizeof(YDict))); }

/* Find key: 1 and *ix = its entry, or 0 and *slot = the empty index slot
 * where it would go; -1 on error.  *slot is the key's slot when found. */
static int dict_find(const YDict *d, YValue key, int64_t hash, int64_t *slot, int64_t *ix) {
  if (!d->index) return 0;
  uint64_t perturb = (uint64_t)hash;
  uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask;
  for (;;) {
    int64_t e = d->index[i];
    if (e == IX_EMPTY) {
      *slot = (int64_t)i;
      return 0;
    }
    if (e >= 0) {
      const DictEntry *en = &d->entries[e];
      if (en->hash == hash) {
        if (yrt_is(en->key, key)) goto found;
        int r = yrt_eq(en->key, key);
        if (r < 0) return -1;
        if (r) goto found;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
    continue;
  found:
    *slot = (int64_t)i;
    *ix = e;
    return 1;
  }
}

/* The first empty slot for hash (the key is known to be absent). */
static int64_t dict_empty_slot(const YDict *d, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  uint64_t mask = (uint64_t)d->mask, i = (uint64_t)hash & mask;
  while (d->index[i] != IX_EMPTY) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

/* Rebuild the tables with room for at least `want` entries, dropping the
 * holes left by deletions. */
static void dict_resize(YDict *d, int64_t want) {
  int64_t size = 8;
  while (size * 2 / 3 < want) size *= 2;
  DictEntry *old = d->entries;
  int64_t oldn = d->n;
  free(d->index);
  d->mask = size - 1;
  d->cap = size * 2 / 3;
  d->index = yrt_malloc((size_t)size * sizeof(int64_t));
  for (int64_t i = 0; i < size; i++) d->index[i] = IX_EMPTY;
  d->entries = yrt_malloc((size_t)d->cap * sizeof(DictEntry));
  d->n = 0;
  for (int64_t i = 0; i < oldn; i++) {
    if (old[i].key.tag == YT_UNBOUND) continue;
    d->entries[d->n] = old[i];
    d->index[dict_empty_slot(d, old[i].hash)] = d->n;
    d->n++;
  }
  free(old);
}

/* d[key] = v with the hash known; key and v are stolen. */
static int dict_insert(YDict *d, YValue key, int64_t hash, YValue v) {
  int64_t slot = 0, ix = 0;
  int r = dict_find(d, key, hash, &slot, &ix);
  if (r < 0) {
    yrt_decref(key);
    yrt_decref(v);
    return -1;
  }
  if (r) {
    YValue old = d->entries[ix].value;
    d->entries[ix].value = v;
    yrt_decref(key);
    yrt_decref(old);
    return 0;
  }
  if (d->n == d->cap) {
    dict_resize(d, d->used * 3 > 5 ? d->used * 3 : 5);
    slot = dict_empty_slot(d, hash);
  }
  DictEntry *e = &d->entries[d->n];
  e->hash = hash;
  e->key = key;
  e->value = v;
  d->index[slot] = d->n++;
  d->used++;
  return 0;
}

int yrt_dict_set(YValue dict, YValue key, YValue v) {
  int64_t h = yrt_hash(key);
  if (h == -1) return -1;
  return dict_insert(DICT(dict), yrt_incref(key), h, yrt_incref(v));
}

/* The entry of key, or NULL (*err set on error). */
static DictEntry *dict_lookup(const YDict *d, YValue key, int *err) {
  *err = 0;
  int64_t h = yrt_hash(key);
  if (h == -1) { *err = 1; return NULL; }
  int64_t slot, ix;
  int r = dict_find(d, key, h, &slot, &ix);
  if (r < 0) { *err = 1; return NULL; }
  return r ? &d->entries[ix] : NULL;
}

YValue yrt_dict_get(YValue dict, YValue key) {
  int err;
  DictEntry *e = dict_lookup(DICT(dict), key, &err);
  if (err) return YERROR;
  return e ? e->value : YUNBOUND;
}

/* Remove key; *out receives the value (owned) when found and out != NULL. */
static int dict_pop(YDict *d, YValue key, YValue *out) {
  int64_t h = yrt_hash(key);
  if (h == -1) return -1;
  int64_t slot, ix;
  int r = dict_find(d, key, h, &slot, &ix);
  if (r <= 0) return r;
  DictEntry *e = &d->entries[ix];
  YValue k = e->key, v = e->value;
  e->key = e->value = YUNBOUND;
  d->index[slot] = IX_DUMMY;
  d->used--;
  yrt_decref(k);
  if (out)
    *out = v;
  else
    yrt_decref(v);
  return 1;
}

int yrt_dict_del(YValue dict, YValue key) { return dict_pop(DICT(dict), key, NULL); }

static void dict_clear(YDict *d) {
  DictEntry *entries = d->entries;
  int64_t n = d->n;
  free(d->index);
  d->index = NULL;
  d->entries = NULL;
  d->used = d->n = d->cap = d->mask = 0;
  for (int64_t i = 0; i < n; i++) {
    yrt_decref(entries[i].key);
    yrt_decref(entries[i].value);
  }
  free(entries);
}

static void dict_dealloc(YDict *d) {
  dict_clear(d);
  free(d);
}

/* A shallow copy. */
static YValue dict_copy(const YDict *d) {
  YDict *c = yrt_obj_new(&yrt_type_dict, sizeof(YDict));
  if (d->used == 0) return yobj(c);
  dict_resize(c, d->used);
  for (int64_t i = 0; i < d->n; i++) {
    const DictEntry *e = &d->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    c->entries[c->n] = (DictEntry){e->hash, yrt_incref(e->key), yrt_incref(e->value)};
    c->index[dict_empty_slot(c, e->hash)] = c->n;
    c->n++;
  }
  c->used = c->n;
  return yobj(c);
}

/* dict.update(other): a dict, or an iterable of pairs (CPython's messages). */
static int dict_update(YDict *d, YValue other) {
  if (is_dict(other)) {
    YDict *o = DICT(other);
    for (int64_t i = 0; i < o->n; i++) {
      DictEntry *e = &o->entries[i];
      if (e->key.tag == YT_UNBOUND) continue;
      if (dict_insert(d, yrt_incref(e->key), e->hash, yrt_incref(e->value)) < 0) return -1;
    }
    return 0;
  }
  YValue it = yrt_iter(other);
  if (YIS_ERR(it)) return -1;
  YValue item;
  int r;
  for (int64_t n = 0; (r = yrt_next(it, &item)) == 1; n++) {
    YValue kv[2];
    int64_t len;
    YValue *items = seq_items(item, &len);
    if (!items) {
      YValue sub = yrt_iter(item);
      if (YIS_ERR(sub)) {
        yrt_decref(yrt_fetch_exc());
        yrt_decref(item);
        yrt_raise_msg(&yrt_exc_TypeError,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)n);
        r = -1;
        break;
      }
      YValue tmp = yrt_list_new(0, NULL);
      YValue x;
      int rr;
      while ((rr = yrt_next(sub, &x)) == 1) list_push(LIST(tmp), x);
      yrt_decref(sub);
      if (rr < 0) {
        yrt_decref(tmp);
        yrt_decref(item);
        r = -1;
        break;
      }
      yrt_decref(x);
      yrt_decref(item);
      item = tmp;
      items = seq_items(item, &len);
    }
    if (len != 2) {
      yrt_raise_msg(&yrt_exc_ValueError,
                    "dictionary update sequence element #%lld has length %lld; 2 is required",
                    (long long)n, (long long)len);
      yrt_decref(item);
      r = -1;
      break;
    }
    kv[0] = items[0];
    kv[1] = items[1];
    int64_t h = yrt_hash(kv[0]);
    if (h == -1 || dict_insert(d, yrt_incref(kv[0]), h, yrt_incref(kv[1])) < 0) {
      yrt_decref(item);
      r = -1;
      break;
    }
    yrt_decref(item);
  }
  if (r == 0) yrt_decref(item);
  yrt_decref(it);
  return r < 0 ? -1 : 0;
}

/* ===================================================================== */
/* range, cells, functions, bound methods                                 */
/* ===================================================================== */

/* The number of values of range(start, stop, step) (step != 0). */
static uint64_t range_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop)
    return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
  if (step < 0 && start > stop)
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
  return 0;
}

static YValue range_new(int64_t start, int64_t stop, int64_t step) {
  YRange *r = yrt_obj_new(&yrt_type_range, sizeof(YRange));
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = range_len(start, stop, step);
  return yobj(r);
}

/* The i-th value of a range (0 <= i < len): no overflow is possible. */
static int64_t range_at(const YRange *r, uint64_t i) {
  return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

YCell *yrt_cell_new(void) { return yrt_obj_new(&yrt_type_cell, sizeof(YCell)); }

void yrt_cell_set(YCell *c, YValue v) { yrt_store(&c->v, v); }

YValue yrt_func_new(const YFuncCode *code, int ncells, YCell *const *cells) {
  YFunc *f = yrt_obj_new(&yrt_type_function, sizeof(YFunc) + (size_t)ncells * sizeof(YCell *));
  f->code = code;
  f->ncells = ncells;
  f->cells = (YCell **)(f + 1);
  for (int i = 0; i < ncells; i++) {
    f->cells[i] = cells[i];
    yrt_incref(yobj(cells[i]));
  }
  return yobj(f);
}

YValue yrt_method_new(YValue self, YName name) {
  YMethod *m = yrt_obj_new(&bmethod_type, sizeof(YMethod));
  m->self = yrt_incref(self);
  m->name = name;
  return yobj(m);
}

/* ===================================================================== */
/* Iterators                                                              */
/* ===================================================================== */

static YIter *iter_new(const YType *type, YValue src) {
  YIter *it = yrt_obj_new(type, sizeof(YIter));
  it->src = yrt_incref(src);
  return it;
}

static void iter_dealloc(YObj *o) {
  YIter *it = (YIter *)o;
  YValue src = it->src;
  free(it);
  yrt_decref(src);
}

/* Mark an iterator exhausted: report 0 with None. */
static int iter_done(YIter *it, YValue *out) {
  yrt_clear(&it->src);
  *out = YNONE;
  return 0;
}

static int list_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= LIST(it->src)->len) return iter_done(it, out);
  *out = yrt_incref(LIST(it->src)->items[it->pos++]);
  return 1;
}

static int list_reviter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos < 0 || it->pos >= LIST(it->src)->len)
    return iter_done(it, out);
  *out = yrt_incref(LIST(it->src)->items[it->pos--]);
  return 1;
}

static int tuple_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= TUPLE(it->src)->len) return iter_done(it, out);
  *out = yrt_incref(TUPLE(it->src)->items[it->pos++]);
  return 1;
}

static int str_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos >= STR(it->src)->len) return iter_done(it, out);
  const char *p = STR(it->src)->data + it->pos;
  int n = 1;
  if ((unsigned char)*p < 128) {
    *out = yobj(ascii_char((unsigned char)*p));
  } else {
    utf8_decode(p, &n);
    *out = str_make(p, n, 1);
  }
  it->pos += n;
  return 1;
}

/* reversed(tuple) and reversed(str): pos is an index (a byte offset for a
 * str), counting down. */
static int reversed_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND || it->pos <= 0) return iter_done(it, out);
  if (is_str(it->src)) {
    const YStr *s = STR(it->src);
    int64_t b = utf8_prev(s->data, it->pos);
    *out = str_make(s->data + b, it->pos - b, 1);
    it->pos = b;
    return 1;
  }
  it->pos--;
  *out = yrt_incref(TUPLE(it->src)->items[it->pos]);
  return 1;
}

static int range_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->left == 0) {
    *out = YNONE;
    return 0;
  }
  *out = yint(it->pos);
  if (--it->left) it->pos = (int64_t)((uint64_t)it->pos + (uint64_t)it->step);
  return 1;
}

static YValue range_iter_new(const YRange *r, int reverse) {
  YIter *it = iter_new(&range_iter_type.type, YUNBOUND);
  it->left = r->len;
  if (!reverse) {
    it->pos = r->start;
    it->step = r->step;
  } else {
    it->pos = r->len ? range_at(r, r->len - 1) : 0;
    it->step = (int64_t)(0 - (uint64_t)r->step);
  }
  return yobj(it);
}

/* Dict iterators: which of key / value / item they give, and direction. */
static int dict_iter_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  const YType *t = o->type;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YDict *d = DICT(it->src);
  if (it->step != d->used) {
    it->step = -1; /* sticky */
    yrt_raise_msg(&yrt_exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  int reverse = t == &dict_revkeyiter_type.type || t == &dict_revvalueiter_type.type ||
                t == &dict_revitemiter_type.type;
  DictEntry *e = NULL;
  if (!reverse) {
    while (it->pos < d->n && d->entries[it->pos].key.tag == YT_UNBOUND) it->pos++;
    if (it->pos < d->n) e = &d->entries[it->pos++];
  } else {
    if (it->pos >= d->n) it->pos = d->n - 1;
    while (it->pos >= 0 && d->entries[it->pos].key.tag == YT_UNBOUND) it->pos--;
    if (it->pos >= 0) e = &d->entries[it->pos--];
  }
  if (!e) return iter_done(it, out);
  if (it->left == 0) {
    yrt_raise_msg(&yrt_exc_RuntimeError, "dictionary keys changed during iteration");
    yrt_clear(&it->src);
    return -1;
  }
  it->left--;
  if (t == &dict_keyiter_type.type || t == &dict_revkeyiter_type.type) {
    *out = yrt_incref(e->key);
  } else if (t == &dict_valueiter_type.type || t == &dict_revvalueiter_type.type) {
    *out = yrt_incref(e->value);
  } else {
    YValue kv[2] = {e->key, e->value};
    *out = yrt_tuple_new(2, kv);
  }
  return 1;
}

static YValue dict_iter_new(const YTypeEx *type, YValue dict, int reverse) {
  YIter *it = iter_new(&type->type, dict);
  YDict *d = DICT(dict);
  it->pos = reverse ? d->n - 1 : 0;
  it->left = (uint64_t)d->used;
  it->step = d->used;
  return yobj(it);
}

static int enumerate_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YValue v;
  int r = yrt_next(it->src, &v);
  if (r <= 0) {
    if (r == 0) {
      yrt_decref(v);
      return iter_done(it, out);
    }
    return -1;
  }
  YValue pair[2] = {yint(it->pos), v};
  if (it->pos == INT64_MAX) {
    yrt_decref(v);
    yrt_overflow();
    return -1;
  }
  it->pos++;
  *out = yrt_tuple_steal(2, pair);
  return 1;
}

static int zip_next(YObj *o, YValue *out) {
  YIter *it = (YIter *)o;
  if (it->src.tag == YT_UNBOUND) return iter_done(it, out);
  YTuple *its = TUPLE(it->src);
  if (its->len == 0) return iter_done(it, out);
  YTuple *t = tuple_alloc(its->len);
  for (int64_t i = 0; i < its->len; i++) {
    int r = yrt_next(its->items[i], &t->items[i]);
    if (r <= 0) {
      if (r == 0) yrt_decref(t->items[i]);
      t->len = i;
      yrt_decref(yobj(t));
      if (r < 0) return -1;
      return iter_done(it, out);
    }
  }
  *out = yobj(t);
  return 1;
}

/* ---- dict views -------------------------------------------------------- */

static YValue view_new(const YTypeEx *type, YValue dict) {
  return yobj(iter_new(&type->type, dict));
}

static YValue view_iter(YObj *o) {
  YIter *v = (YIter *)o;
  const YTypeEx *it = o->type == &dict_keys_type.type     ? &dict_keyiter_type
                      : o->type == &dict_values_type.type ? &dict_valueiter_type
                                                          : &dict_itemiter_type;
  return dict_iter_new(it, v->src, 0);
}

static int64_t view_len(YObj *o) { return DICT(((YIter *)o)->src)->used; }

static int view_contains(YObj *o, YValue x) {
  YDict *d = DICT(((YIter *)o)->src);
  int err;
  if (o->type == &dict_keys_type.type) {
    DictEntry *e = dict_lookup(d, x, &err);
    return err ? -1 : e != NULL;
  }
  if (o->type == &dict_items_type.type) {
    if (!is_tuple(x) || TUPLE(x)->len != 2) return 0;
    DictEntry *e = dict_lookup(d, TUPLE(x)->items[0], &err);
    if (err) return -1;
    if (!e) return 0;
    return yrt_is(e->value, TUPLE(x)->items[1]) ? 1 : yrt_eq(e->value, TUPLE(x)->items[1]);
  }
  for (int64_t i = 0; i < d->n; i++) {
    DictEntry *e = &d->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    int r = yrt_is(e->value, x) ? 1 : yrt_eq(e->value, x);
    if (r) return r;
  }
  return 0;
}

static YValue view_repr(YObj *o) {
  YBuf b = {0};
  yrt_buf_puts(&b, o->type->name);
  yrt_buf_puts(&b, "([");
  YValue it = view_iter(o), x;
  int r, first = 1;
  while ((r = yrt_next(it, &x)) == 1) {
    if (!first) yrt_buf_puts(&b, ", ");
    first = 0;
    r = yrt_buf_repr(&b, x);
    yrt_decref(x);
    if (r < 0) break;
  }
  yrt_decref(it);
  if (r < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  yrt_decref(x);
  yrt_buf_puts(&b, "])");
  return yrt_buf_finish(&b);
}

/* ===================================================================== */
/* Arithmetic                                                             */
/* ===================================================================== */

YValue yrt_overflow(void) { return yrt_raise_msg(&yrt_exc_OverflowError, "integer overflow"); }

/* 0: not a number, 1: int or bool, 2: float. */
static inline int num_kind(YValue v) {
  return v.tag == YT_INT || v.tag == YT_BOOL ? 1 : v.tag == YT_FLOAT ? 2 : 0;
}
static inline double num_f(YValue v) { return v.tag == YT_FLOAT ? v.u.f : (double)v.u.i; }

static YValue binop_error(const char *op, YValue a, YValue b) {
  return yrt_raise_msg(&yrt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                       tname(a), tname(b));
}

static YValue concat_error(YValue a, YValue b) {
  return yrt_raise_msg(&yrt_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", tname(a),
                       tname(b), tname(a));
}

/* seq * n for str, list and tuple (n already an int). */
static YValue seq_repeat(YValue seq, int64_t n) {
  if (n < 0) n = 0;
  if (is_str(seq)) {
    const YStr *s = STR(seq);
    if (n == 1) return yrt_incref(seq);
    if (n == 0 || s->len == 0) return yobj(&empty_str);
    if (s->len > INT64_MAX / 2 / n)
      return yrt_raise_msg(&yrt_exc_OverflowError, "repeated string is too long");
    YStr *r = str_alloc(s->len * n, s->nchars * n);
    for (int64_t i = 0; i < n; i++) memcpy(str_buf(r) + i * s->len, s->data, (size_t)s->len);
    return yobj(r);
  }
  int64_t len;
  YValue *items = seq_items(seq, &len);
  if (len && n > (INT64_MAX / 16) / len)
    return yrt_raise_msg(&yrt_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
  int64_t total = len * n;
  if (is_tuple(seq)) {
    if (n == 1) return yrt_incref(seq);
    if (total == 0) return yobj(&empty_tuple);
    YTuple *t = tuple_alloc(total);
    for (int64_t i = 0; i < total; i++) t->items[i] = yrt_incref(items[i % len]);
    return yobj(t);
  }
  YList *l = list_alloc(total);
  for (int64_t i = 0; i < total; i++) l->items[i] = yrt_incref(items[i % len]);
  l->len = total;
  return yobj(l);
}

static int is_seq(YValue v) { return is_str(v) || is_list(v) || is_tuple(v); }

YValue yrt_add_slow(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (__builtin_add_overflow(a.u.i, b.u.i, &r)) return yrt_overflow();
      return yint(r);
    }
    return yfloat(num_f(a) + num_f(b));
  }
  if (is_str(a)) return is_str(b) ? str_concat2(STR(a), STR(b)) : concat_error(a, b);
  if (is_list(a)) {
    if (!is_list(b)) return concat_error(a, b);
    YList *x = LIST(a), *y = LIST(b);
    YList *l = list_alloc(x->len + y->len);
    for (int64_t i = 0; i < x->len; i++) l->items[l->len++] = yrt_incref(x->items[i]);
    for (int64_t i = 0; i < y->len; i++) l->items[l->len++] = yrt_incref(y->items[i]);
    return yobj(l);
  }
  if (is_tuple(a)) {
    if (!is_tuple(b)) return concat_error(a, b);
    YTuple *x = TUPLE(a), *y = TUPLE(b);
    if (y->len == 0) return yrt_incref(a);
    if (x->len == 0) return yrt_incref(b);
    YTuple *t = tuple_alloc(x->len + y->len);
    for (int64_t i = 0; i < x->len; i++) t->items[i] = yrt_incref(x->items[i]);
    for (int64_t i = 0; i < y->len; i++) t->items[x->len + i] = yrt_incref(y->items[i]);
    return yobj(t);
  }
  return binop_error("+", a, b);
}

YValue yrt_sub_slow(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (__builtin_sub_overflow(a.u.i, b.u.i, &r)) return yrt_overflow();
      return yint(r);
    }
    return yfloat(num_f(a) - num_f(b));
  }
  return binop_error("-", a, b);
}

YValue yrt_mul_slow(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (ka && kb) {
    if (ka == 1 && kb == 1) {
      int64_t r;
      if (__builtin_mul_overflow(a.u.i, b.u.i, &r)) return yrt_overflow();
      return yint(r);
    }
    return yfloat(num_f(a) * num_f(b));
  }
  if (is_seq(a) || is_seq(b)) {
    YValue seq = is_seq(a) ? a : b, n = is_seq(a) ? b : a;
    if (!is_intlike(n))
      return yrt_raise_msg(&yrt_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                           tname(n));
    return seq_repeat(seq, n.u.i);
  }
  return binop_error("*", a, b);
}

/* int / int, correctly rounded when both fit in a double's mantissa. */
static double int_truediv(int64_t a, int64_t b) {
  const int64_t lim = (int64_t)1 << 53;
  if (a > -lim && a < lim && b > -lim && b < lim) return (double)a / (double)b;
  return (double)((long double)a / (long double)b);
}

YValue yrt_truediv(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (!ka || !kb) return binop_error("/", a, b);
  if (ka == 1 && kb == 1) {
    if (b.u.i == 0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "division by zero");
    return yfloat(int_truediv(a.u.i, b.u.i));
  }
  double y = num_f(b);
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float division by zero");
  return yfloat(num_f(a) / y);
}

/* CPython's float divmod (floatobject.c): floor quotient and modulo with
 * the divisor's sign, exact signed zeros. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
  double m = fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

YValue yrt_floordiv(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (!ka || !kb) return binop_error("//", a, b);
  if (ka == 1 && kb == 1) {
    int64_t x = a.u.i, y = b.u.i;
    if (y == 0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "integer division or modulo by zero");
    if (x == INT64_MIN && y == -1) return yrt_overflow();
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return yint(q);
  }
  double y = num_f(b), q, m;
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float floor division by zero");
  float_divmod(num_f(a), y, &q, &m);
  return yfloat(q);
}

YValue yrt_mod(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (!ka || !kb) {
    if (is_str(a)) return yrt_str_percent(a, b);
    return binop_error("%", a, b);
  }
  if (ka == 1 && kb == 1) {
    int64_t x = a.u.i, y = b.u.i;
    if (y == 0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "integer modulo by zero");
    if (y == -1) return yint(0);
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return yint(r);
  }
  double y = num_f(b), q, m;
  if (y == 0.0) return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "float modulo");
  float_divmod(num_f(a), y, &q, &m);
  return yfloat(m);
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* float ** float with CPython's special cases (floatobject.c float_pow). */
static YValue float_pow(double iv, double iw) {
  if (iw == 0.0) return yfloat(1.0);
  if (isnan(iv)) return yfloat(iv);
  if (isnan(iw)) return yfloat(iv == 1.0 ? 1.0 : iw);
  if (isinf(iw)) {
    iv = fabs(iv);
    if (iv == 1.0) return yfloat(1.0);
    return yfloat((iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
  }
  if (isinf(iv)) {
    int odd = is_odd_integer(iw);
    if (iw > 0.0) return yfloat(odd ? iv : fabs(iv));
    return yfloat(odd ? copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0)
      return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return yfloat(is_odd_integer(iw) ? iv : 0.0);
  }
  int negate = 0;
  if (iv < 0.0) {
    if (iw != floor(iw))
      /* CPython returns a complex number; yieldc has none. */
      return yrt_raise_msg(&yrt_exc_ValueError, "math domain error");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return yfloat(negate ? -1.0 : 1.0);
  double r = pow(iv, iw);
  if (isinf(r)) return yrt_raise_msg(&yrt_exc_OverflowError, "(34, 'Numerical result out of range')");
  return yfloat(negate ? -r : r);
}

YValue yrt_pow(YValue a, YValue b) {
  int ka = num_kind(a), kb = num_kind(b);
  if (!ka || !kb) return binop_error("** or pow()", a, b);
  if (ka == 1 && kb == 1) {
    int64_t base = a.u.i, e = b.u.i, r = 1;
    if (e < 0) {
      if (base == 0)
        return yrt_raise_msg(&yrt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return float_pow((double)base, (double)e);
    }
    while (e) {
      if ((e & 1) && __builtin_mul_overflow(r, base, &r)) return yrt_overflow();
      e >>= 1;
      if (e && __builtin_mul_overflow(base, base, &base)) return yrt_overflow();
    }
    return yint(r);
  }
  return float_pow(num_f(a), num_f(b));
}

static YValue unary_error(const char *op, YValue a) {
  return yrt_raise_msg(&yrt_exc_TypeError, "bad operand type for unary %s: '%s'", op, tname(a));
}

YValue yrt_neg(YValue a) {
  switch (num_kind(a)) {
  case 1:
    if (a.u.i == INT64_MIN) return yrt_overflow();
    return yint(-a.u.i);
  case 2: return yfloat(-a.u.f);
  default: return unary_error("-", a);
  }
}

YValue yrt_pos(YValue a) {
  switch (num_kind(a)) {
  case 1: return yint(a.u.i);
  case 2: return a;
  default: return unary_error("+", a);
  }
}

YValue yrt_invert(YValue a) {
  if (num_kind(a) == 1) return yint(~a.u.i);
  return unary_error("~", a);
}

/* ===================================================================== */
/* Comparison, identity, hashing, truth                                   */
/* ===================================================================== */

static const char *const cmp_ops[] = {"<", "<=", "==", "!=", ">", ">="};

/* The result of op given a three-way comparison c (-1, 0, 1). */
static int cmp_result(int c, YCmp op) {
  switch (op) {
  case YC_LT: return c < 0;
  case YC_LE: return c <= 0;
  case YC_EQ: return c == 0;
  case YC_NE: return c != 0;
  case YC_GT: return c > 0;
  case YC_GE: return c >= 0;
  }
  return 0;
}

/* Compare an int with a float exactly: -1, 0, 1, or 2 when f is NaN. */
static int cmp_int_float(int64_t i, double f) {
  if (isnan(f)) return 2;
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  double fl = floor(f);
  int64_t fi = (int64_t)fl;
  if (i != fi) return i < fi ? -1 : 1;
  return f > fl ? -1 : 0;
}

static int cmp_numbers(YValue a, YValue b, YCmp op) {
  int ka = num_kind(a), kb = num_kind(b);
  int c;
  if (ka == 1 && kb == 1) {
    c = a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
  } else if (ka == 2 && kb == 2) {
    double x = a.u.f, y = b.u.f;
    if (isnan(x) || isnan(y)) return op == YC_NE;
    c = x < y ? -1 : x > y;
  } else if (ka == 1) {
    c = cmp_int_float(a.u.i, b.u.f);
    if (c == 2) return op == YC_NE;
  } else {
    c = cmp_int_float(b.u.i, a.u.f);
    if (c == 2) return op == YC_NE;
    c = -c;
  }
  return cmp_result(c, op);
}

static int cmp_str(const YStr *a, const YStr *b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len;
}

/* Lexicographic comparison of two item arrays (list vs list, tuple vs tuple). */
static int cmp_items(const YValue *x, int64_t nx, const YValue *y, int64_t ny, YCmp op) {
  int64_t i;
  for (i = 0; i < nx && i < ny; i++) {
    if (yrt_is(x[i], y[i])) continue;
    int r = yrt_eq(x[i], y[i]);
    if (r < 0) return -1;
    if (!r) break;
  }
  if (i >= nx || i >= ny) return cmp_result(nx < ny ? -1 : nx > ny, op);
  if (op == YC_EQ) return 0;
  if (op == YC_NE) return 1;
  if (yrt_enter_call() < 0) return -1;
  int r = yrt_compare(x[i], y[i], op);
  yrt_leave_call();
  return r;
}

static int dict_equal(const YDict *a, const YDict *b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->n; i++) {
    const DictEntry *e = &a->entries[i];
    if (e->key.tag == YT_UNBOUND) continue;
    int64_t slot, ix;
    int r = dict_find(b, e->key, e->hash, &slot, &ix);
    if (r <= 0) return r;
    if (yrt_is(e->value, b->entries[ix].value)) continue;
    if (yrt_enter_call() < 0) return -1;
    r = yrt_eq(e->value, b->entries[ix].value);
    yrt_leave_call();
    if (r <= 0) return r;
  }
  return 1;
}

static int range_equal(const YRange *a, const YRange *b) {
  if (a->len != b->len) return 0;
  if (a->len == 0) return 1;
  if (a->start != b->start) return 0;
  return a->len == 1 || a->step == b->step;
}

int yrt_compare(YValue a, YValue b, YCmp op) {
  if (num_kind(a) && num_kind(b)) return cmp_numbers(a, b, op);
  if (is_str(a) && is_str(b)) {
    if (op == YC_EQ || op == YC_NE) {
      const YStr *x = STR(a), *y = STR(b);
      int eq = x == y || (x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0);
      return op == YC_EQ ? eq : !eq;
    }
    return cmp_result(cmp_str(STR(a), STR(b)), op);
  }
  if ((is_list(a) && is_list(b)) || (is_tuple(a) && is_tuple(b))) {
    int64_t nx, ny;
    const YValue *x = seq_items(a, &nx), *y = seq_items(b, &ny);
    if ((op == YC_EQ || op == YC_NE) && nx != ny) return op == YC_NE;
    if (yrt_enter_call() < 0) return -1;
    int r = cmp_items(x, nx, y, ny, op);
    yrt_leave_call();
    return r;
  }
  if (op == YC_EQ || op == YC_NE) {
    int eq;
    if (is_dict(a) && is_dict(b)) {
      if (yrt_enter_call() < 0) return -1;
      eq = dict_equal(DICT(a), DICT(b));
      yrt_leave_call();
      if (eq < 0) return -1;
    } else if (is_range(a) && is_range(b)) {
      eq = range_equal(RANGE(a), RANGE(b));
    } else if (a.tag == YT_OBJ && b.tag == YT_OBJ && a.u.o->type == &dict_keys_type.type &&
               b.u.o->type == &dict_keys_type.type) {
      YDict *x = DICT(ITER(a)->src), *y = DICT(ITER(b)->src);
      eq = x->used == y->used;
      for (int64_t i = 0; eq && i < x->n; i++) {
        if (x->entries[i].key.tag == YT_UNBOUND) continue;
        int64_t slot, ix;
        eq = dict_find(y, x->entries[i].key, x->entries[i].hash, &slot, &ix);
        if (eq < 0) return -1;
      }
    } else {
      eq = yrt_is(a, b);
    }
    return op == YC_EQ ? eq : !eq;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                cmp_ops[op], tname(a), tname(b));
  return -1;
}

int yrt_eq(YValue a, YValue b) {
  if (a.tag == YT_INT && b.tag == YT_INT) return a.u.i == b.u.i;
  return yrt_compare(a, b, YC_EQ);
}

int yrt_is(YValue a, YValue b) {
  if (a.tag != b.tag) return 0;
  switch (a.tag) {
  case YT_OBJ: return a.u.o == b.u.o;
  case YT_FLOAT: return memcmp(&a.u.f, &b.u.f, sizeof(double)) == 0;
  case YT_BOOL:
  case YT_INT: return a.u.i == b.u.i;
  default: return 1;
  }
}

/* CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1. */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

static int64_t hash_int(int64_t i) {
  uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
  int64_t h = (int64_t)(m % HASH_MODULUS);
  if (i < 0) h = -h;
  return h == -1 ? -2 : h;
}

static int64_t hash_float(double v) {
  if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

static int64_t hash_pointer(const void *p) {
  uintptr_t y = (uintptr_t)p;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  int64_t h = (int64_t)y;
  return h == -1 ? -2 : h;
}

/* CPython 3.11's tuple hash (xxHash based); -1 on error. */
static int64_t hash_items(const YValue *items, int64_t n) {
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                 p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (int64_t i = 0; i < n; i++) {
    int64_t lane = yrt_hash(items[i]);
    if (lane == -1) return -1;
    acc += (uint64_t)lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += (uint64_t)n ^ (p5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

int64_t yrt_hash(YValue v) {
  switch (v.tag) {
  case YT_BOOL:
  case YT_INT: return hash_int(v.u.i);
  case YT_FLOAT: return hash_float(v.u.f);
  case YT_NONE: return 0x5f3759df;
  case YT_OBJ: break;
  default: return 0;
  }
  YObj *o = v.u.o;
  switch (o->type->kind) {
  case YK_STR: {
    YStr *s = (YStr *)o;
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (int64_t i = 0; i < s->len; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211ULL;
    int64_t r = (int64_t)(h >> 1);
    s->hash = r;
    return r;
  }
  case YK_TUPLE: {
    if (yrt_enter_call() < 0) return -1;
    int64_t h = hash_items(((YTuple *)o)->items, ((YTuple *)o)->len);
    yrt_leave_call();
    return h;
  }
  case YK_RANGE: {
    YRange *r = (YRange *)o;
    YValue t[3] = {yint((int64_t)r->len), YNONE, YNONE};
    if (r->len > 0) t[1] = yint(r->start);
    if (r->len > 1) t[2] = yint(r->step);
    return hash_items(t, 3);
  }
  case YK_LIST:
  case YK_DICT:
    break;
  default:
    if (o->type == &dict_keys_type.type || o->type == &dict_items_type.type) break;
    return hash_pointer(o);
  }
  yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: '%s'", o->type->name);
  return -1;
}

int64_t yrt_len(YValue v) {
  switch (kind_of(v)) {
  case YK_STR: return STR(v)->nchars;
  case YK_LIST: return LIST(v)->len;
  case YK_TUPLE: return TUPLE(v)->len;
  case YK_DICT: return DICT(v)->used;
  case YK_RANGE:
    if (RANGE(v)->len > (uint64_t)INT64_MAX) {
      yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    return (int64_t)RANGE(v)->len;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (has_ex(v.u.o) && ex_of(v.u.o->type)->len) return ex_of(v.u.o->type)->len(v.u.o);
    break;
  default: break;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "object of type '%s' has no len()", tname(v));
  return -1;
}

int yrt_truth(YValue v) {
  switch (v.tag) {
  case YT_NONE: return 0;
  case YT_BOOL:
  case YT_INT: return v.u.i != 0;
  case YT_FLOAT: return v.u.f != 0.0;
  case YT_OBJ: break;
  default: return 0;
  }
  switch (v.u.o->type->kind) {
  case YK_STR: return STR(v)->len != 0;
  case YK_LIST: return LIST(v)->len != 0;
  case YK_TUPLE: return TUPLE(v)->len != 0;
  case YK_DICT: return DICT(v)->used != 0;
  case YK_RANGE: return RANGE(v)->len != 0;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (has_ex(v.u.o) && ex_of(v.u.o->type)->len) {
      int64_t n = ex_of(v.u.o->type)->len(v.u.o);
      return n < 0 ? -1 : n != 0;
    }
    return 1;
  default: return 1;
  }
}

/* `x in it` by iteration (consumes generators, as CPython does). */
static int contains_iter(YValue container, YValue x) {
  YValue it = yrt_iter(container);
  if (YIS_ERR(it)) {
    /* Only "not iterable" becomes CPython's `in` message. */
    YValue exc = yrt_fetch_exc();
    yrt_decref(exc);
    yrt_raise_msg(&yrt_exc_TypeError, "argument of type '%s' is not iterable", tname(container));
    return -1;
  }
  YValue v;
  int r, found = 0;
  while ((r = yrt_next(it, &v)) == 1) {
    found = yrt_is(v, x) ? 1 : yrt_eq(v, x);
    yrt_decref(v);
    if (found) break;
  }
  if (r == 0) yrt_decref(v);
  yrt_decref(it);
  if (r < 0 || found < 0) return -1;
  return found;
}

int yrt_contains(YValue c, YValue x) {
  switch (kind_of(c)) {
  case YK_STR: {
    if (!is_str(x)) {
      yrt_raise_msg(&yrt_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                    tname(x));
      return -1;
    }
    return find_bytes(STR(c)->data, STR(c)->len, STR(x)->data, STR(x)->len, 0) >= 0;
  }
  case YK_LIST:
  case YK_TUPLE: {
    for (int64_t i = 0;; i++) {
      int64_t n;
      YValue *items = seq_items(c, &n);
      if (i >= n) return 0;
      if (yrt_is(items[i], x)) return 1;
      int r = yrt_eq(items[i], x);
      if (r) return r;
    }
  }
  case YK_DICT: {
    int err;
    DictEntry *e = dict_lookup(DICT(c), x, &err);
    return err ? -1 : e != NULL;
  }
  case YK_RANGE: {
    const YRange *r = RANGE(c);
    int64_t i;
    if (is_intlike(x)) {
      i = x.u.i;
    } else if (x.tag == YT_FLOAT) {
      double f = x.u.f;
      if (!(f == floor(f)) || f < -9223372036854775808.0 || f >= 9223372036854775808.0) return 0;
      i = (int64_t)f;
    } else {
      return contains_iter(c, x);
    }
    if (r->len == 0) return 0;
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
    uint64_t d = r->step > 0 ? (uint64_t)i - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)i;
    uint64_t s = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return d % s == 0;
  }
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (has_ex(c.u.o) && ex_of(c.u.o->type)->contains)
      return ex_of(c.u.o->type)->contains(c.u.o, x);
    return contains_iter(c, x);
  case YK_GEN:
    return contains_iter(c, x);
  default:
    yrt_raise_msg(&yrt_exc_TypeError, "argument of type '%s' is not iterable", tname(c));
    return -1;
  }
}

/* ===================================================================== */
/* Subscripts and slices                                                  */
/* ===================================================================== */

static YValue key_error(YValue key) {
  YValue e = yrt_exc_new(&yrt_exc_KeyError, 1, &key);
  if (YIS_ERR(e)) return e;
  yrt_raise(e);
  yrt_decref(e);
  return YERROR;
}

/* Normalise index *i of a sequence of n items: 0, or -1 if out of range. */
static int norm_index(int64_t *i, int64_t n) {
  if (*i < 0) *i += n;
  return *i >= 0 && *i < n ? 0 : -1;
}

static YValue not_subscriptable(YValue obj) {
  if (kind_of(obj) == YK_TYPE)
    return yrt_raise_msg(&yrt_exc_TypeError, "type '%s' is not subscriptable",
                         ((const YType *)obj.u.o)->name);
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not subscriptable", tname(obj));
}

YValue yrt_getitem(YValue obj, YValue key) {
  int64_t i;
  switch (kind_of(obj)) {
  case YK_LIST:
  case YK_TUPLE: {
    int64_t n;
    YValue *items = seq_items(obj, &n);
    if (!is_intlike(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "%s indices must be integers or slices, not %s",
                           tname(obj), tname(key));
    i = key.u.i;
    if (norm_index(&i, n) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "%s index out of range", tname(obj));
    return yrt_incref(items[i]);
  }
  case YK_STR: {
    const YStr *s = STR(obj);
    if (!is_intlike(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "string indices must be integers, not '%s'",
                           tname(key));
    i = key.u.i;
    if (norm_index(&i, s->nchars) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "string index out of range");
    if (s->nchars == s->len) return yobj(ascii_char((unsigned char)s->data[i]));
    int64_t b = str_offset(s, i);
    int n;
    utf8_decode(s->data + b, &n);
    return str_make(s->data + b, n, 1);
  }
  case YK_DICT: {
    YValue v = yrt_dict_get(obj, key);
    if (YIS_ERR(v)) return v;
    if (YIS_UNBOUND(v)) return key_error(key);
    return yrt_incref(v);
  }
  case YK_RANGE: {
    const YRange *r = RANGE(obj);
    if (!is_intlike(key))
      return yrt_raise_msg(&yrt_exc_TypeError, "range indices must be integers or slices, not %s",
                           tname(key));
    i = key.u.i;
    if (r->len > (uint64_t)INT64_MAX || norm_index(&i, (int64_t)r->len) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "range object index out of range");
    return yint(range_at(r, (uint64_t)i));
  }
  default:
    return not_subscriptable(obj);
  }
}

int yrt_setitem(YValue obj, YValue key, YValue v) {
  switch (kind_of(obj)) {
  case YK_LIST: {
    YList *l = LIST(obj);
    if (!is_intlike(key)) {
      yrt_raise_msg(&yrt_exc_TypeError, "list indices must be integers or slices, not %s",
                    tname(key));
      return -1;
    }
    int64_t i = key.u.i;
    if (norm_index(&i, l->len) < 0) {
      yrt_raise_msg(&yrt_exc_IndexError, "list assignment index out of range");
      return -1;
    }
    yrt_store(&l->items[i], yrt_incref(v));
    return 0;
  }
  case YK_DICT:
    return yrt_dict_set(obj, key, v);
  default:
    if (kind_of(obj) == YK_TYPE)
      yrt_raise_msg(&yrt_exc_TypeError, "'type' object does not support item assignment");
    else
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' object does not support item assignment",
                    tname(obj));
    return -1;
  }
}

int yrt_delitem(YValue obj, YValue key) {
  switch (kind_of(obj)) {
  case YK_LIST: {
    YList *l = LIST(obj);
    if (!is_intlike(key)) {
      yrt_raise_msg(&yrt_exc_TypeError, "list indices must be integers or slices, not %s",
                    tname(key));
      return -1;
    }
    int64_t i = key.u.i;
    if (norm_index(&i, l->len) < 0) {
      yrt_raise_msg(&yrt_exc_IndexError, "list assignment index out of range");
      return -1;
    }
    YValue old = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    yrt_decref(old);
    return 0;
  }
  case YK_DICT: {
    int r = dict_pop(DICT(obj), key, NULL);
    if (r == 0) key_error(key);
    return r == 1 ? 0 : -1;
  }
  case YK_STR:
  case YK_TUPLE:
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object doesn't support item deletion", tname(obj));
    return -1;
  default:
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object does not support item deletion", tname(obj));
    return -1;
  }
}

/* A slice bound: None or an int. */
static int slice_bound(YValue v, int64_t *out, int64_t dflt) {
  if (YIS_NONE(v) || YIS_UNBOUND(v)) {
    *out = dflt;
    return 0;
  }
  if (is_intlike(v)) {
    *out = v.u.i;
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
  return -1;
}

/* PySlice_Unpack + PySlice_AdjustIndices: the start, stop, step and count
 * of a slice of a sequence of length len. */
static int slice_adjust(YValue vstart, YValue vstop, YValue vstep, int64_t len, int64_t *start,
                        int64_t *stopp, int64_t *step, int64_t *count) {
  int64_t stop;
  if (slice_bound(vstep, step, 1) < 0) return -1;
  if (*step == 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "slice step cannot be zero");
    return -1;
  }
  if (*step < -INT64_MAX) *step = -INT64_MAX;
  if (slice_bound(vstart, start, *step < 0 ? INT64_MAX : 0) < 0) return -1;
  if (slice_bound(vstop, &stop, *step < 0 ? INT64_MIN : INT64_MAX) < 0) return -1;
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = *step < 0 ? -1 : 0;
  } else if (*start >= len) {
    *start = *step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = *step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = *step < 0 ? len - 1 : len;
  }
  *count = 0;
  if (*step < 0) {
    if (stop < *start) *count = (*start - stop - 1) / (-*step) + 1;
  } else if (*start < stop) {
    *count = (stop - *start - 1) / *step + 1;
  }
  *stopp = stop;
  return 0;
}

static int slice_indices(YValue vstart, YValue vstop, YValue vstep, int64_t len, int64_t *start,
                         int64_t *step, int64_t *count) {
  int64_t stop;
  return slice_adjust(vstart, vstop, vstep, len, start, &stop, step, count);
}

YValue yrt_getslice(YValue obj, YValue vstart, YValue vstop, YValue vstep) {
  int64_t start, step, n, len;
  switch (kind_of(obj)) {
  case YK_LIST:
  case YK_TUPLE: {
    YValue *items = seq_items(obj, &len);
    if (slice_indices(vstart, vstop, vstep, len, &start, &step, &n) < 0) return YERROR;
    if (is_tuple(obj)) {
      if (n == len && step == 1) return yrt_incref(obj);
      if (n == 0) return yobj(&empty_tuple);
      YTuple *t = tuple_alloc(n);
      for (int64_t i = 0; i < n; i++) t->items[i] = yrt_incref(items[start + i * step]);
      return yobj(t);
    }
    YList *l = list_alloc(n);
    for (int64_t i = 0; i < n; i++) l->items[i] = yrt_incref(items[start + i * step]);
    l->len = n;
    return yobj(l);
  }
  case YK_STR: {
    const YStr *s = STR(obj);
    if (slice_indices(vstart, vstop, vstep, s->nchars, &start, &step, &n) < 0) return YERROR;
    if (step == 1) return str_sub(s, start, start + n);
    if (n == 0) return yobj(&empty_str);
    if (s->nchars == s->len) {
      if (n == 1) return yobj(ascii_char((unsigned char)s->data[start]));
      YStr *r = str_alloc(n, n);
      for (int64_t i = 0; i < n; i++) str_buf(r)[i] = s->data[start + i * step];
      return yobj(r);
    }
    /* Non-ASCII: the byte offset of every code point, then pick. */
    int64_t *off = yrt_malloc((size_t)(s->nchars + 1) * sizeof(int64_t));
    for (int64_t c = 0, b = 0; c <= s->nchars; c++) {
      off[c] = b;
      if (b < s->len) {
        b++;
        while (b < s->len && ((unsigned char)s->data[b] & 0xC0) == 0x80) b++;
      }
    }
    YBuf b = {0};
    for (int64_t i = 0; i < n; i++) {
      int64_t c = start + i * step;
      yrt_buf_putn(&b, s->data + off[c], (size_t)(off[c + 1] - off[c]));
    }
    free(off);
    return yrt_buf_finish(&b);
  }
  case YK_RANGE: {
    const YRange *r = RANGE(obj);
    if (r->len > (uint64_t)INT64_MAX)
      return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    int64_t stop;
    if (slice_adjust(vstart, vstop, vstep, (int64_t)r->len, &start, &stop, &step, &n) < 0)
      return YERROR;
    /* CPython's compute_slice: the new bounds are the old range's values at
     * the adjusted slice indices. */
    int64_t nstart, nstep, nstop, t;
    if (__builtin_mul_overflow(r->step, step, &nstep) ||
        __builtin_mul_overflow(start, r->step, &t) || __builtin_add_overflow(r->start, t, &nstart) ||
        __builtin_mul_overflow(stop, r->step, &t) || __builtin_add_overflow(r->start, t, &nstop))
      return yrt_overflow();
    return range_new(nstart, nstop, nstep);
  }
  case YK_DICT:
    return yrt_raise_msg(&yrt_exc_TypeError, "unhashable type: 'slice'");
  default:
    return not_subscriptable(obj);
  }
}

/* ===================================================================== */
/* Iteration                                                              */
/* ===================================================================== */

YValue yrt_iter(YValue v) {
  switch (kind_of(v)) {
  case YK_LIST: return yobj(iter_new(&list_iter_type.type, v));
  case YK_TUPLE: return yobj(iter_new(&tuple_iter_type.type, v));
  case YK_STR:
    return yobj(iter_new(STR(v)->nchars == STR(v)->len ? &str_ascii_iter_type.type
                                                       : &str_iter_type.type,
                         v));
  case YK_DICT: return dict_iter_new(&dict_keyiter_type, v, 0);
  case YK_RANGE: return range_iter_new(RANGE(v), 0);
  case YK_GEN:
    if (v.u.o->type == &yrt_type_generator) return yrt_incref(v);
    break;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (has_ex(v.u.o)) {
      const YTypeEx *ex = ex_of(v.u.o->type);
      if (ex->iter) return ex->iter(v.u.o);
      if (ex->next) return yrt_incref(v);
    }
    break;
  default: break;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not iterable", tname(v));
}

int yrt_next(YValue it, YValue *out) {
  if (it.tag == YT_OBJ) {
    YObj *o = it.u.o;
    if (o->type->kind == YK_GEN) return yrt_gen_next((YGen *)o, out);
    if (has_ex(o) && ex_of(o->type)->next) return ex_of(o->type)->next(o, out);
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", tname(it));
  return -1;
}

/* Would yrt_iter accept v? */
static int is_iterable(YValue v) {
  switch (kind_of(v)) {
  case YK_LIST:
  case YK_TUPLE:
  case YK_STR:
  case YK_DICT:
  case YK_RANGE: return 1;
  case YK_GEN: return v.u.o->type == &yrt_type_generator;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    return has_ex(v.u.o) && (ex_of(v.u.o->type)->iter || ex_of(v.u.o->type)->next);
  default: return 0;
  }
}

int yrt_unpack(YValue v, int n, YValue *out) {
  int64_t len;
  YValue *items = seq_items(v, &len);
  if (items) {
    if (len == n) {
      for (int i = 0; i < n; i++) out[i] = yrt_incref(items[i]);
      return 0;
    }
    if (len < n)
      yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected %d, got %lld)", n,
                    (long long)len);
    else
      yrt_raise_msg(&yrt_exc_ValueError, "too many values to unpack (expected %d)", n);
    return -1;
  }
  if (!is_iterable(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "cannot unpack non-iterable %s object", tname(v));
    return -1;
  }
  YValue it = yrt_iter(v);
  if (YIS_ERR(it)) return -1;
  int i, r = 1;
  YValue extra;
  for (i = 0; i < n; i++) {
    r = yrt_next(it, &out[i]);
    if (r <= 0) break;
  }
  if (i == n) {
    r = yrt_next(it, &extra);
    if (r == 0) {
      yrt_decref(extra);
      yrt_decref(it);
      return 0;
    }
    if (r == 1) {
      yrt_decref(extra);
      yrt_raise_msg(&yrt_exc_ValueError, "too many values to unpack (expected %d)", n);
    }
  } else if (r == 0) {
    yrt_decref(out[i]);
    yrt_raise_msg(&yrt_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
  }
  yrt_decref(it);
  while (i-- > 0) yrt_clear(&out[i]);
  return -1;
}

/* Collect an iterable into a new list (owned). */
static YValue list_from_iterable(YValue iterable) {
  int64_t n;
  YValue *items = seq_items(iterable, &n);
  if (items) return yrt_list_new(n, items);
  YValue it = yrt_iter(iterable);
  if (YIS_ERR(it)) return it;
  YList *l = list_alloc(0);
  if (kind_of(iterable) == YK_DICT || kind_of(iterable) == YK_RANGE) {
    int64_t len = yrt_len(iterable);
    if (len > 0) list_reserve(l, len);
  }
  YValue x;
  int r;
  while ((r = yrt_next(it, &x)) == 1) list_push(l, x);
  yrt_decref(it);
  if (r < 0) {
    yrt_decref(yobj(l));
    return YERROR;
  }
  yrt_decref(x);
  return yobj(l);
}

/* ===================================================================== */
/* Calls                                                                  */
/* ===================================================================== */

#define RECURSION_LIMIT 1000

int yrt_enter_call(void) {
  if (YRT_UNLIKELY(++yrt_ts.depth > RECURSION_LIMIT)) {
    yrt_ts.depth--;
    yrt_raise_msg(&yrt_exc_RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

YValue yrt_arity_error(const YFuncCode *code, int argc) {
  int np = code->nparams;
  if (argc > np)
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %d positional argument%s but %d %s given",
                         code->qualname, np, np == 1 ? "" : "s", argc, argc == 1 ? "was" : "were");
  int missing = np - argc;
  YBuf b = {0};
  for (int i = argc; i < np; i++) {
    if (i > argc) {
      if (missing > 2) yrt_buf_putc(&b, ',');
      if (i == np - 1) yrt_buf_puts(&b, " and");
      yrt_buf_putc(&b, ' ');
    }
    yrt_buf_printf(&b, "'%s'", code->params ? code->params[i] : "?");
  }
  yrt_buf_putc(&b, '\0');
  yrt_raise_msg(&yrt_exc_TypeError, "%s() missing %d required positional argument%s: %s",
                code->qualname, missing, missing == 1 ? "" : "s", b.data);
  yrt_buf_free(&b);
  return YERROR;
}

YValue yrt_call(YValue c, int argc, const YValue *argv) {
  if (c.tag == YT_OBJ) {
    YObj *o = c.u.o;
    switch (o->type->kind) {
    case YK_FUNC: {
      YFunc *f = (YFunc *)o;
      if (argc != f->code->nparams) return yrt_arity_error(f->code, argc);
      return f->code->call(f, argv);
    }
    case YK_TYPE: {
      const YType *t = (const YType *)o;
      if (t->call) return t->call(t, argc, argv);
      return yrt_raise_msg(&yrt_exc_TypeError, "cannot create '%s' instances", t->name);
    }
    case YK_BUILTIN:
      return ((YBuiltin *)o)->fn(argc, argv);
    case YK_METHOD: {
      YMethod *m = (YMethod *)o;
      return yrt_callmethod(m->self, m->name, argc, argv);
    }
    default: break;
    }
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not callable", tname(c));
}

/* ===================================================================== */
/* Attributes and methods                                                 */
/* ===================================================================== */

const char *const yrt_name_str[YN__COUNT] = {
#define YRT_NAME(n) #n,
#include "yrt_names.h"
#undef YRT_NAME
};

/* CPython's argument-count messages come in four styles. */
/* METH_O: "list.append() takes exactly one argument (0 given)" */
static int args_one(const char *qual, int argc) {
  if (argc == 1) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes exactly one argument (%d given)", qual, argc);
  return -1;
}
/* METH_NOARGS: "list.reverse() takes no arguments (1 given)" */
static int args_none(const char *qual, int argc) {
  if (argc == 0) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no arguments (%d given)", qual, argc);
  return -1;
}
/* Argument Clinic: "pop expected at most 1 argument, got 2" */
static int args_range(const char *name, int argc, int min, int max) {
  if (argc < min) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
    return -1;
  }
  if (argc > max) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
    return -1;
  }
  return 0;
}
/* PyArg_ParseTuple: "split() takes at most 2 arguments (3 given)" */
static int args_tuple(const char *name, int argc, int min, int max) {
  if (argc >= min && argc <= max) return 0;
  int n = argc < min ? min : max;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %s %d argument%s (%d given)", name,
                min == max ? "exactly" : argc < min ? "at least" : "at most", n, n == 1 ? "" : "s",
                argc);
  return -1;
}

/* An int argument ("'str' object cannot be interpreted as an integer"). */
static int int_arg(YValue v, int64_t *out) {
  if (is_intlike(v)) {
    *out = v.u.i;
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", tname(v));
  return -1;
}

/* The optional start/end arguments of find/count/index/startswith, in
 * code points, clipped like slice indices (CPython's ADJUST_INDICES). */
static int start_end(int argc, const YValue *argv, int first, int64_t len, int64_t *start,
                     int64_t *end) {
  *start = 0;
  *end = len;
  if (argc > first && slice_bound(argv[first], start, 0) < 0) return -1;
  if (argc > first + 1 && slice_bound(argv[first + 1], end, len) < 0) return -1;
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

/* Does `obj.name` name a method of obj's builtin type? */
static int has_method(YValue obj, YName n) {
  switch (kind_of(obj)) {
  case YK_LIST:
    switch (n) {
    case YN_append: case YN_pop: case YN_extend: case YN_insert: case YN_index:
    case YN_remove: case YN_reverse: case YN_sort: case YN_count: case YN_copy:
    case YN_clear: case YN___iter__: return 1;
    default: return 0;
    }
  case YK_DICT:
    switch (n) {
    case YN_get: case YN_items: case YN_keys: case YN_values: case YN_pop:
    case YN_update: case YN_setdefault: case YN_copy: case YN_clear: case YN___iter__: return 1;
    default: return 0;
    }
  case YK_STR:
    switch (n) {
    case YN_strip: case YN_lstrip: case YN_rstrip: case YN_split: case YN_join:
    case YN_upper: case YN_lower: case YN_startswith: case YN_endswith: case YN_replace:
    case YN_splitlines: case YN_find: case YN_count: case YN_index: case YN_isdigit:
    case YN_isalpha: case YN_isspace: case YN_format: case YN___iter__: return 1;
    default: return 0;
    }
  case YK_TUPLE:
  case YK_RANGE:
    return n == YN_index || n == YN_count || n == YN___iter__;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (!has_ex(obj.u.o)) return 0;
    if (n == YN___next__) return ex_of(obj.u.o->type)->next != NULL;
    if (n == YN___iter__) return is_iterable(obj);
    return 0;
  default:
    return 0;
  }
}

YValue yrt_getattr(YValue obj, YName name) {
  if (obj.tag == YT_OBJ) {
    YObj *o = obj.u.o;
    int qual = name == YN___qualname__;
    switch (o->type->kind) {
    case YK_GEN: return yrt_gen_getattr((YGen *)o, name);
    case YK_EXC: return yrt_exc_getattr(obj, name);
    case YK_TYPE:
      if (name == YN___name__ || qual) return yrt_str_from_c(((const YType *)o)->name);
      break;
    case YK_FUNC:
      if (name == YN___name__ || qual) {
        const YFuncCode *c = ((YFunc *)o)->code;
        return yrt_str_from_c(qual ? c->qualname : c->name);
      }
      break;
    case YK_BUILTIN:
      if (name == YN___name__ || qual) return yrt_str_from_c(((YBuiltin *)o)->name);
      break;
    case YK_METHOD: {
      YMethod *m = (YMethod *)o;
      if (name == YN___name__) return yrt_str_from_c(yrt_name_str[m->name]);
      if (qual) return yrt_str_from_fmt("%s.%s", tname(m->self), yrt_name_str[m->name]);
      break;
    }
    case YK_AWAITABLE:
      /* Awaitables (YAwaitType, rt.h) have methods but no attribute slot:
       * the names their callmethod may know become bound methods. */
      if (!ex_of(o->type)->getattr && YRT_AWAIT_TYPE(o->type)->callmethod) {
        switch (name) {
        case YN_send: case YN_throw: case YN_close: case YN_result: case YN_done:
        case YN_cancel: case YN_cancelled: case YN_exception: case YN___await__:
        case YN___next__: case YN___iter__:
          return yrt_method_new(obj, name);
        default: break;
        }
      }
      /* fall through */
    case YK_ITER:
    case YK_OTHER:
      if (has_ex(o) && ex_of(o->type)->getattr && !has_method(obj, name))
        return ex_of(o->type)->getattr(o, name);
      break;
    default: break;
    }
  }
  if (has_method(obj, name)) return yrt_method_new(obj, name);
  return yrt_no_attr(obj, yrt_name_str[name]);
}

/* ---- list methods ------------------------------------------------------ */

/* The first index in [start, stop) whose item equals x, -1 if none, -2 on error. */
static int64_t items_index(YValue seq, YValue x, int64_t start, int64_t stop) {
  for (int64_t i = start;; i++) {
    int64_t n;
    YValue *items = seq_items(seq, &n);
    if (i >= n || i >= stop) return -1;
    if (yrt_is(items[i], x)) return i;
    int r = yrt_eq(items[i], x);
    if (r < 0) return -2;
    if (r) return i;
  }
}

static int64_t items_count(YValue seq, YValue x, int *err) {
  int64_t c = 0;
  *err = 0;
  for (int64_t i = 0;; i++) {
    int64_t n;
    YValue *items = seq_items(seq, &n);
    if (i >= n) return c;
    int r = yrt_is(items[i], x) ? 1 : yrt_eq(items[i], x);
    if (r < 0) {
      *err = 1;
      return -1;
    }
    c += r;
  }
}

/* index(x[, start[, stop]]) for lists and tuples. */
static YValue seq_index(YValue seq, int argc, const YValue *argv) {
  if (args_range("index", argc, 1, 3) < 0) return YERROR;
  int64_t n, start = 0, stop = INT64_MAX;
  seq_items(seq, &n);
  if (argc > 1 && slice_bound(argv[1], &start, 0) < 0) return YERROR;
  if (argc > 2 && slice_bound(argv[2], &stop, INT64_MAX) < 0) return YERROR;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  int64_t i = items_index(seq, argv[0], start, stop);
  if (i == -2) return YERROR;
  if (i >= 0) return yint(i);
  if (is_tuple(seq)) return yrt_raise_msg(&yrt_exc_ValueError, "tuple.index(x): x not in tuple");
  YValue r = yrt_repr(argv[0]);
  if (YIS_ERR(r)) return r;
  yrt_raise_msg(&yrt_exc_ValueError, "%s is not in list", STR(r)->data);
  yrt_decref(r);
  return YERROR;
}

static YValue list_extend(YList *l, YValue iterable) {
  YValue tmp = list_from_iterable(iterable);
  if (YIS_ERR(tmp)) return tmp;
  YList *t = LIST(tmp);
  list_reserve(l, l->len + t->len);
  for (int64_t i = 0; i < t->len; i++) l->items[l->len++] = t->items[i];
  t->len = 0;
  yrt_decref(tmp);
  return YNONE;
}

static YValue list_method(YValue self, YName name, int argc, const YValue *argv) {
  YList *l = LIST(self);
  int64_t i;
  switch (name) {
  case YN_append:
    if (args_one("list.append", argc) < 0) return YERROR;
    list_push(l, yrt_incref(argv[0]));
    return YNONE;
  case YN_pop: {
    if (args_range("pop", argc, 0, 1) < 0) return YERROR;
    i = -1;
    if (argc == 1 && int_arg(argv[0], &i) < 0) return YERROR;
    if (l->len == 0) return yrt_raise_msg(&yrt_exc_IndexError, "pop from empty list");
    if (norm_index(&i, l->len) < 0)
      return yrt_raise_msg(&yrt_exc_IndexError, "pop index out of range");
    YValue v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    return v;
  }
  case YN_extend:
    if (args_one("list.extend", argc) < 0) return YERROR;
    return list_extend(l, argv[0]);
  case YN_insert: {
    if (args_range("insert", argc, 2, 2) < 0 || int_arg(argv[0], &i) < 0) return YERROR;
    if (i < 0) {
      i += l->len;
      if (i < 0) i = 0;
    } else if (i > l->len) {
      i = l->len;
    }
    list_reserve(l, l->len + 1);
    memmove(&l->items[i + 1], &l->items[i], (size_t)(l->len - i) * sizeof(YValue));
    l->items[i] = yrt_incref(argv[1]);
    l->len++;
    return YNONE;
  }
  case YN_index:
    return seq_index(self, argc, argv);
  case YN_remove: {
    if (args_one("list.remove", argc) < 0) return YERROR;
    i = items_index(self, argv[0], 0, INT64_MAX);
    if (i == -2) return YERROR;
    if (i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "list.remove(x): x not in list");
    YValue v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(YValue));
    l->len--;
    yrt_decref(v);
    return YNONE;
  }
  case YN_reverse:
    if (args_none("list.reverse", argc) < 0) return YERROR;
    for (int64_t a = 0, b = l->len - 1; a < b; a++, b--) {
      YValue t = l->items[a];
      l->items[a] = l->items[b];
      l->items[b] = t;
    }
    return YNONE;
  case YN_sort:
    if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "sort() takes no positional arguments");
    return yrt_list_sort(self, YUNBOUND, 0) < 0 ? YERROR : YNONE;
  case YN_count: {
    if (args_one("list.count", argc) < 0) return YERROR;
    int err;
    int64_t c = items_count(self, argv[0], &err);
    return err ? YERROR : yint(c);
  }
  case YN_copy:
    if (args_none("list.copy", argc) < 0) return YERROR;
    return yrt_list_new(l->len, l->items);
  case YN_clear:
    if (args_none("list.clear", argc) < 0) return YERROR;
    list_clear(l);
    return YNONE;
  case YN___iter__:
    if (args_none("list.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default:
    return yrt_no_attr(self, yrt_name_str[name]);
  }
}

static YValue tuple_method(YValue self, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN_index: return seq_index(self, argc, argv);
  case YN_count: {
    if (args_one("tuple.count", argc) < 0) return YERROR;
    int err;
    int64_t c = items_count(self, argv[0], &err);
    return err ? YERROR : yint(c);
  }
  case YN___iter__:
    if (args_none("tuple.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

static YValue range_method(YValue self, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN_index:
  case YN_count: {
    if (args_one(name == YN_index ? "range.index" : "range.count", argc) < 0) return YERROR;
    int r = yrt_contains(self, argv[0]);
    if (r < 0) return YERROR;
    if (name == YN_count) return yint(r);
    if (!r) {
      YValue rep = yrt_repr(argv[0]);
      if (YIS_ERR(rep)) return rep;
      yrt_raise_msg(&yrt_exc_ValueError, "%s is not in range", STR(rep)->data);
      yrt_decref(rep);
      return YERROR;
    }
    const YRange *rg = RANGE(self);
    int64_t x = argv[0].tag == YT_FLOAT ? (int64_t)argv[0].u.f : argv[0].u.i;
    uint64_t d = (uint64_t)x - (uint64_t)rg->start;
    return yint((int64_t)(rg->step > 0 ? d / (uint64_t)rg->step
                                       : (0 - d) / (0 - (uint64_t)rg->step)));
  }
  case YN___iter__:
    if (args_none("range.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ---- dict methods ------------------------------------------------------ */

static YValue dict_method(YValue self, YName name, int argc, const YValue *argv) {
  YDict *d = DICT(self);
  switch (name) {
  case YN_get: {
    if (args_range("get", argc, 1, 2) < 0) return YERROR;
    YValue v = yrt_dict_get(self, argv[0]);
    if (YIS_ERR(v)) return v;
    if (YIS_UNBOUND(v)) return argc == 2 ? yrt_incref(argv[1]) : YNONE;
    return yrt_incref(v);
  }
  case YN_items:
    if (args_none("dict.items", argc) < 0) return YERROR;
    return view_new(&dict_items_type, self);
  case YN_keys:
    if (args_none("dict.keys", argc) < 0) return YERROR;
    return view_new(&dict_keys_type, self);
  case YN_values:
    if (args_none("dict.values", argc) < 0) return YERROR;
    return view_new(&dict_values_type, self);
  case YN_pop: {
    if (args_range("pop", argc, 1, 2) < 0) return YERROR;
    YValue v;
    int r = dict_pop(d, argv[0], &v);
    if (r < 0) return YERROR;
    if (r) return v;
    if (argc == 2) return yrt_incref(argv[1]);
    return key_error(argv[0]);
  }
  case YN_update:
    if (args_range("update", argc, 0, 1) < 0) return YERROR;
    if (argc && dict_update(d, argv[0]) < 0) return YERROR;
    return YNONE;
  case YN_setdefault: {
    if (args_range("setdefault", argc, 1, 2) < 0) return YERROR;
    YValue v = yrt_dict_get(self, argv[0]);
    if (YIS_ERR(v)) return v;
    if (!YIS_UNBOUND(v)) return yrt_incref(v);
    YValue dflt = argc == 2 ? argv[1] : YNONE;
    if (yrt_dict_set(self, argv[0], dflt) < 0) return YERROR;
    return yrt_incref(dflt);
  }
  case YN_copy:
    if (args_none("dict.copy", argc) < 0) return YERROR;
    return dict_copy(d);
  case YN_clear:
    if (args_none("dict.clear", argc) < 0) return YERROR;
    dict_clear(d);
    return YNONE;
  case YN___iter__:
    if (args_none("dict.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default:
    return yrt_no_attr(self, yrt_name_str[name]);
  }
}

/* ---- str methods ------------------------------------------------------- */

/* Is code point c one of the code points of set (NULL: whitespace)? */
static int in_chars(uint32_t c, const YStr *set) {
  if (!set) return uni_isspace(c);
  for (int64_t i = 0; i < set->len;) {
    int n;
    if (utf8_decode(set->data + i, &n) == c) return 1;
    i += n;
  }
  return 0;
}

static YValue str_strip(const YStr *s, const char *name, int argc, const YValue *argv, int left,
                        int right) {
  if (args_range(name, argc, 0, 1) < 0) return YERROR;
  const YStr *set = NULL;
  if (argc == 1 && !YIS_NONE(argv[0])) {
    if (!is_str(argv[0]))
      return yrt_raise_msg(&yrt_exc_TypeError, "%s arg must be None or str", name);
    set = STR(argv[0]);
  }
  int64_t a = 0, b = s->len;
  int n;
  while (left && a < b && in_chars(utf8_decode(s->data + a, &n), set)) a += n;
  while (right && b > a) {
    int64_t p = utf8_prev(s->data, b);
    if (!in_chars(utf8_decode(s->data + p, &n), set)) break;
    b = p;
  }
  return str_bytes(s, a, b);
}

static YValue str_split(const YStr *s, int argc, const YValue *argv) {
  if (args_tuple("split", argc, 0, 2) < 0) return YERROR;
  const YStr *sep = NULL;
  int64_t maxsplit = -1;
  if (argc >= 1 && !YIS_NONE(argv[0])) {
    if (!is_str(argv[0]))
      return yrt_raise_msg(&yrt_exc_TypeError, "must be str or None, not %s", tname(argv[0]));
    sep = STR(argv[0]);
    if (sep->len == 0) return yrt_raise_msg(&yrt_exc_ValueError, "empty separator");
  }
  if (argc >= 2 && int_arg(argv[1], &maxsplit) < 0) return YERROR;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  YList *l = list_alloc(0);
  int64_t i = 0, n = s->len;
  if (!sep) {
    for (;;) {
      int k;
      while (i < n && uni_isspace(utf8_decode(s->data + i, &k))) i += k;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        list_push(l, str_bytes(s, i, n));
        break;
      }
      int64_t j = i;
      while (j < n && !uni_isspace(utf8_decode(s->data + j, &k))) j += k;
      list_push(l, str_bytes(s, i, j));
      i = j;
    }
  } else {
    for (; maxsplit > 0; maxsplit--) {
      int64_t j = find_bytes(s->data, n, sep->data, sep->len, i);
      if (j < 0) break;
      list_push(l, str_bytes(s, i, j));
      i = j + sep->len;
    }
    list_push(l, str_bytes(s, i, n));
  }
  return yobj(l);
}

static YValue str_join(YValue self, YValue iterable) {
  const YStr *sep = STR(self);
  YValue tmp = YUNBOUND;
  int64_t n;
  YValue *items = seq_items(iterable, &n);
  if (!items) {
    if (!is_iterable(iterable))
      return yrt_raise_msg(&yrt_exc_TypeError, "can only join an iterable");
    tmp = list_from_iterable(iterable);
    if (YIS_ERR(tmp)) return tmp;
    items = seq_items(tmp, &n);
  }
  int64_t len = 0, nchars = 0;
  YValue r;
  for (int64_t i = 0; i < n; i++) {
    if (!is_str(items[i])) {
      r = yrt_raise_msg(&yrt_exc_TypeError, "sequence item %lld: expected str instance, %s found",
                        (long long)i, tname(items[i]));
      goto done;
    }
    len += STR(items[i])->len + (i ? sep->len : 0);
    nchars += STR(items[i])->nchars + (i ? sep->nchars : 0);
  }
  if (n == 1) {
    r = yrt_incref(items[0]);
    goto done;
  }
  if (len <= 1) {
    YBuf b = {0};
    for (int64_t i = 0; i < n; i++) {
      if (i) yrt_buf_putn(&b, sep->data, (size_t)sep->len);
      yrt_buf_putn(&b, STR(items[i])->data, (size_t)STR(items[i])->len);
    }
    r = yrt_buf_finish(&b);
    goto done;
  }
  YStr *out = str_alloc(len, nchars);
  char *p = str_buf(out);
  for (int64_t i = 0; i < n; i++) {
    if (i) {
      memcpy(p, sep->data, (size_t)sep->len);
      p += sep->len;
    }
    memcpy(p, STR(items[i])->data, (size_t)STR(items[i])->len);
    p += STR(items[i])->len;
  }
  r = yobj(out);
done:
  yrt_decref(tmp);
  return r;
}

static YValue str_case(const YStr *s, int upper) {
  YBuf b = {0};
  buf_reserve(&b, (size_t)s->len);
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = utf8_decode(s->data + i, &n);
    if (upper && c == 0xDF) {
      yrt_buf_puts(&b, "SS");
    } else {
      uint32_t m = upper ? uni_toupper(c) : uni_tolower(c);
      if (m)
        buf_putcp(&b, m);
      else
        yrt_buf_putn(&b, s->data + i, (size_t)n);
    }
    i += n;
  }
  return yrt_buf_finish(&b);
}

/* Does s[start:end] start (or end) with p? */
static int tailmatch(const YStr *s, int64_t start, int64_t end, const YStr *p, int ends) {
  if (end - start < p->nchars || start > s->nchars) return 0;
  if (p->nchars == 0) return 1;
  int64_t at = str_offset(s, ends ? end - p->nchars : start);
  return at + p->len <= s->len && memcmp(s->data + at, p->data, (size_t)p->len) == 0;
}

static YValue str_startswith(const YStr *s, int argc, const YValue *argv, int ends) {
  const char *name = ends ? "endswith" : "startswith";
  if (args_tuple(name, argc, 1, 3) < 0) return YERROR;
  int64_t start, end;
  if (start_end(argc, argv, 1, s->nchars, &start, &end) < 0) return YERROR;
  if (is_str(argv[0])) return ybool(tailmatch(s, start, end, STR(argv[0]), ends));
  if (!is_tuple(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, tname(argv[0]));
  const YTuple *t = TUPLE(argv[0]);
  for (int64_t i = 0; i < t->len; i++) {
    if (!is_str(t->items[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                           tname(t->items[i]));
    if (tailmatch(s, start, end, STR(t->items[i]), ends)) return YTRUE;
  }
  return YFALSE;
}

static YValue str_replace(const YStr *s, int argc, const YValue *argv) {
  if (args_range("replace", argc, 2, 3) < 0) return YERROR;
  for (int i = 0; i < 2; i++)
    if (!is_str(argv[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                           tname(argv[i]));
  int64_t count = -1;
  if (argc == 3 && int_arg(argv[2], &count) < 0) return YERROR;
  if (count < 0) count = INT64_MAX;
  const YStr *old = STR(argv[0]), *new = STR(argv[1]);
  YBuf b = {0};
  int64_t i = 0;
  if (old->len == 0) {
    while (count > 0) {
      yrt_buf_putn(&b, new->data, (size_t)new->len);
      count--;
      if (i >= s->len) break;
      int n;
      utf8_decode(s->data + i, &n);
      yrt_buf_putn(&b, s->data + i, (size_t)n);
      i += n;
    }
  } else {
    for (; count > 0; count--) {
      int64_t j = find_bytes(s->data, s->len, old->data, old->len, i);
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
  if (args_tuple("splitlines", argc, 0, 1) < 0) return YERROR;
  int64_t keep = 0;
  if (argc == 1 && int_arg(argv[0], &keep) < 0) return YERROR;
  YList *l = list_alloc(0);
  int64_t i = 0, n = s->len;
  while (i < n) {
    int64_t j = i, eol;
    int k = 1;
    uint32_t c = 0;
    while (j < n && !uni_islinebreak(c = utf8_decode(s->data + j, &k))) j += k;
    eol = j;
    if (j < n) j += (c == '\r' && j + 1 < n && s->data[j + 1] == '\n') ? 2 : k;
    list_push(l, str_bytes(s, i, keep ? j : eol));
    i = j;
  }
  return yobj(l);
}

/* find / index / count. */
static YValue str_find(const YStr *s, YName name, int argc, const YValue *argv) {
  const char *nm = name == YN_find ? "find" : name == YN_index ? "index" : "count";
  if (args_tuple(nm, argc, 1, 3) < 0) return YERROR;
  if (!is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "must be str, not %s", tname(argv[0]));
  const YStr *sub = STR(argv[0]);
  int64_t start, end;
  if (start_end(argc, argv, 1, s->nchars, &start, &end) < 0) return YERROR;
  int64_t found = -1;
  if (start <= s->nchars && start <= end) {
    int64_t bs = str_offset(s, start), be = str_offset(s, end);
    if (name == YN_count) {
      if (sub->len == 0) return yint(end - start + 1);
      int64_t c = 0;
      for (int64_t j = bs; (j = find_bytes(s->data, be, sub->data, sub->len, j)) >= 0;
           j += sub->len)
        c++;
      return yint(c);
    }
    int64_t j = find_bytes(s->data, be, sub->data, sub->len, bs);
    if (j >= 0) found = str_charindex(s, j);
  }
  if (name == YN_count) return yint(0);
  if (found < 0 && name == YN_index)
    return yrt_raise_msg(&yrt_exc_ValueError, "substring not found");
  return yint(found);
}

static YValue str_is(const YStr *s, int (*pred)(uint32_t)) {
  if (s->len == 0) return YFALSE;
  for (int64_t i = 0; i < s->len;) {
    int n;
    if (!pred(utf8_decode(s->data + i, &n))) return YFALSE;
    i += n;
  }
  return YTRUE;
}

static YValue str_method(YValue self, YName name, int argc, const YValue *argv) {
  const YStr *s = STR(self);
  switch (name) {
  case YN_strip: return str_strip(s, "strip", argc, argv, 1, 1);
  case YN_lstrip: return str_strip(s, "lstrip", argc, argv, 1, 0);
  case YN_rstrip: return str_strip(s, "rstrip", argc, argv, 0, 1);
  case YN_split: return str_split(s, argc, argv);
  case YN_join:
    if (args_one("str.join", argc) < 0) return YERROR;
    return str_join(self, argv[0]);
  case YN_upper:
  case YN_lower:
    if (args_none(name == YN_upper ? "str.upper" : "str.lower", argc) < 0) return YERROR;
    return str_case(s, name == YN_upper);
  case YN_startswith: return str_startswith(s, argc, argv, 0);
  case YN_endswith: return str_startswith(s, argc, argv, 1);
  case YN_replace: return str_replace(s, argc, argv);
  case YN_splitlines: return str_splitlines(s, argc, argv);
  case YN_find:
  case YN_index:
  case YN_count: return str_find(s, name, argc, argv);
  case YN_isdigit:
    if (args_none("str.isdigit", argc) < 0) return YERROR;
    return str_is(s, uni_isdigit);
  case YN_isalpha:
    if (args_none("str.isalpha", argc) < 0) return YERROR;
    return str_is(s, uni_isalpha);
  case YN_isspace:
    if (args_none("str.isspace", argc) < 0) return YERROR;
    return str_is(s, uni_isspace);
  case YN_format: return yrt_str_format_method(self, argc, argv);
  case YN___iter__:
    if (args_none("str.__iter__", argc) < 0) return YERROR;
    return yrt_iter(self);
  default: return yrt_no_attr(self, yrt_name_str[name]);
  }
}

YValue yrt_callmethod(YValue obj, YName name, int argc, const YValue *argv) {
  switch (kind_of(obj)) {
  case YK_STR: return str_method(obj, name, argc, argv);
  case YK_LIST: return list_method(obj, name, argc, argv);
  case YK_DICT: return dict_method(obj, name, argc, argv);
  case YK_TUPLE: return tuple_method(obj, name, argc, argv);
  case YK_RANGE: return range_method(obj, name, argc, argv);
  case YK_GEN: return yrt_gen_callmethod((YGen *)obj.u.o, name, argc, argv);
  case YK_AWAITABLE: /* asend/athrow objects, tasks, futures (gen.c, loop.c) */
    return YRT_AWAIT_TYPE(obj.u.o->type)->callmethod(obj.u.o, name, argc, argv);
  case YK_ITER:
  case YK_OTHER:
    if (has_method(obj, name)) {
      if (args_none(name == YN___next__ ? "__next__" : "__iter__", argc) < 0) return YERROR;
      if (name == YN___iter__) return yrt_iter(obj);
      YValue v;
      int r = yrt_next(obj, &v);
      if (r == 1) return v;
      if (r == 0) {
        YValue e = yrt_stop_iteration(&yrt_exc_StopIteration, v);
        yrt_decref(v);
        if (YIS_ERR(e)) return e;
        yrt_raise(e);
        yrt_decref(e);
      }
      return YERROR;
    }
    if (kind_of(obj) == YK_AWAITABLE && YRT_AWAIT_TYPE(obj.u.o->type)->callmethod)
      return YRT_AWAIT_TYPE(obj.u.o->type)->callmethod(obj.u.o, name, argc, argv);
    break;
  default: break;
  }
  /* Anything else: look the attribute up and call it.  A bound method of
   * this very name would only come back here: the object has no such
   * method. */
  YValue f = yrt_getattr(obj, name);
  if (YIS_ERR(f)) return f;
  if (kind_of(f) == YK_METHOD && yrt_is(((YMethod *)f.u.o)->self, obj) &&
      ((YMethod *)f.u.o)->name == name) {
    yrt_decref(f);
    return yrt_no_attr(obj, yrt_name_str[name]);
  }
  YValue r = yrt_call(f, argc, argv);
  yrt_decref(f);
  return r;
}

/* ===================================================================== */
/* Sorting: a stable merge sort comparing `later < earlier`, as timsort    */
/* does, so that a TypeError names the operands in CPython's order.        */
/* ===================================================================== */

typedef struct SortItem {
  YValue key; /* the sort key (owned when a key function is used) */
  YValue value;
} SortItem;

static int sort_lt(const SortItem *later, const SortItem *earlier) {
  return yrt_compare(later->key, earlier->key, YC_LT);
}

static int merge_sort(SortItem *a, int64_t n, SortItem *tmp) {
  if (n <= 12) {
    for (int64_t i = 1; i < n; i++) {
      SortItem x = a[i];
      int64_t j = i;
      while (j > 0) {
        int lt = sort_lt(&x, &a[j - 1]);
        if (lt < 0) {
          a[j] = x;
          return -1;
        }
        if (!lt) break;
        a[j] = a[j - 1];
        j--;
      }
      a[j] = x;
    }
    return 0;
  }
  int64_t mid = n / 2;
  if (merge_sort(a, mid, tmp) < 0 || merge_sort(a + mid, n - mid, tmp) < 0) return -1;
  /* Already in order: nothing to merge. */
  int lt = sort_lt(&a[mid], &a[mid - 1]);
  if (lt <= 0) return lt;
  memcpy(tmp, a, (size_t)mid * sizeof(SortItem));
  int64_t i = 0, j = mid, k = 0;
  int err = 0;
  while (i < mid && j < n) {
    lt = sort_lt(&a[j], &tmp[i]);
    if (lt < 0) {
      err = 1;
      break;
    }
    a[k++] = lt ? a[j++] : tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++]; /* the right run's rest is in place */
  return err ? -1 : 0;
}

static void reverse_values(YValue *v, int64_t n) {
  for (int64_t a = 0, b = n - 1; a < b; a++, b--) {
    YValue t = v[a];
    v[a] = v[b];
    v[b] = t;
  }
}

int yrt_list_sort(YValue list, YValue key, int reverse) {
  YList *l = LIST(list);
  int has_key = !YIS_UNBOUND(key) && !YIS_NONE(key);
  /* Like CPython, empty the list while sorting so that changes made by a
   * key function or a comparison can be detected. */
  YValue *items = l->items;
  int64_t n = l->len, cap = l->cap;
  l->items = NULL;
  l->len = l->cap = 0;
  SortItem *si = yrt_malloc((size_t)(n ? n : 1) * sizeof(SortItem));
  int r = 0;
  int64_t nkeys = 0;
  if (reverse) reverse_values(items, n);
  for (int64_t i = 0; i < n; i++) {
    si[i].value = items[i];
    si[i].key = items[i];
  }
  if (has_key) {
    for (; nkeys < n; nkeys++) {
      YValue k = yrt_call(key, 1, &items[nkeys]);
      if (YIS_ERR(k)) {
        r = -1;
        break;
      }
      si[nkeys].key = k;
    }
  }
  if (r == 0 && n > 1) {
    SortItem *tmp = yrt_malloc((size_t)(n / 2 + 1) * sizeof(SortItem));
    r = merge_sort(si, n, tmp);
    free(tmp);
  }
  /* The computed keys are owned: all of them, or (when a key function
   * failed, before any sorting) the first nkeys. */
  if (has_key)
    for (int64_t i = 0; i < n; i++)
      if (nkeys == n || i < nkeys) yrt_decref(si[i].key);
  for (int64_t i = 0; i < n; i++) items[i] = si[i].value;
  free(si);
  if (reverse) reverse_values(items, n);
  int modified = l->items != NULL || l->len != 0;
  YValue *junk = l->items;
  int64_t njunk = l->len;
  l->items = items;
  l->len = n;
  l->cap = cap;
  for (int64_t i = njunk; i-- > 0;) yrt_decref(junk[i]);
  free(junk);
  if (modified && r == 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "list modified during sort");
    r = -1;
  }
  return r;
}

/* ===================================================================== */
/* Calling the builtin types: int(x), str(x), list(it), range(n), ...      */
/* ===================================================================== */

/* repr(v) cut to 200 code points, as CPython's "%.200R". */
static YValue repr200(YValue v) {
  YValue r = yrt_repr(v);
  if (YIS_ERR(r) || STR(r)->nchars <= 200) return r;
  YValue cut = str_sub(STR(r), 0, 200);
  yrt_decref(r);
  return cut;
}

static YValue invalid_literal(YValue s, const char *fmt, int base) {
  YValue r = repr200(s);
  if (YIS_ERR(r)) return r;
  if (base >= 0)
    yrt_raise_msg(&yrt_exc_ValueError, fmt, base, STR(r)->data);
  else
    yrt_raise_msg(&yrt_exc_ValueError, fmt, STR(r)->data);
  yrt_decref(r);
  return YERROR;
}

/* The bytes [*a, *b) of s without the surrounding whitespace. */
static void strip_ws(const YStr *s, int64_t *a, int64_t *b) {
  int n;
  *a = 0;
  *b = s->len;
  while (*a < *b && uni_isspace(utf8_decode(s->data + *a, &n))) *a += n;
  while (*b > *a) {
    int64_t p = utf8_prev(s->data, *b);
    if (!uni_isspace(utf8_decode(s->data + p, &n))) break;
    *b = p;
  }
}

/* The value of c as a digit in bases up to 36, or -1. */
static int digit_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
  return uni_decimal(c);
}

/* int(s, base) for a str s. */
static YValue parse_int(YValue sv, int base) {
  const YStr *s = STR(sv);
  const int given = base;
  const char *d = s->data;
  int64_t a, b;
  strip_ws(s, &a, &b);
  int neg = 0, prefixed = 0;
  if (a < b && (d[a] == '+' || d[a] == '-')) neg = d[a++] == '-';
  if (b - a >= 2 && d[a] == '0') {
    char c = (char)(d[a + 1] | 32);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      prefixed = 1;
      a += 2;
    }
  }
  int leading_zero = base == 0 && a < b && d[a] == '0';
  if (base == 0) base = 10;
  const uint64_t limit = neg ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX;
  uint64_t acc = 0;
  int ndigits = 0, allow_us = prefixed, need_digit = 1, overflow = 0;
  for (int64_t i = a; i < b;) {
    int n;
    uint32_t c = utf8_decode(d + i, &n);
    i += n;
    if (c == '_') {
      if (!allow_us) goto invalid;
      allow_us = 0;
      need_digit = 1;
      continue;
    }
    int v = digit_value(c);
    if (v < 0 || v >= base) goto invalid;
    if (acc > (limit - (uint64_t)v) / (uint64_t)base)
      overflow = 1;
    else
      acc = acc * (uint64_t)base + (uint64_t)v;
    ndigits++;
    allow_us = 1;
    need_digit = 0;
  }
  if (ndigits == 0 || need_digit) goto invalid;
  if (leading_zero && acc != 0) goto invalid;
  if (overflow) return yrt_overflow();
  return yint(neg ? (int64_t)(0 - acc) : (int64_t)acc);
invalid:
  return invalid_literal(sv, "invalid literal for int() with base %d: %s", given);
}

static YValue int_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "int() takes at most 2 arguments (%d given)", argc);
  if (argc == 0) return yint(0);
  YValue x = argv[0];
  if (argc == 2) {
    int64_t base;
    if (int_arg(argv[1], &base) < 0) return YERROR;
    if (!is_str(x))
      return yrt_raise_msg(&yrt_exc_TypeError, "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
      return yrt_raise_msg(&yrt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return parse_int(x, (int)base);
  }
  switch (x.tag) {
  case YT_INT:
  case YT_BOOL: return yint(x.u.i);
  case YT_FLOAT: {
    double f = x.u.f;
    if (isnan(f)) return yrt_raise_msg(&yrt_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(f))
      return yrt_raise_msg(&yrt_exc_OverflowError, "cannot convert float infinity to integer");
    f = trunc(f);
    if (f < -9223372036854775808.0 || f >= 9223372036854775808.0) return yrt_overflow();
    return yint((int64_t)f);
  }
  default:
    if (is_str(x)) return parse_int(x, 10);
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, "
                         "not '%s'",
                         tname(x));
  }
}

/* float(s) for a str s: CPython's grammar (underscores between digits,
 * inf/infinity/nan in any case, Unicode decimal digits). */
static YValue parse_float(YValue sv) {
  const YStr *s = STR(sv);
  int64_t a, b;
  strip_ws(s, &a, &b);
  /* An ASCII copy with the digits normalised and the underscores gone. */
  char *buf = yrt_malloc((size_t)(b - a) + 1), *q = buf;
  int prev_digit = 0;
  for (int64_t i = a; i < b;) {
    int n;
    uint32_t c = utf8_decode(s->data + i, &n);
    i += n;
    int dv = uni_decimal(c);
    if (c == '_') {
      int next_digit = 0;
      if (i < b) next_digit = uni_decimal(utf8_decode(s->data + i, &n)) >= 0;
      if (!prev_digit || !next_digit) goto invalid;
      prev_digit = 0;
      continue;
    }
    if (dv >= 0) {
      *q++ = (char)('0' + dv);
    } else if (c < 128) {
      *q++ = (char)c;
    } else {
      goto invalid;
    }
    prev_digit = dv >= 0;
  }
  *q = '\0';
  const char *p = buf;
  if (*p == '+' || *p == '-') p++;
  double v;
  if (strcasecmp(p, "inf") == 0 || strcasecmp(p, "infinity") == 0) {
    v = buf[0] == '-' ? -INFINITY : INFINITY;
  } else if (strcasecmp(p, "nan") == 0) {
    v = buf[0] == '-' ? -NAN : NAN;
  } else {
    /* digits [. digits] | . digits, then an optional exponent */
    int nd = 0;
    while (*p >= '0' && *p <= '9') p++, nd++;
    if (*p == '.') {
      p++;
      while (*p >= '0' && *p <= '9') p++, nd++;
    }
    if (nd == 0) goto invalid;
    if (*p == 'e' || *p == 'E') {
      p++;
      if (*p == '+' || *p == '-') p++;
      if (!(*p >= '0' && *p <= '9')) goto invalid;
      while (*p >= '0' && *p <= '9') p++;
    }
    if (*p) goto invalid;
    v = strtod(buf, NULL);
  }
  free(buf);
  return yfloat(v);
invalid:
  free(buf);
  return invalid_literal(sv, "could not convert string to float: %s", -1);
}

static YValue float_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "float expected at most 1 argument, got %d", argc);
  if (argc == 0) return yfloat(0.0);
  YValue x = argv[0];
  if (x.tag == YT_FLOAT) return x;
  if (is_intlike(x)) return yfloat((double)x.u.i);
  if (is_str(x)) return parse_float(x);
  return yrt_raise_msg(&yrt_exc_TypeError,
                       "float() argument must be a string or a real number, not '%s'", tname(x));
}

static YValue str_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc == 0) return yobj(&empty_str);
  if (argc == 1) return yrt_str(argv[0]);
  if (argc > 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "str() takes at most 3 arguments (%d given)", argc);
  if (!is_str(argv[1]))
    return yrt_raise_msg(&yrt_exc_TypeError, "str() argument 'encoding' must be str, not %s",
                         tname(argv[1]));
  return yrt_raise_msg(&yrt_exc_TypeError, "decoding str is not supported");
}

static YValue bool_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "bool expected at most 1 argument, got %d", argc);
  if (argc == 0) return YFALSE;
  int r = yrt_truth(argv[0]);
  return r < 0 ? YERROR : ybool(r);
}

static YValue list_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "list expected at most 1 argument, got %d", argc);
  if (argc == 0) return yobj(list_alloc(0));
  return list_from_iterable(argv[0]);
}

static YValue tuple_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "tuple expected at most 1 argument, got %d", argc);
  if (argc == 0) return yobj(&empty_tuple);
  if (is_tuple(argv[0])) return yrt_incref(argv[0]);
  YValue l = list_from_iterable(argv[0]);
  if (YIS_ERR(l)) return l;
  YValue r = yrt_tuple_steal(LIST(l)->len, LIST(l)->items);
  LIST(l)->len = 0;
  yrt_decref(l);
  return r;
}

static YValue dict_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "dict expected at most 1 argument, got %d", argc);
  YValue d = yrt_dict_new();
  if (argc == 1 && dict_update(DICT(d), argv[0]) < 0) {
    yrt_decref(d);
    return YERROR;
  }
  return d;
}

static YValue range_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc < 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "range expected at least 1 argument, got %d", argc);
  if (argc > 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "range expected at most 3 arguments, got %d", argc);
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < argc; i++)
    if (int_arg(argv[i], &v[i]) < 0) return YERROR;
  if (argc == 1) return range_new(0, v[0], 1);
  if (v[2] == 0) return yrt_raise_msg(&yrt_exc_ValueError, "range() arg 3 must not be zero");
  return range_new(v[0], v[1], v[2]);
}

static YValue type_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc != 1 && argc != 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "type() takes 1 or 3 arguments");
  if (argc == 3)
    return yrt_raise_msg(&yrt_exc_TypeError, "yieldc does not support creating classes with type()");
  return yobj((void *)yrt_typeof(argv[0]));
}

static YValue object_call(const YType *t, int argc, const YValue *argv) {
  (void)argv;
  if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "object() takes no arguments");
  return yobj(yrt_obj_new(t, sizeof(YObj)));
}

static YValue enumerate_call(const YType *t, int argc, const YValue *argv) {
  if (argc == 0)
    return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() missing required argument 'iterable'");
  if (argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "enumerate() takes at most 2 arguments (%d given)",
                         argc);
  int64_t start = 0;
  if (argc == 2 && int_arg(argv[1], &start) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  YIter *e = iter_new(t, it);
  yrt_decref(it);
  e->pos = start;
  return yobj(e);
}

static YValue zip_call(const YType *t, int argc, const YValue *argv) {
  YTuple *its = argc ? tuple_alloc(argc) : &empty_tuple;
  for (int i = 0; i < argc; i++) {
    its->items[i] = yrt_iter(argv[i]);
    if (YIS_ERR(its->items[i])) {
      its->len = i;
      yrt_decref(yobj(its));
      return YERROR;
    }
  }
  YIter *z = iter_new(t, yobj(its));
  yrt_decref(yobj(its));
  return yobj(z);
}

static YValue reversed_call(const YType *t, int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "reversed expected 1 argument, got %d", argc);
  YValue x = argv[0];
  YIter *it;
  switch (kind_of(x)) {
  case YK_LIST:
    it = iter_new(&list_reviter_type.type, x);
    it->pos = LIST(x)->len - 1;
    return yobj(it);
  case YK_TUPLE:
    it = iter_new(t, x);
    it->pos = TUPLE(x)->len;
    return yobj(it);
  case YK_STR:
    it = iter_new(t, x);
    it->pos = STR(x)->len;
    return yobj(it);
  case YK_RANGE: return range_iter_new(RANGE(x), 1);
  case YK_DICT: return dict_iter_new(&dict_revkeyiter_type, x, 1);
  case YK_OTHER: {
    const YType *vt = x.u.o->type;
    YValue d = ITER(x)->src;
    if (vt == &dict_keys_type.type) return dict_iter_new(&dict_revkeyiter_type, d, 1);
    if (vt == &dict_values_type.type) return dict_iter_new(&dict_revvalueiter_type, d, 1);
    if (vt == &dict_items_type.type) return dict_iter_new(&dict_revitemiter_type, d, 1);
    break;
  }
  default: break;
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not reversible", tname(x));
}
