/*
 * inspect.c: the part of CPython 3.11's inspect module that generator code
 * uses: the states of generators and coroutines, and what kind of
 * function or object something is.
 *
 * Written in C because it reads what only the runtime knows: a generator's
 * state (YGen.state) and what calling a function makes (YFuncCode.flags,
 * YF_GENERATOR and the others, which the compiler sets as CPython's
 * compiler sets CO_GENERATOR).
 *
 * As in CPython:
 *   - getgeneratorstate/getcoroutinestate return the strings
 *     'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED' (CORO_...
 *     for coroutines), also the module's constants of those names; for an
 *     object that is not a generator (a coroutine) they raise the
 *     AttributeError of reading its gi_running (cr_running);
 *   - isgeneratorfunction and the like see through bound methods
 *     (ismethod: __func__);
 *   - isawaitable is true for coroutines, the runtime's awaitables (tasks,
 *     futures, asend/athrow objects), generators that types.coroutine made
 *     awaitable, and objects whose class defines __await__.
 * Differences: functools.partial objects (runtime/lib/functools.py, a
 * class) are not unwrapped by isgeneratorfunction.
 */
#include "rt.h"

/* The argument check of a Python function of one parameter, as CPython
 * words it for inspect's functions (they are Python there). */
static int one_arg(const char *fname, const char *param, int argc) {
  if (argc == 1) return 0;
  if (argc == 0)
    yrt_raise_msg(&yrt_exc_TypeError, "%s() missing 1 required positional argument: '%s'", fname, param);
  else
    yrt_raise_msg(&yrt_exc_TypeError, "%s() takes 1 positional argument but %d were given", fname, argc);
  return -1;
}

/* ---- states ----------------------------------------------------------------- */

YValue yrt_m_inspect_GEN_CREATED, yrt_m_inspect_GEN_RUNNING, yrt_m_inspect_GEN_SUSPENDED,
    yrt_m_inspect_GEN_CLOSED, yrt_m_inspect_CORO_CREATED, yrt_m_inspect_CORO_RUNNING,
    yrt_m_inspect_CORO_SUSPENDED, yrt_m_inspect_CORO_CLOSED;

int yrt_inspect_init(void) {
  static const struct {
    YValue *slot;
    const char *text;
  } names[] = {
      {&yrt_m_inspect_GEN_CREATED, "GEN_CREATED"},     {&yrt_m_inspect_GEN_RUNNING, "GEN_RUNNING"},
      {&yrt_m_inspect_GEN_SUSPENDED, "GEN_SUSPENDED"}, {&yrt_m_inspect_GEN_CLOSED, "GEN_CLOSED"},
      {&yrt_m_inspect_CORO_CREATED, "CORO_CREATED"},   {&yrt_m_inspect_CORO_RUNNING, "CORO_RUNNING"},
      {&yrt_m_inspect_CORO_SUSPENDED, "CORO_SUSPENDED"}, {&yrt_m_inspect_CORO_CLOSED, "CORO_CLOSED"},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    YValue s = yrt_str_from_c(names[i].text);
    if (YIS_ERR(s)) return -1;
    yrt_global_set(names[i].slot, s); /* released at exit with the globals */
  }
  return 0;
}

/* The state of a generator (coroutine) of kind `kind`; for anything else,
 * the AttributeError of `obj.attr`, as CPython's getattr gives it. */
static YValue gen_state(int argc, const YValue *argv, const char *fname, YGenKind kind, YName attr, YValue *states) {
  if (one_arg(fname, kind == YG_GENERATOR ? "generator" : "coroutine", argc) < 0) return YERROR;
  YValue g = argv[0];
  if (yrt_kind_of(g) != YK_GEN || ((YGen *)g.u.o)->code->kind != kind) {
    YValue r = yrt_getattr(g, attr);
    if (YIS_ERR(r)) return r;
    yrt_decref(r);
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() of a %s object is not supported by yieldc", fname, yrt_tname(g));
  }
  switch (yrt_gen_state((YGen *)g.u.o)) {
  case YGS_CREATED: return yrt_incref(states[0]);
  case YGS_RUNNING: return yrt_incref(states[1]);
  case YGS_SUSPENDED: return yrt_incref(states[2]);
  case YGS_DONE: return yrt_incref(states[3]);
  }
  yrt_unreachable();
}

