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
 *   - entering the frame: pushing the generator's own handled-exception
 *     entry while it runs, as CPython swaps gi_exc_state in and out, and
 *     counting one level of the recursion limit (rt.h), so that generators
 *     recursing without end raise RecursionError as in CPython;
 *   - throw()'s arguments (YThrow, rt.h), carried down a `yield from` chain
 *     unchecked and checked where the exception is raised, as CPython's
 *     _gen_throw does: a bad one is TypeError without entering the
 *     generator;
 *   - `yield from`: the delegate iterator is kept in g->delegate and driven
 *     here, so a resume function only sees the subiterator's final result.
 *     send goes to the innermost delegate; throw and close travel innermost
 *     first (PEP 380).  The delegate is cleared before the body resumes.
 *     A chain of three generators or more is resumed at its innermost
 *     generator directly, in constant time ("chains", below);
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
  YGen *g = yrt_small_alloc(code->size); /* cached: programs make and drop generators in loops */
  g->ob.refcnt = 1;
  g->ob.type = type;
  g->code = code;
  g->label = 0;
  g->state = YGS_CREATED;
  g->delegate = YUNBOUND;
  g->delegator = NULL;
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

static inline void drop_delegate(YGen *g);

/* Drop everything the frame holds and mark the generator finished.  A
 * generator abandoned while suspended keeps its label for clear(), which
 * releases the temporaries live at that suspension point. */
static void gen_finish(YGen *g) {
  if (g->state != YGS_SUSPENDED) g->label = -1;
  g->state = YGS_DONE;
  g->code->clear(g);
  g->label = -1;
  drop_delegate(g);
  yrt_clear(&g->hold);
  yrt_clear(&g->exc_state.handled);
}

/* PEP 479: StopIteration (and, for async generators, StopAsyncIteration)
 * escaping the body becomes RuntimeError, chained to the original. */
static void pep479_as(const char *word, int async) {
  YValue exc = yrt_ts.exc;
  const YType *t = yrt_typeof(exc);
  const char *what = NULL;
  if (yrt_subclass(t, &yrt_exc_StopIteration))
    what = "StopIteration";
  else if (async && yrt_subclass(t, &yrt_exc_StopAsyncIteration))
    what = "StopAsyncIteration";
  if (!what) return;
  YValue orig = yrt_fetch_exc();
  char text[64];
  snprintf(text, sizeof text, "%s raised %s", word, what);
  YValue arg = yrt_str_from_c(text);
  YValue err = yrt_exc_new(&yrt_exc_RuntimeError, 1, &arg);
  yrt_decref(arg);
  yrt_raise_from(err, orig);
  /* CPython chains it both ways: __cause__ and __context__. */
  YExc *raised = (YExc *)yrt_ts.exc.u.o;
  yrt_store(&raised->context, orig);
  yrt_decref(err);
}

static void pep479(YGen *g) { pep479_as(gen_word(g), g->code->kind == YG_ASYNCGEN); }

void yrt_gen_inline_raised(void) { pep479_as("generator", 0); }

void yrt_agen_inline_raised(void) { pep479_as("async generator", 1); }

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

/* ---- entering a generator's frame ------------------------------------ */

/* The resume path is the hot one: the helpers below are inlined into it. */
#if defined(__GNUC__) || defined(__clang__)
#define HOT_INLINE inline __attribute__((always_inline))
#define NOINLINE __attribute__((noinline))
#define COLD __attribute__((noinline, cold))
#else
#define HOT_INLINE inline
#define NOINLINE
#define COLD
#endif

/* Resuming a generator enters its frame, as CPython's gen_send_ex does:
 * its exception state goes on top of the handled-exception stack, it is
 * marked running, and the frame is one level of the recursion limit.
 * Past the limit (yrt_enter_level fails) CPython 3.11 clears the frame
 * without running any of it, not even a finally block, and the generator
 * is finished; RecursionError replaces any exception being thrown in.
 * frame_enter returns 0, or -1 after doing the same. */
static HOT_INLINE void frame_pop(YGen *g) {
  yrt_ts.exc_info = g->exc_state.prev;
  g->exc_state.prev = NULL;
}

static COLD int frame_overflow(YGen *g) {
  frame_pop(g);
  gen_finish(g);
  return -1;
}

static HOT_INLINE int frame_enter(YGen *g) {
  g->exc_state.prev = yrt_ts.exc_info;
  yrt_ts.exc_info = &g->exc_state;
  if (YRT_UNLIKELY(yrt_enter_level("") < 0)) return frame_overflow(g);
  g->state = YGS_RUNNING;
  return 0;
}

static HOT_INLINE void frame_leave(YGen *g) {
  yrt_leave_call();
  frame_pop(g);
}

/* Raise the exception `exc` thrown into g (entered), at its suspension
 * point.  Its __context__ is what g itself is handling, if anything: CPython
 * chains a thrown exception with the generator's own exception state only,
 * never with what the caller of throw() is handling. */
static void raise_thrown(YGen *g, YValue exc) {
  YExcInfo *below = g->exc_state.prev;
  g->exc_state.prev = NULL; /* yrt_raise looks no further than g's entry */
  yrt_raise(exc);
  g->exc_state.prev = below;
}

/*
 * Run the body of g (its frame entered) from its label.  `sent` is
 * borrowed; YERROR means an exception is raised at the suspension point:
 * `thrown` (raised here, with g's exception state on top, see
 * raise_thrown), or, when `thrown` is unbound, the one already pending.
 * Leaves the frame.
 */
static HOT_INLINE YStatus gen_run(YGen *g, YValue sent, YValue thrown, YValue *out) {
  YValue lent = g->hold; /* kept alive across the call: `sent` may be it */
  g->hold = YUNBOUND;
  if (YIS_ERR(sent) && !YIS_UNBOUND(thrown)) raise_thrown(g, thrown);
  trace(g, "resume");
  YStatus st = g->code->resume(g, sent, out);
  trace(g, st == YS_YIELD ? "yield" : st == YS_AWAIT ? "await" : st == YS_RETURN ? "return" : "raise");
  frame_leave(g);
  yrt_decref(lent);
  if (st == YS_YIELD || st == YS_AWAIT) {
    g->state = YGS_SUSPENDED;
    return st;
  }
  gen_finish(g);
  if (st == YS_RAISE) pep479(g);
  return st;
}

/* Enter g's frame and run its body (see gen_run). */
static YStatus gen_resume(YGen *g, YValue sent, YValue thrown, YValue *out) {
  if (frame_enter(g) < 0) return YS_RAISE;
  return gen_run(g, sent, thrown, out);
}

/* One step of a delegate: send v (None means next) and report the status. */
static int is_awaitable_obj(YValue v) {
  return v.tag == YT_OBJ && v.u.o->type->kind == YK_AWAITABLE;
}

static inline YStatus gen_send(YGen *g, YValue v, YValue *out);

