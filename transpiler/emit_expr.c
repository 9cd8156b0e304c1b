/*
 * emit_expr.c: expressions -> C, the other half of the emitter (emit.c).
 *
 * An expression compiles to an operand (Opnd, yieldc.h): a C expression that
 * is borrowed (a variable, a constant, `yint(3)`) or owned by a numbered
 * temporary, which code.c releases on every path out of the statement.
 * Each operator, call, literal, comprehension and attribute becomes one
 * runtime call or inline helper (yieldrt.h) whose failure check code_check
 * adds; the suspending expressions (yield, yield from, await, async
 * comprehensions) become states of the function's machine through
 * emit_delegation and code_suspend, as emit.c describes.  Calls the
 * compiler can resolve go straight to the C function of a def or a builtin
 * (yrt_b_len); everything else goes through the runtime's generic call.
 *
 * The two halves share their helpers through the "emit" section of
 * yieldc.h; the file-level state (the module, constants, names taken) is
 * emit.c's.
 */
#include "yieldc.h"
#include "yieldrt.h" /* YWhy, YCmp: the runtime's names the C uses */

#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* Expressions                                                            */
/* ===================================================================== */

const char *emit_binop_fn(Op op) {
  switch (op) {
  case OP_ADD: return "yrt_add";
  case OP_SUB: return "yrt_sub";
  case OP_MUL: return "yrt_mul";
  case OP_DIV: return "yrt_truediv";
  case OP_FLOORDIV: return "yrt_floordiv";
  case OP_MOD: return "yrt_mod";
  case OP_POW: return "yrt_pow";
  case OP_LSHIFT: return "yrt_lshift";
  case OP_RSHIFT: return "yrt_rshift";
  case OP_BITAND: return "yrt_and";
  case OP_BITOR: return "yrt_or";
  case OP_BITXOR: return "yrt_xor";
  default: unreachable();
  }
}

static const char *cmp_name(Op op) {
  switch (op) {
  case OP_LT: return "YC_LT";
  case OP_LE: return "YC_LE";
  case OP_EQ: return "YC_EQ";
  case OP_NE: return "YC_NE";
  case OP_GT: return "YC_GT";
  case OP_GE: return "YC_GE";
  default: unreachable();
  }
}

/* `r_ = <a op b>` for one comparison; r_ is 1, 0 or -1 (checked). */
static void compare_into_r(FuncCode *c, Op op, Opnd a, Opnd b) {
  c->used_r = true;
  switch (op) {
  case OP_IN: code_out(c, "r_ = yrt_contains(%s, %s);", b.c, a.c); break;
  case OP_NOT_IN: code_out(c, "r_ = yrt_contains(%s, %s);", b.c, a.c); break;
  case OP_IS: code_out(c, "r_ = yrt_is(%s, %s);", a.c, b.c); return;
  case OP_IS_NOT: code_out(c, "r_ = !yrt_is(%s, %s);", a.c, b.c); return;
  default: code_out(c, "r_ = yrt_compare(%s, %s, %s);", a.c, b.c, cmp_name(op)); break;
  }
  code_check_r(c);
  if (op == OP_NOT_IN) code_out(c, "r_ = !r_;");
}

/* Jump to `target` when the condition is false (or true, if `when`). */
void emit_cond_jump(FuncCode *c, Expr *e, bool when, Label *target) {
  if (e->kind == E_UNARY && e->op == OP_NOT) {
    emit_cond_jump(c, e->a, !when, target);
    return;
  }
  if (e->kind == E_BOOLOP) {
    bool is_and = e->op == OP_AND;
    if (is_and != when) {
      /* and, jump when false: either false jumps; or, jump when true: likewise */
      emit_cond_jump(c, e->a, when, target);
      emit_cond_jump(c, e->b, when, target);
    } else {
      Label *skip = code_new_label(c, arena_printf("cond_L%d", e->pos.line));
      emit_cond_jump(c, e->a, !when, skip);
      emit_cond_jump(c, e->b, when, target);
      code_label(c, skip);
    }
    return;
  }
  if (e->kind == E_TRUE) {
    if (when) code_jump(c, target);
    return;
  }
  if (e->kind == E_COMPARE && e->nitems == 1) {
    Opnd a = emit_expr(c, e->a);
    if (!emit_simple_expr(e->items[0]) && a.temp < 0 && e->a->kind == E_NAME) a = code_own(c, a);
    Opnd b = emit_expr(c, e->items[0]);
    compare_into_r(c, e->ops[0], a, b);
    code_release(c, a);
    code_release(c, b);
    code_jump_if(c, when ? "r_" : "!r_", target);
    return;
  }
  Opnd v = emit_expr(c, e);
  c->used_r = true;
  code_out(c, "r_ = yrt_truth(%s);", v.c);
  code_release(c, v);
  code_check_r(c);
  code_jump_if(c, when ? "r_" : "!r_", target);
}

/* Evaluate operands left to right; earlier ones are made owned when a
 * later one could run code that rebinds a variable they borrow. */
