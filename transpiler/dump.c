/*
 * dump.c: the AST as S-expressions, for --dump-ast.
 *
 * One statement per line, indented by its depth; expressions on the line of
 * their statement, except the functions of comprehensions, which start their
 * own lines.  Names stand for themselves, literals are written as Python
 * would (strings with C-style escapes), `_` marks an absent operand:
 *
 *     (module
 *       (def count_up_to (limit)
 *         (assign n = 0)
 *         (while (compare n < limit)
 *           (body
 *             (expr (yield n))
 *             (augassign n += 1)))))
 *
 * The output is what the parser built, before sema: it is for tests and for
 * people reading what yieldc made of their program.
 */
#include <string.h>

#include "yieldc.h"

static const char *dump_op(Op op) {
  static const char *names[] = {"+",  "-",  "*",  "/",  "//", "%",  "**", "<<", ">>", "&", "|", "^",
                                "-",  "+",  "~",  "not", "and", "or", "<",  "<=", "==", "!=", ">",  ">=",
                                "in", "not in", "is", "is not"};
  return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

/* One byte of a string's text, escaped for the dump. */
static void dump_str_byte(FILE *out, unsigned char c) {
  if (c == '"' || c == '\\')
    fprintf(out, "\\%c", c);
  else if (c == '\n')
    fputs("\\n", out);
  else if (c == '\t')
    fputs("\\t", out);
  else if (c == '\r')
    fputs("\\r", out);
  else if (c < 0x20 || c == 0x7F)
    fprintf(out, "\\x%02x", c);
  else
    fputc(c, out);
}

static void dump_str(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) dump_str_byte(out, (unsigned char)s[i]);
  fputc('"', out);
}

static void dump_stmts(FILE *out, Stmt *s, int ind);
static void dump_func(FILE *out, Func *f, int ind);