static YStatus delegate_send(YValue it, YValue v, YValue *out) {
  YGen *sub = as_gen(it);
  if (sub) return gen_send(sub, v, out);
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

/* The suspension of g's delegate, as g reports it.  CPython has one kind
 * of yield; yieldc's coroutines wait with YS_AWAIT.  Where types.coroutine
 * joins the two: a generator awaited by a coroutine or an async generator
 * suspends the awaiting frame, so its YS_YIELD goes up as YS_AWAIT (as a
 * coroutine's yield of a future does); a coroutine that such a generator
 * delegates to (`yield from coro`) suspends the generator, so its
 * YS_AWAIT goes up as YS_YIELD, which next() and send() hand out. */
static inline YStatus as_await(const YGen *g, YValue delegate, YStatus st) {
  if (YRT_UNLIKELY(st == YS_AWAIT) && g->code->kind == YG_GENERATOR) return YS_YIELD;
  if (YRT_UNLIKELY(st == YS_YIELD) && g->code->kind != YG_GENERATOR && yrt_is_iterable_coroutine(delegate))
    return YS_AWAIT; /* (an async generator's `yield from generator()` of PEP 828 yields items) */
  return st;
}

/* The delegate reported `st` (with `val`) to a throw or close that went
 * through g without entering it: pass a suspension up, or drop the
 * delegate and resume g's body with its outcome. */
static YStatus after_delegate(YGen *g, YStatus st, YValue val, YValue *out) {
  if (st == YS_YIELD || st == YS_AWAIT) {
    *out = val;
    return as_await(g, g->delegate, st);
  }
  drop_delegate(g);
  if (st == YS_RETURN) {
    yrt_store(&g->hold, val); /* lent to the body as the delegate's result */
    return gen_resume(g, val, YUNBOUND, out);
  }
  return gen_resume(g, YERROR, YUNBOUND, out);
}

/* Mark g running around a delegate step that does not enter g's frame
 * (throw and close go straight to the delegate, as in CPython), so that
 * re-entering g from inside the delegate is "already executing", and keep
 * its exception state on top. */
#define WITH_RUNNING(g, stmt)                 \
  do {                                        \
    (g)->exc_state.prev = yrt_ts.exc_info;    \
    yrt_ts.exc_info = &(g)->exc_state;        \
    (g)->state = YGS_RUNNING;                 \
    stmt;                                     \
    (g)->state = YGS_SUSPENDED;               \
    frame_pop(g);                             \
  } while (0)

static YStatus already_executing(YGen *g) {
  yrt_raise_msg(&yrt_exc_ValueError, "%s already executing", gen_word(g));
  return YS_RAISE;
}

static NOINLINE YStatus send_through(YGen *g, YValue v, YValue *out);
static NOINLINE YStatus delegate_done(YGen *g, YStatus st, YValue val, YValue *out);

/* ---- chains: `yield from` in constant time ---------------------------- *
 *
 * A generator suspended in `yield from g2()` delegates to g2, which may
 * delegate to g3, and so on: a chain.  CPython resumes a chain level by
 * level: next() on the outermost generator enters every frame down to the
 * innermost, which alone runs code, and the value comes back up through
 * every level.  So does send_through, for a chain of two.  A longer chain
 * of plain generators, or of coroutines, is resumed at its innermost
 * generator directly (chain_send):
 *
 *   - the root (the generator next() or send() was called on) is entered;
 *     the levels in between count as entered without being touched: toward
 *     the recursion limit (yrt_ts.depth goes up by their number at once),
 *     and as running: next(), send(), throw() and close() on one of them
 *     are "already executing" and gi_running is True (in_running_chain
 *     looks up the delegator links for a running generator);
 *   - the innermost generator, the leaf, is resumed as its delegator would
 *     resume it;
 *   - when the leaf finishes, the levels above it resume one by one, each
 *     entered then, as each is in CPython when its delegate ends, until one
 *     suspends (its value goes to the caller) or the root's body resumes.
 *
 * What a program sees is the same: which frames are running, the recursion
 * depth, the exceptions handled (a chain is only taken when the levels in
 * between handle none, so that the handled-exception stack reads the
 * same), tracebacks, which every level's body still adds to, and throw()
 * and close(), which still go down level by level.  What differs: a chain
 * resumed this way takes a few C stack frames, not one per level.
 *
 * The links: when g starts delegating to a generator sub of its own kind
 * (generator or coroutine) that has no delegator, sub->delegator = g until g
 * drops it (set_delegate, drop_delegate).  A chain is found by walking the
 * delegate links down from its root, and kept in `chains`, a small cache by
 * root, stamped with `chain_epoch`, which goes up whenever a link is made
 * or dropped.  While the stamp holds, the chain is as it was found: a level
 * in between changes only through its own resume, throw() or close(), and
 * those drop its link first.  Its leaf may have been resumed by someone
 * else, and is checked every time. */

typedef struct Chain {
  const YGen *root; /* the outermost generator */
  YGen *leaf;       /* the innermost generator */
  uint64_t epoch;   /* chain_epoch when the chain was found */
  int depth;        /* generators from root to leaf, both counted */
} Chain;

enum { NCHAINS = 16 }; /* chains kept: programs resume few deep chains by turns */
static Chain chains[NCHAINS];
static uint64_t chain_epoch = 1;

/* g starts delegating to `it` (owned from now on by g). */
static inline void set_delegate(YGen *g, YValue it) {
  g->delegate = it;
  YGen *sub = as_gen(it);
  if (sub && !sub->delegator && sub->code->kind == g->code->kind && g->code->kind != YG_ASYNCGEN) {
    sub->delegator = g;
    chain_epoch++;
  }
}

/* g stops delegating: its delegate (if any) is released. */
static inline void drop_delegate(YGen *g) {
  YGen *sub = as_gen(g->delegate);
  if (sub && sub->delegator == g) {
    sub->delegator = NULL;
    chain_epoch++;
  }
  yrt_clear(&g->delegate);
}

/* Is g suspended as a level in between of a chain that is running? */
static NOINLINE int virtually_running(const YGen *g) {
  for (const YGen *d = g->delegator; d; d = d->delegator)
    if (d->state == YGS_RUNNING) return 1;
  return 0;
}

static inline int in_running_chain(const YGen *g) {
  return YRT_UNLIKELY(g->delegator != NULL) && g->state == YGS_SUSPENDED && virtually_running(g);
}

YGenState yrt_gen_state(const YGen *g) { return in_running_chain(g) ? YGS_RUNNING : g->state; }

/* The chain of root, a suspended generator whose delegate is a generator
 * with a delegate of its own; NULL when it is to be resumed level by level:
 * fewer than three generators, a leaf that is not suspended (running,
 * finished), or more levels than the recursion limit leaves room for (the
 * one past it raises where it is entered). */
static Chain *chain_of(YGen *root) {
  Chain *c = &chains[(((uintptr_t)root >> 4) * UINT64_C(0x9E3779B97F4A7C15)) >> 60];
  if (c->root != root || c->epoch != chain_epoch) {
    YGen *g = root, *sub;
    int depth = 1;
    while ((sub = as_gen(g->delegate)) != NULL && sub->delegator == g && sub->state == YGS_SUSPENDED &&
           (g == root || YIS_UNBOUND(g->exc_state.handled))) {
      g = sub;
      depth++;
    }
    *c = (Chain){.root = root, .leaf = g, .epoch = chain_epoch, .depth = depth};
  }
  if (c->depth < 3 || c->leaf->state != YGS_SUSPENDED || c->depth > yrt_recursion_limit - yrt_ts.depth)
    return NULL;
  return c;
}

/* A level that was counted as entered is entered now (its delegate ended),
 * without a new check of the limit: it was checked when the chain was. */
static HOT_INLINE void frame_reenter(YGen *g) {
  g->exc_state.prev = yrt_ts.exc_info;
  yrt_ts.exc_info = &g->exc_state;
  g->state = YGS_RUNNING;
}

/* Send v to the chain c of root (suspended): see above. */
static NOINLINE YStatus chain_send(YGen *root, Chain *c, YValue v, YValue *out) {
  int between = c->depth - 2; /* the levels counted as entered, untouched */
  YGen *g = c->leaf;
  if (frame_enter(root) < 0) return YS_RAISE;
  yrt_ts.depth += between;
  YValue val = YNONE;
  /* gen_send's common case, and gen_resume's steps, inlined */
  YStatus st = g->state == YGS_SUSPENDED && YIS_UNBOUND(g->delegate)
                   ? frame_enter(g) < 0 ? YS_RAISE : gen_run(g, v, YUNBOUND, &val)
                   : gen_send(g, v, &val);
  while (st == YS_RETURN || st == YS_RAISE) {
    /* g finished: its delegator resumes with the outcome.  The links above
     * g are those chain_of found: every level on them counts as running. */
    YGen *p = g->delegator;
    if (p == root) return delegate_done(root, st, val, out); /* between is 0 */
    between--;
    frame_reenter(p);
    st = delegate_done(p, st, val, &val);
    g = p;
  }
  /* g suspended (st is YS_YIELD or YS_AWAIT, the same at every level of a
   * chain of one kind): the levels above it and the root leave. */
  yrt_ts.depth -= between;
  frame_leave(root);
  root->state = YGS_SUSPENDED;
  *out = val;
  return st;
}

YStatus yrt_gen_send(YGen *g, YValue v, YValue *out) {
  if (in_running_chain(g)) return already_executing(g);
  return gen_send(g, v, out);
}

/* send, from g's delegator or from yrt_gen_send. */
static HOT_INLINE YStatus gen_send(YGen *g, YValue v, YValue *out) {
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
  case YGS_SUSPENDED: break;
  }
  if (YIS_UNBOUND(g->delegate)) return gen_resume(g, v, YUNBOUND, out);
  return send_through(g, v, out);
}

