/*
 * layout.c: the instance structs of classes.
 *
 * A Python instance keeps its attributes in a dict.  Most classes, though,
 * say in their methods which attributes their instances have: `self.x = x`
 * in __init__, `self.count += 1` in a method.  This pass collects those
 * names for each class and gives the class a Layout: one field per name,
 * in the order the methods assign them (__init__ first, then the others in
 * source order), after the fields of its first base when that base is a
 * class of the program the compiler can name.  emit.c declares the struct
 * (`struct Point__inst { YInstance inst; YValue x; YValue y; }`) and turns
 * `self.x` in a method of Point into a direct access to the field, guarded
 * at run time (yrt_field_get in yieldrt.h): the guard sends every case the
 * compiler could not see (self is not a Point, a subclass defines a
 * property `x`, the attribute is unset) down the generic lookup, so the
 * layout is an optimisation the program cannot observe, except through the
 * order of vars(obj), where the fields come first.
 *
 * What is a field:
 *   - a name stored as `self.NAME` (assignment, augmented assignment, `for`
 *     and `with ... as` targets, unpacking) in a method: a def directly in
 *     the class body, not a staticmethod or classmethod, whose first
 *     positional parameter (self) is never rebound or captured;
 *   - but not a name the class body or a known base's body binds (a method,
 *     a property, a class attribute: the class's binding must stay visible
 *     through the generic lookup), and not a dunder name.
 * A class whose first base the compiler cannot name (an expression, a
 * builtin exception) gets no layout; the runtime (yrt_class_new) drops a
 * layout whose bases disagree with it at run time.
 */
#include "yieldc.h"

#include <string.h>

static Module *mod;

/* The variable a name finally refers to: a global's module variable, a
 * free variable's cell. */
static Var *root_var(Var *v) {
  while (v && (v->kind == V_GLOBAL || v->kind == V_FREE) && v->outer) v = v->outer;
  return v;
}

static Func *known_class(Expr *e) {
  if (!e || e->kind != E_NAME || !e->var) return NULL;
  Var *v = root_var(e->var);
  if (!v || v->nbindings != 1 || v->ndeletes) return NULL;
  return v->cls;
}

static bool is_dunder(const char *n) {
  size_t len = strlen(n);
  return len > 4 && !strncmp(n, "__", 2) && !strcmp(n + len - 2, "__");
}

static bool has_field(const Layout *l, const char *name) {
  for (int i = 0; l && i < l->fields.len; i++)
    if (!strcmp(l->fields.items[i], name)) return true;
  return false;
}

/* Does the body of cls, or of a known class it derives from, bind name? */
static bool class_binds(Func *cls, const char *name) {
  for (; cls; cls = cls->layout ? (cls->layout->parent ? cls->layout->parent->cls : NULL) : NULL) {
    Var *v = sema_var(cls, name);
    if (v && v->nbindings) return true;
  }
  return false;
}

/* ---- finding the methods and their stores ------------------------------ */

static bool decorated_by(Stmt *def, const char *name) {
  for (int i = 0; i < def->ndecorators; i++) {
    Expr *d = def->decorators[i];
    if (d->kind == E_NAME && !strcmp(d->name, name)) return true;
  }
  return false;
}

/* The defs directly in a class body (inside its if/try blocks too). */
static void find_methods(Stmt *s, Vec *out) {
  for (; s; s = s->next) {
    if (s->kind == S_DEF) {
      vec_push(out, s);
      continue;
    }
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) find_methods(ast_stmt_part(s, i).block, out);
  }
}

static void add_field(Layout *l, Func *cls, const char *name) {
  if (is_dunder(name) || has_field(l, name) || class_binds(cls, name)) return;
  vec_push(&l->fields, (void *)name);
  l->nown++;
}

static void target_fields(Layout *l, Func *m, Expr *t) {
  switch (t->kind) {
  case E_ATTR:
    if (t->a->kind == E_NAME && t->a->var == m->self_var) add_field(l, m->self_class, t->name);
    break;
  case E_TUPLE:
  case E_LIST:
    for (int i = 0; i < t->nitems; i++) target_fields(l, m, ast_unstarred(t->items[i]));
    break;
  default: break;
  }
}

