/*
 * code.c: the C of a function as data: lines, labels, jumps, suspensions,
 * temporaries and failure checks; and the one printer that makes it text.
 *
 * emit.c walks the AST and calls these to build the body of each function.
 * Nothing here knows Python: this is the layer between the lowering and
 * the text, as Lua's lcode.c sits under lparser.c.
 *
 * A body is a list of tagged Lines (yieldc.h).  Every goto names a Label
 * object, so the targets of the jumps, the states a generator suspends at
 * and the paths exceptions take stay data until code_print writes them:
 *
 *   - code_finish drops what no path reaches (the fall-through return after
 *     a `goto return_;`, the jump back of a loop whose body always returns)
 *     and the labels no kept goto names (gcc's -Wunused-label);
 *   - code_print writes each line, with the #line directives that map every
 *     C line of a statement to its Python line and the scaffolding back to
 *     the .c (only where C's own line counting would be wrong); a
 *     CodePrinter does it a function at a time, and code_print_shift
 *     renumbers the directives back to the .c once the top of the file,
 *     printed last, is put in front;
 *   - states.c walks the same lines for the state diagrams and the page.
 *
 * Expressions compile to operands (Opnd): a C expression of type YValue,
 * borrowed (a variable, a constant) or owned by a numbered temporary.
 * Temporaries of a statement that contains a suspension point live in the
 * frame, the others are C locals.  Every runtime call that can fail is
 * followed by a check that releases the temporaries still live and jumps to
 * the innermost handler, which the stack of Blocks (pushed by emit.c) says.
 */
#include "yieldc.h"
#include "yieldrt.h" /* YWhy: the runtime's names for pending completions */

#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* Lines                                                                  */
/* ===================================================================== */

/* A function's lines, and the text only they use, come from its arena
 * (c->arena: emit.c releases it once they are printed). */
static Line *add(FuncCode *c, LineKind kind) {
  Line *l = arena_alloc_in(c->arena, sizeof *l);
  l->kind = kind;
  l->pyline = c->line;
  vec_push_in(c->arena, &c->lines, l);
  return l;
}

void code_out(FuncCode *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add(c, LN_CODE)->text = arena_vprintf_in(c->arena, fmt, ap);
  va_end(ap);
}

void code_comment(FuncCode *c, const char *text) { add(c, LN_COMMENT)->text = text; }

void code_return(FuncCode *c, const char *value, bool raise) {
  Line *l = add(c, LN_RETURN);
  l->text = value;
  l->raise = raise;
}

void code_text(Vec *lines, const char *text) {
  Line *l = arena_alloc(sizeof *l);
  l->kind = LN_TEXT;
  l->text = text;
  vec_push(lines, l);
}

/* ===================================================================== */
/* Labels and jumps                                                       */
/* ===================================================================== */

Label *code_new_label(FuncCode *c, const char *stem) {
  const char *name = stem;
  for (int n = 2; map_get(&c->label_names, name, strlen(name)); n++)
    name = arena_printf("%s_%d", stem, n);
  map_put(&c->label_names, name, strlen(name), (void *)name);
  Label *l = arena_alloc(sizeof *l);
  l->name = name;
  l->at = -1;
  return l;
}

void code_label(FuncCode *c, Label *l) { add(c, LN_LABEL)->label = l; }

static Line *goto_line(FuncCode *c, const char *test, Label *to) {
  Line *l = add(c, LN_GOTO);
  l->test = test;
  l->label = to;
  return l;
}

void code_jump(FuncCode *c, Label *to) { goto_line(c, NULL, to); }

void code_jump_if(FuncCode *c, const char *test, Label *to) { goto_line(c, test, to); }

Line *code_jump_pre(FuncCode *c, const char *test, const char *pre, Label *to, bool raise) {
  Line *l = goto_line(c, test, to);
  l->text = pre;
  l->raise = raise;
  return l;
}

/* The C name of a pending completion. */
static const char *why_name(int w) {
  static const char *const names[] = {"YW_NORMAL", "YW_RAISE", "YW_RETURN", "YW_BREAK", "YW_CONTINUE"};
  if (w < 0 || w > YW_CONTINUE) unreachable();
  return names[w];
}

void code_jump_why(FuncCode *c, const char *slot, int w, bool eq, Label *to) {
  Line *l = goto_line(c, arena_printf_in(c->arena, "%s %s %s", slot, eq ? "==" : "!=", why_name(w)), to);
  l->why = slot;
  l->why_is = w;
  l->why_eq = eq;
}

