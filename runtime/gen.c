/*
 * gen.c: generator objects and the protocol that drives them.
 *
 * A generator is one allocation: the generated frame struct, whose first
 * member is the YGen header.  The compiler writes a resume function per
 * generator function that dispatches on g->label with a switch and runs to
 * the next suspension; this file does everything around it:
 *
 *   - the state checks and CPython's messages ("generator already
 *     executing", "can't send non-None value to a just-started generator");
 *   - pushing the generator's own handled-exception entry while it runs, as
 *     CPython swaps gi_exc_state in and out;
 *   - `yield from`: the delegate iterator is kept in g->delegate and driven
 *     here, so a resume function only sees the subiterator's final result.
 *     send goes to the innermost delegate; throw and close travel innermost
 *     first (PEP 380).  The delegate is cleared before the body resumes;
 *   - finishing: once resume returns or raises, the frame is cleared at once
 *     and the generator is done; PEP 479 turns an escaping StopIteration into
 *     RuntimeError;
 *   - close() and finalisation when the last reference goes away, which runs
 *     pending finally blocks in CPython's order.
 *
 * Values that the runtime lends to a resume function as `sent` (the result
 * of a finished delegate) are kept alive in g->hold until the next resume.
 *
 * Coroutines and async generators use the same machinery.  `await x` makes
 * x the delegate; a delegate that waits for the event loop reports YS_AWAIT,
 * which passes up unchanged through every frame to the task that drives the
 * outermost coroutine.  An async generator thus suspends two ways, YS_YIELD
 * (a value for its consumer) and YS_AWAIT (a wait for the loop), and its
 * asend/athrow objects (below) turn the first into the result of an await.
 */
#include "rt.h"

YRT_DEFINE_TYPE(yrt_type_generator, "generator", &yrt_type_object, YK_GEN, NULL);
YRT_DEFINE_TYPE(yrt_type_coroutine, "coroutine", &yrt_type_object, YK_GEN, NULL);
YRT_DEFINE_TYPE(yrt_type_async_generator, "async_generator", &yrt_type_object, YK_GEN, NULL);

YGen *yrt_gen_new(const YGenCode *code) {
  const YType *type = code->kind == YG_COROUTINE ? &yrt_type_coroutine
                      : code->kind == YG_ASYNCGEN ? &yrt_type_async_generator
                                                  : &yrt_type_generator;
  YGen *g = yrt_obj_new(type, code->size);
  g->code = code;
  g->label = 0;
  g->state = YGS_CREATED;
  g->delegate = YUNBOUND;
  g->hold = YUNBOUND;
  g->exc_state.handled = YUNBOUND;
  g->exc_state.prev = NULL;
  return g;
}

/* The word CPython uses for this kind of object in its messages. */
static const char *gen_word(const YGen *g) {
  switch (g->code->kind) {
  case YG_COROUTINE: return "coroutine";
  case YG_ASYNCGEN: return "async generator";
  default: return "generator";
  }
}

static YGen *as_gen(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type->kind == YK_GEN ? (YGen *)v.u.o : NULL;
}

/* Drop everything the frame holds and mark the generator finished.  A
 * generator abandoned while suspended keeps its label for clear(), which
 * releases the temporaries live at that suspension point. */
static void gen_finish(YGen *g) {
  if (g->state != YGS_SUSPENDED) g->label = -1;
  g->state = YGS_DONE;
  g->code->clear(g);
  g->label = -1;
  yrt_clear(&g->delegate);
  yrt_clear(&g->hold);
  yrt_clear(&g->exc_state.handled);
}

/* PEP 479: StopIteration (and, for async generators, StopAsyncIteration)
 * escaping the body becomes RuntimeError, chained to the original. */
static void pep479(YGen *g) {
  YValue exc = yrt_ts.exc;
  const YType *t = yrt_typeof(exc);
  const char *what = NULL;
  if (yrt_subclass(t, &yrt_exc_StopIteration))
    what = "StopIteration";
  else if (g->code->kind == YG_ASYNCGEN && yrt_subclass(t, &yrt_exc_StopAsyncIteration))
    what = "StopAsyncIteration";
  if (!what) return;
  YValue orig = yrt_fetch_exc();
  char text[64];
  snprintf(text, sizeof text, "%s raised %s", gen_word(g), what);
  YValue arg = yrt_str_from_c(text);
  YValue err = yrt_exc_new(&yrt_exc_RuntimeError, 1, &arg);
  yrt_decref(arg);
  yrt_raise_from(err, orig);
  /* CPython chains it both ways: __cause__ and __context__. */
  YExc *raised = (YExc *)yrt_ts.exc.u.o;
  yrt_store(&raised->context, orig);
  yrt_decref(err);
}

