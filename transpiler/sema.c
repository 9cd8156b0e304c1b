/*
 * sema.c: scopes and the shape of each function.
 *
 * Python decides a name's scope per function from the whole body: a name
 * bound anywhere in a function (assignment, for target, def, except ... as,
 * del, import) is local to it unless declared `global`; a name only read is
 * looked up in the enclosing functions (a free variable, which makes it a
 * cell in the function that owns it), then among the module's globals, then
 * the builtins.  So sema runs in two passes over the tree of functions:
 *
 *   1. bindings: every function's locals and `global` declarations, and
 *      whether it contains yield / await (which makes it a generator,
 *      coroutine or async generator);
 *   2. uses: every E_NAME is resolved to a Var, creating the chain of free
 *      variables from the owner down to the function that reads it.
 *
 * It also marks each statement that contains a suspension point, so that the
 * emitter keeps the temporaries of that statement in the generator's frame,
 * and it reports the scope errors CPython reports at compile time.
 *
 * A third pass finds the reads of locals that are bound on every path that
 * reaches them (definite assignment over the statement tree), so that the
 * emitted C checks for UnboundLocalError only where one can happen.
 *
 * A fourth pass finds what deserves a warning (diag_warning queues it; the
 * -W options decide whether it is shown):
 *
 *   -Wunreachable-code  the first statement after a return, raise, break or
 *                       continue of the same block (no flow analysis beyond
 *                       that, like pylint), except `yield` statements: after
 *                       a return they make an empty generator;
 *   -Wunused-coroutine  an expression statement calling a coroutine function
 *   -Wunused-generator  (or a generator or async generator function) that
 *                       the callee's name certainly denotes: bound only by
 *                       its def (Var.def), or asyncio.sleep;
 *   -Wunused-variable   a plain local of a def assigned by `name = ...` and
 *                       never read (pyflakes' rules: names starting with _,
 *                       loop and unpacking targets, parameters, globals and
 *                       locals of inner functions are exempt).
 *
 * The statement walk covers only reachable code: what follows a jump is
 * reported once and then ignored, defs in it included.  -Wunused-variable
 * then looks at the whole body of each def the walk reached.
 */
#include "yieldc.h"

#include <string.h>

static Module *mod;

/* The names that resolve to builtins when no global shadows them. */
static const char *const builtin_names[] = {
    "print", "range", "len", "str", "repr", "int", "float", "bool", "list", "tuple",
    "dict", "sum", "min", "max", "abs", "next", "iter", "enumerate", "zip", "sorted",
    "reversed", "any", "all", "isinstance", "type", "round", "divmod", "hash", "id",
    "chr", "ord", "callable", "format", "object", "__name__",
    "BaseException", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "OverflowError",
    "ZeroDivisionError", "AssertionError", "AttributeError", "LookupError", "IndexError",
    "KeyError", "NameError", "UnboundLocalError", "RuntimeError", "NotImplementedError",
    "RecursionError", "TypeError", "ValueError", "TimeoutError", NULL};

bool sema_is_builtin(const char *name) {
  for (int i = 0; builtin_names[i]; i++)
    if (!strcmp(builtin_names[i], name)) return true;
  return false;
}

static Var *lookup(Func *fn, const char *name) {
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (!strcmp(v->name, name)) return v;
  }
  return NULL;
}

static Var *add_var(Func *fn, const char *name, VarKind kind) {
  Var *v = arena_alloc(sizeof *v);
  v->name = name;
  v->kind = kind;
  v->owner = fn;
  v->index = -1;
  vec_push(&fn->vars, v);
  return v;
}

/* The module's variable for global `name`, created on first mention. */
static Var *module_global(const char *name) {
  Var *v = lookup(mod->main, name);
  if (!v) {
    v = add_var(mod->main, name, V_GLOBAL);
    vec_push(&mod->globals, v);
  }
  return v;
}

/* ---- pass 1: bindings ------------------------------------------------ */

static void bindings_block(Func *fn, Stmt *s);
static void bindings_expr(Func *fn, Expr *e);

/* The variable a binding of `name` in fn updates. */
static Var *binding_var(Func *fn, const char *name) {
  if (fn->kind == F_MODULE) return module_global(name);
  Var *v = lookup(fn, name);
  if (!v) v = add_var(fn, name, V_LOCAL);
  if (v->kind == V_GLOBAL) return v->outer;
  return v;
}