void code_set_why(FuncCode *c, const char *slot, int w, Label *then) {
  Line *l = add(c, LN_SETWHY);
  l->why = slot;
  l->why_is = w;
  l->label = then;
}

/* ===================================================================== */
/* Suspension                                                             */
/* ===================================================================== */

Label *code_new_state(FuncCode *c, const char *kind, int line) {
  if (!c->gen) unreachable();
  Label *l = code_new_label(c, arena_printf("%s_L%d", kind, line));
  l->role = LR_RESUME;
  GenState *st = arena_alloc(sizeof *st);
  st->label = l->name;
  st->kind = kind;
  st->line = line;
  st->resume = l;
  vec_push(&c->gc->states, st);
  l->state = c->gc->states.len;
  /* What clear() must release if the generator is dropped while here. */
  Buf live = {0};
  for (int i = 0; i < c->nlive; i++)
    buf_printf(&live, "yrt_clear(&%s); ", code_temp_c(c, c->live[i]));
  vec_push(&c->resume_live, arena_strdup(live.data ? live.data : ""));
  buf_free(&live);
  return l;
}

void code_suspend(FuncCode *c, Label *state) {
  if (c->susp_left == 0) unreachable(); /* emit.c counted too few */
  Line *l = add(c, LN_SUSPEND);
  l->state = state->state;
  l->gen = c->gc;
}

void code_resume_here(FuncCode *c, Label *state) {
  if (c->susp_left > 0) c->susp_left--;
  code_label(c, state);
  Line *l = c->lines.items[c->lines.len - 1];
  l->state = state->state;
  l->gen = c->gc;
}

const char *code_slot(FuncCode *c, const char *type, const char *stem, const char *init) {
  const char *name = arena_printf("%s_", code_new_label(c, stem)->name);
  const char *slot = name;
  if (c->gen) {
    buf_printf(&c->fields, "    %s %s;\n", type, name);
    if (!strcmp(type, "YValue")) vec_push(&c->value_slots, (void *)name);
    slot = arena_printf("f->%s", name);
  } else {
    buf_printf(&c->locals, "    %s %s = %s;\n", type, name, init);
  }
  if (c->inl && !strcmp(type, "YValue")) vec_push(&c->inl->slots, (void *)slot);
  return slot;
}

/* ===================================================================== */
/* Temporaries and operands                                               */
/* ===================================================================== */

static void live_push(FuncCode *c, int t) {
  if (c->nlive == c->caplive) {
    c->caplive = c->caplive ? 2 * c->caplive : 16;
    int *live = arena_alloc((size_t)c->caplive * sizeof *live);
    if (c->nlive) memcpy(live, c->live, (size_t)c->nlive * sizeof *live);
    c->live = live;
  }
  c->live[c->nlive++] = t;
}

/* A temp made before a suspension point of its statement may be live
 * across it, so it is a frame field; one made after the last (susp_left 0)
 * is released before the statement ends and is a C local, kept in a
 * register: `x = yield v` takes the sent value into a local, where a field
 * would be written and read back at once. */
int code_temp_new(FuncCode *c) {
  bool frame = c->gen && c->suspending && c->susp_left != 0;
  for (int i = 0; i < c->ntemps; i++) {
    if (!c->temps[i].busy && c->temps[i].frame == frame) {
      c->temps[i].busy = true;
      live_push(c, i);
      return i;
    }
  }
  if (c->ntemps == c->captemps) {
    c->captemps = c->captemps ? 2 * c->captemps : 16;
    Temp *temps = arena_alloc((size_t)c->captemps * sizeof *temps);
    if (c->ntemps) memcpy(temps, c->temps, (size_t)c->ntemps * sizeof *temps);
    c->temps = temps;
  }
  Temp *t = &c->temps[c->ntemps];
  t->frame = frame;
  t->busy = true;
  t->id = c->ntemps + 1;
  live_push(c, c->ntemps);
  return c->ntemps++;
}

const char *code_temp_c(FuncCode *c, int t) {
  return c->temps[t].frame ? arena_printf_in(c->arena, "f->t%d_", c->temps[t].id)
                           : arena_printf_in(c->arena, "t%d_", c->temps[t].id);
}

