/*
 * loop.c: the event loop behind `import asyncio`, the private module
 * _yieldc_asyncio: asyncio.run, create_task, sleep, gather
 * (return_exceptions=), shield, current_task, Future, and the cancellation
 * of tasks and futures, with CPython's CancelledError and InvalidStateError
 * (asyncio.TimeoutError is the builtin TimeoutError, as in 3.11).
 *
 * asyncio itself is runtime/lib/asyncio.py: it re-exports these functions
 * (the compiler calls run, sleep, gather and create_task of it straight
 * into this file) and writes in Python what is classes over futures: Queue,
 * the locks, timeout, TaskGroup, wait, as_completed and the event loop
 * objects.  For those this file has the loop's primitives: call_soon and
 * call_at of a callable, time(), new_task (a task whether the loop runs or
 * not), run_until_complete, close, the loop object asyncio.py made for the
 * running loop (loop_object/set_loop_object, so get_running_loop returns
 * one object throughout a run), isfuture/iscoroutine, and the futures'
 * remove_done_callback and the tasks' cancelling()/uncancel() (the count
 * of cancel requests that TaskGroup and timeout read, as in 3.11).  There
 * is one loop, a static: asyncio.py's loop objects are views of it.
 *
 * The loop follows CPython's asyncio closely, because the order in which
 * ready callbacks run is what decides the order of a program's output:
 *
 *   - a FIFO of ready callbacks; one loop iteration runs exactly the
 *     callbacks that were ready when it started (new ones wait for the next);
 *   - a binary heap of timers on the monotonic clock; timers that are due
 *     move to the ready queue at the start of an iteration; when nothing is
 *     ready the loop sleeps until the first timer;
 *   - create_task schedules the task's first step (call_soon); a step sends
 *     into the coroutine until it suspends with YS_AWAIT, whose value says
 *     what it waits for: None (sleep(0): step again next iteration), a float
 *     (sleep(d): a timer, which when due schedules the step, two iterations
 *     as in CPython where the timer sets a future's result), or a future (a
 *     task or a gather), whose done callbacks wake the task;
 *   - gather makes one child future per distinct awaitable, as CPython does,
 *     and fills every place an awaitable was given in with its result (or,
 *     with return_exceptions, its exception or CancelledError);
 *   - a cancel reaches the innermost future a task waits for (a task's
 *     waiter, a gather's children, a plain Future) and so raises
 *     CancelledError where the coroutine awaits; shield(aw) is an outer
 *     Future that follows aw but whose cancellation stops there;
 *   - asyncio.Future() is a Future the program completes (set_result,
 *     set_exception); add_done_callback's callables run by call_soon, an
 *     exception from one is printed and the loop goes on;
 *   - run_until_complete (under asyncio.run too) stops as CPython's: a done
 *     callback of the future sets `stopping`, and the loop stops at the end
 *     of the iteration that callback ran in;
 *   - asyncio.run cancels the tasks still pending when the main task ends and
 *     runs aclose() of the async generators still suspended
 *     (shutdown_asyncgens), then returns the main task's result.
 *
 * Callbacks and timers live in arrays that grow but are reused: switching
 * tasks allocates nothing.
 */
#include "rt.h"

#include <math.h>
#include <time.h>

/* ---- futures and tasks ------------------------------------------------ */

typedef enum FutState {
  FUT_PENDING,   /* not done */
  FUT_DONE,      /* a result or an exception is set */
  FUT_CANCELLED  /* cancelled */
} FutState;

typedef struct Future Future;
typedef void (*DoneFn)(YObj *target, Future *fut);

typedef struct Callback {
  DoneFn fn;
  YObj *target; /* owned */
} Callback;

/* A future: tasks and gathers are futures (their struct starts with one). */
struct Future {
  YObj ob;
  FutState state;
  YValue result;    /* when done without exception */
  YValue exception; /* when done with one, or cancelled */
  Callback *cbs;
  int ncbs, capcbs;
};

/* A task: a future driven by a coroutine (or any awaitable). */
typedef struct Task {
  Future fut;
  YValue coro;
  Future *waiter;     /* the future it is waiting for (owned), or NULL */
  int sleeping;       /* waiting for a timer */
  unsigned wait_seq;  /* bumped when a timer becomes stale */
  int must_cancel;
  int num_cancels;    /* cancel() requests not yet uncancel()ed (Task.cancelling) */
} Task;

/* The future asyncio.gather returns.  An awaitable given twice or more is
 * one child future, as in CPython: children[i] is the future of argument
 * i (repeated for a repeat), and only the nfuts distinct ones are
 * waited for. */
typedef struct Gather {
  Future fut;
  Future **children; /* owned, one reference per entry */
  int n, nfuts, nfinished;
  int return_exceptions; /* gather(..., return_exceptions=True) */
} Gather;

/* asyncio.sleep(delay, result) as an awaitable. */
typedef struct Sleep {
  YObj ob;
  double delay;
  YValue result;
  int state; /* 0 not started, 1 waiting, 2 done */
} Sleep;

/* ---- the loop --------------------------------------------------------- */

typedef struct Ready {
  DoneFn fn;
  YObj *target; /* owned */
  Future *fut;  /* owned, may be NULL */
} Ready;

typedef struct Timer {
  double when;
  uint64_t order; /* FIFO among equal deadlines */
  DoneFn fn;      /* called (by call_soon) when due: timer_due for a sleeping task */
  YObj *target;   /* owned: the task, for timer_due */
  unsigned seq;   /* timer_due: the task's wait_seq when pushed */
} Timer;

static struct Loop {
  int running;
  Ready *ready;
  int rhead, rcount, rcap; /* a ring buffer; rcap a power of two */
  Timer *timers;
  int ntimers, captimers;
  uint64_t timer_order;
  Task **tasks; /* every task not yet done (owned) */
  int ntasks, captasks;
  YGen **agens; /* async generators first iterated under this loop (weak) */
  int nagens, capagens;
  Task *current; /* the task whose step runs now (borrowed), or NULL */
  int stopping;  /* the future run_until_complete waits for is done: stop after this iteration */
  YValue loop_obj; /* asyncio.py's loop object for this loop (owned), or unbound */
} loop = {.loop_obj = {.tag = YT_UNBOUND, .u = {.i = 0}}};

int yrt_loop_running(void) { return loop.running; }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The ready ring is full: twice the room. */
static YRT_NOINLINE void ready_grow(void) {
  int cap = loop.rcap ? loop.rcap * 2 : 64;
  Ready *r = yrt_malloc(sizeof(Ready) * (size_t)cap);
  for (int i = 0; i < loop.rcount; i++) r[i] = loop.ready[(loop.rhead + i) & (loop.rcap - 1)];
  free(loop.ready);
  loop.ready = r;
  loop.rcap = cap;
  loop.rhead = 0;
}