bool emit_simple_expr(Expr *e) {
  switch (e->kind) {
  case E_NAME:
  case E_INT:
  case E_FLOAT:
  case E_STR:
  case E_BYTES:
  case E_NONE:
  case E_TRUE:
  case E_FALSE:
    return true;
  default: return false;
  }
}

Opnd *emit_args(FuncCode *c, Expr **items, int n) {
  Opnd *ops = arena_alloc(sizeof(Opnd) * (size_t)(n ? n : 1));
  int last_complex = -1; /* the last item that is not simple */
  for (int i = 0; i < n; i++)
    if (!emit_simple_expr(items[i])) last_complex = i;
  for (int i = 0; i < n; i++) {
    ops[i] = emit_expr(c, items[i]);
    if (i < last_complex && ops[i].temp < 0 && items[i]->kind == E_NAME) ops[i] = code_own(c, ops[i]);
  }
  return ops;
}

/* `a, b`: arguments of a C call. */
static const char *args_list(Opnd *ops, int n) {
  Buf b = {0};
  for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", ops[i].c);
  char *s = arena_strdup(b.data ? b.data : "");
  buf_free(&b);
  return s;
}

/* `(YValue[]){a, b}` or NULL. */
const char *emit_args_array(Opnd *ops, int n) {
  if (n == 0) return "NULL";
  Buf b = {0};
  buf_puts(&b, "(YValue[]){");
  for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", ops[i].c);
  buf_puts(&b, "}");
  char *s = arena_strdup(b.data);
  buf_free(&b);
  return s;
}

void emit_release_all(FuncCode *c, Opnd *ops, int n) {
  for (int i = 0; i < n; i++) code_release(c, ops[i]);
}


/* The C expression of the function object for a nested function. */
static const char *cells_list(FuncCode *c, Func *fn) {
  Buf b = {0};
  for (int i = 0; i < fn->frees.len; i++) {
    Var *fv = fn->frees.items[i];
    buf_printf(&b, "%s%s", i ? ", " : "", emit_cell_of(c, fv->outer));
  }
  char *s = arena_strdup(b.data ? b.data : "");
  buf_free(&b);
  return s;
}

/* Does calling fn need the runtime to bind its arguments?  (Not when it
 * takes exactly its positional parameters, without defaults.) */
bool emit_simple_signature(Func *fn) {
  if (fn->npos != fn->nparams) return false;
  for (int i = 0; i < fn->nparams; i++)
    if (fn->defaults[i]) return false;
  return true;
}

/* Is fn's function object a static (no free variables, no defaults)? */
bool emit_static_function(Func *fn) {
  if (fn->frees.len) return false;
  for (int i = 0; i < fn->nparams; i++)
    if (fn->defaults[i]) return false;
  return true;
}

/* The function object of a def or lambda: a static when it has no free
 * variables and no default values, else made here with the cells it closes
 * over and the defaults evaluated now (positional ones in a tuple,
 * keyword-only ones in a tuple with a slot per parameter, unbound where
 * there is none). */