void code_temp_forget(FuncCode *c, int t) {
  c->temps[t].busy = false;
  /* Most often the newest, or (building a list) the oldest. */
  int i = c->nlive - 1;
  if (c->nlive && c->live[0] == t) i = 0;
  for (; i >= 0 && c->live[i] != t; i--) {}
  if (i < 0) unreachable();
  memmove(&c->live[i], &c->live[i + 1], (size_t)(c->nlive - i - 1) * sizeof(int));
  c->nlive--;
}

void code_temp_hide(FuncCode *c, int t) {
  code_temp_forget(c, t);
  c->temps[t].busy = true;
}

void code_temp_show(FuncCode *c, int t) { live_push(c, t); }

Opnd opnd_borrowed(const char *cexpr) { return (Opnd){cexpr, -1, false}; }
Opnd opnd_constant(const char *cexpr) { return (Opnd){cexpr, -1, true}; }

Opnd code_owned(FuncCode *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *value = arena_vprintf_in(c->arena, fmt, ap);
  va_end(ap);
  int t = code_temp_new(c);
  code_out(c, "%s = %s;", code_temp_c(c, t), value);
  return (Opnd){code_temp_c(c, t), t, false};
}

void code_release(FuncCode *c, Opnd o) {
  if (o.temp < 0) return;
  code_out(c, "yrt_decref(%s);", o.c);
  code_temp_forget(c, o.temp);
}

const char *code_take(FuncCode *c, Opnd o) {
  if (o.imm) return o.c;
  if (o.temp < 0) return arena_printf_in(c->arena, "yrt_incref(%s)", o.c);
  code_temp_forget(c, o.temp);
  return o.c;
}

Opnd code_own(FuncCode *c, Opnd o) {
  if (o.temp >= 0 || o.imm) return o;
  return code_owned(c, "yrt_incref(%s)", o.c);
}

/* ===================================================================== */
/* Failure checks                                                         */
/* ===================================================================== */

Label *code_error_target(FuncCode *c) {
  for (Block *b = c->block; b; b = b->up) {
    switch (b->kind) {
    case B_LOOP:
      if (!b->iter && !b->cleanup) continue;
      b->landing_used = true;
      return b->landing;
    case B_TRY: return b->handler;
    case B_TRY_FINALLY: return b->fin_raise;
    case B_HANDLER:
    case B_FINALLY:
    case B_INLINE:
      b->landing_used = true;
      return b->landing;
    }
  }
  return c->err;
}

void code_fail(FuncCode *c, const char *cond, const char *what, int keep) {
  Buf b = {0};
  if (*what) buf_printf(&b, "%s; ", what);
  for (int i = 0; i < c->nlive; i++)
    if (c->live[i] != keep) buf_printf(&b, "yrt_decref(%s); ", code_temp_c(c, c->live[i]));
  if (!c->reraise) buf_printf(&b, "%s; ", code_tb_add(c));
  if (b.len) b.data[--b.len] = 0; /* the last blank */
  code_jump_pre(c, cond, b.data ? arena_strndup_in(c->arena, b.data, b.len) : "", code_error_target(c), true);
  buf_free(&b);
}

void code_check(FuncCode *c, Opnd o) { code_fail(c, arena_printf_in(c->arena, "YIS_ERR(%s)", o.c), "", o.temp); }

void code_check_r(FuncCode *c) {
  c->used_r = true;
  code_fail(c, "r_ < 0", "", -1);
}

void code_raise_now(FuncCode *c, const char *call) { code_fail(c, NULL, call, -1); }

/* ===================================================================== */
/* Finishing: dead code and unused labels                                 */
/* ===================================================================== */

/* Can control go on from line l to the next line? */
static bool falls_through(const Line *l) {
  switch (l->kind) {
  case LN_GOTO: return l->test != NULL;
  case LN_SETWHY: return l->label == NULL;
  case LN_RETURN: return false;
  default: return true;
  }
}

/* Lines that carry the user's code are always kept (the C compiler sees
 * their code; its variables must stay used).  Others go when nothing
 * reaches them: the scaffolding, bare jumps and labels. */
static bool removable(const Line *l) {
  return l->pyline == 0 || l->kind == LN_LABEL || (l->kind == LN_GOTO && !l->test && !l->text);
}