/* Schedule fn(target, fut) for the loop's next iteration, taking over a
 * reference to target and one to fut (if any). */
static inline void ready_push(DoneFn fn, YObj *target, Future *fut) {
  if (YRT_UNLIKELY(loop.rcount == loop.rcap)) ready_grow();
  loop.ready[(loop.rhead + loop.rcount++) & (loop.rcap - 1)] = (Ready){fn, target, fut};
}

/* The same with new references (asyncio's call_soon). */
static inline void call_soon(DoneFn fn, YObj *target, Future *fut) {
  yrt_incref(yobj(target));
  if (fut) yrt_incref(yobj(fut));
  ready_push(fn, target, fut);
}

static int timer_before(const Timer *a, const Timer *b) {
  return a->when < b->when || (a->when == b->when && a->order < b->order);
}

static void timer_due(YObj *target, Future *unused);

static void timer_push_fn(DoneFn fn, YObj *target, unsigned seq, double when) {
  if (loop.ntimers == loop.captimers) {
    loop.captimers = loop.captimers ? loop.captimers * 2 : 16;
    loop.timers = yrt_realloc(loop.timers, sizeof(Timer) * (size_t)loop.captimers);
  }
  yrt_incref(yobj(target));
  int i = loop.ntimers++;
  Timer x = {when, loop.timer_order++, fn, target, seq};
  while (i > 0 && timer_before(&x, &loop.timers[(i - 1) / 2])) {
    loop.timers[i] = loop.timers[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  loop.timers[i] = x;
}

static Timer timer_pop(void) {
  Timer top = loop.timers[0];
  Timer last = loop.timers[--loop.ntimers];
  int i = 0;
  for (;;) {
    int c = 2 * i + 1;
    if (c >= loop.ntimers) break;
    if (c + 1 < loop.ntimers && timer_before(&loop.timers[c + 1], &loop.timers[c])) c++;
    if (!timer_before(&loop.timers[c], &last)) break;
    loop.timers[i] = loop.timers[c];
    i = c;
  }
  if (loop.ntimers > 0) loop.timers[i] = last;
  return top;
}

/* ---- futures ---------------------------------------------------------- */

static void fut_schedule_callbacks(Future *f) {
  for (int i = 0; i < f->ncbs; i++) {
    call_soon(f->cbs[i].fn, f->cbs[i].target, f);
    yrt_decref(yobj(f->cbs[i].target));
  }
  f->ncbs = 0;
}

static void fut_add_callback(Future *f, DoneFn fn, YObj *target) {
  if (f->state != FUT_PENDING) {
    call_soon(fn, target, f);
    return;
  }
  if (f->ncbs == f->capcbs) {
    f->capcbs = f->capcbs ? f->capcbs * 2 : 2;
    f->cbs = yrt_realloc(f->cbs, sizeof(Callback) * (size_t)f->capcbs);
  }
  yrt_incref(yobj(target));
  f->cbs[f->ncbs++] = (Callback){fn, target};
}

static void fut_set_result(Future *f, YValue v) { /* v stolen */
  f->state = FUT_DONE;
  f->result = v;
  fut_schedule_callbacks(f);
}

static void fut_set_exception(Future *f, YValue e) { /* e stolen */
  f->state = FUT_DONE;
  f->exception = e;
  fut_schedule_callbacks(f);
}

static void fut_set_cancelled(Future *f, YValue e) { /* e stolen (a CancelledError) */
  f->state = FUT_CANCELLED;
  f->exception = e;
  fut_schedule_callbacks(f);
}

static void fut_release(Future *f) {
  yrt_decref(f->result);
  yrt_decref(f->exception);
  for (int i = 0; i < f->ncbs; i++) yrt_decref(yobj(f->cbs[i].target));
  free(f->cbs);
}

/* Awaiting a future: wait (YS_AWAIT with the future) until it is done. */
static YStatus fut_send(YObj *o, YValue v, YValue *out) {
  Future *f = (Future *)o;
  (void)v;
  switch (f->state) {
  case FUT_PENDING:
    *out = yrt_incref(yobj(f));
    return YS_AWAIT;
  case FUT_CANCELLED:
    yrt_raise(f->exception);
    return YS_RAISE;
  case FUT_DONE:
    if (!YIS_UNBOUND(f->exception)) {
      yrt_raise(f->exception);
      return YS_RAISE;
    }
    *out = yrt_incref(f->result);
    return YS_RETURN;
  }
  return YS_RAISE;
}

/* A throw into an awaited future raises the exception in the awaiter,
 * after the checks of CPython's future iterator (FutureIter_throw), whose
 * messages differ from a generator's. */
static YStatus raise_thrown(const YThrow *t, int future) {
  YValue exc = yrt_throw_exception(t, future);
  if (YIS_ERR(exc)) return YS_RAISE;
  yrt_raise(exc);
  yrt_decref(exc);
  return YS_RAISE;
}

static YStatus fut_throw(YObj *o, const YThrow *t, YValue *out) {
  (void)o;
  (void)out;
  return raise_thrown(t, 1);
}

static YValue cancelled_error(void) { return yrt_exc_new(&yrt_exc_CancelledError, 0, NULL); }

/* ---- tasks ------------------------------------------------------------ */

static void task_dealloc(YObj *o) {
  Task *t = (Task *)o;
  fut_release(&t->fut);
  yrt_decref(t->coro);
  if (t->waiter) yrt_decref(yobj(t->waiter));
  free(t);
}

static void gather_dealloc(YObj *o) {
  Gather *g = (Gather *)o;
  fut_release(&g->fut);
  for (int i = 0; i < g->n; i++) yrt_decref(yobj(g->children[i]));
  free(g->children);
  free(g);
}

static void sleep_dealloc(YObj *o) {
  Sleep *s = (Sleep *)o;
  yrt_decref(s->result);
  yrt_small_free(s, sizeof *s);
}

static YStatus sleep_send(YObj *o, YValue v, YValue *out) {
  Sleep *s = (Sleep *)o;
  (void)v;
  switch (s->state) {
  case 0:
    s->state = 1;
    *out = s->delay > 0 ? yfloat(s->delay) : YNONE;
    return YS_AWAIT;
  case 1:
    s->state = 2;
    *out = yrt_incref(s->result);
    return YS_RETURN;
  default:
    yrt_raise_msg(&yrt_exc_RuntimeError, "cannot reuse already awaited coroutine");
    return YS_RAISE;
  }
}

/* asyncio.sleep(d) awaits a future, asyncio.sleep(0) a bare yield of a
 * generator: a throw is checked by the one or the other. */
static YStatus sleep_throw(YObj *o, const YThrow *t, YValue *out) {
  Sleep *s = (Sleep *)o;
  (void)out;
  s->state = 2;
  return raise_thrown(t, s->delay > 0);
}

static YValue fut_repr(YObj *o);

static const YAwaitType task_type = {
    {YRT_TYPE_EX_HEAD("Task", YK_AWAITABLE), task_dealloc, NULL, NULL, NULL, NULL, fut_repr, NULL},
    fut_send, fut_throw, yrt_await_callmethod};
static const YAwaitType gather_type = {
    {YRT_TYPE_EX_HEAD("_GatheringFuture", YK_AWAITABLE), gather_dealloc, NULL, NULL, NULL, NULL,
     fut_repr, NULL},
    fut_send, fut_throw, yrt_await_callmethod};
static void future_dealloc(YObj *o) {
  fut_release((Future *)o);
  free(o);
}
static YValue future_call(const YType *type, int argc, const YValue *argv);
const YAwaitType yrt_asyncio_future_type = {
    {{.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = "Future", .base = &yrt_type_object, .kind = YK_AWAITABLE,
      .flags = YTF_CNAME, .module = "_asyncio", .call = future_call},
     future_dealloc, NULL, NULL, NULL, NULL, fut_repr, NULL},
    fut_send, fut_throw, yrt_await_callmethod};
#define future_type yrt_asyncio_future_type
static const YAwaitType sleep_type = {
    {YRT_TYPE_EX_HEAD("coroutine", YK_AWAITABLE), sleep_dealloc, NULL, NULL, NULL, NULL, NULL,
     NULL},
    sleep_send, sleep_throw, yrt_await_callmethod};

static YValue fut_repr(YObj *o) {
  Future *f = (Future *)o;
  char buf[128];
  snprintf(buf, sizeof buf, "<%s %s>", o->type->name,
           f->state == FUT_PENDING ? "pending" : f->state == FUT_CANCELLED ? "cancelled" : "finished");
  return yrt_str_from_c(buf);
}

static int is_future(YValue v) {
  return v.tag == YT_OBJ && (v.u.o->type == &task_type.ex.type || v.u.o->type == &gather_type.ex.type ||
                             v.u.o->type == &future_type.ex.type);
}

static Future *future_new(void) {
  Future *f = yrt_obj_new(&future_type.ex.type, sizeof *f);
  f->state = FUT_PENDING;
  f->result = YUNBOUND;
  f->exception = YUNBOUND;
  return f;
}

/* asyncio.Future(): a future that the program completes. */
static YValue future_call(const YType *type, int argc, const YValue *argv) {
  (void)type;
  (void)argv;
  if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "Future() takes no positional arguments");
  return yobj(future_new());
}

static void task_step(YObj *target, Future *unused);
static void task_step_owned(Task *t);

static void task_wakeup(YObj *target, Future *fut) {
  (void)fut;
  task_step(target, NULL);
}

static void timer_due(YObj *target, Future *unused) {
  (void)unused;
  call_soon(task_step, target, NULL);
}

static void forget_task(Task *t) {
  for (int i = 0; i < loop.ntasks; i++) {
    if (loop.tasks[i] == t) {
      memmove(&loop.tasks[i], &loop.tasks[i + 1], sizeof(Task *) * (size_t)(loop.ntasks - i - 1));
      loop.ntasks--;
      yrt_decref(yobj(t));
      return;
    }
  }
}

/* One step of a task: send into (or throw into) its coroutine.  The step
 * takes over a reference to the task: run_once hands it the ready queue's,
 * and a step that yields to the loop hands it on to the next step. */
static void task_step_owned(Task *t) {
  YObj *target = &t->fut.ob;
  if (t->fut.state != FUT_PENDING) {
    yrt_decref(yobj(target));
    return;
  }
  YValue exc = YUNBOUND;
  if (t->must_cancel) {
    exc = cancelled_error();
    t->must_cancel = 0;
  }
  if (t->waiter) {
    yrt_decref(yobj(t->waiter));
    t->waiter = NULL;
  }
  t->sleeping = 0;
  YValue v = YNONE;
  YStatus st;
  Task *outer = loop.current;
  loop.current = t;
  if (YIS_UNBOUND(exc)) {
    st = yrt_await_send(t->coro, YNONE, &v);
  } else {
    YThrow th = yrt_throw_of(exc);
    st = yrt_await_throw(t->coro, &th, &v);
  }
  loop.current = outer;
  yrt_decref(exc);
  switch (st) {
  case YS_RETURN:
    fut_set_result(&t->fut, v);
    forget_task(t);
    break;
  case YS_RAISE: {
    YValue e = yrt_fetch_exc();
    if (yrt_subclass(yrt_typeof(e), &yrt_exc_CancelledError))
      fut_set_cancelled(&t->fut, e);
    else
      fut_set_exception(&t->fut, e);
    forget_task(t);
    break;
  }
  case YS_AWAIT:
    if (YIS_NONE(v)) {
      /* A bare yield to the loop (asyncio.sleep(0)): the next step takes
       * over this one's reference. */
      ready_push(task_step, target, NULL);
      return;
    } else if (v.tag == YT_FLOAT) {
      t->sleeping = 1;
      timer_push_fn(timer_due, target, t->wait_seq, now() + v.u.f);
    } else if (is_future(v)) {
      Future *f = (Future *)v.u.o;
      if (f == &t->fut) {
        yrt_decref(v);
        call_soon(task_step, target, NULL);
        t->must_cancel = 0;
        /* CPython raises "Task cannot await on itself" into the coroutine. */
        break;
      }
      t->waiter = f; /* owns v's reference */
      fut_add_callback(f, task_wakeup, target);
      v = YUNBOUND;
    } else {
      call_soon(task_step, target, NULL);
    }
    yrt_decref(v);
    break;
  case YS_YIELD:
    yrt_decref(v);
    call_soon(task_step, target, NULL);
    break;
  }
  yrt_decref(yobj(t));
}

/* task_step as a callback (the ready queue's entry for a task's step;
 * run_once calls task_step_owned for it directly). */
static void task_step(YObj *target, Future *unused) {
  (void)unused;
  yrt_incref(yobj(target));
  task_step_owned((Task *)target);
}

static int task_cancel(Task *t);

static int fut_cancel(Future *f) {
  if (f->state != FUT_PENDING) return 0;
  if (f->ob.type == &task_type.ex.type) return task_cancel((Task *)f);
  if (f->ob.type == &gather_type.ex.type) {
    Gather *g = (Gather *)f;
    int any = 0;
    for (int i = 0; i < g->n; i++) any |= fut_cancel(g->children[i]);
    if (!any) fut_set_cancelled(f, cancelled_error());
    return 1;
  }
  fut_set_cancelled(f, cancelled_error());
  return 1;
}

static int task_cancel(Task *t) {
  if (t->fut.state != FUT_PENDING) return 0;
  t->num_cancels++;
  if (t->waiter && fut_cancel(t->waiter)) return 1;
  t->must_cancel = 1;
  if (t->sleeping) {
    t->sleeping = 0;
    t->wait_seq++; /* its timer is stale now */
    call_soon(task_step, &t->fut.ob, NULL);
  }
  return 1;
}

static Task *task_new(YValue coro) {
  Task *t = yrt_obj_new(&task_type.ex.type, sizeof *t);
  t->fut.state = FUT_PENDING;
  t->fut.result = YUNBOUND;
  t->fut.exception = YUNBOUND;
  t->coro = yrt_incref(coro);
  if (loop.ntasks == loop.captasks) {
    loop.captasks = loop.captasks ? loop.captasks * 2 : 16;
    loop.tasks = yrt_realloc(loop.tasks, sizeof(Task *) * (size_t)loop.captasks);
  }
  yrt_incref(yobj(t));
  loop.tasks[loop.ntasks++] = t;
  call_soon(task_step, &t->fut.ob, NULL);
  return t;
}

/* What asyncio.iscoroutine() accepts: coroutines and the coroutine-like
 * runtime awaitables (asend/athrow objects, asyncio.sleep), not futures. */
static int is_coroutine(YValue v) {
  if (v.tag != YT_OBJ) return 0;
  if (v.u.o->type->kind == YK_GEN) return ((YGen *)v.u.o)->code->kind == YG_COROUTINE;
  return v.u.o->type->kind == YK_AWAITABLE && !is_future(v);
}

/* ---- running the loop -------------------------------------------------- */

/* One iteration: due timers become ready, then the callbacks that are ready
 * now run (those they schedule wait for the next iteration). */
static void run_once(void) {
  if (loop.rcount == 0 && loop.ntimers > 0) {
    double wait = loop.timers[0].when - now();
    if (wait > 0) {
      struct timespec ts;
      ts.tv_sec = (time_t)wait;
      ts.tv_nsec = (long)((wait - (double)ts.tv_sec) * 1e9);
      nanosleep(&ts, NULL);
    }
  }
  double end = now() + 1e-9;
  while (loop.ntimers > 0 && loop.timers[0].when <= end) {
    Timer x = timer_pop();
    if (x.fn != timer_due) {
      call_soon(x.fn, x.target, NULL);
    } else {
      Task *t = (Task *)x.target;
      if (x.seq == t->wait_seq && t->sleeping) {
        t->wait_seq++;
        call_soon(timer_due, x.target, NULL);
      }
    }
    yrt_decref(yobj(x.target));
  }
  int n = loop.rcount;
  for (int i = 0; i < n; i++) {
    Ready r = loop.ready[loop.rhead];
    loop.rhead = (loop.rhead + 1) & (loop.rcap - 1);
    loop.rcount--;
    if (r.fn == task_step) {
      task_step_owned((Task *)r.target); /* takes over the queue's reference */
    } else {
      r.fn(r.target, r.fut);
      yrt_decref(yobj(r.target));
    }
    if (r.fut) yrt_decref(yobj(r.fut));
  }
}

static void run_until_done(Future *f) {
  while (f->state == FUT_PENDING && (loop.rcount > 0 || loop.ntimers > 0)) run_once();
}

static void stop_loop(YObj *target, Future *unused) {
  (void)target;
  (void)unused;
  loop.stopping = 1;
}

/* CPython's run_until_complete: a done callback of f stops the loop at the
 * end of the iteration it runs in, one iteration after f is done, so the
 * other callbacks ready then still run (before asyncio.run cancels what is
 * left).  Without anything left to run it stops too (CPython would wait
 * forever). */
static void run_until_complete(Future *f) {
  fut_add_callback(f, stop_loop, &f->ob);
  loop.stopping = 0;
  while (!loop.stopping && (loop.rcount > 0 || loop.ntimers > 0)) run_once();
  loop.stopping = 0;
  for (int i = 0; i < f->ncbs; i++) /* f is still pending: forget the callback */
    if (f->cbs[i].fn == stop_loop) {
      yrt_decref(yobj(f->cbs[i].target));
      memmove(&f->cbs[i], &f->cbs[i + 1], sizeof(Callback) * (size_t)(f->ncbs - i - 1));
      f->ncbs--;
      break;
    }
}

/* ---- gather ------------------------------------------------------------ */

static void gather_child_done(YObj *target, Future *child) {
  Gather *g = (Gather *)target;
  g->nfinished++;
  if (g->fut.state != FUT_PENDING) return;
  if (g->return_exceptions) {
    if (g->nfinished < g->nfuts) return;
    YValue *items = yrt_malloc(sizeof(YValue) * (size_t)(g->n ? g->n : 1));
    for (int i = 0; i < g->n; i++) {
      Future *c = g->children[i];
      items[i] = yrt_incref(YIS_UNBOUND(c->exception) ? c->result : c->exception);
    }
    YValue list = yrt_list_steal(g->n, items);
    free(items);
    fut_set_result(&g->fut, list);
    return;
  }
  if (child->state == FUT_CANCELLED) {
    fut_set_exception(&g->fut, cancelled_error());
    return;
  }
  if (!YIS_UNBOUND(child->exception)) {
    fut_set_exception(&g->fut, yrt_incref(child->exception));
    return;
  }
  if (g->nfinished < g->nfuts) return;
  YValue *items = yrt_malloc(sizeof(YValue) * (size_t)(g->n ? g->n : 1));
  for (int i = 0; i < g->n; i++) items[i] = yrt_incref(g->children[i]->result);
  YValue list = yrt_list_steal(g->n, items);
  free(items);
  fut_set_result(&g->fut, list);
}

/* ---- asyncio functions ------------------------------------------------- */

static YValue no_loop(void) { return yrt_raise_msg(&yrt_exc_RuntimeError, "no running event loop"); }

YValue yrt__yieldc_asyncio_create_task(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "create_task() takes 1 positional argument but %d were given", argc);
  if (!loop.running) return no_loop();
  if (!is_coroutine(argv[0])) {
    YValue r = yrt_repr(argv[0]);
    if (YIS_ERR(r)) return r;
    yrt_raise_msg(&yrt_exc_TypeError, "a coroutine was expected, got %s", yrt_str_cstr(r));
    yrt_decref(r);
    return YERROR;
  }
  return yobj(task_new(argv[0]));
}