static void dump_expr(FILE *out, Expr *e, int ind) {
  if (!e) {
    fputs("_", out);
    return;
  }
  switch (e->kind) {
  case E_NAME: fputs(e->name, out); return;
  case E_NONE: fputs("None", out); return;
  case E_TRUE: fputs("True", out); return;
  case E_FALSE: fputs("False", out); return;
  case E_INT:
    if (e->bigval)
      fputs(e->bigval, out);
    else
      fprintf(out, "%lld", (long long)e->ival);
    return;
  case E_FLOAT: {
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", e->fval);
    if (!strpbrk(buf, ".eni"))
      strcat(buf, ".0");
    fputs(buf, out);
    return;
  }
  case E_STR: dump_str(out, e->str, e->len); return;
  case E_BYTES: /* b"...", the bytes past ASCII as \xhh */
    fputs("b\"", out);
    for (size_t i = 0; i < e->len; i++) {
      unsigned char c = (unsigned char)e->str[i];
      if (c >= 0x80)
        fprintf(out, "\\x%02x", c);
      else
        dump_str_byte(out, c);
    }
    fputc('"', out);
    return;
  case E_FSTRING:
    fputs("(fstring", out);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_FORMAT:
    fputs("(format ", out);
    dump_expr(out, e->a, ind);
    if (e->conv)
      fprintf(out, " !%c", e->conv);
    if (e->b) {
      fputc(' ', out);
      dump_expr(out, e->b, ind);
    }
    fputc(')', out);
    return;
  case E_BINOP:
  case E_BOOLOP:
    fprintf(out, "(%s%s ", e->kind == E_BINOP ? "binop " : "", dump_op(e->op));
    dump_expr(out, e->a, ind);
    fputc(' ', out);
    dump_expr(out, e->b, ind);
    fputc(')', out);
    return;
  case E_UNARY:
    fprintf(out, "(%s ", e->op == OP_NOT ? "not" : e->op == OP_NEG ? "neg" : e->op == OP_POS ? "pos" : "invert");
    dump_expr(out, e->a, ind);
    fputc(')', out);
    return;
  case E_COMPARE:
    fputs("(compare ", out);
    dump_expr(out, e->a, ind);
    for (int i = 0; i < e->nitems; i++) {
      fprintf(out, " %s ", dump_op(e->ops[i]));
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_IFEXP:
    fputs("(ifexp ", out);
    dump_expr(out, e->b, ind);
    fputs(" if ", out);
    dump_expr(out, e->a, ind);
    fputs(" else ", out);
    dump_expr(out, e->c, ind);
    fputc(')', out);
    return;
  case E_CALL:
    fputs("(call ", out);
    dump_expr(out, e->a, ind);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    for (int i = 0; i < e->nkw; i++) {
      fprintf(out, " (kw %s ", e->kwnames[i]);
      dump_expr(out, e->kwvalues[i], ind);
      fputc(')', out);
    }
    fputc(')', out);
    return;
  case E_ATTR:
    fputs("(attr ", out);
    dump_expr(out, e->a, ind);
    fprintf(out, " %s)", e->name);
    return;
  case E_SUBSCRIPT:
  case E_SLICE:
    fputs(e->kind == E_SUBSCRIPT ? "(subscript " : "(slice ", out);
    dump_expr(out, e->a, ind);
    fputc(' ', out);
    dump_expr(out, e->b, ind);
    if (e->kind == E_SLICE) {
      fputc(' ', out);
      dump_expr(out, e->c, ind);
    }
    fputc(')', out);
    return;
  case E_LIST:
  case E_TUPLE:
  case E_DICT:
  case E_SET:
    fputs(e->kind == E_LIST ? "(list" : e->kind == E_TUPLE ? "(tuple" : e->kind == E_SET ? "(set" : "(dict", out);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_SETCOMP:
  case E_GENEXP:
    fputs(e->kind == E_LISTCOMP   ? "(listcomp "
          : e->kind == E_DICTCOMP ? "(dictcomp "
          : e->kind == E_SETCOMP  ? "(setcomp "
                                  : "(genexp ",
          out);
    dump_expr(out, e->first_iter, ind);
    dump_func(out, e->func, ind + 2);
    fputc(')', out);
    return;
  case E_LAMBDA:
    fputs("(lambda (", out);
    for (int i = 0; i < e->func->nparams; i++)
      fprintf(out, "%s%s", i ? " " : "", e->func->params[i]);
    fputs(") ", out);
    dump_expr(out, e->func->body->value, ind);
    fputc(')', out);
    return;
  case E_NAMED:
    fputs("(:= ", out);
    dump_expr(out, e->a, ind);
    fputc(' ', out);
    dump_expr(out, e->b, ind);
    fputc(')', out);
    return;
  case E_RTCALL:
    fprintf(out, "(yrt_%s", e->name);
    for (int i = 0; i < e->nitems; i++) {
      fputc(' ', out);
      dump_expr(out, e->items[i], ind);
    }
    fputc(')', out);
    return;
  case E_STARRED:
    fputs("(* ", out);
    dump_expr(out, e->a, ind);
    fputc(')', out);
    return;
  case E_YIELD:
  case E_YIELD_FROM:
  case E_AWAIT:
  case E_ASYNC_YIELD_FROM:
    fputs(e->kind == E_YIELD        ? "(yield"
          : e->kind == E_YIELD_FROM ? "(yield-from"
          : e->kind == E_AWAIT      ? "(await"
                                    : "(async-yield-from",
          out);
    if (e->a) {
      fputc(' ', out);
      dump_expr(out, e->a, ind);
    }
    fputc(')', out);
    return;
  }
  unreachable();
}

/* A function inside an expression: on its own lines. */
static void dump_func(FILE *out, Func *f, int ind) {
  fprintf(out, "\n%*s(func %s (", ind, "", f->name);
  for (int i = 0; i < f->nparams; i++)
    fprintf(out, "%s%s", i ? " " : "", f->params[i]);
  fputc(')', out);
  dump_stmts(out, f->body, ind + 2);
  fputc(')', out);
}

static void dump_block(FILE *out, const char *head, Stmt *body, int ind) {
  fprintf(out, "\n%*s(%s", ind, "", head);
  dump_stmts(out, body, ind + 2);
  fputc(')', out);
}

static void dump_stmt(FILE *out, Stmt *s, int ind) {
  fprintf(out, "\n%*s", ind, "");
  switch (s->kind) {
  case S_EXPR:
    fputs("(expr ", out);
    dump_expr(out, s->value, ind);
    break;
  case S_ASSIGN:
    fputs("(assign", out);
    for (int i = 0; i < s->ntargets; i++) {
      fputc(' ', out);
      dump_expr(out, s->targets[i], ind);
    }
    fputs(" = ", out);
    dump_expr(out, s->value, ind);
    break;
  case S_AUGASSIGN:
    fputs("(augassign ", out);
    dump_expr(out, s->targets[0], ind);
    fprintf(out, " %s= ", dump_op(s->op));
    dump_expr(out, s->value, ind);
    break;
  case S_PASS: fputs("(pass", out); break;
  case S_BREAK: fputs("(break", out); break;
  case S_CONTINUE: fputs("(continue", out); break;
  case S_RETURN:
    fputs("(return", out);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    break;
  case S_IF:
  case S_WHILE:
    fputs(s->kind == S_IF ? "(if " : "(while ", out);
    dump_expr(out, s->test, ind);
    dump_block(out, "body", s->body, ind + 2);
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    break;
  case S_FOR:
    fputs(s->is_async ? "(async-for " : "(for ", out);
    dump_expr(out, s->target, ind);
    fputs(" in ", out);
    dump_expr(out, s->iter, ind);
    dump_block(out, "body", s->body, ind + 2);
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    break;
  case S_TRY:
    fputs("(try", out);
    dump_block(out, "body", s->body, ind + 2);
    for (int i = 0; i < s->nhandlers; i++) {
      Handler *h = s->handlers[i];
      fprintf(out, "\n%*s(except ", ind + 2, "");
      dump_expr(out, h->type, ind + 2);
      if (h->name)
        fprintf(out, " as %s", h->name);
      dump_stmts(out, h->body, ind + 4);
      fputc(')', out);
    }
    if (s->orelse)
      dump_block(out, "else", s->orelse, ind + 2);
    if (s->finalbody)
      dump_block(out, "finally", s->finalbody, ind + 2);
    break;
  case S_RAISE:
    fputs("(raise", out);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    if (s->cause) {
      fputs(" from ", out);
      dump_expr(out, s->cause, ind);
    }
    break;
  case S_ASSERT:
    fputs("(assert ", out);
    dump_expr(out, s->test, ind);
    if (s->value) {
      fputc(' ', out);
      dump_expr(out, s->value, ind);
    }
    break;
  case S_DEL:
    fputs("(del", out);
    for (int i = 0; i < s->ntargets; i++) {
      fputc(' ', out);
      dump_expr(out, s->targets[i], ind);
    }
    break;
  case S_GLOBAL:
  case S_NONLOCAL:
    fputs(s->kind == S_GLOBAL ? "(global" : "(nonlocal", out);
    for (int i = 0; i < s->nnames; i++)
      fprintf(out, " %s", s->names[i]);
    break;
  case S_DEF:
    fprintf(out, "(%s %s (", s->func->is_async ? "async-def" : "def", s->func->name);
    for (int i = 0; i < s->func->nparams; i++)
      fprintf(out, "%s%s", i ? " " : "", s->func->params[i]);
    fputc(')', out);
    dump_stmts(out, s->func->body, ind + 2);
    break;
  case S_CLASS:
    fprintf(out, "(class %s (", s->name);
    for (int i = 0; i < s->nbases; i++) {
      if (i) fputc(' ', out);
      dump_expr(out, s->bases[i], ind);
    }
    fputc(')', out);
    dump_stmts(out, s->func->body, ind + 2);
    break;
  case S_WITH:
    fputs(s->is_async ? "(async-with" : "(with", out);
    dump_stmts(out, s->body, ind + 2);
    break;
  case S_IMPORT:
    if (s->attr)
      fprintf(out, "(from %s import %s as %s", s->module, s->attr, s->name);
    else
      fprintf(out, "(import %s as %s", s->module, s->name);
    break;
  }
  fputc(')', out);
}

static void dump_stmts(FILE *out, Stmt *s, int ind) {
  for (; s; s = s->next)
    dump_stmt(out, s, ind);
}

void dump_module(FILE *out, Module *m) {
  fputs("(module", out);
  dump_stmts(out, m->main->body, 2);
  fputs(")\n", out);
}