/* A send to g suspended in `yield from` or `await`: g's frame is entered
 * and the delegate stepped from inside it (CPython's SEND), so every level
 * of a chain counts toward the recursion limit; g's body resumes once the
 * delegate ends. */
static NOINLINE YStatus send_through(YGen *g, YValue v, YValue *out) {
  YGen *sub = as_gen(g->delegate);
  if (sub && !YIS_UNBOUND(sub->delegate) && sub->delegator == g) {
    Chain *c = chain_of(g);
    if (c) return chain_send(g, c, v, out);
  }
  if (frame_enter(g) < 0) return YS_RAISE;
  /* The value goes straight to *out: a copy through a local would read as
   * one 16-byte load what the delegate wrote as two 8-byte stores, which
   * the CPU cannot forward (a stall of about a dozen cycles per value). */
  YStatus st = sub ? gen_send(sub, v, out) : delegate_send(g->delegate, v, out);
  if (YRT_UNLIKELY(st != YS_YIELD && st != YS_AWAIT)) return delegate_done(g, st, *out, out);
  frame_leave(g);
  g->state = YGS_SUSPENDED;
  return as_await(g, g->delegate, st);
}

/* The delegate of g (entered) finished with `st`: g's body resumes with
 * its result or its exception.  Once per delegation, so kept out of the
 * path every value of a chain takes. */
static NOINLINE YStatus delegate_done(YGen *g, YStatus st, YValue val, YValue *out) {
  drop_delegate(g);
  if (st == YS_RETURN)
    yrt_store(&g->hold, val); /* lent to the body as the delegate's result */
  else
    val = YERROR;
  return gen_run(g, val, YUNBOUND, out);
}

/* Close a delegate that is not a generator: call its close() if it has one
 * (builtin iterators have none). */
static int gen_close(YGen *g);

static int close_iter(YValue it) {
  YGen *sub = as_gen(it);
  if (sub) return gen_close(sub);
  return 0;
}

static YStatus gen_throw(YGen *g, const YThrow *t, YValue *out);
static int is_yield_from_async(YValue v);

/* Throw into a delegate that has a throw (a generator, a coroutine, a
 * runtime awaitable); -1: it has none. */