/* State tracing, in test builds only (make's build/trace/libyieldrt.a):
 * `@yrt-state GEN QUALNAME EVENT LABEL` on stderr when a resume starts
 * ("resume", at its label), when the body reaches a delegating suspension
 * point ("reach", as yield from and await call in here), and when the
 * resume ends ("yield", "await", "return", "raise").  tests/check_trace.py
 * checks every step against yieldc's --emit=dot diagram. */
#ifdef YRT_TRACE_STATES
static void trace(YGen *g, const char *event) {
  fprintf(stderr, "@yrt-state %p %s %s %d\n", (void *)g, g->code->qualname, event, g->label);
}
#else
#define trace(g, event) ((void)0)
#endif

/*
 * Run the body from its label.  `sent` is borrowed; YERROR means "raise the
 * exception `thrown` at the suspension point" (it is raised here, after the
 * generator's exception state is on top, so that its __context__ is what the
 * generator is handling, as in CPython).
 */
static YStatus gen_resume(YGen *g, YValue sent, YValue thrown, YValue *out) {
  YValue lent = g->hold; /* kept alive across the call: `sent` may be it */
  g->hold = YUNBOUND;
  g->exc_state.prev = yrt_ts.exc_info;
  yrt_ts.exc_info = &g->exc_state;
  g->state = YGS_RUNNING;
  if (YIS_ERR(sent) && !YIS_UNBOUND(thrown)) yrt_raise(thrown);
  trace(g, "resume");
  YStatus st = g->code->resume(g, sent, out);
  trace(g, st == YS_YIELD ? "yield" : st == YS_AWAIT ? "await" : st == YS_RETURN ? "return" : "raise");
  yrt_ts.exc_info = g->exc_state.prev;
  g->exc_state.prev = NULL;
  yrt_decref(lent);
  if (st == YS_YIELD || st == YS_AWAIT) {
    g->state = YGS_SUSPENDED;
    return st;
  }
  gen_finish(g);
  if (st == YS_RAISE) pep479(g);
  return st;
}

/* One step of a delegate: send v (None means next) and report the status. */
static int is_awaitable_obj(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type->kind == YK_AWAITABLE;
}

static YStatus delegate_send(YValue it, YValue v, YValue *out) {
  YGen *sub = as_gen(it);
  if (sub) return yrt_gen_send(sub, v, out);
  if (is_awaitable_obj(it)) return YRT_AWAIT_TYPE(it.u.o->type)->send(it.u.o, v, out);
  if (YIS_NONE(v)) {
    int r = yrt_next(it, out);
    return r > 0 ? YS_YIELD : r == 0 ? YS_RETURN : YS_RAISE;
  }
  YValue r = yrt_callmethod(it, YN_send, 1, &v);
  if (!YIS_ERR(r)) {
    *out = r;
    return YS_YIELD;
  }
  /* A StopIteration from a non-generator send() means it finished. */
  if (yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_StopIteration)) > 0) {
    YValue e = yrt_fetch_exc();
    YValue val = yrt_getattr(e, YN_value);
    yrt_decref(e);
    if (YIS_ERR(val)) return YS_RAISE;
    *out = val;
    return YS_RETURN;
  }
  return YS_RAISE;
}

/* Run the delegate step `step` (already done) and continue the body with
 * its outcome. */
static YStatus after_delegate(YGen *g, YStatus st, YValue val, YValue *out) {
  if (st == YS_YIELD || st == YS_AWAIT) {
    *out = val;
    return st;
  }
  yrt_clear(&g->delegate);
  if (st == YS_RETURN) {
    yrt_store(&g->hold, val); /* lent to the body as the delegate's result */
    return gen_resume(g, val, YUNBOUND, out);
  }
  return gen_resume(g, YERROR, YUNBOUND, out);
}

/* Mark g running around a delegate step so that re-entering it from inside
 * the delegate is "already executing", and keep its exception state on top. */
#define WITH_RUNNING(g, stmt)                 \
  do {                                        \
    (g)->exc_state.prev = yrt_ts.exc_info;    \
    yrt_ts.exc_info = &(g)->exc_state;        \
    (g)->state = YGS_RUNNING;                 \
    stmt;                                     \
    (g)->state = YGS_SUSPENDED;               \
    yrt_ts.exc_info = (g)->exc_state.prev;    \
    (g)->exc_state.prev = NULL;               \
  } while (0)