static void block_fields(Layout *l, Func *m, Stmt *s) {
  for (; s; s = s->next) {
    switch (s->kind) {
    case S_ASSIGN:
    case S_AUGASSIGN:
      for (int i = 0; i < s->ntargets; i++) target_fields(l, m, s->targets[i]);
      break;
    case S_FOR: target_fields(l, m, s->target); break;
    default: break;
    }
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) block_fields(l, m, ast_stmt_part(s, i).block);
  }
}

/* ---- one class ------------------------------------------------------------ */

static void class_layout(Func *cls, Stmt *cs) {
  if (cls->layout_done) return;
  cls->layout_done = true; /* a class deriving from itself finds no layout */
  Layout *parent = NULL;
  if (cs->nbases > 0) {
    Expr *b = cs->bases[0];
    Func *base = known_class(b);
    if (base) {
      class_layout(base, base->class_stmt);
      parent = base->layout;
    } else if (!(b->kind == E_NAME && b->var && b->var->kind == V_BUILTIN && !strcmp(b->name, "object"))) {
      return; /* a base the compiler cannot follow: instances keep a dict */
    }
  }
  Layout *l = arena_alloc(sizeof *l);
  memset(l, 0, sizeof *l);
  l->cls = cls;
  l->parent = parent;
  for (int i = 0; parent && i < parent->fields.len; i++) vec_push(&l->fields, parent->fields.items[i]);
  cls->layout = l; /* for class_binds along the chain */
  Vec defs = {0};
  find_methods(cls->body, &defs);
  /* __init__ first: that is where instances get their attributes first. */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < defs.len; i++) {
      Stmt *d = defs.items[i];
      Func *m = d->func;
      if (!m->self_var || (pass == 0) != !strcmp(m->name, "__init__")) continue;
      block_fields(l, m, m->body);
    }
  if (l->fields.len == 0) {
    cls->layout = NULL;
    return;
  }
  vec_push(&mod->layouts, l);
}

/* The methods of cls and their self: for the fields they store and use. */
static void class_methods(Func *cls) {
  Vec defs = {0};
  find_methods(cls->body, &defs);
  for (int i = 0; i < defs.len; i++) {
    Stmt *d = defs.items[i];
    Func *m = d->func;
    if (m->npos < 1 || decorated_by(d, "staticmethod") || decorated_by(d, "classmethod")) continue;
    Var *self = sema_var(m, m->params[0]);
    if (!self || self->kind != V_LOCAL || self->nbindings != 1 || self->ndeletes) continue;
    m->self_class = cls;
    m->self_var = self;
  }
}

/* ---- the module ----------------------------------------------------------- */

/* Every class statement, with the function it stands in. */
static void find_classes(Func *fn, Stmt *s, Vec *out) {
  for (; s; s = s->next) {
    if (s->kind == S_CLASS) {
      vec_push(out, s);
      Var *v = root_var(sema_var(fn, s->name));
      if (v && v->nbindings == 1 && !v->ndeletes) v->cls = s->func;
      s->func->class_stmt = s;
    }
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) find_classes(fn, ast_stmt_part(s, i).block, out);
  }
}

static void find_all_classes(Func *fn, Vec *out) {
  find_classes(fn, fn->body, out);
  for (int i = 0; i < fn->children.len; i++) find_all_classes(fn->children.items[i], out);
}

void layout_module(Module *m) {
  mod = m;
  Vec classes = {0};
  find_all_classes(m->main, &classes);
  for (int i = 0; i < classes.len; i++) {
    Stmt *cs = classes.items[i];
    class_methods(cs->func);
  }
  for (int i = 0; i < classes.len; i++) {
    Stmt *cs = classes.items[i];
    class_layout(cs->func, cs);
  }
}

Layout *layout_owner(Func *cls, const char *name) {
  Layout *owner = NULL;
  for (Layout *l = cls ? cls->layout : NULL; l; l = l->parent)
    if (has_field(l, name)) owner = l;
  return owner;
}
