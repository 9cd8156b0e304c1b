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
 */
#include "rt.h"

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

/* Drop everything the frame holds and mark the generator finished. */
static void gen_finish(YGen *g) {
  g->state = YGS_DONE;
  g->label = -1;
  g->code->clear(g);
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
  YStatus st = g->code->resume(g, sent, out);
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
static YStatus delegate_send(YValue it, YValue v, YValue *out) {
  YGen *sub = as_gen(it);
  if (sub) return yrt_gen_send(sub, v, out);
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
    g->hold = val; /* lent to the body as the value of `yield from` */
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
    if (is_generator_exit(exc) || !sub) {
      /* PEP 380: GeneratorExit closes the delegate first, then is raised in
       * the delegating generator; an iterator without throw() is dropped. */
      int r = 0;
      if (is_generator_exit(exc)) WITH_RUNNING(g, r = close_iter(g->delegate));
      yrt_clear(&g->delegate);
      if (r < 0) return gen_resume(g, YERROR, YUNBOUND, out);
    } else {
      YStatus st;
      YValue val = YNONE;
      WITH_RUNNING(g, st = yrt_gen_throw(sub, exc, &val));
      return after_delegate(g, st, val, out);
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

int yrt_yield_from(YGen *g, YValue iterable, YValue *out) {
  YGen *sub = as_gen(iterable);
  if (sub && sub->code->kind == YG_COROUTINE && g->code->kind == YG_GENERATOR) {
    yrt_decref(iterable);
    yrt_raise_msg(&yrt_exc_TypeError,
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
    *out = YERROR;
    return 0;
  }
  YValue it = yrt_iter(iterable);
  yrt_decref(iterable);
  if (YIS_ERR(it)) {
    *out = YERROR;
    return 0;
  }
  /* g is RUNNING already (we are inside its resume). */
  YValue val = YNONE;
  YStatus st = delegate_send(it, YNONE, &val);
  if (st == YS_YIELD || st == YS_AWAIT) {
    g->delegate = it;
    *out = val;
    return 1;
  }
  yrt_decref(it);
  if (st == YS_RETURN) {
    yrt_store(&g->hold, val);
    *out = val;
  } else {
    *out = YERROR;
  }
  return 0;
}

int yrt_gen_next(YGen *g, YValue *out) {
  if (g->code->kind != YG_GENERATOR) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", g->ob.type->name);
    return -1;
  }
  YStatus st = yrt_gen_send(g, YNONE, out);
  return st == YS_YIELD ? 1 : st == YS_RETURN ? 0 : -1;
}

/* A finished send/throw as Python sees it: the yielded value, or
 * StopIteration carrying the return value. */
static YValue status_value(YGen *g, YStatus st, YValue v) {
  if (st == YS_YIELD) return v;
  if (st == YS_RETURN) {
    const YType *t = g->code->kind == YG_ASYNCGEN ? &yrt_exc_StopAsyncIteration
                                                   : &yrt_exc_StopIteration;
    YValue e = yrt_stop_iteration(t, v);
    yrt_decref(v);
    yrt_raise(e);
    yrt_decref(e);
  }
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

YValue yrt_gen_callmethod(YGen *g, YName name, int argc, const YValue *argv) {
  YValue v = YNONE;
  YStatus st;
  const char *tn = g->ob.type->name;
  if (g->code->kind == YG_GENERATOR) {
    switch (name) {
    case YN_send:
      if (argc != 1)
        return yrt_raise_msg(&yrt_exc_TypeError, "%s.send() takes exactly one argument (%d given)",
                             tn, argc);
      st = yrt_gen_send(g, argv[0], &v);
      return status_value(g, st, v);
    case YN___next__:
      if (argc != 0)
        return yrt_raise_msg(&yrt_exc_TypeError, "expected 0 arguments, got %d", argc);
      st = yrt_gen_send(g, YNONE, &v);
      return status_value(g, st, v);
    case YN_throw: {
      if (argc < 1 || argc > 3)
        return yrt_raise_msg(&yrt_exc_TypeError,
                             argc < 1 ? "throw expected at least 1 argument, got %d"
                                      : "throw expected at most 3 arguments, got %d",
                             argc);
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
      return yrt_incref(yobj(g));
    default:
      break;
    }
  }
  return yrt_no_attr(yobj(g), yrt_name_str[name]);
}

YValue yrt_gen_getattr(YGen *g, YName name) {
  switch (name) {
  case YN___name__: return yrt_str_from_c(g->code->name);
  case YN___qualname__: return yrt_str_from_c(g->code->qualname);
  case YN_gi_running:
  case YN_cr_running:
  case YN_ag_running: return ybool(g->state == YGS_RUNNING);
  case YN_gi_suspended: return ybool(g->state == YGS_SUSPENDED);
  case YN_send:
  case YN_throw:
  case YN_close:
  case YN___next__:
  case YN___iter__:
    if (g->code->kind == YG_GENERATOR) return yrt_method_new(yobj(g), name);
    break;
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

/* The last reference went away.  A suspended generator is closed first, so
 * its pending finally blocks run now; an exception from that is reported as
 * unraisable, as CPython does, and the exception being raised (if any) is
 * kept. */
void yrt_gen_dealloc(YGen *g) {
  if (g->state == YGS_SUSPENDED && g->code->kind == YG_GENERATOR) {
    g->ob.refcnt = 1; /* alive while its finally blocks run */
    YValue saved = yrt_fetch_exc();
    if (yrt_gen_close(g) < 0) yrt_write_unraisable(yobj(g));
    yrt_restore_exc(saved);
    if (--g->ob.refcnt > 0) return; /* resurrected by its own finally */
  }
  if (g->state != YGS_DONE) gen_finish(g);
  free(g);
}
