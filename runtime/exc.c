/*
 * exc.c: exceptions, the thread state, tracebacks and the program's life.
 *
 * Design
 * ------
 * Exception classes are static, immortal YTypes (kind YK_EXC) generated from
 * the YRT_BUILTIN_EXC lines of yrt_builtins.h; a user class `class E(Exception): pass` is the
 * same kind of static.  An instance is a YExc (rt.h): its args tuple, the
 * __cause__/__context__ links, StopIteration's .value and a traceback kept
 * as an array of (function, line) entries, outermost first and innermost
 * last, the order they are printed in.
 *
 * Raising follows CPython's C API: yrt_raise* store the exception in
 * yrt_ts.exc and return YERROR.  Every raise that creates or re-raises an
 * exception object through yrt_raise/yrt_raise_msg chains it implicitly, as
 * _PyErr_SetObject does: __context__ becomes the exception being handled
 * (the topmost bound, non-None entry of the yrt_ts.exc_info stack), and an
 * existing path back to the new exception is cut so that no cycle appears.
 * yrt_restore_exc and yrt_reraise put an exception back unchanged.
 *
 * Tracebacks: generated code calls yrt_tb_add(func, line) once per frame the
 * exception leaves (not for a bare `raise`, which keeps the traceback as it
 * was, as CPython's RERAISE does).  Each call adds the new, outer, entry at
 * the front of the array.  Printing follows pythonrun.c: the chain first
 * (cause, else context unless suppressed, each exception once), the last
 * 1000 entries, runs of more than 3 identical entries collapsed into
 * "[Previous line repeated N more times]", then "Type: message".
 *
 * Exception groups: BaseExceptionGroup(message, exceptions) is a YExc whose
 * .value holds the tuple of sub-exceptions; constructing one checks the
 * arguments with CPython's messages and gives an ExceptionGroup (a static
 * class with an MRO: BaseExceptionGroup and Exception) when every
 * sub-exception is an Exception.  An uncaught group prints as CPython's
 * traceback module does (PrintCtx): each nested level indented, lines in a
 * "| " margin, the sub-exceptions boxed and numbered (at most 15 shown, 10
 * levels deep).  Left out: subgroup, split, derive, except*, and user
 * subclasses of the group classes.
 *
 * Program life: yrt_init sets up the thread state (the module's frame is
 * the first level of the recursion limit), the C stack (see "The recursion
 * limit and the C stack") and stdout's buffering (like CPython:
 * line-buffered on a terminal, 8 KiB blocks otherwise);
 * yrt_finish prints an escaped exception (an escaped SystemExit gives the
 * exit status instead, as in CPython), closes the suspended generators the
 * globals hold while all globals are still bound (as CPython's collector
 * finalises them before the module is cleared), releases the globals in the
 * order they were first bound (a global deleted and bound again moves to the
 * end, as in a dict), reporting errors raised meanwhile as unraisable, then
 * flushes stdout and returns the exit status.  Should that flush fail
 * (`prog > /dev/full`), or an earlier one whose failure no print reported
 * (print raises OSError for its own: builtins.c), CPython's
 * "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and
 * "OSError: [Errno 28] No space left on device" go to stderr and the
 * status is CPython's 120, whatever it would have been.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fileno, isatty */
#endif
#include "rt.h"

#include <errno.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <unistd.h>

/* ===================================================================== */
/* The exception classes                                                  */
/* ===================================================================== */

/* BaseException's base is `object`: make `&yrt_exc_##base` name it. */
#define yrt_exc_object yrt_type_object
#define YRT_BUILTIN_EXC(name, base) const YType yrt_exc_##name = YRT_EXC_CLASS(#name, &yrt_exc_##base);
#define YRT_BUILTIN_EXC_MI(name, base, base2) /* below */
#include "yrt_builtins.h"
#undef yrt_exc_object

/* ExceptionGroup derives from BaseExceptionGroup and Exception: its MRO as
 * a static tuple (yrt_subclass reads it). */
static const struct {
  YObj ob;
  int64_t len;
  YValue items[5];
} exception_group_mro = {{YRT_IMMORTAL, &yrt_type_tuple},
                         5,
                         {{.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_ExceptionGroup}},
                          {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_BaseExceptionGroup}},
                          {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_Exception}},
                          {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_exc_BaseException}},
                          {.tag = YT_OBJ, .u = {.o = (YObj *)&yrt_type_object}}}};
const YType yrt_exc_ExceptionGroup = {.ob = {YRT_IMMORTAL, &yrt_type_type},
                                      .name = "ExceptionGroup",
                                      .base = &yrt_exc_BaseExceptionGroup,
                                      .kind = YK_EXC,
                                      .call = yrt_exc_class_call,
                                      .mro = {.tag = YT_OBJ, .u = {.o = (YObj *)&exception_group_mro}}};
/* asyncio's, not a builtin name. */
const YType yrt_exc_CancelledError = YRT_EXC_CLASS_IN("asyncio.exceptions", "CancelledError", &yrt_exc_BaseException);
const YType yrt_exc_InvalidStateError = YRT_EXC_CLASS_IN("asyncio.exceptions", "InvalidStateError", &yrt_exc_Exception);
const YType yrt_exc_QueueEmpty = YRT_EXC_CLASS_IN("asyncio.queues", "QueueEmpty", &yrt_exc_Exception);
const YType yrt_exc_QueueFull = YRT_EXC_CLASS_IN("asyncio.queues", "QueueFull", &yrt_exc_Exception);

YThreadState yrt_ts = {.exc = {.tag = YT_UNBOUND, .u = {.i = 0}}, .exc_info = &yrt_ts.base_info};

/* ---- small helpers ---------------------------------------------------- */

static int is_subtype(const YType *t, const YType *base) { return yrt_subclass(t, base); }

/* Is v an exception instance? */
static YExc *as_exc(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type->kind == YK_EXC ? (YExc *)v.u.o : NULL;
}

/* Is v a class deriving from BaseException? */
static const YType *as_exc_class(YValue v) {
  if (v.tag != YT_OBJ || v.u.o->type->kind != YK_TYPE) return NULL;
  const YType *t = (const YType *)v.u.o;
  return is_subtype(t, &yrt_exc_BaseException) ? t : NULL;
}

static int is_tuple(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_TUPLE; }

static int is_str(YValue v) { return v.tag == YT_OBJ && v.u.o->type->kind == YK_STR; }