static void bind(Func *fn, const char *name) { binding_var(fn, name)->nbindings++; }

/* Names in an assignment target: a name, or a tuple/list of targets; for
 * subscripts and attributes only the sub-expressions are uses. */
static void bind_target(Func *fn, Expr *t) {
  switch (t->kind) {
  case E_NAME: bind(fn, t->name); break;
  case E_TUPLE:
  case E_LIST:
    for (int i = 0; i < t->nitems; i++) bind_target(fn, t->items[i]);
    break;
  default: bindings_expr(fn, t); break;
  }
}

/* Record a nested function and scan it. */
static void scan_func(Func *fn);
static void child(Func *parent, Func *fn) {
  fn->parent = parent;
  vec_push(&parent->children, fn);
  scan_func(fn);
}

/* Expressions: yield/await flags and the functions nested in expressions. */
static void bindings_expr(Func *fn, Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_YIELD:
  case E_YIELD_FROM:
  case E_ASYNC_YIELD_FROM:
    if (fn->kind == F_MODULE) diag_error(e->pos, "'yield' outside function");
    fn->has_yield = true;
    break;
  case E_AWAIT:
    fn->has_await = true;
    break;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_GENEXP:
  case E_LAMBDA:
    bindings_expr(fn, e->first_iter);
    child(fn, e->func);
    return;
  default: break;
  }
  bindings_expr(fn, e->a);
  bindings_expr(fn, e->b);
  bindings_expr(fn, e->c);
  for (int i = 0; i < e->nitems; i++) bindings_expr(fn, e->items[i]);
  for (int i = 0; i < e->nkw; i++) bindings_expr(fn, e->kwvalues[i]);
}

static void bindings_stmt(Func *fn, Stmt *s) {
  switch (s->kind) {
  case S_EXPR:
  case S_RETURN:
    bindings_expr(fn, s->value);
    break;
  case S_ASSIGN:
    bindings_expr(fn, s->value);
    for (int i = 0; i < s->ntargets; i++) bind_target(fn, s->targets[i]);
    break;
  case S_AUGASSIGN:
    bindings_expr(fn, s->value);
    bind_target(fn, s->targets[0]);
    break;
  case S_DEL:
    for (int i = 0; i < s->ntargets; i++) {
      Expr *t = s->targets[i];
      if (t->kind == E_NAME)
        binding_var(fn, t->name)->ndeletes++;
      else
        bind_target(fn, t);
    }
    break;
  case S_IF:
  case S_WHILE:
    bindings_expr(fn, s->test);
    bindings_block(fn, s->body);
    bindings_block(fn, s->orelse);
    break;
  case S_FOR:
    if (s->is_async) fn->has_await = true;
    bindings_expr(fn, s->iter);
    bind_target(fn, s->target);
    bindings_block(fn, s->body);
    bindings_block(fn, s->orelse);
    break;
  case S_TRY:
    bindings_block(fn, s->body);
    for (int i = 0; i < s->nhandlers; i++) {
      Handler *h = s->handlers[i];
      bindings_expr(fn, h->type);
      if (h->name) bind(fn, h->name);
      bindings_block(fn, h->body);
    }
    bindings_block(fn, s->orelse);
    bindings_block(fn, s->finalbody);
    break;
  case S_RAISE:
    bindings_expr(fn, s->value);
    bindings_expr(fn, s->cause);
    break;
  case S_ASSERT:
    bindings_expr(fn, s->test);
    bindings_expr(fn, s->value);
    break;
  case S_DEF: {
    Var *v = binding_var(fn, s->func->name);
    v->nbindings++;
    v->def = v->nbindings == 1 ? s->func : NULL;
    child(fn, s->func);
    break;
  }
  case S_CLASS: {
    Var *v = binding_var(fn, s->name);
    v->nbindings++;
    v->class_def = v->nbindings == 1 ? s : NULL;
    bindings_expr(fn, s->base);
    break;
  }
  case S_IMPORT:
    bind(fn, s->name);
    break;
  case S_GLOBAL:
  case S_PASS:
  case S_BREAK:
  case S_CONTINUE:
    break;
  }
}

static void bindings_block(Func *fn, Stmt *s) {
  for (; s; s = s->next) bindings_stmt(fn, s);
}

