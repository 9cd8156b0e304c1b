/*
 * type.c: objects and their types: allocation, the type objects `object`,
 * `type` and `NoneType`, type(), subclass checks and destruction.
 *
 * Design
 * ------
 * A YValue is a tagged union; None, bools, ints and floats are unboxed and
 * never allocate.  A heap object starts with a YObj header whose type's
 * `kind` says what its memory looks like, so the generic operations
 * (abstract.c, compare.c, number.c, iter.c) are switches on the tag and then
 * on the kind.  The builtin types are immortal `const YType` statics named
 * exactly as in CPython, each defined in the file of its type with
 * YRT_BUILTIN_TYPE (rt.h); this file has the root of the hierarchy.
 *
 * Runtime-private types (iterators, dict views, awaitables, the asyncio
 * module) are YTypeEx statics: a YType followed by slots (dealloc, next,
 * iter, len, contains, repr, getattr) that the generic operations call, so
 * a new private type is a static and its functions.  yrt_ex_of (rt.h) finds
 * the slots, also for enumerate, zip and reversed, which are public YTypes.
 *
 * Destruction is one switch on the kind.  The order follows CPython where a
 * program can observe it (a generator's finally block runs when its last
 * reference goes): lists and tuples release their items last to first,
 * dicts first to last, and every object is made consistent (or freed)
 * before it releases what it held.  Nesting is bounded: past a depth of 64
 * destructors, objects wait in a queue that the outermost yrt_dealloc
 * empties, so arbitrarily deep structures are freed without deep C
 * recursion (see "The depth bound" below).
 *
 * yrt_malloc and friends never return NULL: they abort on exhaustion.
 */
#include "rt.h"

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

/* A small block is malloc'd and cleared, not calloc'd: glibc's calloc
 * bypasses the per-thread cache (tcache) that makes malloc and free of a
 * small block a few dozen instructions, so an object made and freed per item
 * (asyncio.sleep(0)'s awaitable, a generator frame) cost about 250.  A large
 * block keeps calloc, which gets fresh pages already zeroed. */
enum { CALLOC_SMALL = 1024 };

/* Not inlined: gcc and clang turn a malloc they see followed by a memset of
 * the block to 0 back into calloc. */
static YRT_NOINLINE void *small_block(size_t n) {
  void *p = malloc(n);
  if (!p) out_of_memory();
  return p;
}

void *yrt_calloc(size_t n, size_t size) {
  if (n && size && n <= CALLOC_SMALL / size) {
    void *p = small_block(n * size);
    memset(p, 0, n * size);
    return p;
  }
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory();
  return p;
}

void *yrt_realloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

/* Small blocks.  Programs make and drop objects in loops (a generator per
 * `for x in gen(k)` inside another loop, an asyncio.sleep(0) awaitable per
 * task switch), more at a time than glibc's per-thread cache keeps (7 per
 * size), so released blocks are kept for reuse, as CPython keeps free
 * lists: one list per 8-byte size class up to SMALL_MAX bytes, at most
 * SMALL_KEEP bytes of blocks in each (a thousand asyncio.sleep awaitables,
 * a hundred of the largest frames; 2 MB in all at most), linked through
 * their first word.  A block is
 * malloc'd with its class's size, so any block of a class serves any
 * request of that class.
 * Under AddressSanitizer every block goes back to malloc, so a use after
 * free is still caught.  yrt_small_cache_free empties the lists at exit. */
#define SMALL_CLASS 8
#define SMALL_MAX 512
#define SMALL_KEEP 65536
#if defined(__SANITIZE_ADDRESS__)
#define SMALL_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SMALL_CACHE 0
#endif
#endif
#ifndef SMALL_CACHE
#define SMALL_CACHE 1
#endif

static struct {
  void *head; /* a free block, whose first word points to the next */
  int n;      /* how many */
} small_cache[SMALL_MAX / SMALL_CLASS + 1];

void *yrt_small_alloc(size_t size) {
  size_t cls = (size + SMALL_CLASS - 1) / SMALL_CLASS;
  if (!SMALL_CACHE || cls >= sizeof small_cache / sizeof small_cache[0]) return yrt_calloc(1, size);
  void *p = small_cache[cls].head;
  if (!p) return yrt_calloc(1, cls * SMALL_CLASS);
  small_cache[cls].head = *(void **)p;
  small_cache[cls].n--;
  memset(p, 0, cls * SMALL_CLASS);
  return p;
}

void *yrt_small_alloc_raw(size_t size) {
  size_t cls = (size + SMALL_CLASS - 1) / SMALL_CLASS;
  if (!SMALL_CACHE || cls >= sizeof small_cache / sizeof small_cache[0]) return yrt_malloc(size);
  void *p = small_cache[cls].head;
  if (!p) return yrt_malloc(cls * SMALL_CLASS);
  small_cache[cls].head = *(void **)p;
  small_cache[cls].n--;
  return p;
}