static YStatus already_executing(YGen *g) {
  yrt_raise_msg(&yrt_exc_ValueError, "%s already executing", gen_word(g));
  return YS_RAISE;
}

YStatus yrt_gen_send(YGen *g, YValue v, YValue *out) {
  switch (g->state) {
  case YGS_RUNNING: return already_executing(g);
  case YGS_DONE:
    if (g->code->kind == YG_COROUTINE) {
      yrt_raise_msg(&yrt_exc_RuntimeError, "cannot reuse already awaited coroutine");
      return YS_RAISE;
    }
    *out = YNONE;
    return YS_RETURN;
  case YGS_CREATED:
    if (!YIS_NONE(v)) {
      yrt_raise_msg(&yrt_exc_TypeError, "can't send non-None value to a just-started %s",
                    gen_word(g));
      return YS_RAISE;
    }
    break;
  case YGS_SUSPENDED:
    if (!YIS_UNBOUND(g->delegate)) {
      YStatus st;
      YValue val = YNONE;
      WITH_RUNNING(g, st = delegate_send(g->delegate, v, &val));
      return after_delegate(g, st, val, out);
    }
    break;
  }
  return gen_resume(g, v, YUNBOUND, out);
}

/* Close a delegate that is not a generator: call its close() if it has one
 * (builtin iterators have none). */
static int close_iter(YValue it) {
  YGen *sub = as_gen(it);
  if (sub) return yrt_gen_close(sub);
  return 0;
}

/* Throw into a delegate that has a throw (a generator, a coroutine, a
 * runtime awaitable); -1: it has none. */
static int delegate_throw(YValue it, YValue exc, YStatus *st, YValue *out) {
  YGen *sub = as_gen(it);
  if (sub) {
    *st = yrt_gen_throw(sub, exc, out);
    return 0;
  }
  if (is_awaitable_obj(it)) {
    *st = YRT_AWAIT_TYPE(it.u.o->type)->throw(it.u.o, exc, out);
    return 0;
  }
  return -1;
}

static int is_generator_exit(YValue exc) {
  const YType *t = exc.tag == YT_OBJ && exc.u.o->type->kind == YK_TYPE
                       ? (const YType *)exc.u.o
                       : yrt_typeof(exc);
  return yrt_subclass(t, &yrt_exc_GeneratorExit);
}

YStatus yrt_gen_throw(YGen *g, YValue exc, YValue *out) {
  switch (g->state) {
  case YGS_RUNNING: return already_executing(g);
  case YGS_DONE:
    yrt_raise(exc);
    return YS_RAISE;
  case YGS_CREATED:
    /* Thrown in before the first line: the generator ends at once. */
    gen_finish(g);
    yrt_raise(exc);
    return YS_RAISE;
  case YGS_SUSPENDED:
    break;
  }
  if (!YIS_UNBOUND(g->delegate)) {
    YGen *sub = as_gen(g->delegate);
    /* PEP 380: GeneratorExit closes the delegate first, then is raised in
     * the delegating generator.  An async generator delegate (PEP 828) is
     * closed the async way: GeneratorExit is thrown into it, so its finally
     * blocks may await. */
    int async_close = sub && sub->code->kind == YG_ASYNCGEN;
    if (is_generator_exit(exc) && !async_close) {
      int r = 0;
      WITH_RUNNING(g, r = close_iter(g->delegate));
      yrt_clear(&g->delegate);
      if (r < 0) return gen_resume(g, YERROR, YUNBOUND, out);
    } else {
      YStatus st = YS_RAISE;
      YValue val = YNONE;
      int r;
      WITH_RUNNING(g, r = delegate_throw(g->delegate, exc, &st, &val));
      if (r == 0) return after_delegate(g, st, val, out);
      yrt_clear(&g->delegate); /* an iterator without throw() is dropped */
    }
  }
  return gen_resume(g, YERROR, exc, out);
}