static int delegate_throw(YValue it, const YThrow *t, YStatus *st, YValue *out) {
  YGen *sub = as_gen(it);
  if (sub) {
    *st = gen_throw(sub, t, out);
    return 0;
  }
  if (is_awaitable_obj(it)) {
    *st = YRT_AWAIT_TYPE(it.u.o->type)->throw(it.u.o, t, out);
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

/* Is v an exception class? */
static const YType *exc_class(YValue v) {
  if (v.tag != YT_OBJ || v.u.o->type->kind != YK_TYPE) return NULL;
  const YType *t = (const YType *)v.u.o;
  return yrt_subclass(t, &yrt_exc_BaseException) ? t : NULL;
}

YValue yrt_throw_exception(const YThrow *t, int future) {
  YValue val = YIS_NONE(t->val) ? YUNBOUND : t->val;
  if (!YIS_UNBOUND(t->tb) && !YIS_NONE(t->tb))
    return yrt_raise_msg(&yrt_exc_TypeError, future ? "throw() third argument must be a traceback"
                                                    : "throw() third argument must be a traceback object");
  const YType *cls = exc_class(t->typ);
  if (cls) {
    /* CPython's PyErr_NormalizeException: an instance of the class is
     * thrown as it is; a tuple gives the arguments; anything else is one. */
    if (YIS_UNBOUND(val)) return yrt_call(t->typ, 0, NULL);
    if (val.tag == YT_OBJ && val.u.o->type->kind == YK_EXC && yrt_subclass(val.u.o->type, cls))
      return yrt_incref(val);
    if (val.tag == YT_OBJ && val.u.o->type->kind == YK_TUPLE) {
      const YTuple *args = (const YTuple *)val.u.o;
      return yrt_call(t->typ, (int)args->len, args->items);
    }
    return yrt_call(t->typ, 1, &val);
  }
  if (t->typ.tag == YT_OBJ && t->typ.u.o->type->kind == YK_EXC) {
    if (!YIS_UNBOUND(val))
      return yrt_raise_msg(&yrt_exc_TypeError, "instance exception may not have a separate value");
    return yrt_incref(t->typ);
  }
  if (future)
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "exceptions must be classes deriving BaseException or instances of such a class");
  return yrt_raise_msg(&yrt_exc_TypeError,
                       "exceptions must be classes or instances deriving from BaseException, not %s",
                       yrt_typeof(t->typ)->name);
}

/* throw()'s argument count, with CPython's message. */
static int throw_argc_ok(int argc) {
  if (argc >= 1 && argc <= 3) return 1;
  yrt_raise_msg(&yrt_exc_TypeError,
                argc < 1 ? "throw expected at least 1 argument, got %d"
                         : "throw expected at most 3 arguments, got %d",
                argc);
  return 0;
}

/* throw(*argv) as a YThrow (argc checked; borrows argv). */
static YThrow throw_args(int argc, const YValue *argv) {
  YThrow t = yrt_throw_of(argv[0]);
  if (argc > 1) t.val = argv[1];
  if (argc > 2) t.tb = argv[2];
  return t;
}

/* The exception thrown into a generator that never started: its frame is
 * entered and the exception raised before the first line, so the
 * generator is finished, and PEP 479 applies as it would inside. */
static YStatus throw_at_start(YGen *g, YValue exc) {
  if (frame_enter(g) < 0) return YS_RAISE;
  raise_thrown(g, exc);
  frame_leave(g);
  gen_finish(g);
  pep479(g);
  return YS_RAISE;
}

/* An exception that comes back out of the delegate of throw() or close() is
 * raised at g's `yield from` as a thrown one is: its __context__ becomes
 * what g itself is handling, if anything (CPython's gen_send_ex with an
 * exception set: _PyErr_ChainStackItem), whatever it was. */
static void chain_thrown_back(YGen *g) { yrt_exc_chain_to(yrt_ts.exc, g->exc_state.handled); }

/* throw(), as CPython's _gen_throw: down the `yield from` chain first (PEP
 * 380), then, in the generator where the exception is to be raised, the
 * arguments are checked: a bad one is TypeError for the caller (the
 * generators above see it come out of their delegate), and this
 * generator is not entered. */
static YStatus gen_throw(YGen *g, const YThrow *t, YValue *out) {
  if (g->state == YGS_SUSPENDED && !YIS_UNBOUND(g->delegate)) {
    YGen *sub = as_gen(g->delegate);
    /* PEP 380: GeneratorExit closes the delegate first, then is raised in
     * the delegating generator.  An async generator delegate (PEP 828) is
     * closed the async way: GeneratorExit is thrown into it, so its finally
     * blocks may await. */
    int async_close = (sub && sub->code->kind == YG_ASYNCGEN) || is_yield_from_async(g->delegate);
    if (is_generator_exit(t->typ) && !async_close) {
      int r = 0;
      WITH_RUNNING(g, r = close_iter(g->delegate));
      drop_delegate(g);
      if (r < 0) {
        chain_thrown_back(g);
        return gen_resume(g, YERROR, YUNBOUND, out);
      }
    } else {
      YStatus st = YS_RAISE;
      YValue val = YNONE;
      int r;
      WITH_RUNNING(g, r = delegate_throw(g->delegate, t, &st, &val));
      if (r == 0) {
        if (st == YS_RAISE) chain_thrown_back(g);
        return after_delegate(g, st, val, out);
      }
      /* The delegate has no throw(): raised here, at the `yield from`. */
    }
  }
  YValue exc = yrt_throw_exception(t, 0);
  if (YIS_ERR(exc)) return YS_RAISE;
  YStatus st = YS_RAISE;
  switch (g->state) {
  case YGS_RUNNING: already_executing(g); break;
  case YGS_DONE: /* the exception comes back as it is, unchained */
    if (g->code->kind == YG_COROUTINE)
      yrt_raise_msg(&yrt_exc_RuntimeError, "cannot reuse already awaited coroutine");
    else
      yrt_restore_exc(yrt_incref(exc));
    break;
  case YGS_CREATED: throw_at_start(g, exc); break;
  case YGS_SUSPENDED:
    drop_delegate(g); /* one without throw() goes with the frame's stack */
    st = gen_resume(g, YERROR, exc, out);
    break;
  }
  yrt_decref(exc);
  return st;
}

/* throw() from anywhere but g's delegator: a level of a running chain is
 * running (its arguments are checked first, as gen_throw does). */
static YStatus gen_throw_checked(YGen *g, const YThrow *t, YValue *out) {
  if (in_running_chain(g)) {
    YValue exc = yrt_throw_exception(t, 0);
    if (YIS_ERR(exc)) return YS_RAISE;
    yrt_decref(exc);
    return already_executing(g);
  }
  return gen_throw(g, t, out);
}

YStatus yrt_gen_throw(YGen *g, YValue exc, YValue *out) {
  YThrow t = yrt_throw_of(exc);
  return gen_throw_checked(g, &t, out);
}

int yrt_gen_close(YGen *g) {
  if (in_running_chain(g)) {
    already_executing(g);
    return -1;
  }
  return gen_close(g);
}

/* close(), from g's delegator or from yrt_gen_close. */
static int gen_close(YGen *g) {
  switch (g->state) {
  case YGS_CREATED:
    gen_finish(g);
    return 0;
  case YGS_DONE: return 0;
  case YGS_RUNNING: already_executing(g); return -1;
  case YGS_SUSPENDED: break;
  }
  /* Made here: its __context__ is what the caller is handling (the
   * generator's own handled exception, if any, replaces it as it goes in). */
  YValue ge = yrt_exc_new(&yrt_exc_GeneratorExit, 0, NULL);
  yrt_exc_chain_handled(ge);
  YValue val = YNONE;
  YThrow t = yrt_throw_of(ge);
  YStatus st = gen_throw(g, &t, &val);
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
  YGen *sub = as_gen(it);
  YStatus st = sub ? yrt_gen_send(sub, YNONE, &val) : delegate_send(it, YNONE, &val);
  if (st == YS_YIELD || st == YS_AWAIT) {
    set_delegate(g, it);
    *out = val;
    return as_await(g, it, st);
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
  if (sub && sub->code->kind == YG_COROUTINE && g->code->kind == YG_GENERATOR && !yrt_gen_code_marked(g->code)) {
    yrt_decref(obj);
    yrt_raise_msg(&yrt_exc_TypeError,
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return start_failed(out);
  }
  /* In a types.coroutine generator a coroutine, or an awaitable of the
   * runtime's (asyncio.sleep()), is driven as it is. */
  if ((sub && sub->code->kind == YG_COROUTINE) || (is_awaitable_obj(obj) && yrt_gen_code_marked(g->code)))
    return delegate_start(g, obj, out);
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

/* ---- types.coroutine: generators that `await` accepts ------------------ */

/* The codes of the generator functions types.coroutine marked (CPython's
 * CO_ITERABLE_COROUTINE flag), few: a list searched in order. */
static const YGenCode **marked;
static int nmarked, capmarked;

void yrt_gen_mark_code(const YGenCode *code) {
  for (int i = 0; i < nmarked; i++)
    if (marked[i] == code) return;
  if (nmarked == capmarked) {
    capmarked = capmarked ? 2 * capmarked : 8;
    marked = yrt_realloc(marked, (size_t)capmarked * sizeof *marked);
  }
  marked[nmarked++] = code;
}

int yrt_gen_code_marked(const YGenCode *code) {
  for (int i = 0; i < nmarked; i++)
    if (marked[i] == code) return 1;
  return 0;
}

int yrt_is_iterable_coroutine(YValue v) {
  YGen *g = as_gen(v);
  return g && g->code->kind == YG_GENERATOR && (g->iterable_coro || yrt_gen_code_marked(g->code));
}

/* What `await` accepts: coroutines, generators types.coroutine made
 * awaitable, and the runtime's awaitables. */
static int is_awaitable(YValue v) {
  YGen *sub = as_gen(v);
  return (sub && sub->code->kind == YG_COROUTINE) || is_awaitable_obj(v) || yrt_is_iterable_coroutine(v);
}

YStatus yrt_await(YGen *g, YValue obj, YValue *out) {
  trace(g, "reach");
  if (!is_awaitable(obj)) {
    yrt_raise_msg(&yrt_exc_TypeError, "object %s can't be used in 'await' expression",
                  yrt_typeof(obj)->name);
    yrt_decref(obj);
    return start_failed(out);
  }
  YGen *sub = as_gen(obj);
  if (sub && sub->state == YGS_SUSPENDED && (sub->code->kind == YG_COROUTINE || !YIS_UNBOUND(sub->delegate)) &&
      !in_running_chain(sub)) {
    /* Suspended in an await of its own: someone else (a task, another
     * await) is driving it.  CPython's GET_AWAITABLE refuses it (a running
     * one is "already executing", from delegate_start).  A coroutine
     * suspends only in an await, with a delegate or in
     * yrt_await_sleep0's bare yield, which has none. */
    yrt_decref(obj);
    yrt_raise_msg(&yrt_exc_RuntimeError, "coroutine is being awaited already");
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

/* next(g), the step of every `for` over a generator: a suspended
 * generator with no delegate resumes here directly; the rest goes through
 * yrt_gen_send. */
int yrt_gen_next(YGen *g, YValue *out) {
  if (YRT_LIKELY(g->state <= YGS_SUSPENDED && g->code->kind == YG_GENERATOR && YIS_UNBOUND(g->delegate))) {
    if (frame_enter(g) < 0) return -1;
    YStatus st = gen_run(g, YNONE, YUNBOUND, out); /* gen_resume, inlined */
    return st == YS_YIELD ? 1 : st == YS_RETURN ? 0 : -1;
  }
  /* A generator suspended in `yield from`, stepped by a loop or next() (not
   * itself a delegate, so not running in a chain): yrt_gen_send's and
   * gen_send's steps, which come to send_through.  When the delegate is a
   * generator whose body runs next (no delegate of its own: a loop over
   * `outer()` whose body is `yield from inner()`), send_through's steps
   * too, in this one function. */
  if (g->state == YGS_SUSPENDED && g->code->kind == YG_GENERATOR && !g->delegator) {
    YGen *sub = as_gen(g->delegate);
    YStatus st;
    if (sub && sub->delegator == g && YIS_UNBOUND(sub->delegate)) {
      if (frame_enter(g) < 0) return -1;
      /* gen_send's common case, and gen_resume's steps, inlined */
      st = sub->state <= YGS_SUSPENDED ? frame_enter(sub) < 0 ? YS_RAISE : gen_run(sub, YNONE, YUNBOUND, out)
                                       : gen_send(sub, YNONE, out);
      if (YRT_LIKELY(st == YS_YIELD)) {
        frame_leave(g);
        g->state = YGS_SUSPENDED;
        return 1;
      }
      if (st == YS_AWAIT) { /* send_through's other suspension */
        frame_leave(g);
        g->state = YGS_SUSPENDED;
        st = as_await(g, g->delegate, st);
      } else {
        st = delegate_done(g, st, *out, out);
      }
    } else {
      st = send_through(g, YNONE, out);
    }
    return st == YS_YIELD ? 1 : st == YS_RETURN ? 0 : -1;
  }
  if (g->code->kind != YG_GENERATOR) {
    yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an iterator", g->ob.type->name);
    return -1;
  }
  YStatus st = yrt_gen_send(g, YNONE, out);
  return st == YS_YIELD ? 1 : st == YS_RETURN ? 0 : -1;
}

#ifdef YRT_TRACE_STATES
const int yrt_gen_inline_ok = 0; /* every step goes through gen_run, which traces it */
#else
const int yrt_gen_inline_ok = 1;
#endif

int yrt_gen_next_end(YGen *g, YStatus st) {
  if (st == YS_AWAIT) { /* as gen_run and yrt_gen_next take it */
    g->state = YGS_SUSPENDED;
    return -1;
  }
  gen_finish(g);
  if (st == YS_RETURN) return 0;
  pep479(g);
  return -1;
}

/* A task's step, and every other send into an awaitable.  The common case,
 * a coroutine suspended with no delegate (or just created, sent None) and
 * not itself a delegate, resumes here directly: yrt_gen_send's, gen_send's
 * and gen_resume's steps for it, as yrt_gen_next takes them for a loop. */
YStatus yrt_await_send(YValue aw, YValue v, YValue *out) {
  YGen *sub = as_gen(aw);
  if (!sub) return delegate_send(aw, v, out);
  if (YRT_LIKELY((sub->state == YGS_SUSPENDED || (sub->state == YGS_CREATED && YIS_NONE(v))) &&
                 YIS_UNBOUND(sub->delegate) && !sub->delegator)) {
    if (frame_enter(sub) < 0) return YS_RAISE;
    return gen_run(sub, v, YUNBOUND, out);
  }
  return yrt_gen_send(sub, v, out);
}

YStatus yrt_await_throw(YValue aw, const YThrow *t, YValue *out) {
  YStatus st = YS_RAISE;
  YGen *sub = as_gen(aw);
  if (sub) return gen_throw_checked(sub, t, out);
  if (delegate_throw(aw, t, &st, out) < 0) {
    YValue exc = yrt_throw_exception(t, 0);
    if (YIS_ERR(exc)) return YS_RAISE;
    yrt_raise(exc);
    yrt_decref(exc);
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
 * agen.athrow(typ[, val[, tb]]) and agen.aclose() (`closes`): one struct,
 * two types (their Python names differ), told apart by `throws`.  athrow's
 * arguments are kept as given and checked when it is awaited, as in
 * CPython. */
typedef struct AgenOp {
  YObj ob;
  YGen *gen;
  YValue arg;      /* asend: the value to send (unbound for __anext__); athrow: throw()'s typ */
  YValue val, tb;  /* athrow: throw()'s other arguments, unbound when not given */
  int nargs;       /* athrow: how many arguments it was given */
  AwState state;
  int throws;      /* athrow/aclose */
  int closes;      /* aclose */
} AgenOp;

static void aw_dealloc(YObj *o) {
  AgenOp *a = (AgenOp *)o;
  yrt_decref(a->arg);
  yrt_decref(a->val);
  yrt_decref(a->tb);
  yrt_decref(yobj(a->gen));
  yrt_small_free(a, sizeof *a);
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
    if (YIS_NONE(v) && !YIS_UNBOUND(a->arg)) {
      /* PEP 828's reference implementation: `return None` reached through
       * asend(x) is StopAsyncIteration(None), through anext() StopAsyncIteration(). */
      YValue e = yrt_exc_new(&yrt_exc_StopAsyncIteration, 1, &v);
      yrt_raise(e);
      yrt_decref(e);
      return YS_RAISE;
    }
    raise_stop(&yrt_exc_StopAsyncIteration, v);
    return YS_RAISE;
  default: return YS_RAISE;
  }
}

/* The same for an athrow or aclose. */
static YStatus athrow_result(AgenOp *a, YStatus st, YValue v, YValue *out) {
  int is_close = a->closes;
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
    if (YIS_NONE(v) || YIS_UNBOUND(v)) v = YIS_UNBOUND(a->arg) ? YNONE : a->arg;
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
  int is_close = a->closes;
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
    if (!is_close && (a->nargs < 1 || a->nargs > 3)) {
      a->state = AW_CLOSED;
      yrt_raise_msg(&yrt_exc_TypeError, a->nargs < 1 ? "athrow expected at least 1 argument, got %d"
                                                     : "athrow expected at most 3 arguments, got %d",
                    a->nargs);
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
      YThrow t = {a->arg, a->val, a->tb};
      st = gen_throw(a->gen, &t, &val);
    }
  } else {
    st = yrt_gen_send(a->gen, v, &val);
  }
  return athrow_result(a, st, val, out);
}

/* An exception thrown into the awaitable goes into the generator. */
static YStatus aw_throw(YObj *o, const YThrow *t, YValue *out) {
  AgenOp *a = (AgenOp *)o;
  YValue val = YNONE;
  if (a->state == AW_CLOSED) return aw_reused(a);
  a->state = AW_ITER;
  a->gen->async_running = 1;
  YStatus st = gen_throw(a->gen, t, &val);
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
  else if (name == YN_throw) {
    if (!throw_argc_ok(argc)) return YERROR;
    YThrow th = throw_args(argc, argv);
    st = t->throw(o, &th, &v);
  } else if (name == YN_close && argc == 0) {
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

static AgenOp *aw_new(YGen *g, const YAwaitType *type) {
  AgenOp *a = yrt_obj_new_small(&type->ex.type, sizeof *a); /* one per async-for item */
  a->gen = g;
  yrt_incref(yobj(g));
  a->arg = a->val = a->tb = YUNBOUND;
  a->state = AW_INIT;
  a->throws = type == &athrow_type;
  return a;
}
static YValue asend_new(YGen *g, YValue v) {
  AgenOp *a = aw_new(g, &asend_type);
  a->arg = yrt_incref(v);
  return yobj(a);
}
/* agen.athrow(*argv), unchecked until awaited. */
static YValue athrow_new(YGen *g, int argc, const YValue *argv) {
  AgenOp *a = aw_new(g, &athrow_type);
  a->nargs = argc;
  if (argc > 0) a->arg = yrt_incref(argv[0]);
  if (argc > 1) a->val = yrt_incref(argv[1]);
  if (argc > 2) a->tb = yrt_incref(argv[2]);
  return yobj(a);
}

YValue yrt_agen_aclose(YGen *g) {
  AgenOp *a = aw_new(g, &athrow_type);
  a->closes = 1;
  return yobj(a);
}

/* Has v an __anext__ (an async iterator)? */
static int has_anext(YValue v) {
  YGen *g = as_gen(v);
  if (g) return g->code->kind == YG_ASYNCGEN;
  return yrt_heap_obj(v) && !YIS_UNBOUND(yrt_special_find(v, YN___anext__));
}

YValue yrt_aiter(YValue obj) {
  YGen *g = as_gen(obj);
  if (g && g->code->kind == YG_ASYNCGEN) return yrt_incref(obj);
  if (yrt_heap_obj(obj)) {
    YValue r = yrt_special(obj, YN___aiter__, 0, NULL); /* looked up on the type */
    if (!YIS_UNBOUND(r)) {
      if (YIS_ERR(r) || has_anext(r)) return r;
      const char *tn = yrt_tname(r);
      yrt_decref(r);
      return yrt_raise_msg(&yrt_exc_TypeError,
                           "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                           tn);
    }
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                       yrt_typeof(obj)->name);
}

YValue yrt_anext(YValue it) {
  YGen *g = as_gen(it);
  if (g && g->code->kind == YG_ASYNCGEN) return asend_new(g, YUNBOUND);
  if (yrt_heap_obj(it)) {
    YValue r = yrt_special(it, YN___anext__, 0, NULL); /* looked up on the type */
    if (!YIS_UNBOUND(r)) return r;
  }
  return yrt_raise_msg(&yrt_exc_TypeError,
                       "'async for' received an object from __aiter__ that does not implement "
                       "__anext__: %s",
                       yrt_typeof(it)->name);
}

/* The step of `async for`: await it.__anext__().  For an async generator
 * that is not running, that is asend_send's first step done here, without
 * the asend object: the generator runs to its next yield (the item, lent
 * through g->hold as delegate_start lends a result), to its end
 * (StopAsyncIteration) or to an exception.  Only when it suspends in an
 * await of its own does the asend object exist, already running, as g's
 * delegate for the steps that follow: what the event loop sends or throws
 * goes through it as before.  Anything else is anext(it) awaited.  An
 * __anext__ that raises, rather than return an awaitable, fails the await
 * itself, so that a StopAsyncIteration it raises ends the loop (CPython). */
YStatus yrt_await_anext(YGen *g, YValue it, YValue *out) {
  YGen *ag = as_gen(it);
  if (ag && ag->code->kind == YG_ASYNCGEN && !ag->async_running) {
    trace(g, "reach");
    YValue val = YNONE;
    ag->async_running = 1;
    if (yrt_loop_running()) yrt_loop_agen_firstiter(ag);
    /* yrt_gen_send's common case inlined (an async generator is never a
     * link of a chain: set_delegate) */
    YStatus st = ag->state == YGS_SUSPENDED && YIS_UNBOUND(ag->delegate)
                     ? frame_enter(ag) < 0 ? YS_RAISE : gen_run(ag, YNONE, YUNBOUND, &val)
                     : yrt_gen_send(ag, YNONE, &val);
    if (st == YS_AWAIT) {
      AgenOp *a = aw_new(ag, &asend_type);
      a->state = AW_ITER;
      set_delegate(g, yobj(a));
      *out = val;
      return as_await(g, g->delegate, st);
    }
    ag->async_running = 0;
    if (st == YS_YIELD) {
      yrt_store(&g->hold, val);
      *out = val;
      return YS_RETURN;
    }
    if (st == YS_RETURN) raise_stop(&yrt_exc_StopAsyncIteration, val);
    return start_failed(out);
  }
  YValue aw = yrt_anext(it);
  if (YIS_ERR(aw)) return start_failed(out);
  return yrt_await(g, aw, out);
}

int yrt_stop_async_iteration(void) {
  if (!yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_StopAsyncIteration)) return 0;
  yrt_decref(yrt_fetch_exc());
  return 1;
}

/* ---- aiter() and anext() --------------------------------------------- */

/* aiter(x), as CPython 3.11: x's type's __aiter__, which must give an async
 * iterator. */
YValue yrt_b_aiter(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "aiter() takes exactly one argument (%d given)", argc);
  YValue x = argv[0];
  YGen *g = as_gen(x);
  if (g && g->code->kind == YG_ASYNCGEN) return yrt_incref(x);
  YValue r = yrt_heap_obj(x) ? yrt_special(x, YN___aiter__, 0, NULL) : YUNBOUND;
  if (YIS_UNBOUND(r))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an async iterable", yrt_tname(x));
  if (YIS_ERR(r) || has_anext(r)) return r;
  const char *tn = yrt_tname(r);
  yrt_decref(r);
  return yrt_raise_msg(&yrt_exc_TypeError, "aiter() returned not an async iterator of type '%s'", tn);
}

/* anext(it, default): awaiting it awaits `inner`; StopAsyncIteration
 * from it becomes `dflt` (CPython's anext_awaitable). */
typedef struct AnextAw {
  YObj ob;
  YValue inner, dflt;
} AnextAw;

static void anext_dealloc(YObj *o) {
  AnextAw *a = (AnextAw *)o;
  yrt_decref(a->inner);
  yrt_decref(a->dflt);
  free(a);
}

static YStatus anext_result(AnextAw *a, YStatus st, YValue *out) {
  if (st == YS_RAISE && yrt_stop_async_iteration()) {
    *out = yrt_incref(a->dflt);
    return YS_RETURN;
  }
  return st;
}

static YStatus anext_send(YObj *o, YValue v, YValue *out) {
  AnextAw *a = (AnextAw *)o;
  return anext_result(a, yrt_await_send(a->inner, v, out), out);
}

static YStatus anext_throw(YObj *o, const YThrow *t, YValue *out) {
  AnextAw *a = (AnextAw *)o;
  return anext_result(a, yrt_await_throw(a->inner, t, out), out);
}

static const YAwaitType anext_type = {
    {YRT_TYPE_EX_HEAD("anext_awaitable", YK_AWAITABLE), anext_dealloc, NULL, NULL, NULL, NULL, NULL,
     NULL},
    anext_send, anext_throw, yrt_await_callmethod};

/* anext(it[, default]), as CPython 3.11: the awaitable of it's __anext__,
 * wrapped when there is a default. */
YValue yrt_b_anext(int argc, const YValue *argv) {
  if (argc < 1) return yrt_raise_msg(&yrt_exc_TypeError, "anext expected at least 1 argument, got 0");
  if (argc > 2) return yrt_raise_msg(&yrt_exc_TypeError, "anext expected at most 2 arguments, got %d", argc);
  if (!has_anext(argv[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not an async iterator", yrt_tname(argv[0]));
  YValue aw = yrt_anext(argv[0]);
  if (YIS_ERR(aw) || argc == 1) return aw;
  AnextAw *a = yrt_obj_new(&anext_type.ex.type, sizeof *a);
  a->inner = aw;
  a->dflt = yrt_incref(argv[1]);
  return yobj(a);
}

/* ---- PEP 828: `yield from` in an async generator ---------------------- */

/*
 * `RESULT = yield from EXPR` in an async generator, as PEP 828 was accepted:
 * the delegate of the generator is an AyfIter, a runtime awaitable whose
 * send/throw run the PEP's expansion one step at a time:
 *
 *   aiterator = aiter(EXPR)                  yrt_yield_from_async
 *   item = await anext(aiterator)            send(None): start an op, step it
 *   item = await aiterator.asend(received)   send(x): asend is an attribute
 *   item = await athrow(exception)           throw(e): athrow is an attribute;
 *                                            missing: `raise exception from None`
 *   await aclose(); raise gen_exit           throw(GeneratorExit): aclose
 *                                            missing: skipped; failing to
 *                                            get it: unraisable, skipped
 *   RESULT = stop.value                      StopAsyncIteration ends it
 *
 * So it rides on the same machinery as `yield from` and `await`: gen.c
 * drives it as g->delegate.  Its statuses are those of a delegate: YS_YIELD
 * an item for the generator's consumer (the awaited op finished), YS_AWAIT a
 * wait passed up to the event loop (the op is still running), YS_RETURN the
 * value of the `yield from`, YS_RAISE.
 *
 * The op being awaited is an awaitable (a coroutine from __anext__, an
 * athrow object, ...), except for the common case of anext/asend on an
 * async generator, which is stepped directly, with its running flag set as
 * an asend object would set it, so that an item costs no allocation.
 */
typedef enum AyfOp {
  AYF_IDLE,  /* no op running: the generator is suspended at an item */
  AYF_NEXT,  /* anext() or asend(x) */
  AYF_THROW, /* athrow(exc) */
  AYF_CLOSE  /* aclose(); `exit` is raised once it is done */
} AyfOp;

typedef struct AyfIter {
  YObj ob;
  YValue it;   /* aiter(EXPR) */
  YValue aw;   /* the awaitable of the running op; unbound when none, or for `sub` */
  YGen *sub;   /* it, an async generator stepped directly by a running AYF_NEXT (borrowed) */
  YValue exit; /* AYF_CLOSE: the GeneratorExit thrown in */
  AyfOp op;
} AyfIter;

static void ayf_dealloc(YObj *o) {
  AyfIter *a = (AyfIter *)o;
  if (a->sub) a->sub->async_running = 0;
  yrt_decref(a->it);
  yrt_decref(a->aw);
  yrt_decref(a->exit);
  free(a);
}

static YStatus ayf_send(YObj *o, YValue v, YValue *out);
static YStatus ayf_throw(YObj *o, const YThrow *t, YValue *out);

static const YAwaitType ayf_type = {
    {YRT_TYPE_EX_HEAD("async_generator_yield_from", YK_AWAITABLE), ayf_dealloc, NULL, NULL, NULL,
     NULL, NULL, NULL},
    ayf_send, ayf_throw, yrt_await_callmethod};

static int is_yield_from_async(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &ayf_type.ex.type; }

/* The op raised: StopAsyncIteration ends the delegation with its value
 * (None when it has none), anything else goes on. */
static YStatus ayf_raised(YValue *out) {
  if (!yrt_subclass(yrt_typeof(yrt_ts.exc), &yrt_exc_StopAsyncIteration)) return YS_RAISE;
  YValue e = yrt_fetch_exc();
  YValue val = yrt_getattr(e, YN_value);
  yrt_decref(e);
  if (YIS_ERR(val)) return YS_RAISE;
  *out = val;
  return YS_RETURN;
}

/* The async generator `sub`, stepped directly, reported st. */
static YStatus ayf_sub_done(AyfIter *a, YStatus st, YValue val, YValue *out) {
  *out = val;
  if (st == YS_AWAIT) return YS_AWAIT;
  a->sub->async_running = 0;
  a->sub = NULL;
  a->op = AYF_IDLE;
  if (st == YS_YIELD || st == YS_RETURN) return st; /* an item; the value of the yield from */
  return ayf_raised(out);
}

/* The awaitable of the op reported st (YS_RETURN: the await's result). */
static YStatus ayf_aw_done(AyfIter *a, YStatus st, YValue val, YValue *out) {
  *out = val;
  if (st == YS_AWAIT || st == YS_YIELD) return YS_AWAIT; /* still awaiting it */
  AyfOp op = a->op;
  a->op = AYF_IDLE;
  yrt_clear(&a->aw);
  if (op == AYF_CLOSE) {
    /* `await aclose()` is done: `raise gen_exit`; its own exception wins. */
    YValue exit = a->exit;
    a->exit = YUNBOUND;
    if (st == YS_RETURN) {
      yrt_decref(val);
      yrt_restore_exc(exit);
    } else {
      yrt_decref(exit);
    }
    *out = YERROR;
    return YS_RAISE;
  }
  if (st == YS_RETURN) return YS_YIELD; /* the item the delegator yields */
  return ayf_raised(out);
}

/* Start awaiting `aw` (stolen; an error is an error) as op. */
static YStatus ayf_await(AyfIter *a, AyfOp op, YValue aw, YValue *out) {
  if (YIS_ERR(aw)) return YS_RAISE;
  int ok = aw.tag == YT_OBJ && (aw.u.o->type->kind == YK_AWAITABLE ||
                                (aw.u.o->type->kind == YK_GEN && ((YGen *)aw.u.o)->code->kind == YG_COROUTINE));
  if (!ok) {
    yrt_raise_msg(&yrt_exc_TypeError, "object %s can't be used in 'await' expression", yrt_tname(aw));
    yrt_decref(aw);
    if (op == AYF_CLOSE) yrt_clear(&a->exit);
    return YS_RAISE;
  }
  a->aw = aw;
  a->op = op;
  YValue val = YNONE;
  YStatus st = yrt_await_send(aw, YNONE, &val);
  return ayf_aw_done(a, st, val, out);
}

/* A send: the next item (anext, or asend(v) when v is not None), or the
 * running op resumed by the event loop. */
static YStatus ayf_send(YObj *o, YValue v, YValue *out) {
  AyfIter *a = (AyfIter *)o;
  YValue val = YNONE;
  if (a->sub) return ayf_sub_done(a, yrt_gen_send(a->sub, v, &val), val, out);
  if (!YIS_UNBOUND(a->aw)) return ayf_aw_done(a, yrt_await_send(a->aw, v, &val), val, out);
  YGen *sub = as_gen(a->it);
  if (sub && sub->code->kind == YG_ASYNCGEN) {
    /* What an asend object does, without one. */
    if (sub->async_running) {
      yrt_raise_msg(&yrt_exc_RuntimeError, "anext(): asynchronous generator is already running");
      return YS_RAISE;
    }
    sub->async_running = 1;
    if (yrt_loop_running()) yrt_loop_agen_firstiter(sub);
    a->sub = sub;
    a->op = AYF_NEXT;
    return ayf_sub_done(a, yrt_gen_send(sub, v, &val), val, out);
  }
  if (YIS_NONE(v)) return ayf_await(a, AYF_NEXT, yrt_anext(a->it), out);
  YValue asend = yrt_getattr(a->it, YN_asend); /* missing: AttributeError */
  if (YIS_ERR(asend)) return YS_RAISE;
  YValue aw = yrt_call(asend, 1, &v);
  yrt_decref(asend);
  return ayf_await(a, AYF_NEXT, aw, out);
}

/* The attribute `name` of it: 1 found (*m), 0 missing (AttributeError
 * cleared), -1 another error. */
static int ayf_method(AyfIter *a, YName name, YValue *m) {
  *m = yrt_getattr(a->it, name);
  if (!YIS_ERR(*m)) return 1;
  if (yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_AttributeError)) > 0) {
    yrt_decref(yrt_fetch_exc());
    return 0;
  }
  return -1;
}

/* A throw: into the running op, or, at an item, the PEP's two except
 * clauses. */
static YStatus ayf_throw(YObj *o, const YThrow *t, YValue *out) {
  AyfIter *a = (AyfIter *)o;
  YValue val = YNONE;
  *out = YERROR;
  if (a->sub) return ayf_sub_done(a, gen_throw(a->sub, t, &val), val, out);
  if (!YIS_UNBOUND(a->aw)) return ayf_aw_done(a, yrt_await_throw(a->aw, t, &val), val, out);
  YValue exc = yrt_throw_exception(t, 0);
  if (YIS_ERR(exc)) return YS_RAISE;
  YValue m;
  if (is_generator_exit(exc)) {
    int r = ayf_method(a, YN_aclose, &m);
    if (r < 0) /* as the reference implementation (and PEP 380's close) do */
      yrt_write_unraisable(a->it);
    if (r <= 0) { /* no aclose: GeneratorExit goes on */
      yrt_restore_exc(exc);
      return YS_RAISE;
    }
    a->exit = exc;
    YValue aw = yrt_call(m, 0, NULL);
    yrt_decref(m);
    if (YIS_ERR(aw)) yrt_clear(&a->exit);
    return ayf_await(a, AYF_CLOSE, aw, out);
  }
  int r = ayf_method(a, YN_athrow, &m);
  if (r <= 0) {
    if (r == 0) yrt_raise_from(exc, YNONE); /* no athrow: `raise exception from None` */
    yrt_decref(exc);
    return YS_RAISE;
  }
  YValue aw = yrt_call(m, 1, &exc);
  yrt_decref(m);
  yrt_decref(exc);
  return ayf_await(a, AYF_THROW, aw, out);
}

YStatus yrt_yield_from_async(YGen *g, YValue obj, YValue *out) {
  trace(g, "reach");
  YValue it = yrt_aiter(obj);
  yrt_decref(obj);
  if (YIS_ERR(it)) return start_failed(out);
  AyfIter *a = yrt_obj_new(&ayf_type.ex.type, sizeof *a);
  a->it = it;
  a->aw = a->exit = YUNBOUND;
  a->sub = NULL;
  a->op = AYF_IDLE;
  return delegate_start(g, yobj(a), out);
}

/* ---- methods and attributes ----------------------------------------- */

/* A finished send/throw as Python sees it: the yielded value, or
 * StopIteration carrying the return value. */
static HOT_INLINE YValue status_value(YGen *g, YStatus st, YValue v) {
  if (st == YS_YIELD || st == YS_AWAIT) return v;
  if (st == YS_RETURN) {
    raise_stop(&yrt_exc_StopIteration, v);
  }
  (void)g;
  return YERROR;
}

/* Methods of async generators. */
static YValue agen_method(YGen *g, YName name, int argc, const YValue *argv) {
  switch (name) {
  case YN___aiter__: return yrt_incref(yobj(g));
  case YN___anext__:
    if (argc != 0) return yrt_raise_msg(&yrt_exc_TypeError, "expected 0 arguments, got %d", argc);
    return asend_new(g, YUNBOUND);
  case YN_asend:
    if (argc != 1)
      return yrt_raise_msg(&yrt_exc_TypeError, "async_generator.asend() takes exactly one argument (%d given)", argc);
    return asend_new(g, argv[0]);
  case YN_athrow: return athrow_new(g, argc, argv);
  case YN_aclose:
    if (argc != 0)
      return yrt_raise_msg(&yrt_exc_TypeError, "async_generator.aclose() takes no arguments (%d given)", argc);
    return yrt_agen_aclose(g);
  default: return yrt_no_attr(yobj(g), yrt_name_str[name]);
  }
}

/* CPython counts a call of send(), __next__() or close() (builtin methods
 * taking one argument or none) as a level of the recursion limit of its
 * own, with its own message; not throw(), nor the builtin next(), once
 * the calling code is specialised (see README, "Recursion"). */
static const char calling[] = " while calling a Python object";

/* One level for such a call; the frame it resumes checks the C stack. */
static HOT_INLINE int enter_method(void) {
  if (YRT_UNLIKELY(++yrt_ts.depth > yrt_recursion_limit)) {
    yrt_ts.depth--;
    return yrt_recursion_error(calling);
  }
  return 0;
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
    if (enter_method() < 0) return YERROR;
    if (g->state == YGS_SUSPENDED && YIS_UNBOUND(g->delegate))
      st = frame_enter(g) < 0 ? YS_RAISE : gen_run(g, argv[0], YUNBOUND, &v); /* yrt_gen_send's common case, inlined */
    else
      st = yrt_gen_send(g, argv[0], &v);
    yrt_leave_call();
    return status_value(g, st, v);
  case YN___next__:
    if (g->code->kind != YG_GENERATOR) break;
    if (argc != 0) return yrt_raise_msg(&yrt_exc_TypeError, "expected 0 arguments, got %d", argc);
    if (enter_method() < 0) return YERROR;
    st = yrt_gen_send(g, YNONE, &v);
    yrt_leave_call();
    return status_value(g, st, v);
  case YN_throw: {
    if (!throw_argc_ok(argc)) return YERROR;
    YThrow t = throw_args(argc, argv);
    st = gen_throw_checked(g, &t, &v);
    return status_value(g, st, v);
  }
  case YN_close: {
    if (argc != 0)
      return yrt_raise_msg(&yrt_exc_TypeError, "%s.close() takes no arguments (%d given)", tn,
                           argc);
    if (enter_method() < 0) return YERROR;
    int r = yrt_gen_close(g);
    yrt_leave_call();
    return r < 0 ? YERROR : YNONE;
  }
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
    return ybool(yrt_gen_state(g) == YGS_RUNNING);
  case YN_cr_running:
    if (g->code->kind != YG_COROUTINE) break;
    return ybool(yrt_gen_state(g) == YGS_RUNNING);
  case YN_ag_running:
    if (!agen) break;
    return ybool(g->async_running);
  case YN_gi_suspended:
    if (!gen) break;
    return ybool(yrt_gen_state(g) == YGS_SUSPENDED);
  default:
    if (yrt_gen_has_method(g, name)) return yrt_method_new(yobj(g), name);
    break;
  }
  return yrt_no_attr(yobj(g), yrt_name_str[name]);
}

int yrt_gen_has_method(const YGen *g, YName name) {
  switch (name) {
  case YN_send: case YN_throw: case YN_close: return g->code->kind != YG_ASYNCGEN;
  case YN___next__: case YN___iter__: return g->code->kind == YG_GENERATOR;
  case YN_asend: case YN_athrow: case YN_aclose: case YN___anext__: case YN___aiter__:
    return g->code->kind == YG_ASYNCGEN;
  default: return 0;
  }
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
 * event loop, which runs its aclose() as a task.  That finaliser runs once:
 * a generator it left suspended (it ignored GeneratorExit, or its finally
 * stored a reference to it) is only freed when released again. */
void yrt_gen_dealloc(YGen *g) {
  int finalize = !g->finalized;
  g->finalized = 1;
  if (g->code->kind == YG_ASYNCGEN) {
    if (finalize && g->state == YGS_SUSPENDED) {
      g->ob.refcnt = 1;
      if (yrt_loop_agen_finalize(g)) {
        if (--g->ob.refcnt > 0) return; /* the loop's aclose task keeps it */
      } else {
        g->ob.refcnt = 1;
      }
    }
    if (g->hooked) yrt_loop_agen_forget(g);
  }
  if (finalize && g->state == YGS_SUSPENDED) {
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
  yrt_small_free(g, g->code->size);
}
