/*
 * itertools.c: the itertools module of CPython 3.11: its functions and their
 * iterators, except the combinatoric ones (itertools_comb.c).
 *
 * Design
 * ------
 * The module is one of yrt_modules.h's: module.c makes the module object
 * and the builtin objects yrt_bobj_itertools_<name> of its functions
 * (chain.from_iterable's is here).  Each function has two entry points: yrt_itertools_<name> for a call
 * with positional arguments only, yrt_itertools_kw_<name> for one with
 * keywords (func.c's calls choose).  A function CPython gives no keywords
 * raises its TypeError from the second; the others sort their arguments with
 * yrt_args_kw, Argument Clinic's order of checks and its messages.
 *
 * Each iterator is a runtime type of kind YK_ITER (a YTypeEx static whose
 * name is CPython's __name__, so that type(count()).__name__ is 'count'),
 * with its own struct, a next slot following CPython's algorithm step for
 * step (the order of the calls to the iterators and functions it was given
 * is visible to a program), and a repr slot: count and repeat print their
 * state as CPython does, the others "<itertools.chain object at 0x...>".
 * Like the builtin iterators (iter.c), an exhausted iterator drops what it
 * iterated over where CPython does.
 *
 * tee: the copies share a list of links of 57 items each, filled from the
 * source iterator by whichever copy runs ahead and freed once every copy
 * has passed them; a copy holds its link and an index into it.  Links are
 * not Python objects; a chain of them is freed by a loop, never by
 * recursion.  groupby: as in CPython, the groups share the groupby object's
 * iterator; a group (type _grouper) yields only while it is the current one
 * (the groupby object remembers which by address and never dereferences
 * it), so advancing the groupby object ends the previous group.
 *
 * Divergences from CPython, none visible to a Level 1 program: the names
 * are builtin functions, not classes (`isinstance(x, itertools.count)` and
 * subclassing are not available, repr(itertools.count) is "<built-in
 * function count>"); the pickling methods, __length_hint__ and
 * _tee.__copy__ are absent.
 *
 * Error messages are CPython 3.11's, checked against python3
 * (tests/unit/test_itertools.c).
 */
#include "rt.h"

/* ===================================================================== */
/* Helpers                                                                */
/* ===================================================================== */

/* The builtin object of chain.from_iterable, whose entry points are
 * yrt_itertools_N and yrt_itertools_kw_N (module.c makes the module's). */
#define BUILTIN(n, pyname) \
  YBuiltin yrt_bobj_itertools_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, pyname, yrt_itertools_##n, yrt_itertools_kw_##n}