int yrt_gen_close(YGen *g) {
  switch (g->state) {
  case YGS_CREATED:
    gen_finish(g);
    return 0;
  case YGS_DONE: return 0;
  case YGS_RUNNING: already_executing(g); return -1;
  case YGS_SUSPENDED: break;
  }
  YValue ge = yrt_exc_new(&yrt_exc_GeneratorExit, 0, NULL);
  YValue val = YNONE;
  YStatus st = yrt_gen_throw(g, ge, &val);
  yrt_decref(ge);
  if (st == YS_YIELD || st == YS_AWAIT) {
    yrt_decref(val);
    yrt_raise_msg(&yrt_exc_RuntimeError, "%s ignored GeneratorExit", gen_word(g));
    return -1;
  }
  if (st == YS_RETURN) {
    yrt_decref(val);
    return 0;
  }
  YValue e = yrt_ts.exc;
  if (yrt_subclass(yrt_typeof(e), &yrt_exc_GeneratorExit) ||
      yrt_subclass(yrt_typeof(e), &yrt_exc_StopIteration)) {
    yrt_decref(yrt_fetch_exc());
    return 0;
  }
  return -1;
}

/* Raise StopIteration/StopAsyncIteration carrying v (stolen), as the end of
 * a generator or of an asend/athrow await looks to Python code. */
static void raise_stop(const YType *type, YValue v) {
  YValue e = yrt_stop_iteration(type, v);
  yrt_decref(v);
  yrt_raise(e);
  yrt_decref(e);
}

/* ---- starting a delegation ------------------------------------------ */

/* The first step of a delegate, and what the body does next. */
static YStatus delegate_start(YGen *g, YValue it, YValue *out) {
  YValue val = YNONE;
  YStatus st = delegate_send(it, YNONE, &val);
  if (st == YS_YIELD || st == YS_AWAIT) {
    g->delegate = it;
    *out = val;
    return st;
  }
  yrt_decref(it);
  if (st == YS_RETURN) {
    yrt_store(&g->hold, val); /* lent to the body as the result */
    *out = val;
  } else {
    *out = YERROR;
  }
  return st;
}

static YStatus start_failed(YValue *out) {
  *out = YERROR;
  return YS_RAISE;
}

YStatus yrt_yield_from(YGen *g, YValue obj, YValue *out) {
  trace(g, "reach");
  YGen *sub = as_gen(obj);
  if (sub && sub->code->kind == YG_COROUTINE && g->code->kind == YG_GENERATOR) {
    yrt_decref(obj);
    yrt_raise_msg(&yrt_exc_TypeError,
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return start_failed(out);
  }
  if (sub && sub->code->kind == YG_ASYNCGEN && g->code->kind == YG_ASYNCGEN) {
    /* PEP 828's reference implementation says this. */
    yrt_decref(obj);
    yrt_raise_msg(&yrt_exc_TypeError,
                  "'async_generator' object is not iterable. Did you mean 'async yield from'?");
    return start_failed(out);
  }
  YValue it = yrt_iter(obj);
  yrt_decref(obj);
  if (YIS_ERR(it)) return start_failed(out);
  return delegate_start(g, it, out);
}

/* What `await` accepts: coroutines and the runtime's awaitables. */
static int is_awaitable(YValue v) {
  YGen *sub = as_gen(v);
  return (sub && sub->code->kind == YG_COROUTINE) || is_awaitable_obj(v);
}

YStatus yrt_await(YGen *g, YValue obj, YValue *out) {
  trace(g, "reach");
  if (!is_awaitable(obj)) {
    yrt_raise_msg(&yrt_exc_TypeError, "object %s can't be used in 'await' expression",
                  yrt_typeof(obj)->name);
    yrt_decref(obj);
    return start_failed(out);
  }
  return delegate_start(g, obj, out);
}

YStatus yrt_async_yield_from(YGen *g, YValue obj, YValue *out) {
  trace(g, "reach");
  YGen *sub = as_gen(obj);
  if (!sub || sub->code->kind != YG_ASYNCGEN) {
    yrt_raise_msg(&yrt_exc_TypeError,
                  "'async yield from' requires an asynchronous generator, not %s",
                  yrt_typeof(obj)->name);
    yrt_decref(obj);
    return start_failed(out);
  }
  if (sub->async_running) {
    yrt_decref(obj);
    yrt_raise_msg(&yrt_exc_RuntimeError, "anext(): asynchronous generator is already running");
    return start_failed(out);
  }
  if (yrt_loop_running()) yrt_loop_agen_firstiter(sub);
  return delegate_start(g, obj, out);
}

int yrt_gen_next(YGen *g, YValue *out) {
  if (g->code->kind != YG_GENERATOR) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", g->ob.type->name);
    return -1;
  }
  YStatus st = yrt_gen_send(g, YNONE, out);
  return st == YS_YIELD ? 1 : st == YS_RETURN ? 0 : -1;
}