YValue yrt__yieldc_asyncio_sleep(int argc, const YValue *argv) {
  if (argc < 1 || argc > 2)
    return yrt_raise_msg(&yrt_exc_TypeError, "sleep() takes from 1 to 2 positional arguments but %d were given", argc);
  double d;
  if (argv[0].tag == YT_INT || argv[0].tag == YT_BOOL)
    d = (double)argv[0].u.i;
  else if (argv[0].tag == YT_FLOAT)
    d = argv[0].u.f;
  else
    return yrt_raise_msg(&yrt_exc_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                         yrt_typeof(argv[0])->name);
  Sleep *s = yrt_obj_new_small(&sleep_type.ex.type, sizeof *s);
  s->delay = isnan(d) ? 0 : d;
  s->result = argc > 1 ? yrt_incref(argv[1]) : YNONE;
  return yobj(s);
}

/* For each of n objects, the index of its first occurrence (by identity),
 * in O(n log n): sorted by address, then by index. */
typedef struct Occ {
  uintptr_t addr;
  int index;
} Occ;
static int occ_cmp(const void *a, const void *b) {
  const Occ *x = a, *y = b;
  if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}
static int *first_occurrences(int n, const YValue *argv) {
  int *first = yrt_malloc(sizeof(int) * (size_t)(n ? n : 1));
  Occ *occ = yrt_malloc(sizeof(Occ) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) occ[i] = (Occ){(uintptr_t)argv[i].u.o, i};
  qsort(occ, (size_t)n, sizeof(Occ), occ_cmp);
  for (int i = 0; i < n; i++)
    first[occ[i].index] = i > 0 && occ[i - 1].addr == occ[i].addr ? first[occ[i - 1].index] : occ[i].index;
  free(occ);
  return first;
}