void code_finish(FuncCode *c) {
  Vec *lines = &c->lines;
  int n = lines->len;
  /* Where each label is, for the walk. */
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    if (l->kind == LN_LABEL) l->label->at = i;
  }
  /* Reachability from the entry, the resume labels and the kept lines. */
  bool *seen = arena_alloc_in(c->arena, (size_t)(n + 1));
  int *work = arena_alloc_in(c->arena, (size_t)(n + 1) * sizeof *work);
  int nwork = 0;
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    if (i == 0 || !removable(l) || (l->kind == LN_LABEL && l->label->role == LR_RESUME)) {
      seen[i] = true;
      work[nwork++] = i;
    }
  }
  while (nwork) {
    int i = work[--nwork];
    Line *l = lines->items[i];
    if ((l->kind == LN_GOTO || l->kind == LN_SETWHY) && l->label && l->label->at >= 0 &&
        !seen[l->label->at]) {
      seen[l->label->at] = true;
      work[nwork++] = l->label->at;
    }
    if (falls_through(l) && i + 1 < n && !seen[i + 1]) {
      seen[i + 1] = true;
      work[nwork++] = i + 1;
    }
  }
  /* A function whose every exit is dead (a module ending in `while True:`)
   * still ends in a return, or the C compiler warns that it may not. */
  bool returns = false;
  int first_return = -1;
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    if (l->kind != LN_RETURN) continue;
    returns |= seen[i];
    if (first_return < 0) first_return = i;
  }
  if (!returns && first_return >= 0) seen[first_return] = true;
  /* Count the jumps that stay, then keep the lines reached and the labels named. */
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    if (l->label) l->label->njumps = 0;
  }
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    if (seen[i] && l->kind != LN_LABEL && l->label) l->label->njumps++;
  }
  int k = 0;
  for (int i = 0; i < n; i++) {
    Line *l = lines->items[i];
    l->dead = !seen[i];
    if (l->dead) continue;
    if (l->kind == LN_LABEL && l->label->njumps == 0 && l->label->role != LR_RESUME) continue;
    lines->items[k++] = l;
  }
  lines->len = k;
}

/* ===================================================================== */
/* Printing                                                               */
/* ===================================================================== */

/* Does this line hold a statement of C (which #line must number right)? */
static bool is_code(const Line *l) { return l->kind != LN_LABEL && l->kind != LN_COMMENT && l->kind != LN_TEXT; }

/* The text of one line (several lines for a multi-statement goto). */
static void print_line(Buf *b, const Line *l) {
  switch (l->kind) {
  case LN_FILE: return;
  case LN_TEXT: buf_puts(b, l->text); return;
  case LN_CODE: buf_cat(b, "    ", l->text, "\n", NULL); return;
  case LN_COMMENT: buf_cat(b, "    /* ", l->text, " */\n", NULL); return;
  case LN_LABEL: buf_cat(b, l->label->name, ":\n", NULL); return;
  case LN_RETURN: buf_cat(b, "    return ", l->text, ";\n", NULL); return;
  case LN_SUSPEND: {
    GenState *st = l->gen->states.items[l->state - 1];
    buf_cat(b, "    f->gen.label = ", st->cname, ";\n", NULL);
    return;
  }
  case LN_CASE: {
    GenState *st = l->gen->states.items[l->state - 1];
    buf_cat(b, "    case ", st->cname, ": goto ", l->label->name, ";\n", NULL);
    return;
  }
  case LN_SETWHY:
    buf_printf(b, "    %s = %s;", l->why, why_name(l->why_is));
    if (l->label) buf_printf(b, " goto %s;", l->label->name);
    buf_putc(b, '\n');
    return;
  case LN_GOTO:
    if (l->text && strchr(l->text, '\n')) {
      /* A block: `if (test) {`, its statements, the goto, `}`. */
      buf_printf(b, "    if (%s) {\n", l->test);
      for (const char *p = l->text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        buf_printf(b, "        %.*s\n", (int)n, p);
        p += n + (nl ? 1 : 0);
      }
      buf_printf(b, "        goto %s;\n    }\n", l->label->name);
    } else if (l->text && l->test) {
      buf_cat(b, "    if (", l->test, ") { ", l->text, *l->text ? " " : "", "goto ", l->label->name, "; }\n", NULL);
    } else if (l->text) {
      buf_cat(b, "    ", l->text, *l->text ? " " : "", "goto ", l->label->name, ";\n", NULL);
    } else if (l->test) {
      buf_cat(b, "    if (", l->test, ") goto ", l->label->name, ";\n", NULL);
    } else {
      buf_cat(b, "    goto ", l->label->name, ";\n", NULL);
    }
    return;
  }
  unreachable();
}