YStatus yrt_await_send(YValue aw, YValue v, YValue *out) { return delegate_send(aw, v, out); }

YStatus yrt_await_throw(YValue aw, YValue exc, YValue *out) {
  YStatus st = YS_RAISE;
  if (delegate_throw(aw, exc, &st, out) < 0) {
    yrt_raise(exc);
    return YS_RAISE;
  }
  return st;
}

/* ---- async generators: asend and athrow objects ---------------------- */

/* The life of an asend/athrow awaitable (CPython's AWAITABLE_STATE_*). */
typedef enum AwState {
  AW_INIT,   /* not awaited yet */
  AW_ITER,   /* being awaited: the generator is running for it */
  AW_CLOSED  /* finished; awaiting it again is an error */
} AwState;

/* agen.asend(v) and agen.__anext__() (arg: v, None for __anext__), or
 * agen.athrow(exc) and agen.aclose() (arg: exc, unbound for aclose): one
 * struct, two types (their Python names differ), told apart by `throws`. */
typedef struct AgenOp {
  YObj ob;
  YGen *gen;
  YValue arg;
  AwState state;
  int throws; /* athrow/aclose */
} AgenOp;

static void aw_dealloc(YObj *o) {
  AgenOp *a = (AgenOp *)o;
  yrt_decref(a->arg);
  yrt_decref(yobj(a->gen));
  free(a);
}

static YStatus aw_reused(AgenOp *a) {
  yrt_raise_msg(&yrt_exc_RuntimeError, a->throws ? "cannot reuse already awaited aclose()/athrow()"
                                                 : "cannot reuse already awaited __anext__()/asend()");
  return YS_RAISE;
}

/* The generator reported `st` to an asend: what the awaitable reports. */
static YStatus asend_result(AgenOp *a, YStatus st, YValue v, YValue *out) {
  if (st == YS_AWAIT) {
    *out = v;
    return YS_AWAIT;
  }
  a->state = AW_CLOSED;
  a->gen->async_running = 0;
  switch (st) {
  case YS_YIELD: /* the value the await of asend() produces */
    *out = v;
    return YS_RETURN;
  case YS_RETURN: /* exhausted: StopAsyncIteration carrying the value (PEP 828) */
    raise_stop(&yrt_exc_StopAsyncIteration, v);
    return YS_RAISE;
  default: return YS_RAISE;
  }
}

/* The same for an athrow or aclose. */
static YStatus athrow_result(AgenOp *a, YStatus st, YValue v, YValue *out) {
  int is_close = YIS_UNBOUND(a->arg);
  if (st == YS_AWAIT) {
    *out = v;
    return YS_AWAIT;
  }
  a->state = AW_CLOSED;
  a->gen->async_running = 0;
  switch (st) {
  case YS_YIELD:
    if (is_close) {
      yrt_decref(v);
      yrt_raise_msg(&yrt_exc_RuntimeError, "async generator ignored GeneratorExit");
      return YS_RAISE;
    }
    *out = v; /* athrow() produces the next yielded value */
    return YS_RETURN;
  case YS_RETURN:
    if (is_close) {
      yrt_decref(v);
      *out = YNONE;
      return YS_RETURN;
    } else {
      raise_stop(&yrt_exc_StopAsyncIteration, v);
      return YS_RAISE;
    }
  default:
    if (is_close && (yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_GeneratorExit) ||
                     yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_StopAsyncIteration))) {
      yrt_decref(yrt_fetch_exc());
      *out = YNONE;
      return YS_RETURN;
    }
    return YS_RAISE;
  }
}

static YStatus aw_result(AgenOp *a, YStatus st, YValue v, YValue *out) {
  return a->throws ? athrow_result(a, st, v, out) : asend_result(a, st, v, out);
}

static YStatus asend_send(YObj *o, YValue v, YValue *out) {
  AgenOp *a = (AgenOp *)o;
  YValue val = YNONE;
  if (a->state == AW_CLOSED) return aw_reused(a);
  if (a->state == AW_INIT) {
    if (a->gen->async_running) {
      a->state = AW_CLOSED;
      yrt_raise_msg(&yrt_exc_RuntimeError, "anext(): asynchronous generator is already running");
      return YS_RAISE;
    }
    if (YIS_NONE(v) || YIS_UNBOUND(v)) v = a->arg;
    a->state = AW_ITER;
    a->gen->async_running = 1;
    if (yrt_loop_running()) yrt_loop_agen_firstiter(a->gen);
  }
  YStatus st = yrt_gen_send(a->gen, v, &val);
  return asend_result(a, st, val, out);
}