void yrt_small_free(void *p, size_t size) {
  size_t cls = (size + SMALL_CLASS - 1) / SMALL_CLASS;
  if (!SMALL_CACHE || cls >= sizeof small_cache / sizeof small_cache[0] ||
      (size_t)small_cache[cls].n * cls * SMALL_CLASS >= SMALL_KEEP) {
    free(p);
    return;
  }
  *(void **)p = small_cache[cls].head;
  small_cache[cls].head = p;
  small_cache[cls].n++;
}

void yrt_small_cache_free(void) {
  for (size_t i = 0; i < sizeof small_cache / sizeof small_cache[0]; i++) {
    while (small_cache[i].head) {
      void *p = small_cache[i].head;
      small_cache[i].head = *(void **)p;
      free(p);
    }
    small_cache[i].n = 0;
  }
}

void *yrt_obj_new(const YType *type, size_t size) {
  YObj *o = yrt_calloc(1, size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

void *yrt_obj_new_small(const YType *type, size_t size) {
  YObj *o = yrt_small_alloc(size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

/* ===================================================================== */
/* object, type, NoneType                                                 */
/* ===================================================================== */

static YValue object_call(const YType *t, int argc, const YValue *argv);
static YValue type_call(const YType *t, int argc, const YValue *argv);

/* The instances of object and NoneType are bare headers or unboxed;
 * YK_OTHER is never dispatched on for them. */
YRT_DEFINE_TYPE(yrt_type_object, "object", NULL, YK_OTHER, object_call);
YRT_DEFINE_TYPE(yrt_type_NoneType, "NoneType", &yrt_type_object, YK_OTHER, NULL);
YRT_DEFINE_TYPE(yrt_type_type, "type", &yrt_type_object, YK_TYPE, type_call);

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

/* ===================================================================== */
/* Destruction, type(), subclasses                                        */
/* ===================================================================== */

/* The depth bound ("trashcan").  Freeing an object releases its fields, and
 * a field whose count drops to zero is freed at once, inside: so freeing a
 * list nested 200,000 deep, or the last of a long chain of generators,
 * closures or exception causes, would recurse 200,000 times in C.  Instead
 * `dealloc_state` counts the destructors that are releasing fields right
 * now, and an object whose count drops to zero when DEALLOC_MAX_DEPTH of
 * them are running is not freed there but put on a queue (its count stays
 * 0: nothing refers to it).  The destructor that brings the depth back to 0
 * frees the queued objects one by one, first queued first, each at depth 1,
 * so they may queue more.  The C stack thus holds at most DEALLOC_MAX_DEPTH
 * destructors however the objects are nested, and no object is freed later
 * than the outermost release that orphaned it.
 *
 * Only deep structures see the difference (an object above the bound is
 * freed exactly when its last reference goes, in the order the switch
 * below gives), and only in the order of their finalisers: a wide and deep
 * structure finishes an outer part before the inner parts it queued, as
 * under CPython's own trashcan.  A chain (each object holding the next)
 * is finalised in the same order either way.
 *
 * The count is kept around the releases, not around the whole destructor,
 * so a str, a range or a list's final free() stays a tail call: the common
 * shallow case costs one compare and two adds (tools/bench_dealloc.c
 * measures it). */
#define DEALLOC_MAX_DEPTH 64
/* dealloc_state is the depth (destructors releasing their fields now), plus
 * DEALLOC_QUEUED while objects wait in the queue: so one compare before the
 * releases (is the state below the bound?) and one after (is it back to
 * just QUEUED, the outermost with work waiting?) cover both. */
#define DEALLOC_QUEUED 0x40000000

static int dealloc_state;
static YObj **later; /* the queue: later[later_head..later_len) */
static size_t later_head, later_len, later_cap;

/* DEALLOC_ENTER's slow path: the bound is reached (queue o: 1) or the
 * QUEUED flag is set (count the level: 0). */
static YRT_COLD int dealloc_enter_slow(YObj *o) {
  if ((dealloc_state & ~DEALLOC_QUEUED) < DEALLOC_MAX_DEPTH) {
    dealloc_state++;
    return 0;
  }
  if (later_len == later_cap) {
    if (later_head > 0) { /* slide the live part down before growing */
      memmove(later, later + later_head, (later_len - later_head) * sizeof *later);
      later_len -= later_head;
      later_head = 0;
    }
    if (later_len == later_cap) {
      later_cap = later_cap ? later_cap * 2 : 256;
      later = yrt_realloc(later, later_cap * sizeof *later);
    }
  }
  later[later_len++] = o;
  dealloc_state |= DEALLOC_QUEUED;
  return 1;
}

/* Free the queue.  Called when the depth is back to 0, it frees each queued
 * object at depth 1, so that none of them starts a drain of its own; they
 * may queue more, which this loop then frees too. */
static YRT_COLD void dealloc_drain(void) {
  dealloc_state = 1;
  while (later_head < later_len) yrt_dealloc(later[later_head++]);
  later_head = later_len = 0;
  dealloc_state = 0;
}

/* Around a destructor's releases of what it held: DEALLOC_ENTER(o) queues
 * o and returns when the bound is reached, else counts one more level. */
#define DEALLOC_ENTER(o)                                      \
  do {                                                        \
    if (YRT_UNLIKELY(dealloc_state >= DEALLOC_MAX_DEPTH)) {   \
      if (dealloc_enter_slow(o)) return;                      \
    } else {                                                  \
      dealloc_state++;                                        \
    }                                                         \
  } while (0)
static inline void dealloc_leave(void) {
  if (YRT_UNLIKELY(--dealloc_state == DEALLOC_QUEUED)) dealloc_drain();
}

/* Free o, a field whose count a destructor has just dropped to 0: one
 * level deeper (a str holds nothing and needs no level).  Inlined: a call
 * more per nested object is measurable (tools/bench_dealloc.c). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline void dealloc_field(YObj *o) {
  if (o->type->kind == YK_STR) {
    yrt_str_dealloc((YStr *)o);
    return;
  }
  DEALLOC_ENTER(o);
  yrt_dealloc(o);
  dealloc_leave();
}

/* yrt_decref for the fields of the types freed here: only a field that
 * dies costs a level, so a list of ints or of live objects costs nothing. */
static inline void release(YValue v) {
  if (v.tag == YT_OBJ && v.u.o->refcnt < YRT_IMMORTAL && --v.u.o->refcnt == 0)
    dealloc_field(v.u.o);
}

/* The destructors in other files release their fields with yrt_decref, so
 * a level is counted around the whole of them. */
#define DEALLOC_COUNTED(o, call) \
  do {                           \
    DEALLOC_ENTER(o);            \
    call;                        \
    dealloc_leave();             \
  } while (0)

void yrt_dealloc(YObj *o) {
  switch (o->type->kind) {
  case YK_STR:
    yrt_str_dealloc((YStr *)o);
    return;
  case YK_LIST: {
    YList *l = (YList *)o;
    for (int64_t i = l->len; i-- > 0;) release(l->items[i]);
    free(l->items);
    free(l);
    return;
  }
  case YK_TUPLE: {
    YTuple *t = (YTuple *)o;
    for (int64_t i = t->len; i-- > 0;) release(t->items[i]);
    yrt_small_free(t, yrt_tuple_size(t->len));
    return;
  }
  case YK_RANGE:
    if (((YRange *)o)->big) yrt_bigrange_free((YRange *)o);
    free(o);
    return;
  case YK_FUNC: {
    YFunc *f = (YFunc *)o;
    for (int i = 0; i < f->ncells; i++) release(yobj(f->cells[i]));
    release(f->defaults);
    release(f->kwdefaults);
    release(f->dict);
    release(f->names);
    free(f);
    return;
  }
  case YK_METHOD: {
    YMethod *m = (YMethod *)o;
    YValue self = m->self, func = m->func;
    free(m);
    release(self);
    release(func);
    return;
  }
  case YK_INSTANCE:
    DEALLOC_COUNTED(o, yrt_instance_dealloc(o));
    return;
  case YK_DESCR:
    DEALLOC_COUNTED(o, yrt_descr_dealloc(o));
    return;
  case YK_CELL: {
    YCell *c = (YCell *)o;
    YValue v = c->v;
    free(c);
    release(v);
    return;
  }
  case YK_DICT:
    DEALLOC_COUNTED(o, yrt_dict_dealloc((YDict *)o));
    return;
  case YK_SET:
    DEALLOC_COUNTED(o, yrt_set_dealloc((YSet *)o));
    return;
  case YK_MODULE: /* immortal */
    yrt_unreachable();
  case YK_GEN:
    DEALLOC_COUNTED(o, yrt_gen_dealloc((YGen *)o));
    return;
  case YK_EXC:
    DEALLOC_COUNTED(o, yrt_exc_dealloc(o));
    return;
  case YK_INT:
    yrt_big_dealloc(o);
    return;
  case YK_BYTES:
    free(o);
    return;
  case YK_SLICE:
    DEALLOC_COUNTED(o, yrt_slice_dealloc(o));
    return;
  case YK_ITER:
  case YK_AWAITABLE:
  case YK_OTHER:
    if (o->type == &yrt_type_object) {
      free(o);
      return;
    }
    DEALLOC_COUNTED(o, yrt_ex_of(o->type)->dealloc(o));
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

const YTypeEx *yrt_type_slots(const YObj *o) { return yrt_has_ex(o) ? yrt_ex_of(o->type) : NULL; }