static int count_newlines(const char *s, size_t n) {
  int k = 0;
  for (size_t i = 0; i < n; i++) k += s[i] == '\n';
  return k;
}

const char *code_tb_add(const FuncCode *c) {
  if (c->tb_file) return arena_printf_in(c->arena, "yrt_tb_add_in(%s, %s, %d)", c->tb_file, c->tb_name, c->line);
  return arena_printf_in(c->arena, "yrt_tb_add(%s, %d)", c->tb_name, c->line);
}

/* `#line N "file"`, or `#line N` when the directive before named the file.
 * (Half the lines of the C are directives: no printf for them.) */
static void line_directive(Buf *out, int n, const char *path, const char **named) {
  char digits[16];
  int k = sizeof digits;
  digits[--k] = '\0';
  do digits[--k] = (char)('0' + n % 10);
  while ((n /= 10) > 0);
  buf_cat(out, "#line ", digits + k, NULL);
  if (*named != path) {
    buf_cat(out, " ", path, NULL);
    *named = path;
  }
  buf_putc(out, '\n');
}

void code_print_begin(CodePrinter *p, Buf *out, const CodePrint *opt, Vec *map) {
  *p = (CodePrinter){.opt = opt, .out = out, .map = map, .at = 1, .py_path = opt->py_path};
}

void code_print_lines(CodePrinter *p, Vec *lines) {
  Buf *out = p->out;
  for (int i = 0; i < lines->len; i++) {
    Line *l = lines->items[i];
    if (l->kind == LN_FILE) {
      p->py_path = l->text;
      p->new_file = true; /* the next Python line names its file */
      continue;
    }
    if (p->opt->line_directives) {
      if (l->pyline && is_code(l) && (p->new_file || !(p->in_py && p->counted == l->pyline))) {
        p->new_file = false;
        line_directive(out, l->pyline, p->py_path, &p->named);
        p->at++;
        p->counted = l->pyline;
        p->in_py = true;
      } else if (!l->pyline && p->in_py && l->kind != LN_LABEL) {
        if (p->fixups) {
          CodeFixup f = {out->len + 6 /* "#line " */, 0, p->at + 1};
          for (int n = f.line; n; n /= 10) f.len++;
          buf_putn(p->fixups, (const char *)&f, sizeof f);
        }
        line_directive(out, p->at + 1, p->opt->c_path, &p->named);
        p->at++;
        p->in_py = false;
      }
    }
    size_t start = out->len;
    print_line(out, l);
    int n = count_newlines(out->data + start, out->len - start);
    p->at += n;
    p->counted += n;
    if (p->map)
      for (int k = 0; k < n; k++) vec_push(p->map, l);
  }
}

void code_print(Buf *out, Vec *lines, const CodePrint *opt, Vec *map) {
  CodePrinter p;
  code_print_begin(&p, out, opt, map);
  code_print_lines(&p, lines);
}

void code_print_shift(Buf *text, const Buf *fixups, int shift, const char *head, size_t headlen) {
  const CodeFixup *f = (const CodeFixup *)fixups->data;
  size_t nf = fixups->len / sizeof *f;
  /* The length it grows by, then the pieces moved up from the last. */
  size_t grow = headlen;
  for (size_t i = 0; i < nf; i++) {
    int len = 0;
    for (int n = f[i].line + shift; n; n /= 10) len++;
    grow += (size_t)(len - f[i].len);
  }
  size_t end = text->len; /* the end of the piece still to move */
  buf_putn(text, head, headlen); /* bytes to be overwritten */
  for (size_t k = headlen; k < grow; k++) buf_putc(text, ' ');
  char *d = text->data;
  size_t to = end + grow;
  for (size_t i = nf; i-- > 0;) {
    size_t after = f[i].at + (size_t)f[i].len;
    to -= end - after;
    memmove(d + to, d + after, end - after);
    char digits[16];
    int len = snprintf(digits, sizeof digits, "%d", f[i].line + shift);
    to -= (size_t)len;
    memcpy(d + to, digits, (size_t)len);
    end = f[i].at;
  }
  to -= end;
  memmove(d + to, d, end);
  if (to != headlen) unreachable();
  memcpy(d, head, headlen);
}