YValue yrt__yieldc_asyncio_gather(int argc, const YValue *argv) { return yrt__yieldc_asyncio_kw_gather(argc, argv, 0, NULL); }

YValue yrt__yieldc_asyncio_kw_gather(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  int return_exceptions = 0;
  for (int k = 0; k < nkw; k++) {
    if (strcmp(yrt_str_cstr(yobj(kwnames[k])), "return_exceptions"))
      return yrt_raise_msg(&yrt_exc_TypeError, "gather() got an unexpected keyword argument '%s'",
                           yrt_str_cstr(yobj(kwnames[k])));
    int b = yrt_truth(argv[argc + k]);
    if (b < 0) return YERROR;
    return_exceptions = b;
  }
  if (!loop.running) return no_loop();
  for (int i = 0; i < argc; i++) {
    if (!is_coroutine(argv[i]) && !is_future(argv[i]))
      return yrt_raise_msg(&yrt_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
  }
  Gather *g = yrt_obj_new(&gather_type.ex.type, sizeof *g);
  g->fut.state = FUT_PENDING;
  g->fut.result = YUNBOUND;
  g->fut.exception = YUNBOUND;
  g->n = argc;
  g->return_exceptions = return_exceptions;
  g->children = yrt_malloc(sizeof(Future *) * (size_t)(argc ? argc : 1));
  int *first = first_occurrences(argc, argv);
  for (int i = 0; i < argc; i++) {
    if (first[i] < i) { /* a repeat: the same child */
      g->children[i] = g->children[first[i]];
      yrt_incref(yobj(g->children[i]));
      continue;
    }
    if (is_coroutine(argv[i])) {
      g->children[i] = &task_new(argv[i])->fut;
    } else {
      g->children[i] = (Future *)argv[i].u.o;
      yrt_incref(argv[i]);
    }
    g->nfuts++;
    fut_add_callback(g->children[i], gather_child_done, &g->fut.ob);
  }
  free(first);
  if (argc == 0) fut_set_result(&g->fut, yrt_list_new(0, NULL));
  return yobj(g);
}

YValue yrt__yieldc_asyncio_current_task(int argc, const YValue *argv) {
  (void)argv;
  if (argc > 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "current_task() takes from 0 to 1 positional arguments but %d were given",
                         argc);
  if (!loop.running) return no_loop();
  return loop.current ? yrt_incref(yobj(loop.current)) : YNONE;
}

/* shield(aw): an outer future that follows the inner one, and whose
 * cancellation leaves the inner one running. */
static void shield_inner_done(YObj *target, Future *inner) {
  Future *outer = (Future *)target;
  if (outer->state != FUT_PENDING) return;
  if (inner->state == FUT_CANCELLED)
    fut_set_cancelled(outer, cancelled_error());
  else if (!YIS_UNBOUND(inner->exception))
    fut_set_exception(outer, yrt_incref(inner->exception));
  else
    fut_set_result(outer, yrt_incref(inner->result));
}

YValue yrt__yieldc_asyncio_shield(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "shield() takes 1 positional argument but %d were given", argc);
  Future *inner;
  if (is_future(argv[0])) {
    inner = (Future *)argv[0].u.o;
    yrt_incref(argv[0]);
  } else if (is_coroutine(argv[0])) {
    if (!loop.running) return no_loop();
    inner = &task_new(argv[0])->fut;
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
  }
  if (inner->state != FUT_PENDING) return yobj(inner);
  Future *outer = future_new();
  fut_add_callback(inner, shield_inner_done, &outer->ob);
  yrt_decref(yobj(inner));
  return yobj(outer);
}