/* The entry point for keywords of a function that takes none. */
#define NO_KEYWORDS(n, pyname)                                                                \
  YValue yrt_itertools_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) { \
    (void)argc, (void)argv, (void)nkw, (void)kwnames;                                         \
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no keyword arguments", pyname);      \
  }

/* The entry point without keywords of a function that takes some. */
#define POSITIONAL(n) \
  YValue yrt_itertools_##n(int argc, const YValue *argv) { return yrt_itertools_kw_##n(argc, argv, 0, NULL); }

/* A static iterator type: its struct's dealloc and next, and a repr. */
#define ITERTOOL_TYPE(var, pyname, dealloc, next, repr) \
  static const YTypeEx var = {YRT_TYPE_EX_HEAD(pyname, YK_ITER), (dealloc), (next), NULL, NULL, NULL, (repr), NULL}

YValue yrt_itertools_repr(YObj *o) { return yrt_str_from_fmt("<itertools.%s object at %p>", o->type->name, (void *)o); }

/* yrt_next, with an exhausted iterator's return value dropped: 1 and *out
 * (owned), 0, or -1. */
static int step(YValue it, YValue *out) {
  int r = yrt_next(it, out);
  if (r == 0) {
    yrt_decref(*out);
    *out = YUNBOUND;
  }
  return r;
}

/* Report exhaustion from a next slot. */
static int done(YValue *out) {
  *out = YNONE;
  return 0;
}

/* `a == b` as PyObject_RichCompareBool: identity first. */
static int equal(YValue a, YValue b) { return yrt_is(a, b) ? 1 : yrt_compare(a, b, YC_EQ); }

/* Which of PyNumber_Check's values count() takes: ints, bools, floats and
 * instances with __index__. */
static int is_number(YValue v) {
  return yrt_is_int(v) || v.tag == YT_FLOAT || !YIS_UNBOUND(yrt_special_find(v, YN___index__));
}

/* ===================================================================== */
/* count(start=0, step=1)                                                 */
/* ===================================================================== */

typedef struct Count {
  YObj ob;
  YValue cnt, step;
} Count;

static void count_dealloc(YObj *o) {
  Count *c = (Count *)o;
  YValue a = c->cnt, b = c->step;
  free(c);
  yrt_decref(a);
  yrt_decref(b);
}

static int count_next(YObj *o, YValue *out) {
  Count *c = (Count *)o;
  YValue up = yrt_add(c->cnt, c->step);
  if (YIS_ERR(up)) return -1;
  *out = c->cnt;
  c->cnt = up;
  return 1;
}

/* count(5), count(5, 2): the step is left out when it is an int equal to 1. */
static YValue count_repr(YObj *o) {
  Count *c = (Count *)o;
  YBuf b = {0};
  yrt_buf_puts(&b, "count(");
  if (yrt_buf_repr(&b, c->cnt) < 0) goto fail;
  if (!(yrt_is_intlike(c->step) && c->step.u.i == 1)) {
    yrt_buf_puts(&b, ", ");
    if (yrt_buf_repr(&b, c->step) < 0) goto fail;
  }
  yrt_buf_putc(&b, ')');
  return yrt_buf_finish(&b);
fail:
  yrt_buf_free(&b);
  return YERROR;
}

ITERTOOL_TYPE(count_type, "count", count_dealloc, count_next, count_repr);

YValue yrt_itertools_kw_count(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"start", "step"};
  YValue a[2];
  if (yrt_args_kw("count", names, 2, 0, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue start = YIS_UNBOUND(a[0]) ? yint(0) : a[0], stp = YIS_UNBOUND(a[1]) ? yint(1) : a[1];
  if (!is_number(start) || !is_number(stp)) return yrt_raise_msg(&yrt_exc_TypeError, "a number is required");
  if (yrt_is_intlike(start) && yrt_is_intlike(stp) && stp.u.i == 1) {
    /* CPython's fast mode: a C counter, so count(True) gives 1, 2, ... */
    start = yint(start.u.i);
    stp = yint(1);
  }
  Count *c = yrt_obj_new(&count_type.type, sizeof(Count));
  c->cnt = yrt_incref(start);
  c->step = yrt_incref(stp);
  return yobj(c);
}
POSITIONAL(count)

/* ===================================================================== */
/* cycle(iterable)                                                        */
/* ===================================================================== */

typedef struct Cycle {
  YObj ob;
  YValue it;    /* the source, until exhausted */
  YValue saved; /* a list of what it gave */
  int64_t index; /* the next item of saved, once `it` is exhausted */
} Cycle;

static void cycle_dealloc(YObj *o) {
  Cycle *c = (Cycle *)o;
  YValue a = c->it, b = c->saved;
  free(c);
  yrt_decref(a);
  yrt_decref(b);
}

static int cycle_next(YObj *o, YValue *out) {
  Cycle *c = (Cycle *)o;
  if (!YIS_UNBOUND(c->it)) {
    int r = step(c->it, out);
    if (r < 0) return -1;
    if (r > 0) {
      yrt_list_push(YLIST(c->saved), yrt_incref(*out));
      return 1;
    }
    yrt_clear(&c->it);
  }
  YList *l = YLIST(c->saved);
  if (l->len == 0) return done(out);
  *out = yrt_incref(l->items[c->index]);
  if (++c->index >= l->len) c->index = 0;
  return 1;
}

ITERTOOL_TYPE(cycle_type, "cycle", cycle_dealloc, cycle_next, yrt_itertools_repr);

YValue yrt_itertools_cycle(int argc, const YValue *argv) {
  if (yrt_args_range("cycle", argc, 1, 1) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  Cycle *c = yrt_obj_new(&cycle_type.type, sizeof(Cycle));
  c->it = it;
  c->saved = yobj(yrt_list_alloc(0));
  return yobj(c);
}
NO_KEYWORDS(cycle, "cycle")

/* ===================================================================== */
/* repeat(object[, times])                                                */
/* ===================================================================== */

typedef struct Repeat {
  YObj ob;
  YValue elem;
  int64_t cnt; /* items left, or -1: forever */
} Repeat;

static void repeat_dealloc(YObj *o) {
  Repeat *r = (Repeat *)o;
  YValue e = r->elem;
  free(r);
  yrt_decref(e);
}

static int repeat_next(YObj *o, YValue *out) {
  Repeat *r = (Repeat *)o;
  if (r->cnt == 0) return done(out);
  if (r->cnt > 0) r->cnt--;
  *out = yrt_incref(r->elem);
  return 1;
}

/* repeat(1), repeat(1, 3): the count is what is left. */
static YValue repeat_repr(YObj *o) {
  Repeat *r = (Repeat *)o;
  YBuf b = {0};
  yrt_buf_puts(&b, "repeat(");
  if (yrt_buf_repr(&b, r->elem) < 0) {
    yrt_buf_free(&b);
    return YERROR;
  }
  if (r->cnt >= 0) yrt_buf_printf(&b, ", %lld", (long long)r->cnt);
  yrt_buf_putc(&b, ')');
  return yrt_buf_finish(&b);
}

ITERTOOL_TYPE(repeat_type, "repeat", repeat_dealloc, repeat_next, repeat_repr);

YValue yrt_itertools_kw_repeat(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"object", "times"};
  YValue a[2];
  if (yrt_args_kw("repeat", names, 2, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  int64_t cnt = -1;
  if (!YIS_UNBOUND(a[1])) {
    if (yrt_int_arg(a[1], &cnt) < 0) return YERROR;
    if (cnt < 0) cnt = 0;
  }
  Repeat *r = yrt_obj_new(&repeat_type.type, sizeof(Repeat));
  r->elem = yrt_incref(a[0]);
  r->cnt = cnt;
  return yobj(r);
}
POSITIONAL(repeat)

/* ===================================================================== */
/* accumulate(iterable[, func, *, initial=None])                          */
/* ===================================================================== */

typedef struct Accumulate {
  YObj ob;
  YValue it;
  YValue func;    /* None: + */
  YValue total;   /* unbound before the first item */
  YValue initial; /* None: none, or once given */
} Accumulate;

static void accumulate_dealloc(YObj *o) {
  Accumulate *a = (Accumulate *)o;
  YValue f[4] = {a->it, a->func, a->total, a->initial};
  free(a);
  for (int i = 0; i < 4; i++) yrt_decref(f[i]);
}

static int accumulate_next(YObj *o, YValue *out) {
  Accumulate *a = (Accumulate *)o;
  if (!YIS_NONE(a->initial)) {
    yrt_store(&a->total, a->initial);
    a->initial = YNONE;
    *out = yrt_incref(a->total);
    return 1;
  }
  YValue v;
  int r = step(a->it, &v);
  if (r <= 0) return r < 0 ? -1 : done(out);
  if (YIS_UNBOUND(a->total)) {
    a->total = v;
  } else {
    YValue args[2] = {a->total, v};
    YValue t = YIS_NONE(a->func) ? yrt_add(a->total, v) : yrt_call(a->func, 2, args);
    yrt_decref(v);
    if (YIS_ERR(t)) return -1;
    yrt_store(&a->total, t);
  }
  *out = yrt_incref(a->total);
  return 1;
}

ITERTOOL_TYPE(accumulate_type, "accumulate", accumulate_dealloc, accumulate_next, yrt_itertools_repr);

YValue yrt_itertools_kw_accumulate(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"iterable", "func", "initial"};
  YValue a[3];
  if (yrt_args_kw("accumulate", names, 3, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue it = yrt_iter(a[0]);
  if (YIS_ERR(it)) return it;
  Accumulate *acc = yrt_obj_new(&accumulate_type.type, sizeof(Accumulate));
  acc->it = it;
  acc->func = YIS_UNBOUND(a[1]) ? YNONE : yrt_incref(a[1]);
  acc->initial = YIS_UNBOUND(a[2]) ? YNONE : yrt_incref(a[2]);
  return yobj(acc);
}
POSITIONAL(accumulate)

/* ===================================================================== */
/* chain(*iterables), chain.from_iterable(iterable)                       */
/* ===================================================================== */

typedef struct Chain {
  YObj ob;
  YValue source; /* an iterator of iterables, until exhausted */
  YValue active; /* the iterator of the current one, or unbound */
} Chain;

static void chain_dealloc(YObj *o) {
  Chain *c = (Chain *)o;
  YValue a = c->source, b = c->active;
  free(c);
  yrt_decref(a);
  yrt_decref(b);
}

static int chain_next(YObj *o, YValue *out) {
  Chain *c = (Chain *)o;
  while (!YIS_UNBOUND(c->source)) {
    if (YIS_UNBOUND(c->active)) {
      YValue iterable;
      int r = step(c->source, &iterable);
      if (r <= 0) {
        yrt_clear(&c->source);
        return r < 0 ? -1 : done(out);
      }
      YValue it = yrt_iter(iterable);
      yrt_decref(iterable);
      if (YIS_ERR(it)) {
        yrt_clear(&c->source);
        return -1;
      }
      c->active = it;
    }
    int r = step(c->active, out);
    if (r != 0) return r;
    yrt_clear(&c->active);
  }
  return done(out);
}

ITERTOOL_TYPE(chain_type, "chain", chain_dealloc, chain_next, yrt_itertools_repr);

static YValue chain_new(YValue source) {
  Chain *c = yrt_obj_new(&chain_type.type, sizeof(Chain));
  c->source = source;
  return yobj(c);
}

YValue yrt_itertools_chain(int argc, const YValue *argv) {
  YValue args = yrt_tuple_new(argc, argv);
  if (YIS_ERR(args)) return args;
  YValue source = yrt_iter(args);
  yrt_decref(args);
  if (YIS_ERR(source)) return source;
  return chain_new(source);
}
NO_KEYWORDS(chain, "chain")

YValue yrt_itertools_chain_from_iterable(int argc, const YValue *argv) {
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "chain.from_iterable() takes exactly one argument (%d given)", argc);
  YValue source = yrt_iter(argv[0]);
  if (YIS_ERR(source)) return source;
  return chain_new(source);
}
NO_KEYWORDS(chain_from_iterable, "chain.from_iterable")
BUILTIN(chain_from_iterable, "from_iterable");

/* ===================================================================== */
/* compress(data, selectors)                                              */
/* ===================================================================== */

typedef struct Compress {
  YObj ob;
  YValue data, selectors;
} Compress;

static void compress_dealloc(YObj *o) {
  Compress *c = (Compress *)o;
  YValue a = c->data, b = c->selectors;
  free(c);
  yrt_decref(a);
  yrt_decref(b);
}

static int compress_next(YObj *o, YValue *out) {
  Compress *c = (Compress *)o;
  for (;;) {
    YValue datum, sel;
    int r = step(c->data, &datum);
    if (r <= 0) return r < 0 ? -1 : done(out);
    r = step(c->selectors, &sel);
    if (r <= 0) {
      yrt_decref(datum);
      return r < 0 ? -1 : done(out);
    }
    int ok = yrt_truth(sel);
    yrt_decref(sel);
    if (ok > 0) {
      *out = datum;
      return 1;
    }
    yrt_decref(datum);
    if (ok < 0) return -1;
  }
}

ITERTOOL_TYPE(compress_type, "compress", compress_dealloc, compress_next, yrt_itertools_repr);

YValue yrt_itertools_kw_compress(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"data", "selectors"};
  YValue a[2];
  if (yrt_args_kw("compress", names, 2, 2, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue data = yrt_iter(a[0]);
  if (YIS_ERR(data)) return data;
  YValue sel = yrt_iter(a[1]);
  if (YIS_ERR(sel)) {
    yrt_decref(data);
    return sel;
  }
  Compress *c = yrt_obj_new(&compress_type.type, sizeof(Compress));
  c->data = data;
  c->selectors = sel;
  return yobj(c);
}
POSITIONAL(compress)

/* ===================================================================== */
/* dropwhile, takewhile, filterfalse (predicate, iterable)                */
/* ===================================================================== */

typedef struct Pred {
  YObj ob;
  YValue func, it;
  int flag; /* dropwhile: dropping is over; takewhile: taking is over */
} Pred;

static void pred_dealloc(YObj *o) {
  Pred *p = (Pred *)o;
  YValue a = p->func, b = p->it;
  free(p);
  yrt_decref(a);
  yrt_decref(b);
}

/* The truth of func(item) (filterfalse's None: of item): 1, 0, -1. */
static int pred_test(YValue func, YValue item) {
  if (YIS_NONE(func)) return yrt_truth(item);
  YValue good = yrt_call(func, 1, &item);
  if (YIS_ERR(good)) return -1;
  int ok = yrt_truth(good);
  yrt_decref(good);
  return ok;
}

static int dropwhile_next(YObj *o, YValue *out) {
  Pred *p = (Pred *)o;
  for (;;) {
    YValue item;
    int r = step(p->it, &item);
    if (r <= 0) return r < 0 ? -1 : done(out);
    if (p->flag) {
      *out = item;
      return 1;
    }
    YValue good = yrt_call(p->func, 1, &item);
    int ok = YIS_ERR(good) ? -1 : yrt_truth(good);
    if (!YIS_ERR(good)) yrt_decref(good);
    if (ok < 0) {
      yrt_decref(item);
      return -1;
    }
    if (!ok) {
      p->flag = 1;
      *out = item;
      return 1;
    }
    yrt_decref(item);
  }
}

static int takewhile_next(YObj *o, YValue *out) {
  Pred *p = (Pred *)o;
  if (p->flag) return done(out);
  YValue item;
  int r = step(p->it, &item);
  if (r <= 0) return r < 0 ? -1 : done(out);
  YValue good = yrt_call(p->func, 1, &item);
  int ok = YIS_ERR(good) ? -1 : yrt_truth(good);
  if (!YIS_ERR(good)) yrt_decref(good);
  if (ok > 0) {
    *out = item;
    return 1;
  }
  yrt_decref(item);
  if (ok < 0) return -1;
  p->flag = 1;
  return done(out);
}

static int filterfalse_next(YObj *o, YValue *out) {
  Pred *p = (Pred *)o;
  for (;;) {
    YValue item;
    int r = step(p->it, &item);
    if (r <= 0) return r < 0 ? -1 : done(out);
    int ok = pred_test(p->func, item);
    if (ok == 0) {
      *out = item;
      return 1;
    }
    yrt_decref(item);
    if (ok < 0) return -1;
  }
}

ITERTOOL_TYPE(dropwhile_type, "dropwhile", pred_dealloc, dropwhile_next, yrt_itertools_repr);
ITERTOOL_TYPE(takewhile_type, "takewhile", pred_dealloc, takewhile_next, yrt_itertools_repr);
ITERTOOL_TYPE(filterfalse_type, "filterfalse", pred_dealloc, filterfalse_next, yrt_itertools_repr);

static YValue pred_new(const YTypeEx *type, int argc, const YValue *argv) {
  if (yrt_args_range(type->type.name, argc, 2, 2) < 0) return YERROR;
  YValue it = yrt_iter(argv[1]);
  if (YIS_ERR(it)) return it;
  Pred *p = yrt_obj_new(&type->type, sizeof(Pred));
  p->func = yrt_incref(argv[0]);
  p->it = it;
  return yobj(p);
}

YValue yrt_itertools_dropwhile(int argc, const YValue *argv) { return pred_new(&dropwhile_type, argc, argv); }
YValue yrt_itertools_takewhile(int argc, const YValue *argv) { return pred_new(&takewhile_type, argc, argv); }
YValue yrt_itertools_filterfalse(int argc, const YValue *argv) { return pred_new(&filterfalse_type, argc, argv); }
NO_KEYWORDS(dropwhile, "dropwhile")
NO_KEYWORDS(takewhile, "takewhile")
NO_KEYWORDS(filterfalse, "filterfalse")

/* ===================================================================== */
/* groupby(iterable, key=None) and its groups                             */
/* ===================================================================== */

typedef struct GroupBy {
  YObj ob;
  YValue it, keyfunc;
  YValue tgtkey;    /* the key of the current group, or unbound */
  YValue currkey;   /* the key of currvalue, or unbound */
  YValue currvalue; /* the item read ahead, or unbound */
  const YObj *currgrouper; /* the current group, compared only (not a reference) */
} GroupBy;

typedef struct Grouper {
  YObj ob;
  YValue parent; /* the groupby object */
  YValue tgtkey; /* this group's key */
} Grouper;

static void groupby_dealloc(YObj *o) {
  GroupBy *g = (GroupBy *)o;
  YValue f[5] = {g->it, g->keyfunc, g->tgtkey, g->currkey, g->currvalue};
  free(g);
  for (int i = 0; i < 5; i++) yrt_decref(f[i]);
}

static void grouper_dealloc(YObj *o) {
  Grouper *g = (Grouper *)o;
  YValue a = g->parent, b = g->tgtkey;
  free(g);
  yrt_decref(a);
  yrt_decref(b);
}

/* Read the next item and its key into currvalue and currkey: 1, 0 at the
 * end, -1. */
static int groupby_step(GroupBy *g) {
  YValue v, k;
  int r = step(g->it, &v);
  if (r <= 0) return r;
  if (YIS_NONE(g->keyfunc)) {
    k = yrt_incref(v);
  } else {
    k = yrt_call(g->keyfunc, 1, &v);
    if (YIS_ERR(k)) {
      yrt_decref(v);
      return -1;
    }
  }
  yrt_store(&g->currvalue, v);
  yrt_store(&g->currkey, k);
  return 1;
}

static int grouper_next(YObj *o, YValue *out) {
  Grouper *gr = (Grouper *)o;
  GroupBy *g = (GroupBy *)gr->parent.u.o;
  if (g->currgrouper != o) return done(out);
  if (YIS_UNBOUND(g->currvalue)) {
    int r = groupby_step(g);
    if (r <= 0) return r < 0 ? -1 : done(out);
  }
  int eq = equal(gr->tgtkey, g->currkey);
  if (eq <= 0) return eq < 0 ? -1 : done(out);
  *out = g->currvalue;
  g->currvalue = YUNBOUND;
  yrt_clear(&g->currkey);
  return 1;
}

ITERTOOL_TYPE(grouper_type, "_grouper", grouper_dealloc, grouper_next, yrt_itertools_repr);

static int groupby_next(YObj *o, YValue *out) {
  GroupBy *g = (GroupBy *)o;
  g->currgrouper = NULL;
  /* Skip to the first item whose key differs from the current group's. */
  for (;;) {
    if (!YIS_UNBOUND(g->currkey)) {
      if (YIS_UNBOUND(g->tgtkey)) break;
      int eq = equal(g->tgtkey, g->currkey);
      if (eq < 0) return -1;
      if (eq == 0) break;
    }
    int r = groupby_step(g);
    if (r <= 0) return r < 0 ? -1 : done(out);
  }
  yrt_store(&g->tgtkey, yrt_incref(g->currkey));
  Grouper *gr = yrt_obj_new(&grouper_type.type, sizeof(Grouper));
  gr->parent = yrt_incref(yobj(g));
  gr->tgtkey = yrt_incref(g->tgtkey);
  g->currgrouper = &gr->ob;
  YValue pair[2] = {yrt_incref(g->currkey), yobj(gr)};
  *out = yrt_tuple_steal(2, pair);
  return 1;
}

ITERTOOL_TYPE(groupby_type, "groupby", groupby_dealloc, groupby_next, yrt_itertools_repr);

YValue yrt_itertools_kw_groupby(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"iterable", "key"};
  YValue a[2];
  if (yrt_args_kw("groupby", names, 2, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue it = yrt_iter(a[0]);
  if (YIS_ERR(it)) return it;
  GroupBy *g = yrt_obj_new(&groupby_type.type, sizeof(GroupBy));
  g->it = it;
  g->keyfunc = YIS_UNBOUND(a[1]) ? YNONE : yrt_incref(a[1]);
  return yobj(g);
}
POSITIONAL(groupby)

/* ===================================================================== */
/* islice(iterable, stop) / islice(iterable, start, stop[, step])         */
/* ===================================================================== */

typedef struct ISlice {
  YObj ob;
  YValue it;     /* until exhausted */
  int64_t next;  /* the index of the next item to give */
  int64_t stop;  /* -1: none */
  int64_t step;
  int64_t cnt;   /* items read */
} ISlice;

static void islice_dealloc(YObj *o) {
  ISlice *s = (ISlice *)o;
  YValue it = s->it;
  free(s);
  yrt_decref(it);
}

static int islice_next(YObj *o, YValue *out) {
  ISlice *s = (ISlice *)o;
  if (YIS_UNBOUND(s->it)) return done(out);
  int r;
  while (s->cnt < s->next) {
    YValue skip;
    r = step(s->it, &skip);
    if (r <= 0) goto empty;
    yrt_decref(skip);
    s->cnt++;
  }
  if (s->stop != -1 && s->cnt >= s->stop) {
    r = 0;
    goto empty;
  }
  r = step(s->it, out);
  if (r <= 0) goto empty;
  s->cnt++;
  int64_t old = s->next;
  s->next = (int64_t)((uint64_t)s->next + (uint64_t)s->step);
  if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return 1;
empty:
  yrt_clear(&s->it);
  return r < 0 ? -1 : done(out);
}

ITERTOOL_TYPE(islice_type, "islice", islice_dealloc, islice_next, yrt_itertools_repr);

/* PyNumber_AsSsize_t(v, OverflowError) with the error cleared, as islice
 * reads its arguments: anything but an int that fits gives -1. */
static int64_t islice_arg(YValue v) {
  if (yrt_is_intlike(v)) return v.u.i;
  return -1;
}

YValue yrt_itertools_islice(int argc, const YValue *argv) {
  if (yrt_args_range("islice", argc, 2, 4) < 0) return YERROR;
  static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, stp = 1;
  if (argc == 2) {
    if (!YIS_NONE(argv[1]) && (stop = islice_arg(argv[1])) == -1)
      return yrt_raise_msg(&yrt_exc_ValueError, stop_msg);
  } else {
    if (!YIS_NONE(argv[1])) start = islice_arg(argv[1]);
    if (!YIS_NONE(argv[2]) && (stop = islice_arg(argv[2])) == -1)
      return yrt_raise_msg(&yrt_exc_ValueError, stop_msg);
  }
  if (start < 0 || stop < -1)
    return yrt_raise_msg(&yrt_exc_ValueError,
                         "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (argc == 4 && !YIS_NONE(argv[3])) stp = islice_arg(argv[3]);
  if (stp < 1) return yrt_raise_msg(&yrt_exc_ValueError, "Step for islice() must be a positive integer or None.");
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  ISlice *s = yrt_obj_new(&islice_type.type, sizeof(ISlice));
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = stp;
  return yobj(s);
}
NO_KEYWORDS(islice, "islice")

/* ===================================================================== */
/* pairwise(iterable)                                                     */
/* ===================================================================== */

typedef struct Pairwise {
  YObj ob;
  YValue it;  /* until exhausted */
  YValue old; /* the previous item, or unbound */
} Pairwise;

static void pairwise_dealloc(YObj *o) {
  Pairwise *p = (Pairwise *)o;
  YValue a = p->it, b = p->old;
  free(p);
  yrt_decref(a);
  yrt_decref(b);
}

static int pairwise_next(YObj *o, YValue *out) {
  Pairwise *p = (Pairwise *)o;
  if (YIS_UNBOUND(p->it)) return done(out);
  int r;
  if (YIS_UNBOUND(p->old)) {
    r = step(p->it, &p->old);
    if (r <= 0) {
      yrt_clear(&p->it);
      return r < 0 ? -1 : done(out);
    }
  }
  YValue v;
  r = step(p->it, &v);
  if (r <= 0) {
    yrt_clear(&p->it);
    yrt_clear(&p->old);
    return r < 0 ? -1 : done(out);
  }
  YValue pair[2] = {p->old, yrt_incref(v)};
  *out = yrt_tuple_steal(2, pair);
  p->old = v;
  return 1;
}

ITERTOOL_TYPE(pairwise_type, "pairwise", pairwise_dealloc, pairwise_next, yrt_itertools_repr);

YValue yrt_itertools_pairwise(int argc, const YValue *argv) {
  if (yrt_args_range("pairwise", argc, 1, 1) < 0) return YERROR;
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  Pairwise *p = yrt_obj_new(&pairwise_type.type, sizeof(Pairwise));
  p->it = it;
  return yobj(p);
}
NO_KEYWORDS(pairwise, "pairwise")

/* ===================================================================== */
/* starmap(function, iterable)                                            */
/* ===================================================================== */

typedef struct Starmap {
  YObj ob;
  YValue func, it;
} Starmap;

static void starmap_dealloc(YObj *o) {
  Starmap *s = (Starmap *)o;
  YValue a = s->func, b = s->it;
  free(s);
  yrt_decref(a);
  yrt_decref(b);
}

static int starmap_next(YObj *o, YValue *out) {
  Starmap *s = (Starmap *)o;
  YValue args;
  int r = step(s->it, &args);
  if (r <= 0) return r < 0 ? -1 : done(out);
  if (!yrt_is_tuple(args)) { /* PySequence_Tuple */
    YValue l = yrt_list_from_iterable(args);
    yrt_decref(args);
    if (YIS_ERR(l)) return -1;
    args = l;
  }
  YValue v = yrt_call_ex(s->func, args, YUNBOUND);
  yrt_decref(args);
  if (YIS_ERR(v)) return -1;
  *out = v;
  return 1;
}

ITERTOOL_TYPE(starmap_type, "starmap", starmap_dealloc, starmap_next, yrt_itertools_repr);

YValue yrt_itertools_starmap(int argc, const YValue *argv) {
  if (yrt_args_range("starmap", argc, 2, 2) < 0) return YERROR;
  YValue it = yrt_iter(argv[1]);
  if (YIS_ERR(it)) return it;
  Starmap *s = yrt_obj_new(&starmap_type.type, sizeof(Starmap));
  s->func = yrt_incref(argv[0]);
  s->it = it;
  return yobj(s);
}
NO_KEYWORDS(starmap, "starmap")

/* ===================================================================== */
/* tee(iterable, n=2)                                                     */
/* ===================================================================== */

/* Items per link (CPython's LINKCELLS). */
#define TEE_LINK 57

/* A block of the items read from the source.  Its references: each copy
 * positioned in it, and the previous link's `next`. */
typedef struct TeeLink {
  int64_t refs;
  int n;                 /* items filled */
  struct TeeLink *next;  /* the following link, once a copy needed it */
  YValue items[TEE_LINK];
} TeeLink;

/* The source iterator, shared by the copies. */
typedef struct TeeSrc {
  int64_t refs; /* the copies */
  YValue it;
  int running;  /* a copy is reading from it */
} TeeSrc;

typedef struct Tee {
  YObj ob;
  TeeSrc *src;
  TeeLink *link;
  int index; /* the next item of link */
} Tee;

static TeeLink *link_new(void) {
  TeeLink *l = yrt_calloc(1, sizeof(TeeLink));
  l->refs = 1;
  return l;
}

/* Drop a reference to a link, and free the links nobody needs any more, in
 * a loop. */
static void link_release(TeeLink *l) {
  while (l && --l->refs == 0) {
    TeeLink *next = l->next;
    for (int i = 0; i < l->n; i++) yrt_decref(l->items[i]);
    free(l);
    l = next;
  }
}

static void tee_dealloc(YObj *o) {
  Tee *t = (Tee *)o;
  TeeSrc *src = t->src;
  TeeLink *link = t->link;
  free(t);
  link_release(link);
  if (--src->refs == 0) {
    YValue it = src->it;
    free(src);
    yrt_decref(it);
  }
}

static int tee_next(YObj *o, YValue *out) {
  Tee *t = (Tee *)o;
  if (t->index == TEE_LINK) {
    if (!t->link->next) t->link->next = link_new();
    TeeLink *next = t->link->next;
    next->refs++;
    link_release(t->link);
    t->link = next;
    t->index = 0;
  }
  TeeLink *l = t->link;
  if (t->index < l->n) {
    *out = yrt_incref(l->items[t->index++]);
    return 1;
  }
  if (t->src->running) {
    yrt_raise_msg(&yrt_exc_RuntimeError, "cannot re-enter the tee iterator");
    return -1;
  }
  t->src->running = 1;
  YValue v;
  int r = step(t->src->it, &v);
  t->src->running = 0;
  if (r <= 0) return r < 0 ? -1 : done(out);
  l->items[l->n++] = v;
  t->index++;
  *out = yrt_incref(v);
  return 1;
}

ITERTOOL_TYPE(tee_type, "_tee", tee_dealloc, tee_next, yrt_itertools_repr);

/* A copy of t at the same place. */
static YValue tee_copy(Tee *t) {
  Tee *c = yrt_obj_new(&tee_type.type, sizeof(Tee));
  c->src = t->src;
  c->src->refs++;
  c->link = t->link;
  c->link->refs++;
  c->index = t->index;
  return yobj(c);
}

YValue yrt_itertools_tee(int argc, const YValue *argv) {
  if (yrt_args_range("tee", argc, 1, 2) < 0) return YERROR;
  int64_t n = 2;
  if (argc == 2 && yrt_int_arg(argv[1], &n) < 0) return YERROR;
  if (n < 0) return yrt_raise_msg(&yrt_exc_ValueError, "n must be >= 0");
  if (n == 0) return yobj(&yrt_tuple_empty);
  YValue it = yrt_iter(argv[0]);
  if (YIS_ERR(it)) return it;
  YValue first;
  if (it.u.o->type == &tee_type.type) { /* a tee's copies share its links */
    first = it;
  } else {
    Tee *t = yrt_obj_new(&tee_type.type, sizeof(Tee));
    t->src = yrt_calloc(1, sizeof(TeeSrc));
    t->src->refs = 1;
    t->src->it = it;
    t->link = link_new();
    first = yobj(t);
  }
  YTuple *result = yrt_tuple_alloc(n);
  result->items[0] = first;
  for (int64_t i = 1; i < n; i++) result->items[i] = tee_copy((Tee *)first.u.o);
  return yobj(result);
}
NO_KEYWORDS(tee, "itertools.tee")

/* ===================================================================== */
/* zip_longest(*iterables, fillvalue=None)                                */
/* ===================================================================== */

typedef struct ZipLongest {
  YObj ob;
  int64_t n;
  YValue *its;       /* n iterators; an exhausted one is unbound */
  int64_t numactive; /* those not exhausted */
  YValue fill;
} ZipLongest;

static void zip_longest_dealloc(YObj *o) {
  ZipLongest *z = (ZipLongest *)o;
  YValue *its = z->its, fill = z->fill;
  int64_t n = z->n;
  free(z);
  for (int64_t i = 0; i < n; i++) yrt_decref(its[i]);
  free(its);
  yrt_decref(fill);
}

static int zip_longest_next(YObj *o, YValue *out) {
  ZipLongest *z = (ZipLongest *)o;
  if (z->n == 0 || z->numactive == 0) return done(out);
  YTuple *t = yrt_tuple_alloc(z->n);
  for (int64_t i = 0; i < z->n; i++) {
    YValue item;
    if (YIS_UNBOUND(z->its[i])) {
      item = yrt_incref(z->fill);
    } else {
      int r = step(z->its[i], &item);
      if (r <= 0) {
        z->numactive--;
        if (z->numactive == 0 || r < 0) {
          z->numactive = 0;
          t->len = i;
          yrt_decref(yobj(t));
          return r < 0 ? -1 : done(out);
        }
        item = yrt_incref(z->fill);
        yrt_clear(&z->its[i]);
      }
    }
    t->items[i] = item;
  }
  *out = yobj(t);
  return 1;
}

ITERTOOL_TYPE(zip_longest_type, "zip_longest", zip_longest_dealloc, zip_longest_next, yrt_itertools_repr);

YValue yrt_itertools_kw_zip_longest(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue fill = YNONE;
  if (nkw > 0) {
    if (nkw != 1 || strcmp(kwnames[0]->data, "fillvalue") != 0)
      return yrt_raise_msg(&yrt_exc_TypeError, "zip_longest() got an unexpected keyword argument");
    fill = argv[argc];
  }
  YValue *its = argc ? yrt_malloc((size_t)argc * sizeof *its) : NULL;
  for (int i = 0; i < argc; i++) {
    its[i] = yrt_iter(argv[i]);
    if (YIS_ERR(its[i])) {
      while (i-- > 0) yrt_decref(its[i]);
      free(its);
      return YERROR;
    }
  }
  ZipLongest *z = yrt_obj_new(&zip_longest_type.type, sizeof(ZipLongest));
  z->n = z->numactive = argc;
  z->its = its;
  z->fill = yrt_incref(fill);
  return yobj(z);
}
POSITIONAL(zip_longest)