/* `global` declarations anywhere in the body apply to the whole function. */
static void globals_block(Func *fn, Stmt *s) {
  for (; s; s = s->next) {
    switch (s->kind) {
    case S_GLOBAL:
      if (fn->kind == F_MODULE) break;
      for (int i = 0; i < s->nnames; i++) {
        Var *v = lookup(fn, s->names[i]);
        if (v && v->kind != V_GLOBAL)
          diag_error(s->pos, "name '%s' is assigned to before global declaration", s->names[i]);
        if (!v) {
          v = add_var(fn, s->names[i], V_GLOBAL);
          v->outer = module_global(s->names[i]);
        }
      }
      break;
    case S_IF:
    case S_WHILE:
    case S_FOR:
      globals_block(fn, s->body);
      globals_block(fn, s->orelse);
      break;
    case S_TRY:
      globals_block(fn, s->body);
      for (int i = 0; i < s->nhandlers; i++) globals_block(fn, s->handlers[i]->body);
      globals_block(fn, s->orelse);
      globals_block(fn, s->finalbody);
      break;
    default: break;
    }
  }
}

static void scan_func(Func *fn) {
  if (fn->kind != F_MODULE) {
    for (int i = 0; i < fn->nparams; i++) {
      Var *v = add_var(fn, fn->params[i], V_LOCAL);
      v->is_param = true;
      v->index = i;
      v->nbindings++;
    }
  }
  globals_block(fn, fn->body);
  bindings_block(fn, fn->body);
  if (fn->kind == F_MODULE) return;
  if (fn->is_async)
    fn->kind = fn->has_yield ? F_ASYNCGEN : F_COROUTINE;
  else
    fn->kind = fn->has_yield ? F_GENERATOR : F_PLAIN;
}

/* ---- pass 2: uses ---------------------------------------------------- */

/* The free variable `name` of fn, whose value lives in `cell` (a V_CELL of
 * an enclosing function); intermediate functions get free variables too. */
static Var *make_free(Func *fn, const char *name, Var *cell) {
  Var *v = lookup(fn, name);
  if (v) return v;
  Var *outer = fn->parent == cell->owner ? cell : make_free(fn->parent, name, cell);
  v = add_var(fn, name, V_FREE);
  v->outer = outer;
  v->index = fn->frees.len;
  vec_push(&fn->frees, v);
  return v;
}

static Var *resolve(Func *fn, const char *name) {
  Var *v = lookup(fn, name);
  if (v) return v->kind == V_GLOBAL && v->outer ? v->outer : v;
  for (Func *p = fn->parent; p && p->kind != F_MODULE; p = p->parent) {
    Var *pv = lookup(p, name);
    if (!pv) continue;
    if (pv->kind == V_GLOBAL) return pv->outer;
    if (pv->kind == V_LOCAL) pv->kind = V_CELL;
    if (pv->kind == V_FREE) {
      Var *c = pv;
      while (c->kind == V_FREE) c = c->outer;
      return make_free(fn, name, c);
    }
    return make_free(fn, name, pv);
  }
  Var *g = lookup(mod->main, name);
  if (g) return g;
  if (sema_is_builtin(name)) {
    Var *b = arena_alloc(sizeof *b);
    b->name = name;
    b->kind = V_BUILTIN;
    b->owner = mod->main;
    return b;
  }
  return module_global(name); /* never bound: NameError at run time */
}

static void uses_block(Func *fn, Stmt *s);

static void uses_expr(Func *fn, Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_NAME:
    e->var = resolve(fn, e->name);
    return;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_GENEXP:
  case E_LAMBDA:
    uses_expr(fn, e->first_iter);
    return; /* the body is resolved with its own function */
  default: break;
  }
  uses_expr(fn, e->a);
  uses_expr(fn, e->b);
  uses_expr(fn, e->c);
  for (int i = 0; i < e->nitems; i++) uses_expr(fn, e->items[i]);
  for (int i = 0; i < e->nkw; i++) uses_expr(fn, e->kwvalues[i]);
}

/* Does the expression contain a suspension point of its own function? */
static bool expr_suspends(Expr *e) {
  if (!e) return false;
  switch (e->kind) {
  case E_YIELD:
  case E_YIELD_FROM:
  case E_AWAIT:
  case E_ASYNC_YIELD_FROM:
    return true;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_GENEXP:
  case E_LAMBDA:
    return expr_suspends(e->first_iter);
  default: break;
  }
  if (expr_suspends(e->a) || expr_suspends(e->b) || expr_suspends(e->c)) return true;
  for (int i = 0; i < e->nitems; i++)
    if (expr_suspends(e->items[i])) return true;
  for (int i = 0; i < e->nkw; i++)
    if (expr_suspends(e->kwvalues[i])) return true;
  return false;
}