/* ---- wait_for ---------------------------------------------------------- */

/* asyncio.wait_for(aw, timeout) as an awaitable, after 3.11's: the inner
 * future (a task for a coroutine) and a waiter future that the inner one's
 * completion or the timeout timer completes, whichever comes first; on the
 * timeout the inner future is cancelled and waited for, then TimeoutError
 * (unless the inner one finished anyway).  A cancel of the waiting task
 * cancels the inner future too, waits for it, and raises CancelledError. */
typedef enum WaitState {
  WF_START,     /* not awaited yet */
  WF_WAITING,   /* awaiting the waiter */
  WF_CANCELLING,/* timed out: awaiting the cancelled inner future */
  WF_PLAIN,     /* no timeout: awaiting the inner future itself */
  WF_ABORTING,  /* cancelled: awaiting the inner future, then CancelledError */
  WF_DONE       /* finished */
} WaitState;

typedef struct WaitFor {
  YObj ob;
  YValue aw;
  double timeout;
  int has_timeout;
  Future *inner, *waiter; /* owned, or NULL */
  WaitState state;
} WaitFor;

static void wait_for_dealloc(YObj *o) {
  WaitFor *w = (WaitFor *)o;
  yrt_decref(w->aw);
  if (w->inner) yrt_decref(yobj(w->inner));
  if (w->waiter) yrt_decref(yobj(w->waiter));
  free(w);
}

static void release_waiter(YObj *target, Future *unused) {
  Future *w = (Future *)target;
  (void)unused;
  if (w->state == FUT_PENDING) fut_set_result(w, YNONE);
}

static YStatus wait_inner(WaitFor *w, YValue *out) {
  if (w->inner->state == FUT_PENDING) {
    *out = yrt_incref(yobj(w->inner));
    return YS_AWAIT;
  }
  w->state = WF_DONE;
  return fut_send(&w->inner->ob, YNONE, out);
}