/* ===================================================================== */
/* Exception objects                                                      */
/* ===================================================================== */

static int has_value_attr(const YType *t) {
  return is_subtype(t, &yrt_exc_StopIteration) || is_subtype(t, &yrt_exc_StopAsyncIteration);
}

/* ---- OSError --------------------------------------------------------- */

/* OSError's attributes.  OSError(errno, strerror[, filename[, winerror[,
 * filename2]]]), with 2 to 5 arguments, keeps them in `value` as a tuple
 * (errno, strerror), (errno, strerror, filename) or (errno, strerror,
 * filename, filename2), and its args are the first two (all of them when
 * the filename is None); called with any
 * other number, it is a plain exception whose attributes are None.
 * OSError itself (not a subclass) called with an errno that has a subclass
 * makes that subclass, as CPython's OSError.__new__ does. */
static int is_oserror(const YType *t) { return is_subtype(t, &yrt_exc_OSError); }

const YType *yrt_oserror_type(int err) {
  switch (err) {
  case EAGAIN:
#if EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK:
#endif
  case EALREADY:
  case EINPROGRESS: return &yrt_exc_BlockingIOError;
  case ECHILD: return &yrt_exc_ChildProcessError;
  case EPIPE:
#ifdef ESHUTDOWN
  case ESHUTDOWN:
#endif
    return &yrt_exc_BrokenPipeError;
  case ECONNABORTED: return &yrt_exc_ConnectionAbortedError;
  case ECONNREFUSED: return &yrt_exc_ConnectionRefusedError;
  case ECONNRESET: return &yrt_exc_ConnectionResetError;
  case EEXIST: return &yrt_exc_FileExistsError;
  case ENOENT: return &yrt_exc_FileNotFoundError;
  case EINTR: return &yrt_exc_InterruptedError;
  case EISDIR: return &yrt_exc_IsADirectoryError;
  case ENOTDIR: return &yrt_exc_NotADirectoryError;
  case EACCES:
  case EPERM: return &yrt_exc_PermissionError;
  case ESRCH: return &yrt_exc_ProcessLookupError;
  case ETIMEDOUT: return &yrt_exc_TimeoutError;
  default: return &yrt_exc_OSError;
  }
}

YValue yrt_raise_oserror(int err, YValue filename) {
  YValue a[3] = {yint(err), yrt_str_from_c(strerror(err)), filename};
  YValue e = yrt_exc_new(yrt_oserror_type(err), YIS_UNBOUND(filename) ? 2 : 3, a);
  yrt_decref(a[1]);
  if (YIS_ERR(e)) return e;
  yrt_raise(e);
  yrt_decref(e);
  return YERROR;
}

/* The attribute n (errno, strerror, filename, filename2) of an OSError
 * instance, borrowed: None when not given. */
static YValue oserror_attr(const YExc *e, int i) {
  if (e->value.tag != YT_OBJ) return YNONE;
  const YTuple *t = (const YTuple *)e->value.u.o;
  return i < t->len ? t->items[i] : YNONE;
}

static int is_group_type(const YType *t) { return is_subtype(t, &yrt_exc_BaseExceptionGroup); }

/* The group's sub-exceptions (a tuple, in YExc.value), or NULL. */
static const YTuple *group_items(const YExc *e) {
  if (!e || !is_group_type(e->ob.type) || e->value.tag != YT_OBJ) return NULL;
  return (const YTuple *)e->value.u.o;
}

static YValue new_exc(const YType *type, int argc, const YValue *argv);

/* BaseExceptionGroup(message, exceptions), with CPython's checks; an
 * ExceptionGroup when every sub-exception is an Exception. */