static bool block_suspends(Stmt *s) {
  bool any = false;
  for (; s; s = s->next) any |= s->suspends;
  return any;
}

static void uses_stmt(Func *fn, Stmt *s) {
  bool susp = false;
  for (int i = 0; i < s->ntargets; i++) {
    uses_expr(fn, s->targets[i]);
    susp |= expr_suspends(s->targets[i]);
  }
  uses_expr(fn, s->value);
  uses_expr(fn, s->test);
  uses_expr(fn, s->target);
  uses_expr(fn, s->iter);
  uses_expr(fn, s->cause);
  uses_expr(fn, s->base);
  susp |= expr_suspends(s->value) || expr_suspends(s->test) || expr_suspends(s->target) ||
          expr_suspends(s->iter) || expr_suspends(s->cause);
  if (s->kind == S_FOR && s->is_async) susp = true;
  uses_block(fn, s->body);
  uses_block(fn, s->orelse);
  uses_block(fn, s->finalbody);
  susp |= block_suspends(s->body) || block_suspends(s->orelse) || block_suspends(s->finalbody);
  for (int i = 0; i < s->nhandlers; i++) {
    Handler *h = s->handlers[i];
    uses_expr(fn, h->type);
    susp |= expr_suspends(h->type);
    if (h->name) h->var = resolve(fn, h->name);
    uses_block(fn, h->body);
    susp |= block_suspends(h->body);
  }
  s->suspends = susp;
}

static void uses_block(Func *fn, Stmt *s) {
  for (; s; s = s->next) uses_stmt(fn, s);
}

static void uses_func(Func *fn) {
  uses_block(fn, fn->body);
  for (int i = 0; i < fn->children.len; i++) uses_func(fn->children.items[i]);
}

/* ---- pass 3: definite assignment ------------------------------------ */

/* The set of locals bound on every path to a point: one flag per var of
 * the function; `dead` means no path reaches the point (after a return,
 * break, continue or raise), which is the identity of the meet. */
typedef struct Bound {
  bool *on;
  bool dead;
} Bound;

static Func *da_fn;

static Bound da_copy(Bound b) {
  Bound r = {arena_alloc(sizeof(bool) * (size_t)(da_fn->vars.len + 1)), b.dead};
  memcpy(r.on, b.on, sizeof(bool) * (size_t)da_fn->vars.len);
  return r;
}

static Bound da_dead(void) {
  Bound r = {arena_alloc(sizeof(bool) * (size_t)(da_fn->vars.len + 1)), true};
  return r;
}

/* Where two paths join: bound on both. */
static Bound da_meet(Bound a, Bound b) {
  if (a.dead) return da_copy(b);
  if (b.dead) return da_copy(a);
  Bound r = da_copy(a);
  for (int i = 0; i < da_fn->vars.len; i++) r.on[i] = a.on[i] && b.on[i];
  return r;
}

static int da_index(Var *v) {
  if (!v || v->owner != da_fn || v->kind != V_LOCAL) return -1;
  for (int i = 0; i < da_fn->vars.len; i++)
    if (da_fn->vars.items[i] == v) return i;
  return -1;
}

static void da_expr(Expr *e, Bound *b) {
  if (!e) return;
  if (e->kind == E_NAME) {
    int i = da_index(e->var);
    e->bound = i >= 0 && (b->dead || b->on[i]);
    return;
  }
  if (e->kind == E_LISTCOMP || e->kind == E_DICTCOMP || e->kind == E_GENEXP ||
      e->kind == E_LAMBDA) {
    da_expr(e->first_iter, b);
    return;
  }
  da_expr(e->a, b);
  /* `a and b`, `a or b`, `b if a else c`: b and c may not run */
  if (e->kind == E_BOOLOP || e->kind == E_IFEXP) {
    Bound t = da_copy(*b);
    da_expr(e->b, &t);
    Bound u = da_copy(*b);
    da_expr(e->c, &u);
    return;
  }
  da_expr(e->b, b);
  da_expr(e->c, b);
  for (int i = 0; i < e->nitems; i++) da_expr(e->items[i], b);
  for (int i = 0; i < e->nkw; i++) da_expr(e->kwvalues[i], b);
}