static YStatus wait_for_send(YObj *o, YValue v, YValue *out) {
  WaitFor *w = (WaitFor *)o;
  (void)v;
  switch (w->state) {
  case WF_START:
    if (is_future(w->aw)) {
      w->inner = (Future *)w->aw.u.o;
      yrt_incref(w->aw);
    } else if (is_coroutine(w->aw)) {
      w->inner = &task_new(w->aw)->fut;
    } else {
      w->state = WF_DONE;
      yrt_raise_msg(&yrt_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
      return YS_RAISE;
    }
    if (!w->has_timeout) {
      w->state = WF_PLAIN;
      return wait_inner(w, out);
    }
    if (w->timeout <= 0) {
      if (w->inner->state != FUT_PENDING) return wait_inner(w, out);
      fut_cancel(w->inner);
      w->state = WF_CANCELLING;
      return wait_for_send(o, YNONE, out);
    }
    w->waiter = future_new();
    fut_add_callback(w->inner, release_waiter, &w->waiter->ob);
    timer_push_fn(release_waiter, &w->waiter->ob, 0, now() + w->timeout);
    w->state = WF_WAITING;
    *out = yrt_incref(yobj(w->waiter));
    return YS_AWAIT;
  case WF_WAITING:
    if (w->waiter->state == FUT_PENDING) {
      *out = yrt_incref(yobj(w->waiter));
      return YS_AWAIT;
    }
    if (w->inner->state != FUT_PENDING) return wait_inner(w, out);
    fut_cancel(w->inner);
    w->state = w->waiter->state == FUT_CANCELLED ? WF_ABORTING : WF_CANCELLING;
    return wait_for_send(o, YNONE, out);
  case WF_CANCELLING:
    if (w->inner->state == FUT_PENDING) return wait_inner(w, out);
    w->state = WF_DONE;
    if (w->inner->state == FUT_CANCELLED) {
      YValue e = yrt_exc_new(&yrt_exc_TimeoutError, 0, NULL);
      if (YIS_ERR(e)) return YS_RAISE;
      ((YExc *)e.u.o)->cause = yrt_incref(w->inner->exception);
      ((YExc *)e.u.o)->suppress_context = 1;
      yrt_raise(e);
      yrt_decref(e);
      return YS_RAISE;
    }
    return fut_send(&w->inner->ob, YNONE, out);
  case WF_PLAIN:
    return wait_inner(w, out);
  case WF_ABORTING:
    if (w->inner->state == FUT_PENDING) return wait_inner(w, out);
    w->state = WF_DONE;
    yrt_raise(w->waiter->exception);
    return YS_RAISE;
  case WF_DONE:
    break;
  }
  yrt_raise_msg(&yrt_exc_RuntimeError, "cannot reuse already awaited coroutine");
  return YS_RAISE;
}

static YStatus wait_for_throw(YObj *o, const YThrow *t, YValue *out) {
  WaitFor *w = (WaitFor *)o;
  (void)out;
  if (w->inner && w->inner->state == FUT_PENDING) fut_cancel(w->inner);
  w->state = WF_DONE;
  return raise_thrown(t, 1);
}

static const YAwaitType wait_for_type = {
    {YRT_TYPE_EX_HEAD("coroutine", YK_AWAITABLE), wait_for_dealloc, NULL, NULL, NULL, NULL, NULL, NULL},
    wait_for_send, wait_for_throw, yrt_await_callmethod};

YValue yrt__yieldc_asyncio_kw_wait_for(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"fut", "timeout"};
  YValue a[2];
  if (yrt_args_kw("wait_for", names, 2, 2, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  double d = 0;
  if (a[1].tag == YT_INT || a[1].tag == YT_BOOL)
    d = (double)a[1].u.i;
  else if (a[1].tag == YT_FLOAT)
    d = a[1].u.f;
  else if (!YIS_NONE(a[1]))
    return yrt_raise_msg(&yrt_exc_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                         yrt_typeof(a[1])->name);
  WaitFor *w = yrt_obj_new(&wait_for_type.ex.type, sizeof *w);
  w->aw = yrt_incref(a[0]);
  w->has_timeout = !YIS_NONE(a[1]);
  w->timeout = d;
  w->inner = w->waiter = NULL;
  w->state = WF_START;
  return yobj(w);
}

YValue yrt__yieldc_asyncio_wait_for(int argc, const YValue *argv) { return yrt__yieldc_asyncio_kw_wait_for(argc, argv, 0, NULL); }

/* The async generators the loop knows, for shutdown_asyncgens. */
void yrt_loop_agen_firstiter(YGen *g) {
  if (g->hooked) return;
  if (loop.nagens == loop.capagens) {
    loop.capagens = loop.capagens ? loop.capagens * 2 : 16;
    loop.agens = yrt_realloc(loop.agens, sizeof(YGen *) * (size_t)loop.capagens);
  }
  loop.agens[loop.nagens++] = g;
  g->hooked = 1;
}

void yrt_loop_agen_forget(YGen *g) {
  for (int i = 0; i < loop.nagens; i++) {
    if (loop.agens[i] == g) {
      memmove(&loop.agens[i], &loop.agens[i + 1], sizeof(YGen *) * (size_t)(loop.nagens - i - 1));
      loop.nagens--;
      break;
    }
  }
  g->hooked = 0;
}

/* CPython's finaliser hook: call_soon(create_task, agen.aclose()). */
static void create_task_cb(YObj *target, Future *unused) {
  (void)unused;
  Task *t = task_new(yobj(target));
  yrt_decref(yobj(t));
}

int yrt_loop_agen_finalize(YGen *g) {
  if (!loop.running || !g->hooked) return 0;
  yrt_loop_agen_forget(g);
  YValue aclose = yrt_agen_aclose(g);
  call_soon(create_task_cb, aclose.u.o, NULL);
  yrt_decref(aclose);
  return 1;
}

/* Cancel what is left and close the async generators, as asyncio.run does. */
static void shutdown(void) {
  if (loop.ntasks > 0) {
    int n = loop.ntasks;
    Task **left = yrt_malloc(sizeof(Task *) * (size_t)n);
    for (int i = 0; i < n; i++) {
      left[i] = loop.tasks[i];
      yrt_incref(yobj(left[i]));
    }
    for (int i = 0; i < n; i++) task_cancel(left[i]);
    for (int i = 0; i < n; i++) run_until_done(&left[i]->fut);
    for (int i = 0; i < n; i++) yrt_decref(yobj(left[i]));
    free(left);
  }
  if (loop.nagens > 0) {
    int n = loop.nagens;
    Task **closers = yrt_malloc(sizeof(Task *) * (size_t)n);
    YGen **gens = yrt_malloc(sizeof(YGen *) * (size_t)n);
    memcpy(gens, loop.agens, sizeof(YGen *) * (size_t)n);
    for (int i = 0; i < n; i++) {
      YValue ac = yrt_agen_aclose(gens[i]);
      closers[i] = task_new(ac);
      yrt_decref(ac);
    }
    for (int i = 0; i < n; i++) run_until_done(&closers[i]->fut);
    for (int i = 0; i < n; i++) {
      Task *t = closers[i];
      if (t->fut.state == FUT_DONE && !YIS_UNBOUND(t->fut.exception)) {
        fflush(stdout);
        fprintf(stderr, "an error occurred during closing of asynchronous generator\n");
      }
      yrt_decref(yobj(t));
    }
    free(closers);
    free(gens);
  }
  while (loop.rcount > 0) run_once();
}

/* Under CPython a task's coroutine runs 8 levels of the recursion limit
 * above asyncio.run's caller: the Python frames of asyncio.run,
 * Runner.run, run_until_complete, run_forever, _run_once and Handle._run,
 * and two calls from C (Context.run, the task's step).  Counting them
 * makes a recursion inside asyncio.run stop where CPython's does. */
#define ASYNCIO_RUN_LEVELS 8

/* Forget everything the loop holds: what asyncio.run does at its end and
 * loop.close() (callbacks and timers not run are dropped, as CPython's
 * close() clears them). */
static void loop_reset(void) {
  while (loop.ntimers > 0) yrt_decref(yobj(timer_pop().target));
  while (loop.rcount > 0) {
    Ready r = loop.ready[loop.rhead];
    loop.rhead = (loop.rhead + 1) & (loop.rcap - 1);
    loop.rcount--;
    yrt_decref(yobj(r.target));
    if (r.fut) yrt_decref(yobj(r.fut));
  }
  for (int i = 0; i < loop.ntasks; i++) yrt_decref(yobj(loop.tasks[i]));
  YValue obj = loop.loop_obj;
  free(loop.ready);
  free(loop.timers);
  free(loop.tasks);
  free(loop.agens);
  memset(&loop, 0, sizeof loop);
  loop.loop_obj = YUNBOUND;
  yrt_decref(obj);
}

/* The outcome of a finished future as a call's result: its result, or its
 * exception raised. */
static YValue fut_outcome(Future *f) {
  if (f->state == FUT_PENDING)
    return yrt_raise_msg(&yrt_exc_RuntimeError, "Event loop stopped before Future completed.");
  if (!YIS_UNBOUND(f->exception)) return yrt_raise(f->exception);
  return yrt_incref(f->result);
}

/* How many times asyncio.run has run (asyncio.py: after one, CPython's
 * get_event_loop finds no loop set). */
static int64_t run_count;

YValue yrt__yieldc_asyncio_run_count(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return yint(run_count);
}

YValue yrt__yieldc_asyncio_run(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "run() takes 1 positional argument but %d were given", argc);
  if (loop.running)
    return yrt_raise_msg(&yrt_exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
  if (!is_coroutine(argv[0])) {
    YValue r = yrt_repr(argv[0]);
    if (YIS_ERR(r)) return r;
    yrt_raise_msg(&yrt_exc_ValueError, "a coroutine was expected, got %s", yrt_str_cstr(r));
    yrt_decref(r);
    return YERROR;
  }
  /* asyncio.run makes a loop of its own: what another loop had scheduled
   * waits (yieldc has one loop at a time: see asyncio.py). */
  run_count++;
  loop.running = 1;
  yrt_ts.depth += ASYNCIO_RUN_LEVELS;
  Task *main_task = task_new(argv[0]);
  run_until_complete(&main_task->fut);
  shutdown();
  yrt_ts.depth -= ASYNCIO_RUN_LEVELS;
  loop.running = 0;
  YValue r = fut_outcome(&main_task->fut);
  yrt_decref(yobj(main_task));
  loop_reset();
  return r;
}

/* ---- what asyncio.py's event loop objects are made of ------------------ */

YValue yrt__yieldc_asyncio_running(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return ybool(loop.running);
}

/* The loop object asyncio.py made for the loop running now (get_running_loop
 * returns the same one throughout a run), or None. */
YValue yrt__yieldc_asyncio_loop_object(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return YIS_UNBOUND(loop.loop_obj) ? YNONE : yrt_incref(loop.loop_obj);
}

YValue yrt__yieldc_asyncio_set_loop_object(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "set_loop_object() takes 1 argument");
  yrt_store(&loop.loop_obj, yrt_incref(argv[0]));
  return YNONE;
}

/* A callable scheduled by call_soon/call_at: called with no arguments; an
 * exception it raises is printed and the loop goes on, as CPython's loop
 * logs "Exception in callback ...". */
static void call_callable(YObj *target, Future *unused) {
  (void)unused;
  YValue r = yrt_call(yobj(target), 0, NULL);
  if (YIS_ERR(r)) {
    YValue e = yrt_fetch_exc();
    fflush(stdout);
    fputs("Exception in callback\n", stderr);
    yrt_print_exception(e);
    yrt_decref(e);
    return;
  }
  yrt_decref(r);
}

static int number_arg(YValue v, double *d) {
  if (v.tag == YT_INT || v.tag == YT_BOOL)
    *d = (double)v.u.i;
  else if (v.tag == YT_FLOAT)
    *d = v.u.f;
  else
    return -1;
  return 0;
}

YValue yrt__yieldc_asyncio_call_soon(int argc, const YValue *argv) {
  if (argc != 1 || argv[0].tag != YT_OBJ) return yrt_raise_msg(&yrt_exc_TypeError, "call_soon(callable)");
  call_soon(call_callable, argv[0].u.o, NULL);
  return YNONE;
}

/* call_at(when, callable): when on the loop's clock (time()). */
YValue yrt__yieldc_asyncio_call_at(int argc, const YValue *argv) {
  double when;
  if (argc != 2 || argv[1].tag != YT_OBJ) return yrt_raise_msg(&yrt_exc_TypeError, "call_at(when, callable)");
  if (number_arg(argv[0], &when) < 0)
    return yrt_raise_msg(&yrt_exc_TypeError, "'<' not supported between instances of '%s' and 'float'",
                         yrt_typeof(argv[0])->name);
  timer_push_fn(call_callable, argv[1].u.o, 0, when);
  return YNONE;
}

YValue yrt__yieldc_asyncio_time(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  return yfloat(now());
}

/* loop.create_task: a task, whether the loop runs yet or not. */
YValue yrt__yieldc_asyncio_new_task(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "new_task(coro)");
  if (!is_coroutine(argv[0])) {
    YValue r = yrt_repr(argv[0]);
    if (YIS_ERR(r)) return r;
    yrt_raise_msg(&yrt_exc_TypeError, "a coroutine was expected, got %s", yrt_str_cstr(r));
    yrt_decref(r);
    return YERROR;
  }
  return yobj(task_new(argv[0]));
}