static YStatus athrow_send(YObj *o, YValue v, YValue *out) {
  AgenOp *a = (AgenOp *)o;
  YValue val = YNONE;
  YStatus st;
  int is_close = YIS_UNBOUND(a->arg);
  if (a->state == AW_CLOSED) return aw_reused(a);
  if (a->state == AW_INIT) {
    if (a->gen->async_running) {
      a->state = AW_CLOSED;
      yrt_raise_msg(&yrt_exc_RuntimeError, "%s(): asynchronous generator is already running",
                    is_close ? "aclose" : "athrow");
      return YS_RAISE;
    }
    if (a->gen->state == YGS_DONE || (is_close && a->gen->state == YGS_CREATED)) {
      /* Nothing to close or throw into. */
      if (a->gen->state == YGS_CREATED) gen_finish(a->gen);
      a->state = AW_CLOSED;
      *out = YNONE;
      return YS_RETURN;
    }
    if (a->gen->async_closed) {
      /* aclose() already began (and the generator ignored it): CPython 3.11
       * raises StopAsyncIteration without running it. */
      a->state = AW_CLOSED;
      yrt_raise(yobj((void *)&yrt_exc_StopAsyncIteration));
      return YS_RAISE;
    }
    if (is_close) a->gen->async_closed = 1;
    a->state = AW_ITER;
    a->gen->async_running = 1;
    if (yrt_loop_running()) yrt_loop_agen_firstiter(a->gen);
    if (is_close) {
      YValue ge = yrt_exc_new(&yrt_exc_GeneratorExit, 0, NULL);
      st = yrt_gen_throw(a->gen, ge, &val);
      yrt_decref(ge);
    } else {
      st = yrt_gen_throw(a->gen, a->arg, &val);
    }
  } else {
    st = yrt_gen_send(a->gen, v, &val);
  }
  return athrow_result(a, st, val, out);
}

/* An exception thrown into the awaitable goes into the generator. */
static YStatus aw_throw(YObj *o, YValue exc, YValue *out) {
  AgenOp *a = (AgenOp *)o;
  YValue val = YNONE;
  if (a->state == AW_CLOSED) return aw_reused(a);
  a->state = AW_ITER;
  a->gen->async_running = 1;
  YStatus st = yrt_gen_throw(a->gen, exc, &val);
  return aw_result(a, st, val, out);
}

/* send/throw/close on an asend or athrow object, as Python code may call. */
static YValue aw_method(YObj *o, YName name, int argc, const YValue *argv);

static const YAwaitType asend_type = {
    {YRT_TYPE_EX_HEAD("async_generator_asend", YK_AWAITABLE), aw_dealloc, NULL, NULL, NULL,
     NULL, NULL, NULL},
    asend_send, aw_throw, aw_method};
static const YAwaitType athrow_type = {
    {YRT_TYPE_EX_HEAD("async_generator_athrow", YK_AWAITABLE), aw_dealloc, NULL, NULL,
     NULL, NULL, NULL, NULL},
    athrow_send, aw_throw, aw_method};

static YValue aw_method(YObj *o, YName name, int argc, const YValue *argv) {
  const YAwaitType *t = YRT_AWAIT_TYPE(o->type);
  YValue v = YNONE;
  YStatus st;
  if (name == YN_send && argc == 1)
    st = t->send(o, argv[0], &v);
  else if (name == YN_throw && argc >= 1)
    st = t->throw(o, argv[0], &v);
  else if (name == YN_close && argc == 0) {
    ((AgenOp *)o)->state = AW_CLOSED;
    return YNONE;
  } else
    return yrt_no_attr(yobj(o), yrt_name_str[name]);
  if (st == YS_YIELD || st == YS_AWAIT) return v;
  if (st == YS_RETURN) {
    raise_stop(&yrt_exc_StopIteration, v);
  }
  return YERROR;
}