static void da_bind(Expr *t, Bound *b) {
  if (t->kind == E_NAME) {
    int i = da_index(t->var);
    if (i >= 0) b->on[i] = true;
  } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
    for (int i = 0; i < t->nitems; i++) da_bind(t->items[i], b);
  } else {
    da_expr(t, b);
  }
}

static void da_bind_name(Var *v, Bound *b, bool on) {
  int i = da_index(v);
  if (i >= 0) b->on[i] = on;
}

/* The loop's state: where break goes. */
typedef struct DaLoop {
  Bound brk;
  struct DaLoop *up;
} DaLoop;
static DaLoop *da_loop;

static Bound da_block(Stmt *s, Bound b);

static Bound da_stmt(Stmt *s, Bound b) {
  switch (s->kind) {
  case S_EXPR:
    da_expr(s->value, &b);
    return b;
  case S_ASSIGN:
    da_expr(s->value, &b);
    for (int i = 0; i < s->ntargets; i++) da_bind(s->targets[i], &b);
    return b;
  case S_AUGASSIGN:
    da_expr(s->targets[0], &b);
    da_expr(s->value, &b);
    return b;
  case S_DEL:
    for (int i = 0; i < s->ntargets; i++) {
      Expr *t = s->targets[i];
      if (t->kind == E_NAME)
        da_bind_name(t->var, &b, false);
      else
        da_expr(t, &b);
    }
    return b;
  case S_IF: {
    da_expr(s->test, &b);
    Bound t = da_block(s->body, da_copy(b));
    Bound e = da_block(s->orelse, da_copy(b));
    return da_meet(t, e);
  }
  case S_WHILE:
  case S_FOR: {
    if (s->kind == S_WHILE)
      da_expr(s->test, &b);
    else
      da_expr(s->iter, &b);
    DaLoop loop = {da_dead(), da_loop};
    da_loop = &loop;
    Bound body = da_copy(b);
    if (s->kind == S_FOR) da_bind(s->target, &body);
    da_block(s->body, body);
    da_loop = loop.up;
    /* The else runs when the loop ends without break. */
    bool forever = s->kind == S_WHILE && s->test->kind == E_TRUE;
    Bound after = forever ? da_dead() : da_block(s->orelse, da_copy(b));
    return da_meet(after, loop.brk);
  }
  case S_BREAK:
    if (da_loop) da_loop->brk = da_meet(da_loop->brk, b);
    return da_dead();
  case S_CONTINUE:
  case S_RETURN:
  case S_RAISE:
    da_expr(s->value, &b);
    da_expr(s->cause, &b);
    return da_dead();
  case S_TRY: {
    Bound body = da_block(s->body, da_copy(b));
    Bound ok = da_block(s->orelse, body);
    for (int i = 0; i < s->nhandlers; i++) {
      Handler *h = s->handlers[i];
      Bound hb = da_copy(b); /* an exception can come from anywhere in the body */
      da_expr(h->type, &hb);
      if (h->var) da_bind_name(h->var, &hb, true);
      hb = da_block(h->body, hb);
      if (h->var) da_bind_name(h->var, &hb, false); /* `as` names are deleted */
      ok = da_meet(ok, hb);
    }
    if (!s->finalbody) return ok;
    Bound fin = da_block(s->finalbody, da_copy(b));
    if (ok.dead || fin.dead) return da_dead();
    for (int i = 0; i < da_fn->vars.len; i++) ok.on[i] = ok.on[i] || fin.on[i];
    return ok;
  }
  case S_ASSERT:
    da_expr(s->test, &b);
    da_expr(s->value, &b);
    return b;
  case S_DEF:
  case S_CLASS:
  case S_IMPORT: {
    Var *v = resolve(da_fn, s->kind == S_DEF ? s->func->name : s->name);
    da_bind_name(v, &b, true);
    da_expr(s->base, &b);
    return b;
  }
  case S_PASS:
  case S_GLOBAL:
    return b;
  }
  return b;
}

static Bound da_block(Stmt *s, Bound b) {
  for (; s; s = s->next) b = da_stmt(s, b);
  return b;
}