/* loop.run_until_complete(aw): run the loop until aw (a future, or a
 * coroutine made a task) is done, and leave everything else scheduled. */
YValue yrt__yieldc_asyncio_run_until_complete(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "run_until_complete(future)");
  if (loop.running) return yrt_raise_msg(&yrt_exc_RuntimeError, "This event loop is already running");
  Future *f;
  if (is_future(argv[0])) {
    f = (Future *)argv[0].u.o;
    yrt_incref(argv[0]);
  } else if (is_coroutine(argv[0])) {
    f = &task_new(argv[0])->fut;
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
  }
  loop.running = 1;
  yrt_ts.depth += ASYNCIO_RUN_LEVELS - 2;
  run_until_complete(f);
  yrt_ts.depth -= ASYNCIO_RUN_LEVELS - 2;
  loop.running = 0;
  YValue r = fut_outcome(f);
  yrt_decref(yobj(f));
  return r;
}

YValue yrt__yieldc_asyncio_isfuture(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "isfuture(obj)");
  return ybool(is_future(argv[0]));
}

YValue yrt__yieldc_asyncio_iscoroutine(int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "iscoroutine(obj)");
  return ybool(is_coroutine(argv[0]));
}

/* loop.close(): drop what is still scheduled. */
YValue yrt__yieldc_asyncio_close(int argc, const YValue *argv) {
  (void)argc;
  (void)argv;
  if (loop.running) return yrt_raise_msg(&yrt_exc_RuntimeError, "Cannot close a running event loop");
  loop_reset();
  return YNONE;
}

