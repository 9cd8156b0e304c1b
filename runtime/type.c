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
 * before it releases what it held.
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

void yrt_dealloc(YObj *o) {
  switch (o->type->kind) {
  case YK_STR:
    yrt_str_dealloc((YStr *)o);
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
    yrt_dict_dealloc((YDict *)o);
    return;
  case YK_RANGE:
    free(o);
    return;
  case YK_FUNC: {
    YFunc *f = (YFunc *)o;
    for (int i = 0; i < f->ncells; i++) yrt_decref(yobj(f->cells[i]));
    yrt_decref(f->defaults);
    yrt_decref(f->kwdefaults);
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
    yrt_ex_of(o->type)->dealloc(o);
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

int yrt_subclass(const YType *t, const YType *base) {
  for (; t; t = t->base)
    if (t == base) return 1;
  return 0;
}