static void da_func(Func *fn) {
  if (fn->kind != F_MODULE) {
    da_fn = fn;
    da_loop = NULL;
    Bound b = {arena_alloc(sizeof(bool) * (size_t)(fn->vars.len + 1)), false};
    for (int i = 0; i < fn->vars.len; i++) b.on[i] = ((Var *)fn->vars.items[i])->is_param;
    da_block(fn->body, b);
  }
  for (int i = 0; i < fn->children.len; i++) da_func(fn->children.items[i]);
}

/* ---- pass 4: warnings ---------------------------------------------- */

/* The function a callee certainly is: a name whose only binding is one def
 * (in this function, an enclosing one through the closure, or the module)
 * and that no `del` unbinds.  emit.c calls such module-level functions
 * directly and gives them a C API by the same rule. */
static Func *warn_callee_func(Expr *callee) {
  if (callee->kind != E_NAME || !callee->var) return NULL;
  Var *v = callee->var;
  while (v->kind == V_FREE && v->outer) v = v->outer;
  if (v->def && v->nbindings == 1 && v->ndeletes == 0) return v->def;
  return NULL;
}

/* asyncio.sleep, with `asyncio` the name bound only by `import asyncio`. */
static bool warn_is_asyncio_sleep(Expr *callee) {
  if (callee->kind != E_ATTR || strcmp(callee->name, "sleep") != 0) return false;
  Expr *m = callee->a;
  return m->kind == E_NAME && m->var && m->var->kind == V_GLOBAL && mod->imports_asyncio &&
         !strcmp(m->var->name, "asyncio") && m->var->nbindings == 1 && m->var->ndeletes == 0;
}

/* An expression statement that calls a coroutine or generator function and
 * drops the result: the body never runs. */
static void warn_dropped_call(Stmt *s) {
  Expr *e = s->value;
  if (!e || e->kind != E_CALL) return;
  if (warn_is_asyncio_sleep(e->a)) {
    diag_warning(W_UNUSED_COROUTINE, e->pos, "coroutine 'sleep' is never awaited");
    return;
  }
  Func *fn = warn_callee_func(e->a);
  if (!fn) return;
  switch (fn->kind) {
  case F_COROUTINE:
    diag_warning(W_UNUSED_COROUTINE, e->pos, "coroutine '%s' is never awaited", fn->name);
    break;
  case F_GENERATOR:
    diag_warning(W_UNUSED_GENERATOR, e->pos,
                 "calling generator function '%s' creates a generator that is never run", fn->name);
    break;
  case F_ASYNCGEN:
    diag_warning(W_UNUSED_GENERATOR, e->pos,
                 "calling async generator function '%s' creates an async generator that is never run",
                 fn->name);
    break;
  case F_PLAIN:
  case F_MODULE:
    break;
  }
}

/* Unused variables: per local of the function being checked, whether it is
 * read, and where a plain `name = ...` first assigns it. */
typedef struct Usage {
  bool read;
  Pos assigned; /* line 0: no plain assignment */
} Usage;

static Func *warn_fn;
static Usage *warn_usage; /* one per var of warn_fn */

static Usage *warn_usage_of(Var *v) {
  if (!v || v->owner != warn_fn) return NULL;
  for (int i = 0; i < warn_fn->vars.len; i++)
    if (warn_fn->vars.items[i] == v) return &warn_usage[i];
  return NULL;
}

/* Every name an expression reads (the bodies of lambdas and comprehensions
 * are functions of their own: a local they read is a cell, never warned). */
static void warn_reads(Expr *e) {
  if (!e) return;
  if (e->kind == E_NAME) {
    Usage *u = warn_usage_of(e->var);
    if (u) u->read = true;
    return;
  }
  if (e->kind == E_LISTCOMP || e->kind == E_DICTCOMP || e->kind == E_GENEXP || e->kind == E_LAMBDA) {
    warn_reads(e->first_iter);
    return;
  }
  warn_reads(e->a);
  warn_reads(e->b);
  warn_reads(e->c);
  for (int i = 0; i < e->nitems; i++) warn_reads(e->items[i]);
  for (int i = 0; i < e->nkw; i++) warn_reads(e->kwvalues[i]);
}

/* An assignment target: a name is assigned (plainly, or as part of a tuple
 * or list unpacking, which pyflakes exempts); a subscript or attribute
 * target reads its parts. */