Opnd emit_make_function(FuncCode *c, Func *fn) {
  emit_func(fn);
  bool defaults = false, kwdefaults = false;
  for (int i = 0; i < fn->npos; i++) defaults |= fn->defaults[i] != NULL;
  for (int i = fn->npos; i < fn->npos + fn->nkwonly; i++) kwdefaults |= fn->defaults[i] != NULL;
  if (emit_static_function(fn)) return opnd_constant(arena_printf("yobj(&%s__fn)", fn->cname));
  Opnd d = opnd_constant("YUNBOUND"), kd = opnd_constant("YUNBOUND");
  if (defaults) {
    int first = 0;
    while (!fn->defaults[first]) first++;
    Opnd *ops = emit_args(c, fn->defaults + first, fn->npos - first);
    Buf b = {0};
    for (int i = 0; i < fn->npos - first; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", code_take(c, code_own(c, ops[i])));
    d = code_owned(c, "yrt_tuple_steal(%d, (YValue[]){%s})", fn->npos - first, b.data);
    buf_free(&b);
  }
  if (kwdefaults) {
    Expr **given = arena_alloc(sizeof(Expr *) * (size_t)fn->nkwonly);
    int n = 0;
    for (int i = 0; i < fn->nkwonly; i++)
      if (fn->defaults[fn->npos + i]) given[n++] = fn->defaults[fn->npos + i];
    Opnd *ops = emit_args(c, given, n);
    Buf b = {0};
    for (int i = 0, k = 0; i < fn->nkwonly; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", fn->defaults[fn->npos + i] ? code_take(c, code_own(c, ops[k++])) : "YUNBOUND");
    kd = code_owned(c, "yrt_tuple_steal(%d, (YValue[]){%s})", fn->nkwonly, b.data);
    buf_free(&b);
  }
  const char *cells = fn->frees.len ? arena_printf("(YCell *[]){%s}", cells_list(c, fn)) : "NULL";
  return code_owned(c, "yrt_func_new_ex(&%s__code, %d, %s, %s, %s)", fn->cname, fn->frees.len, cells,
                    code_take(c, d), code_take(c, kd));
}

/* A comprehension: iter(first_iter) here, then its function called at once. */
static Opnd emit_comprehension(FuncCode *c, Expr *e) {
  Func *fn = e->func;
  emit_func(fn);
  Opnd first = emit_expr(c, e->first_iter);
  /* (An `async for` first clause takes the iterable itself: its loop asks
   * for the async iterator.) */
  Stmt *loop = fn->body;
  while (loop && loop->kind != S_FOR) loop = loop->next;
  bool async_first = loop && loop->is_async;
  Opnd it = code_owned(c, async_first ? "yrt_incref(%s)" : "yrt_iter(%s)", first.c);
  code_check(c, it);
  code_release(c, first);
  const char *fnobj = fn->frees.len == 0
                          ? "NULL"
                          : arena_printf("YRT_CLOSURE(&%s__code, %d, %s)", fn->cname,
                                         fn->frees.len, cells_list(c, fn));
  Opnd r = code_owned(c, "%s(%s, (YValue[]){%s})", fn->cname, fnobj, it.c);
  code_check(c, r);
  code_release(c, it);
  if (fn->kind != F_COROUTINE) return r;
  /* An asynchronous list or dict comprehension: a coroutine, awaited here. */
  emit_delegation(c, "await", e->pos.line, "yrt_await", code_take(c, r), true);
  code_fail(c, "YIS_ERR(sent_)", "", -1);
  return code_owned(c, "yrt_incref(sent_)");
}

/* `(YStr *const[]){&str__sep, &str__end}`: a call's keyword names. */
static const char *kwnames_array(Expr *e) {
  Buf b = {0};
  buf_puts(&b, "(YStr *const[]){");
  for (int i = 0; i < e->nkw; i++)
    buf_printf(&b, "%s&%s", i ? ", " : "", emit_str_const(e->kwnames[i], strlen(e->kwnames[i])));
  buf_putc(&b, '}');
  const char *s = arena_strdup(b.data);
  buf_free(&b);
  return s;
}

/* The arguments of a call without * or **: the positional ones, then the
 * keyword values, evaluated in that order (as CPython does). */
static Opnd *emit_call_args(FuncCode *c, Expr *e) {
  int n = e->nitems + e->nkw;
  Expr **all = arena_alloc(sizeof(Expr *) * (size_t)(n ? n : 1));
  memcpy(all, e->items, sizeof(Expr *) * (size_t)e->nitems);
  memcpy(all + e->nitems, e->kwvalues, sizeof(Expr *) * (size_t)e->nkw);
  return emit_args(c, all, n);
}

/* A call with *iterable or **mapping arguments: the positional ones are
 * collected in a list, the keyword ones in a dict, with CPython's messages
 * for what cannot be unpacked or is given twice; then yrt_call_ex.
 * `callee` is owned. */
static Opnd emit_call_ex(FuncCode *c, Expr *e, Opnd callee) {
  Opnd args = code_owned(c, "yrt_list_new(0, NULL)");
  for (int i = 0; i < e->nitems; i++) {
    Expr *a = e->items[i];
    Opnd v = emit_expr(c, a->kind == E_STARRED ? a->a : a);
    c->used_r = true;
    if (a->kind == E_STARRED)
      code_out(c, "r_ = yrt_args_extend(%s, %s, %s);", args.c, v.c, callee.c);
    else
      code_out(c, "r_ = yrt_list_append(%s, %s);", args.c, v.c);
    code_check_r(c);
    code_release(c, v);
  }
  Opnd kw = opnd_constant("YUNBOUND");
  if (e->nkw) kw = code_owned(c, "yrt_dict_new()");
  for (int i = 0; i < e->nkw; i++) {
    Opnd v = emit_expr(c, e->kwvalues[i]);
    c->used_r = true;
    if (e->kwnames[i])
      code_out(c, "r_ = yrt_kwarg_add(%s, yobj(&%s), %s, %s);", kw.c,
               emit_str_const(e->kwnames[i], strlen(e->kwnames[i])), v.c, callee.c);
    else
      code_out(c, "r_ = yrt_kwargs_merge(%s, %s, %s);", kw.c, v.c, callee.c);
    code_check_r(c);
    code_release(c, v);
  }
  Opnd r = code_owned(c, "yrt_call_ex(%s, %s, %s)", callee.c, args.c, kw.c);
  code_check(c, r);
  code_release(c, callee);
  code_release(c, args);
  code_release(c, kw);
  return r;
}

/* Can evaluating e raise, or run code of the program?  Only for what
 * surely cannot: literals, the parameters no `del` unbinds, and a name
 * sema proved bound where it is read (a hidden name of a comprehension is
 * bound too).  Used to decide whether a method call must check its method
 * before its arguments. */
static bool quiet_expr(const Expr *e) {
  switch (e->kind) {
  case E_NONE: return !e->unsupported;
  case E_TRUE: case E_FALSE: case E_INT: case E_FLOAT: case E_STR: case E_BYTES: return true;
  case E_NAME:
    if (e->name[0] == '.' || e->bound) return true; /* bound: sema proved it (da_index) */
    return e->var && (e->var->kind == V_LOCAL || e->var->kind == V_CELL) && e->var->is_param &&
           e->var->ndeletes == 0;
  default: return false;
  }
}

static Opnd emit_call(FuncCode *c, Expr *e) {
  Expr *callee = e->a;
  Var *v = callee->kind == E_NAME ? callee->var : NULL;
  bool unpack = false;
  for (int i = 0; i < e->nitems; i++) unpack |= e->items[i]->kind == E_STARRED;
  for (int i = 0; i < e->nkw; i++) unpack |= e->kwnames[i] == NULL;
  int argc = e->nitems, nkw = e->nkw;
  if (unpack) return emit_call_ex(c, e, code_own(c, emit_expr(c, callee)));

  /* asyncio.run(...), asyncio.sleep(...), ...: the functions of the core
   * that runtime/lib/asyncio.py re-exports, called directly. */
  if (callee->kind == E_ATTR && sema_is_asyncio(callee->a) && !nkw) {
    static const char *const fns[] = {"run", "sleep", "gather", "create_task", NULL};
    for (int i = 0; fns[i]; i++) {
      if (strcmp(fns[i], callee->name)) continue;
      emit_check_var(c, callee->a->var, callee->a->bound);
      Opnd *ops = emit_args(c, e->items, argc);
      Opnd r = code_owned(c, "yrt__yieldc_asyncio_%s(%d, %s)", fns[i], argc, emit_args_array(ops, argc));
      code_check(c, r);
      emit_release_all(c, ops, argc);
      return r;
    }
  }

  /* obj.method(args) */
  if (callee->kind == E_ATTR) {
    Opnd obj = emit_expr(c, callee->a);
    if (argc + nkw && obj.temp < 0) obj = code_own(c, obj);
    /* CPython looks the method up first: its AttributeError comes before
     * an error of an argument. */
    bool check = false;
    if (!(callee->a->kind == E_NAME && callee->a->name[0] == '.')) { /* not a comprehension's .r */
      for (int i = 0; i < argc; i++) check |= !quiet_expr(e->items[i]);
      for (int i = 0; i < nkw; i++) check |= !quiet_expr(e->kwvalues[i]);
    }
    if (check) {
      c->used_r = true;
      if (emit_known_name(callee->name))
        code_out(c, "r_ = yrt_method_check(%s, YN_%s);", obj.c, callee->name);
      else
        code_out(c, "r_ = yrt_method_check_str(%s, %s);", obj.c,
                 emit_str_opnd(callee->name, strlen(callee->name)).c);
      code_check_r(c);
    }
    Opnd *ops = emit_call_args(c, e);
    Opnd r;
    if (!emit_known_name(callee->name))
      r = code_owned(c, "yrt_callmethod_str(%s, %s, %d, %s, %d, %s)", obj.c,
                     emit_str_opnd(callee->name, strlen(callee->name)).c, argc, emit_args_array(ops, argc + nkw), nkw,
                     nkw ? kwnames_array(e) : "NULL");
    else
      r = nkw ? code_owned(c, "yrt_callmethod_kw(%s, YN_%s, %d, %s, %d, %s)", obj.c, callee->name, argc,
                           emit_args_array(ops, argc + nkw), nkw, kwnames_array(e))
              : code_owned(c, "yrt_callmethod(%s, YN_%s, %d, %s)", obj.c, callee->name, argc,
                           emit_args_array(ops, argc));
    code_check(c, r);
    code_release(c, obj);
    emit_release_all(c, ops, argc + nkw);
    return r;
  }

  /* super() in a method: super(__class__, self). */
  if (e->super_cls) {
    if (!e->super_self) {
      code_raise_now(c, "yrt_raise_msg(&yrt_exc_RuntimeError, \"super(): no arguments\")");
      return opnd_constant("YNONE");
    }
    const char *cell = emit_cell_of(c, e->super_cls);
    Opnd self = emit_load_var(c, e->super_self, false);
    Opnd r = code_owned(c, "yrt_super_new(%s->v, %s)", cell, self.c);
    code_check(c, r);
    code_release(c, self);
    return r;
  }

  /* A builtin function called directly. */
  if (v && v->kind == V_BUILTIN && v->builtin->kind == BK_FUNC && (!nkw || v->builtin->kw)) {
    Opnd *ops = emit_call_args(c, e);
    Opnd r = nkw ? code_owned(c, "yrt_bkw_%s(%d, %s, %d, %s)", v->name, argc, emit_args_array(ops, argc + nkw), nkw,
                              kwnames_array(e))
                 : code_owned(c, "yrt_b_%s(%d, %s)", v->name, argc, emit_args_array(ops, argc));
    code_check(c, r);
    emit_release_all(c, ops, argc + nkw);
    return r;
  }

  /* A module-level function whose only binding is its def, taking exactly
   * these positional arguments: call it directly, once its def has run. */
  if (v && v->kind == V_GLOBAL && v->def && v->nbindings == 1 && v->ndeletes == 0 && !nkw &&
      emit_simple_signature(v->def) && v->def->nparams == argc) {
    emit_func(v->def);
    const char *g = emit_global_cname(v);
    code_fail(c, arena_printf("YIS_UNBOUND(%s)", g), arena_printf("yrt_unbound_global(\"%s\")", v->name),
         -1);
    Opnd *ops = emit_args(c, e->items, argc);
    Opnd r = code_owned(c, "%s(NULL, %s)", v->def->cname, emit_args_array(ops, argc));
    code_check(c, r);
    emit_release_all(c, ops, argc);
    return r;
  }

  Opnd f = emit_expr(c, callee);
  if (argc + nkw && f.temp < 0) f = code_own(c, f);
  Opnd *ops = emit_call_args(c, e);
  Opnd r = nkw ? code_owned(c, "yrt_call_kw(%s, %d, %s, %d, %s)", f.c, argc, emit_args_array(ops, argc + nkw), nkw,
                            kwnames_array(e))
               : code_owned(c, "yrt_call(%s, %d, %s)", f.c, argc, emit_args_array(ops, argc));
  code_check(c, r);
  code_release(c, f);
  emit_release_all(c, ops, argc + nkw);
  return r;
}

static Opnd emit_yield(FuncCode *c, Expr *e, bool want) {
  Opnd v = e->a ? emit_expr(c, e->a) : opnd_constant("YNONE");
  c->used_out = true;
  code_out(c, "*out_ = %s;", code_take(c, v));
  Label *state = code_new_state(c, "yield", e->pos.line);
  code_suspend(c, state);
  code_return(c, "YS_YIELD", false);
  code_resume_here(c, state);
  code_fail(c, "YIS_ERR(sent_)", "", -1);
  if (!want) return opnd_constant("YNONE");
  return code_owned(c, "yrt_incref(sent_)");
}

/* The delegation sequence that yield from, await, async yield from and
 * async for share: `fn` (yrt_yield_from, yrt_await, ...) makes `src` (an
 * owned C expression, stolen) the generator's delegate and runs it; the
 * runtime drives it on later resumes, and the body goes on at the state's
 * label with the delegate's result (or YERROR) in sent_. */
void emit_delegation(FuncCode *c, const char *kind, int line, const char *fn,
                            const char *src, bool await_only) {
  Label *state = code_new_state(c, kind, line);
  c->used_st = c->used_out = true;
  code_suspend(c, state);
  if (src)
    code_out(c, "st_ = %s(&f->gen, %s, out_);", fn, src);
  else
    code_out(c, "st_ = %s(&f->gen, out_);", fn);
  /* In an async generator's body inlined into its async for (emit.c's
   * emit_for_inline), the inlined frames do not count as calls while the
   * caller is suspended. */
  for (InlineSite *in = c->inl; in; in = in->up) code_out(c, "yrt_leave_call();");
  if (await_only)
    code_out(c, "if (st_ == YS_AWAIT) return YS_AWAIT;");
  else
    code_out(c, "if (st_ == YS_YIELD || st_ == YS_AWAIT) return st_;");
  code_out(c, "sent_ = *out_;");
  code_resume_here(c, state);
  for (InlineSite *in = c->inl; in; in = in->up) code_out(c, "yrt_reenter_call();");
}

/* Is e `asyncio.sleep(0)`?  Awaiting it is the task switch: sleep(0)'s
 * one step is a bare yield to the event loop (CPython's __sleep0), then it
 * returns None, whatever is sent. */
static bool is_sleep0(const Expr *e) {
  if (e->kind != E_CALL || e->a->kind != E_ATTR || strcmp(e->a->name, "sleep") || !sema_is_asyncio(e->a->a))
    return false;
  const Expr *d = e->nitems == 1 && !e->nkw ? e->items[0] : NULL;
  return d && d->kind == E_INT && !d->bigval && d->ival == 0;
}

/* yield from / await / async yield from.  In an async generator, `yield
 * from` delegates to an async iterable (PEP 828 as accepted:
 * yrt_yield_from_async); under --pep828=draft to a sync one, as PEP 380.
 * `await asyncio.sleep(0)` makes no sleep object: yrt_await_sleep0 is its
 * bare yield, and its value None. */
static Opnd emit_delegate(FuncCode *c, Expr *e, bool want) {
  if (e->kind == E_AWAIT && is_sleep0(e->a)) {
    Expr *name = e->a->a->a; /* read, as a call reads it: unbound, NameError */
    emit_check_var(c, name->var, name->bound);
    emit_delegation(c, "await", e->pos.line, "yrt_await_sleep0", NULL, true);
    code_fail(c, "YIS_ERR(sent_)", "", -1);
    return opnd_constant("YNONE");
  }
  const char *kind, *fn;
  switch (e->kind) {
  case E_YIELD_FROM:
    kind = "yield_from";
    fn = c->fn->is_async && !emit_mod->pep828_draft ? "yrt_yield_from_async" : "yrt_yield_from";
    break;
  case E_AWAIT: kind = "await", fn = "yrt_await"; break;
  default: kind = "async_yield_from", fn = "yrt_async_yield_from"; break;
  }
  Opnd v = code_own(c, emit_expr(c, e->a));
  emit_delegation(c, kind, e->pos.line, fn, code_take(c, v), e->kind == E_AWAIT);
  code_fail(c, "YIS_ERR(sent_)", "", -1);
  if (!want) return opnd_constant("YNONE");
  return code_owned(c, "yrt_incref(sent_)");
}

static bool has_starred(const Expr *e) {
  for (int i = 0; i < e->nitems; i++)
    if (e->items[i]->kind == E_STARRED) return true;
  return false;
}

/* [a, *b, c], (a, *b), {a, *b} (PEP 448): the list or set is built item by
 * item, left to right, as CPython's LIST_APPEND and LIST_EXTEND build it (an
 * iterable after * is consumed before the next item is evaluated); a tuple
 * is that list, made a tuple at the end. */
static Opnd emit_star_display(FuncCode *c, Expr *e) {
  Opnd r = code_owned(c, e->kind == E_SET ? "yrt_set_steal(0, NULL)" : "yrt_list_new(0, NULL)");
  for (int i = 0; i < e->nitems; i++) {
    Expr *x = e->items[i];
    Opnd v = emit_expr(c, ast_unstarred(x));
    c->used_r = true;
    if (x->kind == E_STARRED)
      code_out(c, "r_ = yrt_display_extend(%s, %s);", r.c, v.c);
    else
      code_out(c, "r_ = %s(%s, %s);", e->kind == E_SET ? "yrt_set_add" : "yrt_list_append", r.c, v.c);
    code_check_r(c);
    code_release(c, v);
  }
  if (e->kind == E_TUPLE) return code_owned(c, "yrt_display_tuple(%s)", code_take(c, r));
  return r;
}

static Opnd emit_fstring(FuncCode *c, Expr *e) {
  if (e->nitems == 0) return emit_str_opnd("", 0);
  Opnd *parts = arena_alloc(sizeof(Opnd) * (size_t)e->nitems);
  for (int i = 0; i < e->nitems; i++) {
    Expr *p = e->items[i];
    if (p->kind == E_STR) {
      parts[i] = emit_str_opnd(p->str, p->len);
      continue;
    }
    if (p->kind != E_FORMAT) {
      parts[i] = emit_expr(c, p);
      continue;
    }
    Opnd v = emit_expr(c, p->a);
    if (p->conv == 'r' || p->conv == 'a') {
      Opnd r = code_owned(c, "%s(%s)", p->conv == 'r' ? "yrt_repr" : "yrt_ascii", v.c);
      code_check(c, r);
      code_release(c, v);
      v = r;
    } else if (p->conv == 's') {
      Opnd r = code_owned(c, "yrt_str(%s)", v.c);
      code_check(c, r);
      code_release(c, v);
      v = r;
    }
    if (p->b) {
      if (v.temp < 0) v = code_own(c, v);
      Opnd spec = emit_fstring(c, p->b);
      Opnd r = code_owned(c, "yrt_format(%s, %s)", v.c, spec.c);
      code_check(c, r);
      code_release(c, v);
      code_release(c, spec);
      parts[i] = r;
    } else {
      Opnd r = code_owned(c, "yrt_str(%s)", v.c);
      code_check(c, r);
      code_release(c, v);
      parts[i] = r;
    }
  }
  if (e->nitems == 1 && parts[0].temp >= 0) return parts[0];
  Opnd r = code_owned(c, "yrt_str_concat(%d, %s)", e->nitems, emit_args_array(parts, e->nitems));
  code_check(c, r);
  emit_release_all(c, parts, e->nitems);
  return r;
}


Opnd emit_expr(FuncCode *c, Expr *e) { return emit_expr_want(c, e, true); }

Opnd emit_expr_want(FuncCode *c, Expr *e, bool want) {
  switch (e->kind) {
  case E_NAME: return emit_load_var(c, e->var, e->bound);
  case E_NONE: return opnd_constant("YNONE");
  case E_TRUE: return opnd_constant("YTRUE");
  case E_FALSE: return opnd_constant("YFALSE");
  case E_INT: /* C has no literal for INT64_MIN: -9223372036854775808 is - applied to too big a number */
    /* Beyond 64 bits: an immortal int the runtime makes from the digits once (borrowed, never fails). */
    if (e->bigval) return opnd_constant(arena_printf("yrt_int_const(\"%s\")", e->bigval));
    if (e->ival == INT64_MIN) return opnd_constant("yint(INT64_MIN)");
    return opnd_constant(arena_printf("yint(%" PRId64 ")", e->ival));
  case E_FLOAT: {
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", e->fval);
    if (!strpbrk(buf, ".eEn")) strcat(buf, ".0");
    return opnd_constant(arena_printf("yfloat(%s)", buf));
  }
  case E_STR: return emit_str_opnd(e->str, e->len);
  case E_BYTES: return opnd_constant(arena_printf("yobj(&%s)", emit_str_const_of(e->str, e->len, true)));
  case E_FSTRING: return emit_fstring(c, e);
  case E_FORMAT: unreachable();
  case E_BINOP: {
    Opnd a = emit_expr(c, e->a);
    if (!emit_simple_expr(e->b) && a.temp < 0 && e->a->kind == E_NAME) a = code_own(c, a);
    Opnd b = emit_expr(c, e->b);
    Opnd r = code_owned(c, "%s(%s, %s)", emit_binop_fn(e->op), a.c, b.c);
    code_check(c, r);
    code_release(c, a);
    code_release(c, b);
    return r;
  }
  case E_UNARY: {
    Opnd a = emit_expr(c, e->a);
    Opnd r;
    if (e->op == OP_NOT) {
      c->used_r = true;
      code_out(c, "r_ = yrt_truth(%s);", a.c);
      code_check_r(c);
      code_release(c, a);
      return code_owned(c, "ybool(!r_)");
    }
    r = code_owned(c, "%s(%s)",
                   e->op == OP_NEG ? "yrt_neg" : e->op == OP_POS ? "yrt_pos" : "yrt_invert", a.c);
    code_check(c, r);
    code_release(c, a);
    return r;
  }
  case E_BOOLOP: {
    /* a and b: the result is a if a is false, else b (and the converse for or). */
    int t = code_temp_new(c);
    code_temp_hide(c, t);
    const char *rc = code_temp_c(c, t);
    Label *done = code_new_label(c, arena_printf("%s_L%d", e->op == OP_AND ? "and" : "or",
                                                 e->pos.line));
    Opnd a = emit_expr(c, e->a);
    code_out(c, "%s = %s;", rc, code_take(c, a));
    code_temp_show(c, t);
    c->used_r = true;
    code_out(c, "r_ = yrt_truth(%s);", rc);
    code_check_r(c);
    code_jump_if(c, e->op == OP_AND ? "!r_" : "r_", done);
    code_out(c, "yrt_decref(%s);", rc);
    code_temp_hide(c, t);
    Opnd b = emit_expr(c, e->b);
    code_out(c, "%s = %s;", rc, code_take(c, b));
    code_temp_show(c, t);
    code_label(c, done);
    return (Opnd){rc, t, false};
  }
  case E_COMPARE: {
    /* a < b < c: each middle operand is evaluated once; r_ holds the result. */
    Label *done = e->nitems > 1 ? code_new_label(c, arena_printf("compare_L%d", e->pos.line)) : NULL;
    Opnd left = emit_expr(c, e->a);
    for (int i = 0; i < e->nitems; i++) {
      if (!emit_simple_expr(e->items[i]) && left.temp < 0 && e->a->kind == E_NAME) left = code_own(c, left);
      Opnd right = emit_expr(c, e->items[i]);
      if (i + 1 < e->nitems) right = code_own(c, right);
      compare_into_r(c, e->ops[i], left, right);
      code_release(c, left);
      left = right;
      if (i + 1 < e->nitems) {
        code_jump_pre(c, "!r_", arena_printf("yrt_decref(%s);", left.c), done, false);
      }
    }
    code_release(c, left);
    if (e->nitems > 1) code_label(c, done);
    return code_owned(c, "ybool(r_)");
  }
  case E_IFEXP: {
    Label *els = code_new_label(c, arena_printf("else_L%d", e->pos.line));
    Label *done = code_new_label(c, arena_printf("endif_L%d", e->pos.line));
    int t = code_temp_new(c);
    code_temp_hide(c, t);
    const char *rc = code_temp_c(c, t);
    emit_cond_jump(c, e->a, false, els);
    Opnd b = emit_expr(c, e->b);
    code_out(c, "%s = %s;", rc, code_take(c, b));
    code_jump(c, done);
    code_label(c, els);
    Opnd cc = emit_expr(c, e->c);
    code_out(c, "%s = %s;", rc, code_take(c, cc));
    code_label(c, done);
    code_temp_show(c, t);
    return (Opnd){rc, t, false};
  }
  case E_CALL: return emit_call(c, e);
  case E_ATTR: {
    Opnd obj = emit_expr(c, e->a);
    Opnd r = code_owned(c, "%s", emit_load_attr(c, e, obj.c));
    code_check(c, r);
    code_release(c, obj);
    return r;
  }
  case E_SUBSCRIPT: {
    Opnd obj = emit_expr(c, e->a);
    Expr *ix = e->b;
    if (ix->kind == E_SLICE) {
      Expr *parts[3] = {ix->a, ix->b, ix->c};
      Opnd p[3];
      if (obj.temp < 0) obj = code_own(c, obj);
      for (int i = 0; i < 3; i++) p[i] = parts[i] ? code_own(c, emit_expr(c, parts[i])) : opnd_constant("YNONE");
      Opnd r = code_owned(c, "yrt_getslice(%s, %s, %s, %s)", obj.c, p[0].c, p[1].c, p[2].c);
      code_check(c, r);
      code_release(c, obj);
      emit_release_all(c, p, 3);
      return r;
    }
    if (!emit_simple_expr(ix) && obj.temp < 0) obj = code_own(c, obj);
    Opnd k = emit_expr(c, ix);
    Opnd r = code_owned(c, "yrt_getitem(%s, %s)", obj.c, k.c);
    code_check(c, r);
    code_release(c, obj);
    code_release(c, k);
    return r;
  }
  case E_SLICE: { /* the key of a[i:j] = v, del a[i:j], a[i:j] += v: a slice object */
    Expr *parts[3] = {e->a, e->b, e->c};
    Opnd p[3];
    for (int i = 0; i < 3; i++) p[i] = parts[i] ? code_own(c, emit_expr(c, parts[i])) : opnd_constant("YNONE");
    Opnd r = code_owned(c, "yrt_slice_new(%s, %s, %s)", p[0].c, p[1].c, p[2].c);
    emit_release_all(c, p, 3);
    return r;
  }
  case E_LIST:
  case E_TUPLE: {
    if (has_starred(e)) return emit_star_display(c, e);
    Opnd *ops = emit_args(c, e->items, e->nitems);
    Buf b = {0};
    for (int i = 0; i < e->nitems; i++) buf_printf(&b, "%s%s", i ? ", " : "", code_take(c, ops[i]));
    Opnd r;
    if (e->nitems == 0)
      r = code_owned(c, "%s(0, NULL)", e->kind == E_LIST ? "yrt_list_new" : "yrt_tuple_new");
    else
      r = code_owned(c, "%s(%d, (YValue[]){%s})",
                     e->kind == E_LIST ? "yrt_list_steal" : "yrt_tuple_steal", e->nitems, b.data);
    buf_free(&b);
    return r;
  }
  case E_DICT: {
    Opnd d = code_owned(c, "yrt_dict_new()");
    for (int i = 0; i + 1 < e->nitems; i += 2) {
      c->used_r = true;
      if (!e->items[i]) { /* **m (PEP 448): m's items, in order */
        Opnd m = emit_expr(c, e->items[i + 1]);
        code_out(c, "r_ = yrt_display_update(%s, %s);", d.c, m.c);
        code_check_r(c);
        code_release(c, m);
        continue;
      }
      Opnd k = code_own(c, emit_expr(c, e->items[i]));
      Opnd v = emit_expr(c, e->items[i + 1]);
      code_out(c, "r_ = yrt_dict_set(%s, %s, %s);", d.c, k.c, v.c);
      code_check_r(c);
      code_release(c, k);
      code_release(c, v);
    }
    return d;
  }
  case E_SET: {
    if (has_starred(e)) return emit_star_display(c, e);
    Opnd *ops = emit_args(c, e->items, e->nitems);
    Buf b = {0};
    for (int i = 0; i < e->nitems; i++) buf_printf(&b, "%s%s", i ? ", " : "", code_take(c, ops[i]));
    Opnd r;
    if (e->nitems == 0)
      r = code_owned(c, "yrt_set_steal(0, NULL)");
    else if (e->ival)
      r = code_owned(c, "yrt_set_steal_const(%d, %d, (YValue[]){%s})", e->ival == 2, e->nitems, b.data);
    else
      r = code_owned(c, "yrt_set_steal(%d, (YValue[]){%s})", e->nitems, b.data);
    code_check(c, r);
    buf_free(&b);
    return r;
  }
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_SETCOMP:
  case E_GENEXP: return emit_comprehension(c, e);
  case E_LAMBDA: return emit_make_function(c, e->func);
  case E_YIELD: return emit_yield(c, e, want);
  case E_YIELD_FROM:
  case E_AWAIT:
  case E_ASYNC_YIELD_FROM: return emit_delegate(c, e, want);
  case E_STARRED: unreachable(); /* sema: only as a call argument */
  case E_NAMED: {
    Opnd v = code_own(c, emit_expr(c, e->b));
    emit_store_var(c, e->a->var, arena_printf("yrt_incref(%s)", v.c));
    return v;
  }
  case E_RTCALL: {
    Opnd *ops = emit_args(c, e->items, e->nitems);
    Opnd r = code_owned(c, "yrt_%s(%s)", e->name, args_list(ops, e->nitems));
    code_check(c, r);
    emit_release_all(c, ops, e->nitems);
    return r;
  }
  }
  unreachable();
}
