/*
 * ast.c: walking the AST.
 *
 * sema's passes walk every expression and statement, and most of them do
 * the same thing for each child: resolve the names in it, look for a yield
 * in it, mark the reads in it.  Rather than have each pass list the fields
 * of every kind, they ask here for the children by index:
 *
 *     for (int i = 0, n = ast_expr_nkids(e); i < n; i++)
 *       uses_expr(fn, ast_expr_kid(e, i));
 *
 * and handle by hand only the kinds where a child means something special
 * (a name is a leaf; the operands of `and` may not run; an assignment's
 * targets are bound, not read).  The child lists are field-generic: an
 * expression's operands are whichever of a, b, c, items, kwvalues and
 * first_iter its kind fills (yieldc.h says which), the rest being NULL or
 * empty, so a new kind that keeps its operands in those fields is walked
 * correctly with no change here, and a new operand field needs a change
 * here only.  The bodies of lambdas, comprehensions and defs are functions
 * of their own; the walks reach them through Func, never as children; but
 * their default values, evaluated where the def or lambda stands, are
 * children (a def's first parts, a lambda's last kids).
 *
 * Indexing (rather than a callback per child) keeps each walk an ordinary
 * loop with its own context in locals, and lets a search stop early.  The
 * order is fixed, and for statements it is the source order, so a walk that
 * reports the first error it meets reports the first in the file.
 */
#include "yieldc.h"

/* ---- expressions ------------------------------------------------------- */

/* A lambda's default values are evaluated where the lambda stands. */
static int ndefaults(const Expr *e) { return e->kind == E_LAMBDA ? e->func->nparams : 0; }

Expr *ast_unstarred(Expr *item) { return item->kind == E_STARRED ? item->a : item; }

int ast_expr_nkids(const Expr *e) { return 3 + e->nitems + e->nkw + 1 + ndefaults(e); }

Expr *ast_expr_kid(const Expr *e, int i) {
  if (i < 3)
    return i == 0 ? e->a : i == 1 ? e->b : e->c;
  i -= 3;
  if (i < e->nitems)
    return e->items[i];
  i -= e->nitems;
  if (i < e->nkw)
    return e->kwvalues[i];
  i -= e->nkw;
  if (i == 0)
    return e->first_iter;
  return e->func->defaults[i - 1];
}

/* How many times evaluating e suspends its function: each yield, yield
 * from, await and async yield from, and an async comprehension, awaited
 * where it stands (sema: does a statement suspend; emit.c: how many
 * suspension points are still to come, which code_suspend checks). */
int ast_expr_suspensions(const Expr *e) {
  if (!e) return 0;
  int n = 0;
  switch (e->kind) {
  case E_YIELD:
  case E_YIELD_FROM:
  case E_AWAIT:
  case E_ASYNC_YIELD_FROM: n = 1; break;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_SETCOMP: n = e->func->is_async; break;
  default: break;
  }
  for (int i = 0, k = ast_expr_nkids(e); i < k; i++) n += ast_expr_suspensions(ast_expr_kid(e, i));
  return n;
}

/* Does evaluating e assign a name with `:=` (not counting the bodies of
 * comprehensions and lambdas, whose walrus targets are cells)? */
bool ast_expr_assigns(const Expr *e) {
  if (!e) return false;
  if (e->kind == E_NAMED) return true;
  for (int i = 0, k = ast_expr_nkids(e); i < k; i++)
    if (ast_expr_assigns(ast_expr_kid(e, i))) return true;
  return false;
}

/* ---- statements -------------------------------------------------------- */

/* The parts after the targets: six expressions, the body, then two parts per
 * handler, then orelse and finalbody. */
enum { AST_EXPRS = 6 };

/* A def's decorators and default values, and a class's decorators and
 * bases, are evaluated where the statement stands, in this order. */
static int stmt_ndefaults(const Stmt *s) {
  return s->ndecorators + (s->kind == S_DEF ? s->func->nparams : s->kind == S_CLASS ? s->nbases : 0);
}

int ast_stmt_nparts(const Stmt *s) {
  return stmt_ndefaults(s) + s->ntargets + AST_EXPRS + 1 + 2 * s->nhandlers + 2;
}

AstPart ast_stmt_part(const Stmt *s, int i) {
  AstPart p = {0};
  if (i < stmt_ndefaults(s)) {
    if (i < s->ndecorators)
      p.expr = s->decorators[i];
    else
      p.expr = s->kind == S_DEF ? s->func->defaults[i - s->ndecorators] : s->bases[i - s->ndecorators];
    return p;
  }
  i -= stmt_ndefaults(s);
  if (i < s->ntargets) {
    p.expr = s->targets[i];
    return p;
  }
  i -= s->ntargets;
  switch (i) {
  case 0: p.expr = s->test; return p;
  case 1: p.expr = s->target; return p;
  case 2: p.expr = s->iter; return p;
  case 3: p.expr = s->value; return p;
  case 4: p.expr = s->cause; return p;
  case 5: return p;
  case AST_EXPRS: p.block = s->body; return p;
  default: break;
  }
  i -= AST_EXPRS + 1;
  if (i < 2 * s->nhandlers) {
    p.handler = s->handlers[i / 2];
    if (i % 2 == 0)
      p.expr = p.handler->type;
    else
      p.block = p.handler->body;
    return p;
  }
  i -= 2 * s->nhandlers;
  p.block = i == 0 ? s->orelse : s->finalbody;
  return p;
}