static YValue aw_new(YGen *g, const YAwaitType *type, YValue arg) {
  AgenOp *a = yrt_obj_new(&type->ex.type, sizeof *a);
  a->gen = g;
  yrt_incref(yobj(g));
  a->arg = yrt_incref(arg);
  a->state = AW_INIT;
  a->throws = type == &athrow_type;
  return yobj(a);
}
static YValue asend_new(YGen *g, YValue v) { return aw_new(g, &asend_type, v); }
static YValue athrow_new(YGen *g, YValue exc) { return aw_new(g, &athrow_type, exc); }

YValue yrt_agen_aclose(YGen *g) { return athrow_new(g, YUNBOUND); }

YValue yrt_aiter(YValue obj) {
  YGen *g = as_gen(obj);
  if (g && g->code->kind == YG_ASYNCGEN) return yrt_incref(obj);
  return yrt_raise_msg(&yrt_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                       yrt_typeof(obj)->name);
}

YValue yrt_anext(YValue it) {
  YGen *g = as_gen(it);
  if (g && g->code->kind == YG_ASYNCGEN) return asend_new(g, YNONE);
  return yrt_raise_msg(&yrt_exc_TypeError,
                       "'async for' received an object from __aiter__ that does not implement "
                       "__anext__: %s",
                       yrt_typeof(it)->name);
}

int yrt_stop_async_iteration(void) {
  if (!yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_StopAsyncIteration)) return 0;
  yrt_decref(yrt_fetch_exc());
  return 1;
}

/* ---- methods and attributes ----------------------------------------- */

/* A finished send/throw as Python sees it: the yielded value, or
 * StopIteration carrying the return value. */
static YValue status_value(YGen *g, YStatus st, YValue v) {
  if (st == YS_YIELD || st == YS_AWAIT) return v;
  if (st == YS_RETURN) {
    raise_stop(&yrt_exc_StopIteration, v);
  }
  (void)g;
  return YERROR;
}

/* g.throw(exc), g.throw(type, value): the exception to raise, owned. */
static YValue throw_arg(int argc, const YValue *argv) {
  if (argc == 1 || YIS_NONE(argv[1])) return yrt_incref(argv[0]);
  const YType *t = argv[0].tag == YT_OBJ && argv[0].u.o->type->kind == YK_TYPE
                       ? (const YType *)argv[0].u.o
                       : NULL;
  if (t && argv[1].tag == YT_OBJ && yrt_subclass(yrt_typeof(argv[1]), t))
    return yrt_incref(argv[1]);
  return yrt_call(argv[0], 1, &argv[1]);
}

static int throw_argc_ok(int argc) {
  if (argc >= 1 && argc <= 3) return 1;
  yrt_raise_msg(&yrt_exc_TypeError,
                argc < 1 ? "throw expected at least 1 argument, got %d"
                         : "throw expected at most 3 arguments, got %d",
                argc);
  return 0;
}

/* Methods of async generators. */
static YValue agen_method(YGen *g, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN___aiter__: return yrt_incref(yobj(g));
  case YN___anext__:
    if (argc != 0) return yrt_raise_msg(&yrt_exc_TypeError, "expected 0 arguments, got %d", argc);
    return asend_new(g, YNONE);
  case YN_asend:
    if (argc != 1)
      return yrt_raise_msg(&yrt_exc_TypeError, "async_generator.asend() takes exactly one argument (%d given)", argc);
    return asend_new(g, argv[0]);
  case YN_athrow: {
    if (!throw_argc_ok(argc)) return YERROR;
    YValue exc = throw_arg(argc, argv);
    if (YIS_ERR(exc)) return YERROR;
    YValue r = athrow_new(g, exc);
    yrt_decref(exc);
    return r;
  }
  case YN_aclose:
    if (argc != 0)
      return yrt_raise_msg(&yrt_exc_TypeError, "async_generator.aclose() takes no arguments (%d given)", argc);
    return athrow_new(g, YUNBOUND);
  default: return yrt_no_attr(yobj(g), yrt_name_str[name]);
  }
}