static void warn_target(Expr *t, bool plain) {
  if (t->kind == E_NAME) {
    Usage *u = warn_usage_of(t->var);
    if (u && plain && u->assigned.line == 0) u->assigned = t->pos;
  } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
    for (int i = 0; i < t->nitems; i++) warn_target(t->items[i], false);
  } else {
    warn_reads(t);
  }
}

static void warn_usage_block(Stmt *s);

static void warn_usage_stmt(Stmt *s) {
  switch (s->kind) {
  case S_ASSIGN:
    warn_reads(s->value);
    for (int i = 0; i < s->ntargets; i++) warn_target(s->targets[i], true);
    return;
  case S_AUGASSIGN: /* `x += 1` reads x */
  case S_DEL:       /* and `del x` counts as a use, as in pyflakes */
    for (int i = 0; i < s->ntargets; i++) warn_reads(s->targets[i]);
    warn_reads(s->value);
    return;
  case S_FOR:
    warn_reads(s->iter);
    warn_target(s->target, false); /* loop targets are exempt */
    break;
  case S_TRY:
    for (int i = 0; i < s->nhandlers; i++) {
      warn_reads(s->handlers[i]->type);
      warn_usage_block(s->handlers[i]->body);
    }
    break;
  case S_DEF: /* its body is another function's */
    return;
  default:
    warn_reads(s->value);
    warn_reads(s->test);
    warn_reads(s->cause);
    warn_reads(s->base);
    break;
  }
  warn_usage_block(s->body);
  warn_usage_block(s->orelse);
  warn_usage_block(s->finalbody);
}

static void warn_usage_block(Stmt *s) {
  for (; s; s = s->next) warn_usage_stmt(s);
}

/* -Wunused-variable for fn's plain locals: not parameters, globals, cells
 * or free variables, not named _..., and not hidden names (.r, .0). */
static void warn_unused_vars(Func *fn) {
  if (!diag_warning_enabled(W_UNUSED_VARIABLE)) return;
  warn_fn = fn;
  warn_usage = arena_alloc(sizeof(Usage) * (size_t)(fn->vars.len + 1));
  warn_usage_block(fn->body);
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    Usage *u = &warn_usage[i];
    if (v->kind != V_LOCAL || v->is_param || v->name[0] == '_' || v->name[0] == '.') continue;
    if (u->assigned.line > 0 && !u->read)
      diag_warning(W_UNUSED_VARIABLE, u->assigned, "local variable '%s' is assigned to but never used",
                   v->name);
  }
}

static void warn_func(Func *fn);

/* `yield x` as a statement.  After a return it is the idiom that makes a
 * function a generator (`def empty(): return; yield`), not dead code. */
static bool warn_is_yield_stmt(Stmt *s) {
  return s->kind == S_EXPR && (s->value->kind == E_YIELD || s->value->kind == E_YIELD_FROM ||
                               s->value->kind == E_ASYNC_YIELD_FROM);
}

/* The reachable statements of a block: the first statement after a return,
 * raise, break or continue is reported, once, and nothing from there to the
 * end of the block is looked at (so unreachable code never warns twice).
 * Unreachable `yield` statements are skipped over (see above). */
static void warn_block(Stmt *s) {
  for (; s; s = s->next) {
    switch (s->kind) {
    case S_EXPR: warn_dropped_call(s); break;
    case S_DEF: warn_func(s->func); break;
    case S_TRY:
      warn_block(s->body);
      for (int i = 0; i < s->nhandlers; i++) warn_block(s->handlers[i]->body);
      break;
    default: warn_block(s->body); break;
    }
    warn_block(s->orelse);
    warn_block(s->finalbody);
    bool jumps = s->kind == S_RETURN || s->kind == S_RAISE || s->kind == S_BREAK || s->kind == S_CONTINUE;
    if (jumps) {
      Stmt *dead = s->next;
      while (dead && warn_is_yield_stmt(dead)) dead = dead->next;
      if (dead) diag_warning(W_UNREACHABLE_CODE, dead->pos, "code will never be executed");
      return;
    }
  }
}

/* A def's function (and the defs inside it).  Lambdas and comprehensions
 * have no statements of the user's to warn about. */
static void warn_func(Func *fn) {
  warn_block(fn->body);
  if (fn->kind != F_MODULE) warn_unused_vars(fn);
}

void sema_module(Module *m) {
  mod = m;
  m->main->kind = F_MODULE;
  scan_func(m->main);
  uses_func(m->main);
  da_func(m->main);
  warn_func(m->main);
}