static YValue group_new(const YType *type, int argc, const YValue *argv) {
  if (argc != 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", argc);
  if (!is_str(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                         yrt_typeof(argv[0])->name);
  int k = yrt_kind_of(argv[1]);
  if (k != YK_LIST && k != YK_TUPLE)
    return yrt_raise_msg(&yrt_exc_TypeError, "second argument (exceptions) must be a sequence");
  YValue items = yrt_call(yobj((void *)&yrt_type_tuple), 1, &argv[1]);
  if (YIS_ERR(items)) return items;
  const YTuple *t = (const YTuple *)items.u.o;
  if (t->len == 0) {
    yrt_decref(items);
    return yrt_raise_msg(&yrt_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  int all_exceptions = 1;
  for (int64_t i = 0; i < t->len; i++) {
    if (!as_exc(t->items[i])) {
      yrt_decref(items);
      return yrt_raise_msg(&yrt_exc_ValueError, "Item %d of second argument (exceptions) is not an exception", (int)i);
    }
    if (!is_subtype(yrt_typeof(t->items[i]), &yrt_exc_Exception)) all_exceptions = 0;
  }
  if (type == &yrt_exc_BaseExceptionGroup && all_exceptions) type = &yrt_exc_ExceptionGroup;
  if (is_subtype(type, &yrt_exc_Exception) && !all_exceptions) {
    yrt_decref(items);
    return yrt_raise_msg(&yrt_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  }
  YValue g = new_exc(type, argc, argv);
  if (YIS_ERR(g)) {
    yrt_decref(items);
    return g;
  }
  ((YExc *)g.u.o)->value = items;
  return g;
}

YValue yrt_exc_new(const YType *type, int argc, const YValue *argv) {
  if (is_group_type(type)) return group_new(type, argc, argv);
  return new_exc(type, argc, argv);
}

static YValue new_exc(const YType *type, int argc, const YValue *argv) {
  YValue attrs = YUNBOUND;
  if (argc >= 2 && argc <= 5 && is_oserror(type)) {
    if (type == &yrt_exc_OSError && argv[0].tag == YT_INT && argv[0].u.i == (int)argv[0].u.i)
      type = yrt_oserror_type((int)argv[0].u.i);
    YValue a[4] = {argv[0], argv[1], argc > 2 ? argv[2] : YNONE, argc == 5 ? argv[4] : YNONE};
    attrs = yrt_tuple_new(argc == 2 ? 2 : argc == 5 ? 4 : 3, a);
    if (!YIS_NONE(a[2])) argc = 2; /* args drops a filename, not None */
  }
  YValue args = yrt_tuple_new(argc, argv);
  if (YIS_ERR(args)) return args;
  YExc *e = yrt_obj_new(type, sizeof(YExc));
  e->args = args;
  e->cause = YNONE;
  e->context = YNONE;
  e->suppress_context = 0;
  e->value = YUNBOUND;
  if (has_value_attr(type)) e->value = argc > 0 ? yrt_incref(argv[0]) : YNONE;
  if (!YIS_UNBOUND(attrs)) e->value = attrs;
  e->ntb = e->captb = 0;
  e->tb = NULL;
  return yobj(e);
}

YValue yrt_exc_class_call(const YType *type, int argc, const YValue *argv) {
  return yrt_exc_new(type, argc, argv);
}

YValue yrt_stop_iteration(const YType *type, YValue value) {
  /* A generator returning None raises StopIteration() with empty args. */
  if (YIS_NONE(value) || YIS_UNBOUND(value)) return yrt_exc_new(type, 0, NULL);
  return yrt_exc_new(type, 1, &value);
}

void yrt_exc_dealloc(YObj *o) {
  YExc *e = (YExc *)o;
  yrt_clear(&e->args);
  yrt_clear(&e->cause);
  yrt_clear(&e->context);
  yrt_clear(&e->value);
  yrt_clear(&e->dict);
  yrt_clear(&e->tbobj);
  free(e->tb);
  free(e);
}

/* ---- traceback objects ----------------------------------------------- */

/* A traceback object: one entry of an exception's traceback, linked to the
 * next inner one as CPython's are.  yieldc keeps a traceback as an array in
 * the exception (yrt_tb_add); `exc.__traceback__` turns it into this chain
 * on first use and keeps it until the traceback grows.  Only tb_lineno and
 * tb_next exist (there are no frame objects). */
typedef struct YTraceback {
  YObj ob;
  YValue next;       /* the next inner entry, or None */
  struct YTbEntry e; /* its function and line */
} YTraceback;

static void tb_dealloc(YObj *o) {
  YTraceback *t = (YTraceback *)o;
  yrt_decref(t->next);
  free(t);
}

static YValue tb_getattr(YObj *o, YName n) {
  YTraceback *t = (YTraceback *)o;
  if (n == YN_tb_lineno) return yint(t->e.line);
  if (n == YN_tb_next) return yrt_incref(t->next);
  return yrt_no_attr(yobj(o), yrt_name_str[n]);
}

static const YTypeEx traceback_type = {YRT_TYPE_EX_HEAD("traceback", YK_OTHER), tb_dealloc, NULL, NULL, NULL,
                                       NULL, NULL, tb_getattr};

static int is_traceback(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &traceback_type.type; }

YValue yrt_exc_traceback(YValue exc) {
  YExc *e = as_exc(exc);
  if (e->ntb == 0) return YNONE;
  if (YIS_UNBOUND(e->tbobj)) {
    YValue next = YNONE;
    for (int i = e->ntb; i-- > 0;) {
      YTraceback *t = yrt_obj_new(&traceback_type.type, sizeof *t);
      t->next = next;
      t->e = e->tb[i];
      next = yobj(t);
    }
    e->tbobj = next;
  }
  return yrt_incref(e->tbobj);
}

/* exc.__traceback__ = v: None or a traceback object, whose entries become
 * the exception's. */
static int set_traceback(YExc *e, YValue v) {
  if (!YIS_NONE(v) && !is_traceback(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  int n = 0;
  for (YValue t = v; !YIS_NONE(t); t = ((YTraceback *)t.u.o)->next) n++;
  if (n > e->captb) {
    e->tb = yrt_realloc(e->tb, (size_t)n * sizeof *e->tb);
    e->captb = n;
  }
  e->ntb = 0;
  for (YValue t = v; !YIS_NONE(t); t = ((YTraceback *)t.u.o)->next) e->tb[e->ntb++] = ((YTraceback *)t.u.o)->e;
  yrt_store(&e->tbobj, YIS_NONE(v) ? YUNBOUND : yrt_incref(v));
  return 0;
}

YValue yrt_exc_with_traceback(YValue exc, int argc, const YValue *argv) {
  if (yrt_args_one("BaseException.with_traceback", argc) < 0) return YERROR;
  if (set_traceback(as_exc(exc), argv[0]) < 0) return YERROR;
  return yrt_incref(exc);
}

YValue yrt_exc_getattr(YValue exc, YName name) {
  YExc *e = as_exc(exc);
  if (!e) return yrt_no_attr(exc, yrt_name_str[name]);
  switch (name) {
  case YN_args: return yrt_incref(e->args);
  case YN___cause__: return yrt_incref(e->cause);
  case YN___context__: return yrt_incref(e->context);
  case YN___suppress_context__: return ybool(e->suppress_context);
  case YN___traceback__: return yrt_exc_traceback(exc);
  case YN_with_traceback: return yrt_method_new(exc, name);
  case YN_value:
    if (has_value_attr(e->ob.type)) return yrt_incref(YIS_UNBOUND(e->value) ? YNONE : e->value);
    break;
  case YN_errno:
  case YN_strerror:
  case YN_filename:
  case YN_filename2:
    if (is_oserror(e->ob.type)) return yrt_incref(oserror_attr(e, (int)(name - YN_errno)));
    break;
  case YN_code:
    if (is_subtype(e->ob.type, &yrt_exc_SystemExit)) {
      const YTuple *a = (const YTuple *)e->args.u.o;
      return yrt_incref(a->len == 0 ? YNONE : a->len == 1 ? a->items[0] : e->args);
    }
    break;
  case YN_message:
  case YN_exceptions:
    if (group_items(e)) {
      if (name == YN_exceptions) return yrt_incref(e->value);
      const YTuple *a = (const YTuple *)e->args.u.o;
      return yrt_incref(a->len > 0 ? a->items[0] : YNONE);
    }
    break;
  default: break;
  }
  return yrt_no_attr(exc, yrt_name_str[name]);
}

int yrt_exc_has_slot(const YType *t, YName name) {
  switch (name) {
  case YN_args: case YN___cause__: case YN___context__: case YN___suppress_context__: case YN___traceback__:
    return 1;
  case YN_errno: case YN_strerror: case YN_filename: case YN_filename2: return is_oserror(t);
  case YN_code: return is_subtype(t, &yrt_exc_SystemExit);
  case YN_message: case YN_exceptions: return is_group_type(t);
  default: return 0;
  }
}

int yrt_exc_setattr(YValue exc, YName name, YValue v) {
  YExc *e = as_exc(exc);
  switch (name) {
  case YN_args: {
    YValue t = yrt_call(yobj((void *)&yrt_type_tuple), 1, &v);
    if (YIS_ERR(t)) return -1;
    yrt_store(&e->args, t);
    return 0;
  }
  case YN___cause__:
  case YN___context__:
    if (!YIS_NONE(v) && !as_exc(v)) {
      yrt_raise_msg(&yrt_exc_TypeError, "exception %s must be None or derive from BaseException",
                    name == YN___cause__ ? "cause" : "context");
      return -1;
    }
    yrt_store(name == YN___cause__ ? &e->cause : &e->context, yrt_incref(v));
    if (name == YN___cause__) e->suppress_context = 1;
    return 0;
  case YN_value: /* StopIteration.value, StopAsyncIteration.value (PEP 828): writable */
    if (!has_value_attr(e->ob.type)) break;
    yrt_store(&e->value, yrt_incref(v));
    return 0;
  case YN___suppress_context__: {
    int t = yrt_truth(v);
    if (t < 0) return -1;
    e->suppress_context = t;
    return 0;
  }
  case YN___traceback__: return set_traceback(e, v);
  case YN_errno:
  case YN_strerror:
  case YN_filename:
  case YN_filename2: {
    if (!is_oserror(e->ob.type)) break;
    YValue a[4];
    for (int i = 0; i < 4; i++) a[i] = oserror_attr(e, i);
    a[name - YN_errno] = YIS_UNBOUND(v) ? YNONE : v;
    YValue t = yrt_tuple_new(4, a);
    if (YIS_ERR(t)) return -1;
    yrt_store(&e->value, t);
    return 0;
  }
  default: break;
  }
  yrt_raise_msg(&yrt_exc_AttributeError, "'%s' object attribute '%s' is read-only", e->ob.type->name,
                yrt_name_str[name]);
  return -1;
}

YValue yrt_no_attr(YValue obj, const char *name) {
  if (obj.tag == YT_OBJ && obj.u.o->type->kind == YK_MODULE)
    return yrt_raise_msg(&yrt_exc_AttributeError, "module '%s' has no attribute '%s'", ((YModule *)obj.u.o)->name, name);
  if (obj.tag == YT_OBJ && obj.u.o->type->kind == YK_TYPE)
    return yrt_raise_msg(&yrt_exc_AttributeError, "type object '%s' has no attribute '%s'",
                         ((const YType *)obj.u.o)->name, name);
  const YType *t = yrt_typeof(obj);
  return yrt_raise_msg(&yrt_exc_AttributeError, "'%s%s%s' object has no attribute '%s'", yrt_type_cprefix(t),
                       yrt_type_cdot(t), t->name, name);
}

/* str(exc): BaseException_str, with KeyError's repr of a lone key. */
YValue yrt_exc_str(YValue exc) {
  YExc *e = as_exc(exc);
  if (!e) return yrt_str(exc);
  const YTuple *args = (const YTuple *)e->args.u.o;
  if (is_oserror(e->ob.type) && e->value.tag == YT_OBJ) {
    /* OSError_str: "[Errno 2] No such file or directory: 'x'" */
    YValue fn = oserror_attr(e, 2), fn2 = oserror_attr(e, 3);
    YBuf b = {0};
    yrt_buf_puts(&b, "[Errno ");
    int bad = yrt_buf_str(&b, oserror_attr(e, 0)) < 0;
    yrt_buf_puts(&b, "] ");
    bad = bad || yrt_buf_str(&b, oserror_attr(e, 1)) < 0;
    if (!bad && !YIS_NONE(fn)) {
      yrt_buf_puts(&b, ": ");
      bad = yrt_buf_repr(&b, fn) < 0;
      if (!bad && !YIS_NONE(fn2)) {
        yrt_buf_puts(&b, " -> ");
        bad = yrt_buf_repr(&b, fn2) < 0;
      }
    }
    if (bad) {
      yrt_buf_free(&b);
      return YERROR;
    }
    return yrt_buf_finish(&b);
  }
  const YTuple *group = group_items(e);
  if (group && args->len > 0 && is_str(args->items[0])) {
    /* BaseExceptionGroup_str: "message (2 sub-exceptions)" */
    YBuf b = {0};
    yrt_buf_str(&b, args->items[0]);
    char n[64];
    snprintf(n, sizeof n, " (%d sub-exception%s)", (int)group->len, group->len > 1 ? "s" : "");
    yrt_buf_puts(&b, n);
    return yrt_buf_finish(&b);
  }
  if (args->len == 0) return yrt_str_new("", 0);
  if (args->len == 1)
    return is_subtype(e->ob.type, &yrt_exc_KeyError) ? yrt_repr(args->items[0])
                                                     : yrt_str(args->items[0]);
  return yrt_str(e->args);
}

/* repr(exc): "Name(arg)" for one argument, "Name(args...)" otherwise. */
YValue yrt_exc_repr(YValue exc) {
  YExc *e = as_exc(exc);
  if (!e) return yrt_repr(exc);
  const YTuple *args = (const YTuple *)e->args.u.o;
  YValue inner = yrt_repr(args->len == 1 ? args->items[0] : e->args);
  if (YIS_ERR(inner)) return inner;
  const char *name = e->ob.type->name;
  size_t nlen = strlen(name), ilen = (size_t)((YStr *)inner.u.o)->len;
  int one = args->len == 1;
  char *buf = yrt_malloc(nlen + ilen + 3);
  size_t n = 0;
  memcpy(buf, name, nlen);
  n += nlen;
  if (one) buf[n++] = '(';
  memcpy(buf + n, ((YStr *)inner.u.o)->data, ilen);
  n += ilen;
  if (one) buf[n++] = ')';
  YValue r = yrt_str_new(buf, (int64_t)n);
  free(buf);
  yrt_decref(inner);
  return r;
}

/* ===================================================================== */
/* Raising                                                                */
/* ===================================================================== */

YValue yrt_exc_handled(void) {
  for (YExcInfo *ei = yrt_ts.exc_info; ei; ei = ei->prev)
    if (!YIS_UNBOUND(ei->handled) && !YIS_NONE(ei->handled)) return ei->handled;
  return YUNBOUND;
}

/* _PyErr_SetObject's implicit chaining: value.__context__ = the handled
 * exception, unless it is value itself; a context path from the handled
 * exception back to value is cut first (Floyd's algorithm stops on cycles
 * that already exist). */
static void set_context_to(YExc *value, YValue handled) {
  YExc *h = as_exc(handled);
  if (!h || h == value) return;
  YExc *o = h, *slow = h;
  int toggle = 0;
  for (;;) {
    YExc *ctx = as_exc(o->context);
    if (!ctx) break;
    if (ctx == value) {
      yrt_store(&o->context, YNONE);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (toggle) slow = as_exc(slow->context);
    toggle = !toggle;
  }
  yrt_store(&value->context, yrt_incref(handled));
}

static void set_context(YExc *value) { set_context_to(value, yrt_exc_handled()); }

void yrt_exc_chain_to(YValue exc, YValue handled) {
  YExc *e = as_exc(exc);
  if (e) set_context_to(e, handled);
}

void yrt_exc_chain_handled(YValue exc) {
  YExc *e = as_exc(exc);
  if (e) set_context(e);
}

/* Make exc (owned, an instance) the current exception, with chaining. */
static YValue set_exc(YValue exc) {
  set_context(as_exc(exc));
  yrt_store(&yrt_ts.exc, exc);
  return YERROR;
}

/* Turn `raise X` operand into an instance (owned), or raise TypeError with
 * `what` and return YERROR. */
static YValue instantiate(YValue v, const char *what) {
  const YType *cls = as_exc_class(v);
  if (cls) {
    YValue inst = cls->call ? cls->call(cls, 0, NULL) : yrt_exc_new(cls, 0, NULL);
    if (YIS_ERR(inst)) return inst;
    if (!as_exc(inst)) {
      const char *got = yrt_typeof(inst)->name;
      yrt_decref(inst);
      return yrt_raise_msg(&yrt_exc_TypeError,
                           "calling %s should have returned an instance of BaseException, not %s",
                           cls->name, got);
    }
    return inst;
  }
  if (as_exc(v)) return yrt_incref(v);
  return yrt_raise_msg(&yrt_exc_TypeError, "%s", what);
}

YValue yrt_raise(YValue exc) {
  YValue inst = instantiate(exc, "exceptions must derive from BaseException");
  if (YIS_ERR(inst)) return inst;
  return set_exc(inst);
}

YValue yrt_raise_from(YValue exc, YValue cause) {
  YValue inst = instantiate(exc, "exceptions must derive from BaseException");
  if (YIS_ERR(inst)) return inst;
  YValue fixed = YNONE;
  if (!YIS_NONE(cause)) {
    fixed = instantiate(cause, "exception causes must derive from BaseException");
    if (YIS_ERR(fixed)) {
      yrt_decref(inst);
      return fixed;
    }
  }
  YExc *e = as_exc(inst);
  yrt_store(&e->cause, fixed);
  e->suppress_context = 1; /* PyException_SetCause always sets it */
  return set_exc(inst);
}

YValue yrt_raise_msg(const YType *type, const char *fmt, ...) {
  char small[256];
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  char *buf = small;
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof small) {
    buf = yrt_malloc((size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
  }
  va_end(ap2);
  YValue msg = yrt_str_new(buf, n);
  if (buf != small) free(buf);
  if (YIS_ERR(msg)) return msg;
  YValue exc = yrt_exc_new(type, 1, &msg);
  yrt_decref(msg);
  if (YIS_ERR(exc)) return exc;
  return set_exc(exc);
}

YValue yrt_reraise(void) {
  YValue h = yrt_exc_handled();
  if (YIS_UNBOUND(h)) return yrt_raise_msg(&yrt_exc_RuntimeError, "No active exception to reraise");
  yrt_restore_exc(yrt_incref(h));
  return YERROR;
}

YValue yrt_fetch_exc(void) {
  YValue e = yrt_ts.exc;
  yrt_ts.exc = YUNBOUND;
  return e;
}

void yrt_restore_exc(YValue exc) { yrt_store(&yrt_ts.exc, exc); }

/* `except <not a class>`: TypeError, raised while `exc` counts as handled
 * (CPython checks the clause after pushing the caught exception), so that
 * its __context__ is the exception being matched. */
static int bad_except_clause(YValue exc) {
  YExcInfo top = {exc, yrt_ts.exc_info}; /* borrowed; set_context increfs */
  yrt_ts.exc_info = &top;
  yrt_raise_msg(&yrt_exc_TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
  yrt_ts.exc_info = top.prev;
  return -1;
}

int yrt_exc_matches(YValue exc, YValue type) {
  if (YIS_UNBOUND(exc)) exc = yrt_ts.exc;
  if (is_tuple(type)) {
    const YTuple *t = (const YTuple *)type.u.o;
    for (int64_t i = 0; i < t->len; i++)
      if (!as_exc_class(t->items[i])) return bad_except_clause(exc);
    const YType *et = yrt_typeof(exc);
    for (int64_t i = 0; i < t->len; i++)
      if (is_subtype(et, (const YType *)t->items[i].u.o)) return 1;
    return 0;
  }
  const YType *cls = as_exc_class(type);
  if (!cls) return bad_except_clause(exc);
  return is_subtype(yrt_typeof(exc), cls);
}

YValue yrt_exc_enter(YValue exc) {
  YValue saved = yrt_ts.exc_info->handled;
  yrt_ts.exc_info->handled = yrt_incref(exc);
  return saved;
}

void yrt_exc_leave(YValue saved) { yrt_store(&yrt_ts.exc_info->handled, saved); }

void yrt_tb_add(const char *func, int line) { yrt_tb_add_in(NULL, func, line); }

void yrt_tb_add_in(const char *file, const char *func, int line) {
  YExc *e = as_exc(yrt_ts.exc);
  if (!e) return;
  if (e->ntb == e->captb) {
    e->captb = e->captb ? 2 * e->captb : 8;
    e->tb = yrt_realloc(e->tb, (size_t)e->captb * sizeof *e->tb);
  }
  memmove(e->tb + 1, e->tb, (size_t)e->ntb * sizeof *e->tb);
  e->tb[0].func = func;
  e->tb[0].line = line;
  e->tb[0].file = file;
  if (!YIS_UNBOUND(e->tbobj)) { /* a new outer entry linked to the traceback object already made */
    YTraceback *t = yrt_obj_new(&traceback_type.type, sizeof *t);
    t->next = e->tbobj;
    t->e = e->tb[0];
    e->tbobj = yobj(t);
  }
  e->ntb++;
}

YValue yrt_assert_fail(YValue msg) {
  if (YIS_UNBOUND(msg)) return yrt_raise(yobj((void *)&yrt_exc_AssertionError));
  YValue exc = yrt_exc_new(&yrt_exc_AssertionError, 1, &msg);
  if (YIS_ERR(exc)) return exc;
  return set_exc(exc);
}

YValue yrt_unbound_local(const char *name) {
  return yrt_raise_msg(&yrt_exc_UnboundLocalError,
                       "cannot access local variable '%s' where it is not associated with a value",
                       name);
}

YValue yrt_unbound_free(const char *name) {
  return yrt_raise_msg(&yrt_exc_NameError,
                       "cannot access free variable '%s' where it is not associated with a value"
                       " in enclosing scope",
                       name);
}

YValue yrt_unbound_global(const char *name) {
  return yrt_raise_msg(&yrt_exc_NameError, "name '%s' is not defined", name);
}

/* ===================================================================== */
/* Printing exceptions                                                    */
/* ===================================================================== */

#define TB_LIMIT 1000         /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3 /* identical entries shown before collapsing */

static void write_value(FILE *f, YValue s) {
  if (is_str(s)) fwrite(((YStr *)s.u.o)->data, 1, (size_t)((YStr *)s.u.o)->len, f);
}

static void write_repeated(FILE *f, int cnt) {
  cnt -= TB_RECURSIVE_CUTOFF;
  fprintf(f, "  [Previous line repeated %d more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* The traceback's entries, after its header line (printed by the caller). */
static void print_tb_entries(FILE *f, const YExc *e) {
  const char *main_file = yrt_ts.filename ? yrt_ts.filename : "<unknown>";
  const char *last_func = NULL;
  int last_line = -1, cnt = 0;
  int start = e->ntb > TB_LIMIT ? e->ntb - TB_LIMIT : 0;
  for (int i = start; i < e->ntb; i++) {
    const struct YTbEntry *t = &e->tb[i];
    if (!last_func || t->line != last_line || strcmp(t->func, last_func) != 0) {
      if (cnt > TB_RECURSIVE_CUTOFF) write_repeated(f, cnt);
      last_func = t->func;
      last_line = t->line;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF)
      fprintf(f, "  File \"%s\", line %d, in %s\n", t->file ? t->file : main_file, t->line, t->func);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) write_repeated(f, cnt);
}

static void print_traceback(FILE *f, const YExc *e) {
  if (e->ntb == 0) return;
  fputs("Traceback (most recent call last):\n", f);
  print_tb_entries(f, e);
}

/* The last line: "Type: message", or "Type" when str(exc) is empty;
 * `always_colon` is the unraisable hook's variant ("Type: "). */
static void print_last_line(FILE *f, YValue exc, int always_colon) {
  const YType *t = yrt_typeof(exc);
  /* re.error, asyncio.exceptions.CancelledError, json.decoder.JSONDecodeError;
   * a class of the program's main file or a builtin one: just its name. */
  const char *mod = yrt_type_modname(t);
  if (mod && strcmp(mod, "__main__") && strcmp(mod, "builtins")) fprintf(f, "%s.", mod);
  fputs(t->qualname ? t->qualname : t->name, f);
  YValue saved = yrt_fetch_exc();
  YValue s = yrt_exc_str(exc);
  if (YIS_ERR(s)) {
    yrt_decref(yrt_fetch_exc());
    fputs(": <exception str() failed>", f);
  } else {
    if (always_colon || ((YStr *)s.u.o)->len != 0) fputs(": ", f);
    write_value(f, s);
    yrt_decref(s);
  }
  fputc('\n', f);
  yrt_restore_exc(saved);
}

typedef struct Seen {
  const YExc **items;
  int n, cap;
} Seen;

static int seen_has(const Seen *s, const YExc *e) {
  for (int i = 0; i < s->n; i++)
    if (s->items[i] == e) return 1;
  return 0;
}

static void seen_add(Seen *s, const YExc *e) {
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 8;
    s->items = yrt_realloc(s->items, (size_t)s->cap * sizeof *s->items);
  }
  s->items[s->n++] = e;
}

/* Printing state, as CPython's traceback._ExceptionPrintContext: inside an
 * exception group every line is indented two spaces a level and has a
 * margin ("| ", or "+ " for the outermost group's header). */
typedef struct PrintCtx {
  Seen seen;
  int depth;      /* exception groups entered */
  int need_close; /* the last sub-exception's closing line is still due */
} PrintCtx;

#define GROUP_MAX_WIDTH 15 /* sub-exceptions shown a group */
#define GROUP_MAX_DEPTH 10 /* groups nested */

static void put_indent(FILE *f, const PrintCtx *c) {
  for (int i = 0; i < c->depth; i++) fputs("  ", f);
}

/* Text (lines ending in \n) with the context's indent and margin. */
static void emit_text(FILE *f, const PrintCtx *c, const char *text, size_t len, char margin) {
  if (c->depth == 0) {
    fwrite(text, 1, len, f);
    return;
  }
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    put_indent(f, c);
    fputc(margin, f);
    fputc(' ', f);
    fwrite(text + i, 1, j - i, f);
    fputc('\n', f);
    i = j + 1;
  }
}

/* What print_fn writes for e, emitted through the context. */
static void emit_with(FILE *f, const PrintCtx *c, char margin, void (*print_fn)(FILE *, const YExc *, YValue),
                      const YExc *e, YValue exc) {
  if (c->depth == 0) {
    print_fn(f, e, exc);
    return;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m) return;
  print_fn(m, e, exc);
  fclose(m);
  emit_text(f, c, buf, len, margin);
  free(buf);
}

static void print_plain(FILE *f, const YExc *e, YValue exc) {
  if (e) print_traceback(f, e);
  print_last_line(f, exc, 0);
}

static void print_group_tb(FILE *f, const YExc *e, YValue exc) {
  (void)exc;
  print_tb_entries(f, e);
}

static void print_only_last(FILE *f, const YExc *e, YValue exc) {
  (void)e;
  print_last_line(f, exc, 0);
}

static void print_ctx(FILE *f, YValue exc, PrintCtx *c) {
  const YExc *e = as_exc(exc);
  if (e) {
    seen_add(&c->seen, e);
    const YExc *cause = as_exc(e->cause), *ctx = as_exc(e->context);
    const char *msg = NULL;
    if (cause) {
      if (!seen_has(&c->seen, cause)) {
        print_ctx(f, e->cause, c);
        msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      }
    } else if (ctx && !e->suppress_context) {
      if (!seen_has(&c->seen, ctx)) {
        print_ctx(f, e->context, c);
        msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      }
    }
    if (msg) emit_text(f, c, msg, strlen(msg), '|');
  }
  const YTuple *group = group_items(e);
  if (!group) {
    emit_with(f, c, '|', print_plain, e, exc);
    return;
  }
  if (c->depth > GROUP_MAX_DEPTH) {
    char line[64];
    snprintf(line, sizeof line, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
    emit_text(f, c, line, strlen(line), '|');
    return;
  }
  int toplevel = c->depth == 0;
  if (toplevel) c->depth++;
  if (e->ntb) {
    static const char header[] = "Exception Group Traceback (most recent call last):\n";
    emit_text(f, c, header, sizeof header - 1, toplevel ? '+' : '|');
    emit_with(f, c, '|', print_group_tb, e, exc);
  }
  emit_with(f, c, '|', print_only_last, e, exc);
  int num = (int)group->len, n = num <= GROUP_MAX_WIDTH ? num : GROUP_MAX_WIDTH + 1;
  c->need_close = 0;
  for (int i = 0; i < n; i++) {
    int last = i == n - 1, truncated = i >= GROUP_MAX_WIDTH;
    if (last) c->need_close = 1;
    put_indent(f, c);
    fputs(i == 0 ? "+-" : "  ", f);
    if (truncated)
      fputs("+---------------- ... ----------------\n", f);
    else
      fprintf(f, "+---------------- %d ----------------\n", i + 1);
    c->depth++;
    if (!truncated) {
      print_ctx(f, group->items[i], c);
    } else {
      char line[80];
      int remaining = num - GROUP_MAX_WIDTH;
      snprintf(line, sizeof line, "and %d more exception%s\n", remaining, remaining > 1 ? "s" : "");
      emit_text(f, c, line, strlen(line), '|');
    }
    if (last && c->need_close) {
      put_indent(f, c);
      fputs("+------------------------------------\n", f);
      c->need_close = 0;
    }
    c->depth--;
  }
  if (toplevel) c->depth = 0;
}

static void print_recursive(FILE *f, YValue exc, Seen *seen) {
  PrintCtx c = {*seen, 0, 0};
  print_ctx(f, exc, &c);
  *seen = c.seen;
}

void yrt_print_exception(YValue exc) {
  Seen seen = {NULL, 0, 0};
  print_recursive(stderr, exc, &seen);
  free(seen.items);
  fflush(stderr);
}

void yrt_write_unraisable(YValue obj) {
  YValue exc = yrt_fetch_exc();
  FILE *f = stderr;
  if (!YIS_UNBOUND(obj)) {
    fputs("Exception ignored in: ", f);
    YValue r = yrt_repr(obj);
    if (YIS_ERR(r)) {
      yrt_decref(yrt_fetch_exc());
      fputs("<object repr() failed>", f);
    } else {
      write_value(f, r);
      yrt_decref(r);
    }
    fputc('\n', f);
  }
  const YExc *e = as_exc(exc);
  if (e) {
    print_traceback(f, e);
    print_last_line(f, exc, 1);
  }
  yrt_decref(exc);
  fflush(f);
}

/* ===================================================================== */
/* The recursion limit and the C stack                                    */
/* ===================================================================== */

/* yrt_ts.depth counts Python frames against yrt_recursion_limit as CPython
 * does (rt.h), and each of them costs C stack: the generated function or
 * resume function, and the runtime's frames between two (a yield-from
 * chain's send, next(), a call through yrt_call, ...).  Measured on
 * x86-64, the most a level takes is under 2 KiB at -O1 and about 6 KiB
 * under ASan (see tests/run/stress_recursion_limit.py), so 1000 levels
 * need a few MiB.  yrt_init makes sure of STACK_WANTED: on Linux the main
 * thread's stack grows on demand up to the soft RLIMIT_STACK of the
 * moment, so a lower soft limit is raised (up to the hard one).  Then
 * yrt_stack_floor is set STACK_RESERVE above the stack's end: entering a
 * generator's frame below it raises RecursionError, so that a deeper
 * limit (or a C program driving generators from a deep stack) fails
 * cleanly rather than overrunning the stack.  The reserve covers what
 * lies above main() (arguments, environment) and the frames that run
 * after the last check. */
#define STACK_WANTED ((rlim_t)64 << 20)
#define STACK_RESERVE ((uintptr_t)1 << 20)

uintptr_t yrt_stack_floor;
int yrt_recursion_limit = YRT_RECURSION_LIMIT;

int yrt_recursion_error(const char *where) {
  yrt_raise_msg(&yrt_exc_RecursionError, "maximum recursion depth exceeded%s", where);
  return -1;
}

static void stack_setup(void) {
  uintptr_t here = YRT_STACK_HERE();
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) != 0) return;
  rlim_t size = rl.rlim_cur;
#ifdef __linux__
  if (size != RLIM_INFINITY && size < STACK_WANTED) {
    rlim_t want = STACK_WANTED;
    if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max) want = rl.rlim_max;
    if (want > size) {
      rl.rlim_cur = want;
      if (setrlimit(RLIMIT_STACK, &rl) == 0) size = want;
    }
  }
#endif
  if (size == RLIM_INFINITY || size > ((rlim_t)1 << 30)) size = (rlim_t)1 << 30;
  uintptr_t usable = (uintptr_t)size > 2 * STACK_RESERVE ? (uintptr_t)size - STACK_RESERVE
                                                         : (uintptr_t)size / 2;
  yrt_stack_floor = here > usable ? here - usable : 0;
}

/* ===================================================================== */
/* Module globals and the program                                         */
/* ===================================================================== */

/* The bound global slots in the order of their (latest) first binding: a
 * slot is listed, in g_slots[g_first..g_nslots), exactly while it is bound,
 * as a key is in a module dict.  (g_first moves only in yrt_finish.) */
static YValue **g_slots;
static size_t g_first, g_nslots, g_capslots;

/* Unlist slot.  The search starts at the end, where a name bound, unbound
 * and bound again in a loop (`except E as name`) was put last time. */
static void forget_slot(YValue *slot) {
  for (size_t i = g_nslots; i-- > g_first;)
    if (g_slots[i] == slot) {
      memmove(g_slots + i, g_slots + i + 1, (g_nslots - i - 1) * sizeof *g_slots);
      g_nslots--;
      return;
    }
}

void yrt_global_bind(YValue *slot, YValue v) {
  if (g_nslots == g_capslots) {
    g_capslots = g_capslots ? 2 * g_capslots : 32;
    g_slots = yrt_realloc(g_slots, g_capslots * sizeof *g_slots);
  }
  g_slots[g_nslots++] = slot;
  *slot = v;
}

int yrt_global_del(YValue *slot, const char *name) {
  if (YIS_UNBOUND(*slot)) {
    yrt_unbound_global(name);
    return -1;
  }
  yrt_global_unbind(slot);
  return 0;
}

void yrt_global_unbind(YValue *slot) {
  if (YIS_UNBOUND(*slot)) return;
  forget_slot(slot);
  yrt_clear(slot);
}

int yrt_argc;
char **yrt_argv;

void yrt_init(int argc, char **argv, const char *filename) {
  yrt_argc = argc;
  yrt_argv = argv;
  yrt_ts.exc = YUNBOUND;
  yrt_ts.base_info.handled = YUNBOUND;
  yrt_ts.base_info.prev = NULL;
  yrt_ts.exc_info = &yrt_ts.base_info;
  yrt_ts.filename = filename;
  yrt_ts.depth = 1; /* the module's frame, as CPython counts it */
  stack_setup();
  /* The buffer is given: without one glibc ignores the size and takes
   * st_blksize (4 KiB for a pipe), and a full disk would then be seen at
   * another print than CPython sees it (its 8 KiB chunks: builtins.c). */
  static char stdout_buf[8192];
  if (isatty(fileno(stdout)))
    setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
  else
    setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
}

/* At exit CPython's garbage collector runs the finalisers of the module's
 * suspended generators (their pending finally blocks) while every global is
 * still bound, and only then clears the module.  Do the same for the
 * generators a global holds, directly or inside lists and tuples, in the
 * order of the globals (CPython's order is the generators' creation order,
 * which is usually the same). */
#define FINALIZE_MAX_DEPTH 8
static void finalize_value(YValue v, int depth) {
  if (v.tag != YT_OBJ || depth > FINALIZE_MAX_DEPTH) return;
  switch (v.u.o->type->kind) {
  case YK_GEN: {
    YGen *g = (YGen *)v.u.o;
    if (g->state != YGS_SUSPENDED || g->code->kind != YG_GENERATOR || g->finalized) return;
    g->finalized = 1;
    yrt_incref(v);
    if (yrt_gen_close(g) < 0) yrt_write_unraisable(v);
    yrt_decref(v);
    return;
  }
  case YK_LIST: {
    YList *l = (YList *)v.u.o;
    for (int64_t i = 0; i < l->len; i++) finalize_value(l->items[i], depth + 1);
    return;
  }
  case YK_TUPLE: {
    YTuple *t = (YTuple *)v.u.o;
    for (int64_t i = 0; i < t->len; i++) finalize_value(t->items[i], depth + 1);
    return;
  }
  default: return;
  }
}

/* The errno of the first failed flush of stdout here, 0 if none. */
static int stdout_errno;

/* Flush stdout (before writing to stderr, so that `prog 2>&1` shows the
 * two in order); a failure is reported by yrt_finish. */
static void flush_stdout(void) {
  errno = 0;
  if (fflush(stdout) != 0 && !stdout_errno) stdout_errno = errno ? errno : EIO;
}

/* At exit: report a write to stdout that failed and that no print reported,
 * as CPython does when it flushes sys.stdout at exit; 1 if there was one. */
static int stdout_lost(void) {
  errno = 0;
  int err = fflush(stdout) != 0 ? (errno ? errno : EIO) : 0;
  if (!err && ferror(stdout)) err = stdout_errno ? stdout_errno : EIO;
  if (!err) return 0;
  clearerr(stdout);
  fprintf(stderr,
          "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
          "%s: [Errno %d] %s\n",
          err == EPIPE ? "BrokenPipeError" : "OSError", err, strerror(err));
  fflush(stderr);
  return 1;
}

/* An uncaught SystemExit: its code is the exit status (None: 0); any other
 * code is printed to stderr and the status is 1, as CPython does. */
static int system_exit_status(YValue exc) {
  const YTuple *args = (const YTuple *)as_exc(exc)->args.u.o;
  YValue code = args->len == 0 ? YNONE : args->len == 1 ? args->items[0] : as_exc(exc)->args;
  if (YIS_NONE(code)) return 0;
  if (code.tag == YT_INT || code.tag == YT_BOOL) return (int)code.u.i;
  flush_stdout(); /* python3 | cat shows stdout's lines before the message */
  YValue saved = yrt_fetch_exc();
  YValue s = yrt_str(code);
  if (YIS_ERR(s))
    yrt_decref(yrt_fetch_exc());
  else
    write_value(stderr, s);
  yrt_decref(s);
  fputc('\n', stderr);
  yrt_restore_exc(saved);
  return 1;
}

int yrt_finish(YValue result) {
  int status = 0;
  if (YIS_ERR(result)) {
    YValue exc = yrt_fetch_exc();
    if (as_exc(exc) && is_subtype(yrt_typeof(exc), &yrt_exc_SystemExit)) {
      status = system_exit_status(exc);
    } else {
      yrt_print_exception(exc);
      status = 1;
    }
    yrt_decref(exc);
  } else {
    yrt_decref(result);
  }
  /* Finalise first, release after: see finalize_value. */
  for (size_t i = 0; i < g_nslots; i++) finalize_value(*g_slots[i], 0);
  /* Release the globals; their finalisers may run Python code, which may
   * even bind or delete globals, so take the first slot each time. */
  while (g_first < g_nslots) {
    YValue *slot = g_slots[g_first++];
    YValue v = *slot;
    *slot = YUNBOUND;
    yrt_decref(v);
    if (!YIS_UNBOUND(yrt_ts.exc)) yrt_write_unraisable(YUNBOUND);
  }
  free(g_slots);
  g_slots = NULL;
  g_first = g_nslots = g_capslots = 0;
  yrt_clear(&yrt_ts.base_info.handled);
  yrt_small_cache_free();
  if (stdout_lost()) status = 120; /* CPython's status when finalising fails */
  return status;
}

void yrt_fatal(const char *file, int line, const char *msg) {
  fflush(stdout);
  fprintf(stderr, "yieldrt: internal error at %s:%d: %s\n", file, line, msg);
  fflush(stderr);
  abort();
}