YValue yrt_gen_callmethod(YGen *g, YName name, int argc, const YValue *argv) {
  YValue v = YNONE;
  YStatus st;
  const char *tn = g->ob.type->name;
  if (g->code->kind == YG_ASYNCGEN) return agen_method(g, name, argc, argv);
  switch (name) {
  case YN_send:
    if (argc != 1)
      return yrt_raise_msg(&yrt_exc_TypeError, "%s.send() takes exactly one argument (%d given)",
                           tn, argc);
    st = yrt_gen_send(g, argv[0], &v);
    return status_value(g, st, v);
  case YN___next__:
    if (g->code->kind != YG_GENERATOR) break;
    if (argc != 0) return yrt_raise_msg(&yrt_exc_TypeError, "expected 0 arguments, got %d", argc);
    st = yrt_gen_send(g, YNONE, &v);
    return status_value(g, st, v);
  case YN_throw: {
    if (!throw_argc_ok(argc)) return YERROR;
    YValue exc = throw_arg(argc, argv);
    if (YIS_ERR(exc)) return YERROR;
    st = yrt_gen_throw(g, exc, &v);
    yrt_decref(exc);
    return status_value(g, st, v);
  }
  case YN_close:
    if (argc != 0)
      return yrt_raise_msg(&yrt_exc_TypeError, "%s.close() takes no arguments (%d given)", tn,
                           argc);
    return yrt_gen_close(g) < 0 ? YERROR : YNONE;
  case YN___iter__:
    if (g->code->kind != YG_GENERATOR) break;
    return yrt_incref(yobj(g));
  default: break;
  }
  return yrt_no_attr(yobj(g), yrt_name_str[name]);
}

YValue yrt_gen_getattr(YGen *g, YName name) {
  int agen = g->code->kind == YG_ASYNCGEN, gen = g->code->kind == YG_GENERATOR;
  switch (name) {
  case YN___name__: return yrt_str_from_c(g->code->name);
  case YN___qualname__: return yrt_str_from_c(g->code->qualname);
  case YN_gi_running:
    if (!gen) break;
    return ybool(g->state == YGS_RUNNING);
  case YN_cr_running:
    if (g->code->kind != YG_COROUTINE) break;
    return ybool(g->state == YGS_RUNNING);
  case YN_ag_running:
    if (!agen) break;
    return ybool(g->async_running);
  case YN_gi_suspended:
    if (!gen) break;
    return ybool(g->state == YGS_SUSPENDED);
  case YN_send:
  case YN_throw:
  case YN_close:
    if (agen) break;
    return yrt_method_new(yobj(g), name);
  case YN___next__:
  case YN___iter__:
    if (!gen) break;
    return yrt_method_new(yobj(g), name);
  case YN_asend:
  case YN_athrow:
  case YN_aclose:
  case YN___anext__:
  case YN___aiter__:
    if (!agen) break;
    return yrt_method_new(yobj(g), name);
  default: break;
  }
  return yrt_no_attr(yobj(g), yrt_name_str[name]);
}

YValue yrt_gen_repr(YGen *g) {
  char buf[256];
  snprintf(buf, sizeof buf, "<%s object %s at %p>", g->ob.type->name, g->code->qualname,
           (void *)g);
  return yrt_str_from_c(buf);
}

YValue yrt_await_repr(YObj *o) {
  char buf[128];
  snprintf(buf, sizeof buf, "<%s object at %p>", o->type->name, (void *)o);
  return yrt_str_from_c(buf);
}

/* ---- finalisation ----------------------------------------------------- */

/* The last reference went away.  A suspended generator or coroutine is
 * closed first, so its pending finally blocks run now; an exception from
 * that is reported as unraisable, as CPython does, and the exception being
 * raised (if any) is kept.  A suspended async generator is handed to the
 * event loop, which runs its aclose() as a task. */
void yrt_gen_dealloc(YGen *g) {
  if (g->code->kind == YG_ASYNCGEN) {
    if (g->state == YGS_SUSPENDED) {
      g->ob.refcnt = 1;
      if (yrt_loop_agen_finalize(g)) {
        if (--g->ob.refcnt > 0) return; /* the loop's aclose task keeps it */
      } else {
        g->ob.refcnt = 1;
      }
    }
    if (g->hooked) yrt_loop_agen_forget(g);
  }
  if (g->state == YGS_SUSPENDED) {
    g->ob.refcnt = 1; /* alive while its finally blocks run */
    YValue saved = yrt_fetch_exc();
    if (yrt_gen_close(g) < 0) yrt_write_unraisable(yobj(g));
    yrt_restore_exc(saved);
    if (--g->ob.refcnt > 0) return; /* resurrected by its own finally */
  } else if (g->state == YGS_CREATED && g->code->kind == YG_COROUTINE) {
    fflush(stdout);
    fprintf(stderr,
            "%s:1: RuntimeWarning: coroutine '%s' was never awaited\n"
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            yrt_ts.filename ? yrt_ts.filename : "sys", g->code->qualname);
  }
  if (g->state != YGS_DONE) gen_finish(g);
  free(g);
}