/* ---- methods of tasks and futures ------------------------------------- */

/* A callable given to add_done_callback, called with the future. */
static void call_done_callback(YObj *target, Future *fut) {
  YValue a = yobj(fut);
  YValue r = yrt_call(yobj(target), 1, &a);
  if (YIS_ERR(r)) {
    /* CPython's loop logs "Exception in callback ..." and goes on. */
    YValue e = yrt_fetch_exc();
    fflush(stdout);
    fputs("Exception in callback\n", stderr);
    yrt_print_exception(e);
    yrt_decref(e);
    return;
  }
  yrt_decref(r);
}

static YValue invalid_state(const char *msg) { return yrt_raise_msg(&yrt_exc_InvalidStateError, "%s", msg); }

static YValue future_only_method(Future *f, YName name, int argc, const YValue *argv) {
  const char *mname = yrt_name_str[name];
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes exactly one argument (%d given)", mname, argc);
  if (name == YN_add_done_callback) {
    if (argv[0].tag != YT_OBJ) {
      YValue r = yrt_repr(argv[0]);
      if (YIS_ERR(r)) return r;
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not callable", yrt_typeof(argv[0])->name);
      yrt_decref(r);
      return YERROR;
    }
    fut_add_callback(f, call_done_callback, argv[0].u.o);
    return YNONE;
  }
  if (f->ob.type == &task_type.ex.type)
    return yrt_raise_msg(&yrt_exc_RuntimeError, "Task does not support %s() operation", mname);
  if (f->state != FUT_PENDING) {
    YValue r = yrt_repr(yobj(f));
    if (YIS_ERR(r)) return r;
    yrt_raise_msg(&yrt_exc_InvalidStateError, "%s: %s", f->state == FUT_CANCELLED ? "CANCELLED" : "FINISHED",
                  yrt_str_cstr(r));
    yrt_decref(r);
    return YERROR;
  }
  if (name == YN_set_result) {
    fut_set_result(f, yrt_incref(argv[0]));
    return YNONE;
  }
  YValue e = argv[0];
  if (e.tag == YT_OBJ && e.u.o->type == &yrt_type_type) {
    const YType *t = (const YType *)e.u.o;
    if (t->kind == YK_EXC) {
      e = yrt_exc_new(t, 0, NULL);
      if (YIS_ERR(e)) return e;
    } else {
      return yrt_raise_msg(&yrt_exc_TypeError, "exception must be a BaseException instance or class");
    }
  } else if (yrt_typeof(e)->kind != YK_EXC) {
    return yrt_raise_msg(&yrt_exc_TypeError, "exception must be a BaseException instance or class");
  } else {
    yrt_incref(e);
  }
  if (yrt_subclass(yrt_typeof(e), &yrt_exc_StopIteration)) {
    yrt_decref(e);
    return yrt_raise_msg(&yrt_exc_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  fut_set_exception(f, e);
  return YNONE;
}

YValue yrt_await_callmethod(YObj *o, YName name, int argc, const YValue *argv) {
  /* close() of the coroutines asyncio.sleep and wait_for return. */
  if (name == YN_close && !argc && o->type == &sleep_type.ex.type) {
    ((Sleep *)o)->state = 2;
    return YNONE;
  }
  if (name == YN_close && !argc && o->type == &wait_for_type.ex.type) {
    WaitFor *w = (WaitFor *)o;
    if (w->inner && w->inner->state == FUT_PENDING) fut_cancel(w->inner);
    w->state = WF_DONE;
    return YNONE;
  }
  if (o->type != &task_type.ex.type && o->type != &gather_type.ex.type && o->type != &future_type.ex.type)
    return yrt_no_attr(yobj(o), yrt_name_str[name]);
  Future *f = (Future *)o;
  switch (name) {
  case YN_set_result:
  case YN_set_exception:
  case YN_add_done_callback:
    return future_only_method(f, name, argc, argv);
  case YN_remove_done_callback: {
    if (argc != 1)
      return yrt_raise_msg(&yrt_exc_TypeError, "remove_done_callback() takes exactly one argument (%d given)", argc);
    /* The callables given to add_done_callback, by identity (CPython
     * compares with ==, which for functions is identity). */
    int kept = 0, removed = 0;
    for (int i = 0; i < f->ncbs; i++) {
      if (f->cbs[i].fn == call_done_callback && argv[0].tag == YT_OBJ && f->cbs[i].target == argv[0].u.o) {
        yrt_decref(yobj(f->cbs[i].target));
        removed++;
      } else {
        f->cbs[kept++] = f->cbs[i];
      }
    }
    f->ncbs = kept;
    return yint(removed);
  }
  case YN_done:
    if (argc) break;
    return ybool(f->state != FUT_PENDING);
  case YN_cancelled:
    if (argc) break;
    return ybool(f->state == FUT_CANCELLED);
  case YN_cancel:
    return ybool(fut_cancel(f));
  case YN_cancelling:
  case YN_uncancel:
    if (o->type != &task_type.ex.type) return yrt_no_attr(yobj(o), yrt_name_str[name]);
    if (argc) break;
    if (name == YN_uncancel && ((Task *)f)->num_cancels > 0) ((Task *)f)->num_cancels--;
    return yint(((Task *)f)->num_cancels);
  case YN_result:
    if (argc) break;
    if (f->state == FUT_PENDING) return invalid_state("Result is not set.");
    if (!YIS_UNBOUND(f->exception)) return yrt_raise(f->exception);
    return yrt_incref(f->result);
  case YN_exception:
    if (argc) break;
    if (f->state == FUT_CANCELLED) return yrt_raise(f->exception);
    if (f->state == FUT_PENDING) return invalid_state("Exception is not set.");
    return YIS_UNBOUND(f->exception) ? YNONE : yrt_incref(f->exception);
  default:
    return yrt_no_attr(yobj(o), yrt_name_str[name]);
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no arguments (%d given)", yrt_name_str[name], argc);
}

