/*
 * rt.h: the internal header of libyieldrt, shared by its .c files and never
 * installed.  Sectioned by the file that defines each symbol.
 *
 * The runtime's files:
 *   object.c   dealloc dispatch, str, list, tuple, dict, range, builtin
 *              iterators, bound methods, cells, functions; arithmetic,
 *              comparison, hashing, subscripts, iteration, methods.
 *   format.c   repr/str of every value, float repr, format specs, f-strings.
 *   exc.c      exception objects, raise/fetch/match, the handled-exception
 *              stack, tracebacks, program start and finish, globals.
 *   builtins.c the Python builtins (print, len, sorted, ...).
 *   gen.c      generators, coroutines, async generators: send, throw, close,
 *              yield from delegation, finalisation.
 *   loop.c     the event loop (asyncio).
 */
#ifndef YRT_RT_H
#define YRT_RT_H

#include "yieldrt.h"

#include <stdlib.h>
#include <string.h>

/* Allocation that never returns NULL (aborts on exhaustion). */
void *yrt_malloc(size_t n);
void *yrt_calloc(size_t n, size_t size);
void *yrt_realloc(void *p, size_t n);
/* A new object of `size` bytes (zeroed), refcount 1. */
void *yrt_obj_new(const YType *type, size_t size);

/* ---- object.c -------------------------------------------------------- */

/* Hash of a hashable value; -1 and TypeError for unhashable ones. */
int64_t yrt_hash(YValue v);
/* Equality that never needs Python code: 1, 0, -1 on error. */
int yrt_eq(YValue a, YValue b);
/* The layouts of the objects object.c defines beyond yieldrt.h's, for the
 * runtime's own use.  A dict is compact, as in CPython 3.6+: entries in
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

typedef struct YRange {
  YObj ob;
  int64_t start, stop, step;
  uint64_t len;
} YRange;

/* A bound builtin method: `self.name`, not yet called. */
typedef struct YMethod {
  YObj ob;
  YValue self;
  YName name;
} YMethod;

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

YValue yrt_dict_get(YValue dict, YValue key); /* borrowed; YUNBOUND if absent, YERROR */
int64_t yrt_len(YValue v);                    /* -1 and TypeError if unsized */
/* Remove key from dict: 1 removed, 0 absent, -1 error (unhashable key). */
int yrt_dict_del(YValue dict, YValue key);
/* Sort a list in place, stably, as list.sort(key=key, reverse=reverse);
 * key is YUNBOUND or None for no key.  0 or -1. */
int yrt_list_sort(YValue list, YValue key, int reverse);
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
YValue yrt_buf_finish(YBuf *b); /* a str of the contents; frees the buffer */
void yrt_buf_free(YBuf *b);

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
/* The slots of an object's type, or NULL if it has none (use this rather
 * than YRT_TYPE_EX on an arbitrary object: enumerate, zip and reversed are
 * public YTypes whose slots are kept apart). */
const YTypeEx *yrt_type_slots(const YObj *o);
/* A static YTypeEx header: YRT_TYPE_EX_HEAD("list_iterator", YK_ITER). */
#define YRT_TYPE_EX_HEAD(pyname, kind) \
  {{YRT_IMMORTAL, &yrt_type_type}, (pyname), &yrt_type_object, (kind), NULL}
/* A bound method object `self.name` (YK_METHOD); calling it is
 * yrt_callmethod(self, name, ...).  self borrowed. */
YValue yrt_method_new(YValue self, YName name);

/* ---- format.c -------------------------------------------------------- */

/* The repr of a float, as CPython 3.11 prints it, into buf (>= 32 bytes). */
void yrt_float_repr(double d, char *buf, size_t size);
/* Write str(v) to f (used by print and tracebacks); -1 on error. */
int yrt_write_str(FILE *f, YValue v);
/* Append repr(v) / str(v) to a buffer; 0 or -1. */
int yrt_buf_repr(YBuf *b, YValue v);
int yrt_buf_str(YBuf *b, YValue v);
/* fmt.format(*args) for a str fmt (str.format with positional fields). */
YValue yrt_str_format_method(YValue fmt, int argc, const YValue *argv);
/* ascii(v): repr(v) with every non-ASCII character escaped (f"{v!a}"). */
/* fmt % args for a str fmt (printf-style formatting). */
YValue yrt_str_percent(YValue fmt, YValue args);

/* ---- exc.c ----------------------------------------------------------- */

void yrt_exc_dealloc(YObj *o);
YValue yrt_exc_getattr(YValue exc, YName name);

/* An exception instance. */
typedef struct YExc {
  YObj ob;
  YValue args;      /* a tuple */
  YValue cause;     /* __cause__, or None */
  YValue context;   /* __context__, or None */
  int suppress_context;
  YValue value;     /* StopIteration / StopAsyncIteration .value */
  int ntb, captb;   /* traceback entries, innermost last */
  struct YTbEntry { const char *func; int line; } *tb;
} YExc;
/* A new exception instance of `type` with args (borrowed). */
YValue yrt_exc_new(const YType *type, int argc, const YValue *argv);
/* StopIteration(value) / StopAsyncIteration(value). */
YValue yrt_stop_iteration(const YType *type, YValue value);
/* The currently handled exception (borrowed), or YUNBOUND. */
YValue yrt_exc_handled(void);
/* Print `Traceback ...` and `Type: message` for exc to stderr. */
void yrt_print_exception(YValue exc);
/* "Exception ignored in: <what>" and the traceback of the current exception,
 * which is cleared (used when finalising a generator fails). */
void yrt_write_unraisable(YValue obj);
/* str(exc) and repr(exc) as BaseException (and KeyError) define them. */
YValue yrt_exc_str(YValue exc);
YValue yrt_exc_repr(YValue exc);

/* The recursion limit.  yrt_ts.depth counts Python frames as CPython does:
 * the module's is 1, each running function call 1 (yrt_enter_call), each
 * running generator, coroutine or async generator body 1 (gen.c).  Past
 * YRT_RECURSION_LIMIT, or when the C stack is down to its last reserve
 * (below yrt_stack_floor, set by yrt_init), entering a frame raises
 * RecursionError.  yrt_enter_level(where) is the check, inline for the
 * generator resume path: 0, or -1 and RecursionError("maximum recursion
 * depth exceeded" + where), the depth unchanged. */
extern uintptr_t yrt_stack_floor;
int yrt_recursion_error(const char *where);
#if defined(__GNUC__) || defined(__clang__)
/* The frame's address (a local's would be on ASan's fake stack). */
#define YRT_STACK_HERE() ((uintptr_t)__builtin_frame_address(0))
#else
static inline uintptr_t yrt_stack_here(void) {
  char c = 0;
  return (uintptr_t)&c;
}
#define YRT_STACK_HERE() yrt_stack_here()
#endif
static inline int yrt_enter_level(const char *where) {
  if (YRT_UNLIKELY(++yrt_ts.depth > YRT_RECURSION_LIMIT || YRT_STACK_HERE() < yrt_stack_floor)) {
    yrt_ts.depth--;
    return yrt_recursion_error(where);
  }
  return 0;
}

/* ---- gen.c ----------------------------------------------------------- */

void yrt_gen_dealloc(YGen *g);
YValue yrt_gen_getattr(YGen *g, YName name);
YValue yrt_gen_callmethod(YGen *g, YName name, int argc, const YValue *argv);
/* next() on a generator object: the same contract as yrt_next. */
int yrt_gen_next(YGen *g, YValue *out);
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

#endif /* YRT_RT_H */