YValue yrt_inspect_getgeneratorstate(int argc, const YValue *argv) {
  YValue states[] = {yrt_m_inspect_GEN_CREATED, yrt_m_inspect_GEN_RUNNING, yrt_m_inspect_GEN_SUSPENDED,
                     yrt_m_inspect_GEN_CLOSED};
  return gen_state(argc, argv, "getgeneratorstate", YG_GENERATOR, YN_gi_running, states);
}

YValue yrt_inspect_getcoroutinestate(int argc, const YValue *argv) {
  YValue states[] = {yrt_m_inspect_CORO_CREATED, yrt_m_inspect_CORO_RUNNING, yrt_m_inspect_CORO_SUSPENDED,
                     yrt_m_inspect_CORO_CLOSED};
  return gen_state(argc, argv, "getcoroutinestate", YG_COROUTINE, YN_cr_running, states);
}

/* ---- kinds of objects ------------------------------------------------------- */

static int gen_of_kind(YValue v, YGenKind kind) {
  return yrt_kind_of(v) == YK_GEN && ((YGen *)v.u.o)->code->kind == kind;
}

/* The function under a bound method, else v itself. */
static YValue unwrap_method(YValue v) {
  if (yrt_kind_of(v) == YK_METHOD && !YIS_UNBOUND(((YMethod *)v.u.o)->func)) return ((YMethod *)v.u.o)->func;
  return v;
}

static int code_flag(YValue v, unsigned flag) {
  v = unwrap_method(v);
  return yrt_kind_of(v) == YK_FUNC && (((YFunc *)v.u.o)->code->flags & flag) != 0;
}

/* The one-argument predicates: inspect.NAME(object) -> bool. */
#define PREDICATE(name, test)                                           \
  YValue yrt_inspect_##name(int argc, const YValue *argv) {             \
    if (one_arg(#name, "object", argc) < 0) return YERROR;              \
    YValue v = argv[0];                                                 \
    (void)v;                                                            \
    return ybool(test);                                                 \
  }

PREDICATE(isgenerator, gen_of_kind(v, YG_GENERATOR))
PREDICATE(iscoroutine, gen_of_kind(v, YG_COROUTINE))
PREDICATE(isasyncgen, gen_of_kind(v, YG_ASYNCGEN))
PREDICATE(isgeneratorfunction, code_flag(v, YF_GENERATOR))
PREDICATE(iscoroutinefunction, code_flag(v, YF_COROUTINE))
PREDICATE(isasyncgenfunction, code_flag(v, YF_ASYNCGEN))
PREDICATE(isfunction, yrt_kind_of(v) == YK_FUNC)
PREDICATE(ismethod, yrt_kind_of(v) == YK_METHOD && !YIS_UNBOUND(((YMethod *)v.u.o)->func))
PREDICATE(isclass, yrt_kind_of(v) == YK_TYPE)
PREDICATE(ismodule, yrt_kind_of(v) == YK_MODULE)
PREDICATE(isbuiltin, yrt_kind_of(v) == YK_BUILTIN)

YValue yrt_inspect_isawaitable(int argc, const YValue *argv) {
  if (one_arg("isawaitable", "object", argc) < 0) return YERROR;
  YValue v = argv[0];
  if (gen_of_kind(v, YG_COROUTINE) || yrt_kind_of(v) == YK_AWAITABLE || yrt_is_iterable_coroutine(v)) return YTRUE;
  YValue f = yrt_special_find(v, YN___await__);
  return ybool(!YIS_UNBOUND(f));
}
