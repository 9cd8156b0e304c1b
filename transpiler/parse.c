/*
 * parse.c: Python source -> yieldc's AST, by way of tree-sitter-python.
 *
 * This is the only file that sees tree-sitter.  It works in three steps:
 *
 * 1. scan.c checks the raw text as CPython's tokenizer would and makes the
 *    copy tree-sitter parses (with PEP 828's `async yield from` rewritten;
 *    scan.c's top comment tells how).
 *
 * 2. tree-sitter parses that text; parse_check_syntax reports the first
 *    ERROR or MISSING node, or a line break tree-sitter skipped where
 *    CPython ends the logical line, or the scan's error if it comes first.
 *
 * 3. The conversion functions, one per grammar rule, each preceded by the
 *    rule in a comment (Lua style), build the AST from the concrete tree.
 *    Each returns a complete node.  They report what CPython's parser
 *    reports (a syntax error: an invalid target, a repeated keyword
 *    argument, a malformed literal, ...) and nothing else.  What the grammar
 *    accepts but yieldc does not compile (a `with`, a default parameter
 *    value, a set display, ...) is not an error here: the node records it
 *    (Expr, Stmt or Handler .unsupported; see UnsupportedKind in yieldc.h)
 *    and sema_check reports it, together with the errors that depend on
 *    where a construct stands ('yield' outside function, 'break' outside
 *    loop, ...), which CPython's compiler reports after its parser.  So every
 *    syntax error in a file comes before any of those, as in CPython.
 *
 * Comprehensions become functions here (see E_LISTCOMP in yieldc.h for the
 * exact shape): CPython compiles them the same way, and it leaves sema and
 * emit nothing special to do beyond calling the function with
 * iter(first_iter).
 *
 * Positions are node start points: line = row + 1, col = column + 1, in
 * bytes.  All memory is arena memory; tree-sitter's own is freed at the end.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <tree_sitter/api.h>

#include "yieldc.h"

const TSLanguage *tree_sitter_python(void);

enum {
  MAX_EXPR_DEPTH = 1000 /* keeps this file, sema and emit off the stack's end */
};

typedef struct Parser {
  Scan scan;       /* the source, its lines, the text tree-sitter parses */
  const char *src; /* the user's text (scan.src) */
  size_t len;
  Module *mod;
  Func *func;      /* the function whose body is being built */
  int depth;       /* expression nesting, against MAX_EXPR_DEPTH */
  int nwith;       /* with items lowered so far: their hidden variables are numbered */
  int spec_depth;  /* f-string format specs being parsed, one inside another */
  struct ConstSet *const_sets; /* the frozenset constants so far (parse_const_set) */
  bool future_ok;  /* a `from __future__ import` may come here: nothing but a docstring and such imports so far */
  /* Scratch space for Kids: a stack, popped when parse_expr and parse_stmt return. */
  char *scratch;
  size_t scratch_used, scratch_cap;
} Parser;

enum { SCRATCH_SIZE = 1 << 20 };

/* ===================================================================== */
/* Positions and small helpers                                            */
/* ===================================================================== */

static Pos parse_pos(TSNode n) {
  TSPoint pt = ts_node_start_point(n);
  return (Pos){(int)pt.row + 1, (int)pt.column + 1};
}

/* The position of a byte offset. */
static Pos parse_pos_at(Parser *p, size_t off) { return scan_pos_at(&p->scan, off); }

#define ERR(node, ...) diag_error(parse_pos(node), __VA_ARGS__)

/* Record a construct outside the subset, for sema (see UnsupportedKind). */
const Unsupported *parse_unsupported(UnsupportedKind kind, Pos pos, const char *name) {
  Unsupported *u = arena_alloc(sizeof *u);
  u->kind = kind;
  u->pos = pos;
  u->name = name;
  return u;
}

static bool parse_is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }

/* A child by field name.  tree-sitter finds a field's id by comparing the
 * name with every field's: the ids are kept here, by the name's address
 * (each call site passes a literal), so that each name is looked up once. */
static TSNode parse_field(TSNode n, const char *name) {
  static struct {
    const char *name;
    TSFieldId id;
  } cache[128];
  size_t h = ((uintptr_t)name >> 3) % (sizeof cache / sizeof cache[0]);
  for (size_t i = 0; i < sizeof cache / sizeof cache[0]; i++, h = (h + 1) % (sizeof cache / sizeof cache[0])) {
    if (cache[h].name == name)
      return ts_node_child_by_field_id(n, cache[h].id);
    if (!cache[h].name) {
      TSFieldId id = ts_language_field_id_for_name(ts_node_language(n), name, (uint32_t)strlen(name));
      if (!id)
        break; /* no such field: tree-sitter's answer, uncached */
      cache[h].name = name;
      cache[h].id = id;
      return ts_node_child_by_field_id(n, id);
    }
  }
  return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name));
}

static const char *parse_src(Parser *p, TSNode n, size_t *len) {
  uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
  *len = e - s;
  return p->src + s;
}

static char *parse_text(Parser *p, TSNode n) {
  size_t len;
  const char *s = parse_src(p, n, &len);
  return arena_strndup(s, len);
}

/* A node's children, without comments and line continuations. */
typedef struct Kids {
  TSNode *node;
  const char **field;
  int n;
} Kids;

/* Short-lived memory: from the scratch stack, or the arena when it is full. */
static void *parse_scratch(Parser *p, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (!p->scratch) {
    p->scratch = malloc(SCRATCH_SIZE);
    if (!p->scratch)
      diag_fatal("out of memory");
    p->scratch_cap = SCRATCH_SIZE;
  }
  if (size > p->scratch_cap - p->scratch_used)
    return arena_alloc(size);
  void *r = p->scratch + p->scratch_used;
  p->scratch_used += size;
  return r;
}

static Kids parse_kids(Parser *p, TSNode n) {
  uint32_t count = ts_node_child_count(n);
  Kids k = {parse_scratch(p, sizeof(TSNode) * (count + 1)), parse_scratch(p, sizeof(char *) * (count + 1)), 0};
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      TSNode ch = ts_tree_cursor_current_node(&c);
      if (ts_node_is_extra(ch))
        continue;
      k.node[k.n] = ch;
      k.field[k.n] = ts_tree_cursor_current_field_name(&c);
      k.n++;
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return k;
}

/* Only the named children (no punctuation, keywords, comments). */
static Kids parse_named_kids(Parser *p, TSNode n) {
  Kids k = parse_kids(p, n);
  int j = 0;
  for (int i = 0; i < k.n; i++)
    if (ts_node_is_named(k.node[i])) {
      k.node[j] = k.node[i];
      k.field[j] = k.field[i];
      j++;
    }
  k.n = j;
  return k;
}

static bool parse_has_token(Parser *p, TSNode n, const char *tok) {
  size_t mark = p->scratch_used;
  Kids k = parse_kids(p, n);
  bool found = false;
  for (int i = 0; i < k.n && !found; i++)
    found = !ts_node_is_named(k.node[i]) && parse_is(k.node[i], tok);
  p->scratch_used = mark;
  return found;
}

/* An identifier; tree-sitter also lets the keywords async and await through. */
/* Private name mangling, as CPython's compiler does it: inside a class
 * (its body and the functions in it), `__x` that does not end in `__`
 * becomes `_Class__x`, with the class name's leading underscores dropped. */
static char *parse_mangle(Parser *p, char *name) {
  size_t n = strlen(name);
  if (n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_')) return name;
  const Func *f = p->func;
  while (f && f->kind != F_CLASS) f = f->parent;
  if (!f) return name;
  const char *cls = f->name;
  while (*cls == '_') cls++;
  if (!*cls) return name;
  return arena_printf("_%s%s", cls, name);
}

/* An identifier (mangled inside a class); keyword argument names use
 * parse_ident_raw, since CPython does not mangle them. */
static char *parse_ident_raw(Parser *p, TSNode n) {
  char *name = parse_text(p, n);
  if (strcmp(name, "async") == 0 || strcmp(name, "await") == 0)
    ERR(n, "invalid syntax");
  return name;
}
static char *parse_ident(Parser *p, TSNode n) { return parse_mangle(p, parse_ident_raw(p, n)); }

Expr *parse_new_expr(ExprKind kind, Pos pos) {
  Expr *e = arena_alloc(sizeof *e);
  e->kind = kind;
  e->pos = pos;
  return e;
}

static Stmt *parse_new_stmt(StmtKind kind, Pos pos) {
  Stmt *s = arena_alloc(sizeof *s);
  s->kind = kind;
  s->pos = pos;
  return s;
}

/* An E_NONE standing in for an expression outside the subset, at pos. */
static Expr *parse_unsupported_expr(Pos pos, UnsupportedKind kind, Pos where, const char *name) {
  Expr *e = parse_new_expr(E_NONE, pos);
  e->unsupported = parse_unsupported(kind, where, name);
  return e;
}

/* An S_PASS standing in for a statement outside the subset, at pos. */
static Stmt *parse_unsupported_stmt(Pos pos, UnsupportedKind kind) {
  Stmt *s = parse_new_stmt(S_PASS, pos);
  s->unsupported = parse_unsupported(kind, pos, NULL);
  return s;
}

static Expr *parse_name_expr(const char *name, Pos pos) {
  Expr *e = parse_new_expr(E_NAME, pos);
  e->name = name;
  return e;
}

/* Copy a Vec of Expr* into a typed array. */
static Expr **parse_exprs(Vec *v) {
  Expr **a = arena_alloc(sizeof(Expr *) * (size_t)(v->len + 1));
  for (int i = 0; i < v->len; i++)
    a[i] = v->items[i];
  return a;
}

/* ===================================================================== */
/* Step 2: syntax errors                                                  */
/* ===================================================================== */

/*
 * The commonest slip, a compound statement's header without its ':', comes
 * back from tree-sitter as an ERROR holding the header's tokens and more.
 * Say "expected ':'" after the header's last token, as CPython does.
 */
static void parse_check_header_colon(Parser *p, TSNode err) {
  static const char *const heads[] = {"def", "class", "if", "elif", "else", "while", "for",
                                      "try", "except", "finally", "with"};
  uint32_t n = ts_node_child_count(err);
  uint32_t i = 0;
  if (i < n && parse_is(ts_node_child(err, i), "async"))
    i++;
  if (i >= n || ts_node_is_named(ts_node_child(err, i)))
    return;
  const char *kw = ts_node_type(ts_node_child(err, i));
  bool is_head = false;
  for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
    is_head |= strcmp(kw, heads[h]) == 0;
  if (!is_head)
    return;
  uint32_t line = ts_node_start_point(ts_node_child(err, i)).row;
  TSNode last = ts_node_child(err, i);
  for (; i < n; i++) {
    TSNode c = ts_node_child(err, i);
    if (ts_node_start_point(c).row != line)
      break;
    if (parse_is(c, ":") || ts_node_is_error(c) || ts_node_is_missing(c))
      return;
    last = c;
  }
  if (i == n)
    return; /* nothing after the header: not a missing colon */
  TSPoint end = ts_node_end_point(last);
  (void)p;
  diag_error((Pos){(int)end.row + 1, (int)end.column + 1}, "expected ':'");
}

/*
 * tree-sitter-python's scanner produces a NEWLINE only where the grammar can
 * take one; anywhere else it skips the line break as white space, so that
 * `y = x -` followed by a line `1` parses as one statement `y = x - 1`.
 * CPython's tokenizer ends the logical line at every line break outside
 * brackets (scan.c lists them: Scan.newlines), and its parser then fails on
 * the NEWLINE token.  So: between two consecutive tokens of the tree, a
 * logical line may end only if the second token starts a statement, or a
 * clause (else, elif, except, finally, case), or a decorated definition's
 * part; anywhere else that NEWLINE is CPython's "invalid syntax".
 *
 * parse_check_newlines returns the offset of the first such NEWLINE, or
 * SIZE_MAX.  One walk over the tree in document order.  A node starts a statement when
 * its parent is a module, block or decorated_definition, when it is a
 * clause, or when it is the first child of a node that does.
 */
static bool parse_kids_start(TSNode n) {
  return parse_is(n, "module") || parse_is(n, "block") || parse_is(n, "decorated_definition");
}

static bool parse_is_clause(TSNode n) {
  static const char *const clauses[] = {"else_clause",   "elif_clause",    "except_clause",
                                        "except_group_clause", "finally_clause", "case_clause"};
  for (size_t i = 0; i < sizeof clauses / sizeof clauses[0]; i++)
    if (parse_is(n, clauses[i]))
      return true;
  return false;
}

static size_t parse_check_newlines(Parser *p, TSNode root) {
  const size_t *nl = p->scan.newlines;
  int nn = p->scan.nnewlines, k = 0;
  if (nn == 0)
    return SIZE_MAX;
  /* Per level of the walk: does the node start a statement, do all its
   * children, has it had a (non-extra) child yet. */
  int cap = 64, depth = 0;
  struct Level {
    bool starts, kids_start, had_kid;
  } *lv = malloc(sizeof *lv * (size_t)cap);
  if (!lv)
    diag_fatal("out of memory");
  lv[0] = (struct Level){true, parse_kids_start(root), false};
  bool have_prev = false;
  uint32_t prev_end = 0;
  size_t bad = SIZE_MAX;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    bool leaf = ts_node_child_count(n) == 0, skip = false;
    if (!ts_node_is_extra(n)) {
      while (k < nn && nl[k] < prev_end)
        k++;
      if (leaf) {
        if (have_prev && k < nn && nl[k] < ts_node_start_byte(n) && !lv[depth].starts) {
          bad = nl[k];
          break;
        }
        have_prev = true;
        prev_end = ts_node_end_byte(n);
      } else if (k == nn || nl[k] >= ts_node_end_byte(n)) {
        /* No NEWLINE from the last token to this node's end: none between
         * any two of its tokens either, so they pass without a visit (most
         * expressions: the walk comes to about a visit per line).  The
         * node's end stands for its last token's. */
        have_prev = true;
        prev_end = ts_node_end_byte(n);
        skip = true;
      }
    }
    if (!skip && ts_tree_cursor_goto_first_child(&c)) {
      if (depth + 1 == cap) {
        cap *= 2;
        struct Level *l = realloc(lv, sizeof *lv * (size_t)cap);
        if (!l)
          diag_fatal("out of memory");
        lv = l;
      }
      lv[depth + 1] = (struct Level){false, false, false};
      depth++;
    } else {
      bool more = true;
      while (more && !ts_tree_cursor_goto_next_sibling(&c)) {
        more = ts_tree_cursor_goto_parent(&c);
        depth--;
      }
      if (!more)
        break;
    }
    /* The cursor is on a new node at depth (a first child or a sibling). */
    TSNode m = ts_tree_cursor_current_node(&c);
    struct Level *up = &lv[depth - 1];
    bool first = !up->had_kid && !ts_node_is_extra(m);
    if (!ts_node_is_extra(m))
      up->had_kid = true;
    lv[depth] = (struct Level){up->kids_start || parse_is_clause(m) || (first && up->starts), parse_kids_start(m),
                               false};
  }
  ts_tree_cursor_delete(&c);
  free(lv);
  return bad;
}

/*
 * Report the first ERROR or MISSING node in document order or, in a tree
 * without them, a NEWLINE where none fits (as above), or the scan's error.
 * The scan's error wins unless the other is on an earlier line than the
 * one the scan's error belongs to: tree-sitter places an ERROR at the start
 * of the broken statement, before an unclosed bracket, while CPython's
 * parser would only fail earlier if an earlier line were wrong.
 */
static void parse_check_syntax(Parser *p, TSNode root) {
  TSNode bad = root;
  bool found = false;
  if (ts_node_has_error(root)) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
      TSNode n = ts_tree_cursor_current_node(&c);
      if (ts_node_is_missing(n) || ts_node_is_error(n)) {
        bad = n;
        found = true;
        break;
      }
      if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c))
        continue;
      bool more = true;
      while (more && !ts_tree_cursor_goto_next_sibling(&c))
        more = ts_tree_cursor_goto_parent(&c);
      if (!more) {
        found = true; /* has_error but no node: report the root */
        break;
      }
    }
    ts_tree_cursor_delete(&c);
  }
  /* A NEWLINE where none fits (in a tree without ERROR nodes: their
   * shape says nothing about where statements start). */
  size_t nl = found ? SIZE_MAX : parse_check_newlines(p, root);
  if (nl != SIZE_MAX) {
    Pos at = parse_pos_at(p, nl);
    if (!p->scan.msg || at.line < p->scan.anchor)
      diag_error(at, "invalid syntax");
  }
  if (p->scan.msg && (!found || parse_pos(bad).line >= p->scan.anchor))
    diag_error(p->scan.pos, "%s", p->scan.msg);
  if (!found)
    return;
  if (ts_node_is_missing(bad) && !ts_node_is_named(bad))
    ERR(bad, "expected '%s'", ts_node_type(bad));
  if (ts_node_is_error(bad)) {
    parse_check_header_colon(p, bad);
    /* `f(x for x in a if c,)`, `f(x for x in a if c, 1)`: a comma after an
     * if clause of a call's sole generator expression, which needed
     * parentheses (after a for clause, parse_comprehension finds it) */
    TSNode up = ts_node_parent(bad);
    if (parse_is(up, "if_clause"))
      up = ts_node_parent(up);
    if (parse_is(up, "generator_expression") && parse_is(ts_node_parent(up), "call"))
      for (uint32_t i = 0; i < ts_node_child_count(bad); i++)
        if (parse_is(ts_node_child(bad, i), ","))
          ERR(ts_node_child(bad, i), "Generator expression must be parenthesized");
    /* `f(a, x for x in g)`: an expression, then `for` (which tree-sitter
     * reads as a name here) among other arguments */
    if (parse_is(up, "argument_list"))
      for (uint32_t i = 1; i < ts_node_child_count(bad); i++) {
        size_t n;
        const char *w = parse_src(p, ts_node_child(bad, i), &n);
        if (n == 3 && !memcmp(w, "for", 3) && ts_node_is_named(ts_node_child(bad, i - 1)))
          ERR(bad, "Generator expression must be parenthesized");
      }
  }
  ERR(bad, "invalid syntax");
}

/* ===================================================================== */
/* Step 3: the conversion                                                 */
/* ===================================================================== */

static Expr *parse_expr(Parser *p, TSNode n);
static Stmt *parse_stmt(Parser *p, TSNode n);
static Stmt *parse_block(Parser *p, TSNode block, const char *what, TSNode owner);
static Expr *parse_string(Parser *p, TSNode n);

/* ---- functions -------------------------------------------------------- */

/* Start a function nested in the current one; it becomes the current one.
 * Returns the enclosing function, for parse_func_end. */
static Func *parse_func_begin(Parser *p, const char *name, Pos pos, Func **save) {
  Func *f = arena_alloc(sizeof *f);
  f->name = name;
  f->pos = pos;
  f->kind = F_PLAIN;
  f->parent = p->func;
  f->qualname = p->func->kind == F_MODULE  ? name
                : p->func->kind == F_CLASS ? arena_printf("%s.%s", p->func->qualname, name)
                                           : arena_printf("%s.<locals>.%s", p->func->qualname, name);
  /* Func.children is filled by sema, which walks the tree anyway. */
  *save = p->func;
  p->func = f;
  return f;
}

static void parse_func_end(Parser *p, Func *save) { p->func = save; }

/*
 * parameters: '(' (parameter (',' parameter)* ','?)? ')'
 * lambda_parameters: parameter (',' parameter)* ','?
 * parameter: identifier | typed_parameter | default_parameter
 *          | typed_default_parameter | list_splat_pattern ('*args')
 *          | dictionary_splat_pattern ('**kwargs') | keyword_separator ('*')
 *          | positional_separator ('/')          (annotations are ignored)
 *
 * f's slots come out in the order the body takes them (Func): positional,
 * keyword-only, *args, **kwargs; a default value stays beside its slot.
 * The checks are CPython's parser's.
 */
typedef struct ParamList {
  Vec names, where, defaults;
} ParamList;

static void param_add(ParamList *l, const char *name, Pos at, Expr *dflt) {
  Pos *w = arena_alloc(sizeof *w);
  *w = at;
  vec_push(&l->names, (void *)name);
  vec_push(&l->where, w);
  vec_push(&l->defaults, dflt);
}

static void parse_params(Parser *p, TSNode n, Func *f) {
  ParamList pos = {0}, kwonly = {0};
  const char *varargs = NULL, *varkw = NULL;
  Pos varargs_at = {0}, varkw_at = {0};
  bool star = false, any_default = false;
  int nposonly = 0;
  if (!ts_node_is_null(n)) {
    Kids k = parse_named_kids(p, n);
    for (int i = 0; i < k.n; i++) {
      TSNode x = k.node[i];
      if (varkw)
        ERR(x, "arguments cannot follow var-keyword argument");
      Expr *dflt = NULL;
      if (parse_is(x, "default_parameter") || parse_is(x, "typed_default_parameter")) {
        dflt = parse_expr(p, parse_field(x, "value"));
        x = parse_field(x, "name");
      } else if (parse_is(x, "typed_parameter")) {
        x = parse_named_kids(p, x).node[0];
      }
      if (parse_is(x, "positional_separator")) {
        if (star || pos.names.len == 0)
          ERR(x, star ? "/ must be ahead of *" : "at least one argument must precede /");
        if (nposonly)
          ERR(x, "/ may appear only once");
        nposonly = pos.names.len;
      } else if (parse_is(x, "keyword_separator") || parse_is(x, "list_splat_pattern")) {
        if (star)
          ERR(x, "* argument may appear only once");
        star = true;
        if (parse_is(x, "list_splat_pattern")) {
          TSNode id = parse_named_kids(p, x).node[0];
          varargs = parse_ident(p, id);
          varargs_at = parse_pos(id);
        } else if (i + 1 == k.n || parse_is(k.node[i + 1], "dictionary_splat_pattern")) {
          ERR(x, "named arguments must follow bare *");
        }
      } else if (parse_is(x, "dictionary_splat_pattern")) {
        TSNode id = parse_named_kids(p, x).node[0];
        varkw = parse_ident(p, id);
        varkw_at = parse_pos(id);
      } else if (parse_is(x, "identifier")) {
        if (star) {
          param_add(&kwonly, parse_ident(p, x), parse_pos(x), dflt);
        } else {
          if (dflt)
            any_default = true;
          else if (any_default)
            ERR(x, "non-default argument follows default argument");
          param_add(&pos, parse_ident(p, x), parse_pos(x), dflt);
        }
      } else {
        ERR(x, "invalid syntax");
      }
    }
  }
  f->npos = pos.names.len;
  f->nposonly = nposonly;
  f->nkwonly = kwonly.names.len;
  f->varargs = varargs != NULL;
  f->varkw = varkw != NULL;
  ParamList all = pos;
  for (int i = 0; i < kwonly.names.len; i++)
    param_add(&all, kwonly.names.items[i], *(Pos *)kwonly.where.items[i], kwonly.defaults.items[i]);
  if (varargs)
    param_add(&all, varargs, varargs_at, NULL);
  if (varkw)
    param_add(&all, varkw, varkw_at, NULL);
  int n_all = all.names.len;
  f->nparams = n_all;
  f->params = arena_alloc(sizeof(char *) * (size_t)(n_all + 1));
  f->param_pos = arena_alloc(sizeof(Pos) * (size_t)(n_all + 1));
  f->defaults = arena_alloc(sizeof(Expr *) * (size_t)(n_all + 1));
  for (int i = 0; i < n_all; i++) {
    f->params[i] = all.names.items[i];
    f->param_pos[i] = *(Pos *)all.where.items[i];
    f->defaults[i] = all.defaults.items[i];
  }
}

/* ---- targets ----------------------------------------------------------- */

static const char *parse_expr_desc(Expr *e) {
  switch (e->kind) {
  case E_CALL: return "function call";
  case E_INT: case E_FLOAT: case E_STR: case E_BYTES: return "literal";
  case E_NONE: return "None";
  case E_TRUE: return "True";
  case E_FALSE: return "False";
  case E_FSTRING: return "f-string expression";
  case E_COMPARE: return "comparison";
  case E_IFEXP: return "conditional expression";
  case E_LAMBDA: return "lambda";
  case E_DICT: return "dict literal";
  case E_LISTCOMP: return "list comprehension";
  case E_SET: return "set display";
  case E_SETCOMP: return "set comprehension";
  case E_DICTCOMP: return "dict comprehension";
  case E_GENEXP: return "generator expression";
  case E_YIELD: case E_YIELD_FROM: case E_ASYNC_YIELD_FROM: return "yield expression";
  case E_AWAIT: return "await expression";
  case E_NAMED: return "named expression";
  default: return "expression";
  }
}

typedef enum TargetCtx { T_ASSIGN, T_FOR, T_AUG, T_DEL } TargetCtx;

/* Check that e can be assigned to (or deleted), as CPython's grammar says.
 * (Whether yieldc can assign to it, or delete it, is for sema to say.) */
static void parse_check_target(Expr *e, TargetCtx ctx) {
  if (e->unsupported)
    return; /* not an expression yieldc has: sema reports it */
  switch (e->kind) {
  case E_NAME:
  case E_SUBSCRIPT:
  case E_ATTR:
    return;
  case E_TUPLE:
  case E_LIST: {
    if (ctx == T_AUG)
      diag_error(e->pos, "'%s' is an illegal expression for augmented assignment",
                 e->kind == E_TUPLE ? "tuple" : "list");
    int starred = 0;
    for (int i = 0; i < e->nitems; i++) {
      Expr *x = e->items[i];
      if (x->kind == E_STARRED && ctx != T_DEL) {
        if (++starred > 1)
          diag_error(e->pos, "multiple starred expressions in assignment");
        x = x->a;
      }
      parse_check_target(x, ctx);
    }
    return;
  }
  case E_STARRED:
    /* not an item of a tuple or list target */
    if (ctx == T_DEL)
      diag_error(e->pos, "cannot delete starred");
    if (ctx == T_AUG)
      diag_error(e->pos, "'starred' is an illegal expression for augmented assignment");
    diag_error(e->pos, "starred assignment target must be in a list or tuple");
  default:
    if (ctx == T_AUG)
      diag_error(e->pos, "'%s' is an illegal expression for augmented assignment", parse_expr_desc(e));
    diag_error(e->pos, "cannot %s %s", ctx == T_DEL ? "delete" : "assign to", parse_expr_desc(e));
  }
}

static Expr *parse_target(Parser *p, TSNode n, TargetCtx ctx) {
  Expr *e = parse_expr(p, n);
  parse_check_target(e, ctx);
  return e;
}

/* ---- literals (their text is literal.c's) -------------------------------- */

/* A number literal; a complex one (1j) is outside the subset. */
static bool parse_is_complex(const char *t, size_t len) {
  bool hex = len >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x';
  return !hex && (t[len - 1] == 'j' || t[len - 1] == 'J');
}
static Expr *parse_int(Parser *p, TSNode n, bool negate) {
  size_t len;
  const char *t = parse_src(p, n, &len);
  Pos pos = parse_pos(n);
  if (parse_is_complex(t, len)) return parse_unsupported_expr(pos, U_COMPLEX, pos, NULL);
  return literal_int(t, len, pos, negate);
}
static Expr *parse_float(Parser *p, TSNode n) {
  size_t len;
  const char *t = parse_src(p, n, &len);
  Pos pos = parse_pos(n);
  if (parse_is_complex(t, len)) return parse_unsupported_expr(pos, U_COMPLEX, pos, NULL);
  return literal_float(t, len, pos);
}

/* Pieces of a (possibly implicitly concatenated) string being built. */
typedef struct StrParts {
  Buf text;      /* literal text not yet flushed into an E_STR */
  Vec items;     /* E_STR and E_FORMAT pieces */
  bool is_fstring;
  Pos pos;       /* of the text being accumulated */
  bool have_pos;
  int bytes;     /* 0: no piece yet, 1: the pieces are bytes literals, 2: str literals */
  const Unsupported *unsupported; /* the first piece outside the subset (\N{...}) */
} StrParts;

static void parse_flush_text(StrParts *sp) {
  if (sp->text.len == 0)
    return;
  Expr *e = parse_new_expr(E_STR, sp->pos);
  e->str = arena_strndup(sp->text.data, sp->text.len);
  e->len = sp->text.len;
  vec_push(&sp->items, e);
  sp->text.len = 0;
  sp->have_pos = false;
}

static void parse_add_text(Parser *p, StrParts *sp, size_t off, size_t n, bool raw, bool fstring) {
  if (!sp->have_pos && n > 0) {
    sp->pos = parse_pos_at(p, off);
    sp->have_pos = true;
  }
  literal_unescape(&p->scan, &sp->text, off, n, raw, fstring, sp->bytes == 1, &sp->unsupported);
}

static Expr *parse_fstring_parts(StrParts *sp, Pos pos) {
  if (sp->unsupported) {
    buf_free(&sp->text);
    Expr *e = parse_new_expr(E_NONE, pos);
    e->unsupported = sp->unsupported;
    return e;
  }
  parse_flush_text(sp);
  Expr *e = parse_new_expr(E_FSTRING, pos);
  e->items = parse_exprs(&sp->items);
  e->nitems = sp->items.len;
  buf_free(&sp->text);
  return e;
}

static void parse_interpolation(Parser *p, StrParts *sp, TSNode n, bool raw);

/*
 * Where CPython's grammar takes a named_expression without parentheses:
 * conditions of if, elif and while; elements of a list, a set or a
 * parenthesized tuple; positional arguments; subscripts; the element of a
 * comprehension; decorators.  tree-sitter takes one in more places (an
 * expression statement, a bare tuple, an assignment's value, a keyword
 * argument, a lambda's body, ...), all of which CPython rejects.
 */
static void parse_check_walrus(TSNode n) {
  static const char *const ok[] = {"parenthesized_expression", "tuple", "list", "set", "argument_list",
                                   "subscript", "if_statement", "elif_clause", "while_statement",
                                   "list_comprehension", "set_comprehension", "generator_expression",
                                   "decorator", "match_statement", NULL};
  TSNode up = ts_node_parent(n);
  const char *t = ts_node_type(up);
  for (int i = 0; ok[i]; i++)
    if (strcmp(t, ok[i]) == 0) return;
  if (strcmp(t, "lambda") == 0) ERR(up, "cannot use assignment expressions with lambda");
  if (strcmp(t, "conditional_expression") == 0) ERR(up, "expected 'else' after 'if' expression");
  TSNode op = ts_node_child(n, 1); /* ':=' */
  ERR(ts_node_is_null(op) ? n : op, "invalid syntax");
}

/*
 * format_specifier: ':' (text | format_expression)*
 * The text runs are anonymous tokens tree-sitter does not show, so they are
 * taken as the gaps between the children.  Returns NULL for an empty spec.
 */
static Expr *parse_format_spec(Parser *p, TSNode n, bool raw) {
  StrParts sp = {0};
  Kids k = parse_kids(p, n);
  size_t at = ts_node_start_byte(n);
  p->spec_depth++;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    size_t s = ts_node_start_byte(c);
    if (s > at)
      parse_add_text(p, &sp, at, s - at, raw, true);
    if (parse_is(c, "format_expression")) {
      /* CPython allows {x:{w}} but not {x:{w:{v}}} */
      if (p->spec_depth >= 2)
        ERR(c, "f-string: expressions nested too deeply");
      parse_flush_text(&sp);
      parse_interpolation(p, &sp, c, raw);
    }
    at = ts_node_end_byte(c);
  }
  p->spec_depth--;
  size_t end = ts_node_end_byte(n);
  if (end > at)
    parse_add_text(p, &sp, at, end - at, raw, true);
  if (sp.text.len == 0 && sp.items.len == 0) {
    buf_free(&sp.text);
    return NULL;
  }
  return parse_fstring_parts(&sp, parse_pos(n));
}

/*
 * CPython 3.11 ends a replacement field's expression at the first ':' outside
 * brackets and strings, which starts the format spec; tree-sitter takes in a
 * lambda's ':' (f"{lambda x: 1}").  CPython then fails to parse what comes
 * before the ':' ("lambda x").  (`:=` is left to the grammar: CPython reads
 * f"{x:=1}" as x with the spec "=1".)
 */
static void parse_check_fstring_colon(Parser *p, TSNode expr) {
  size_t len;
  const char *t = parse_src(p, expr, &len);
  int depth = 0;
  for (size_t i = 0; i < len; i++) {
    char c = t[i];
    if (c == '\'' || c == '"') {
      size_t j = i + 1;
      while (j < len && t[j] != c)
        j += t[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(' || c == '[' || c == '{') {
      depth++;
    } else if (c == ')' || c == ']' || c == '}') {
      depth--;
    } else if (c == ':' && depth == 0 && !(i + 1 < len && t[i + 1] == '=')) {
      ERR(expr, "f-string: invalid syntax");
    }
  }
}

/*
 * interpolation: '{' expression '='? type_conversion? format_specifier? '}'
 * `{x=}` adds the text "x=" and, without a conversion or spec, converts with repr.
 */
static void parse_interpolation(Parser *p, StrParts *sp, TSNode n, bool raw) {
  Kids k = parse_kids(p, n);
  Expr *f = parse_new_expr(E_FORMAT, parse_pos(n));
  bool self_doc = false;
  TSNode spec = {0};
  bool have_spec = false;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    const char *field = k.field[i];
    if (field && strcmp(field, "expression") == 0 && parse_is(c, "named_expression")) {
      /* CPython ends the expression at the ':' of ':=': {x:=5} is x with the
       * spec "=5", which runs to the '}' (tree-sitter's conversion or spec
       * nodes after it are part of it). */
      TSNode name = parse_field(c, "name");
      f->a = parse_name_expr(parse_ident(p, name), parse_pos(name));
      size_t from = ts_node_start_byte(ts_node_child(c, 1)) + 1, to = ts_node_start_byte(k.node[k.n - 1]);
      size_t len;
      const char *src = parse_src(p, n, &len);
      const char *spec = src + (from - ts_node_start_byte(n));
      if (memchr(spec, '{', to - from) || memchr(spec, '}', to - from))
        ERR(c, "f-string: a format spec after ':=' with replacement fields in it is not supported");
      StrParts sp2 = {0};
      parse_add_text(p, &sp2, from, to - from, raw, true);
      f->b = parse_fstring_parts(&sp2, parse_pos(c));
      parse_flush_text(sp);
      vec_push(&sp->items, f);
      return;
    } else if (field && strcmp(field, "expression") == 0) {
      parse_check_fstring_colon(p, c);
      f->a = parse_expr(p, c);
    } else if (field && strcmp(field, "type_conversion") == 0) {
      size_t len;
      const char *t = parse_src(p, c, &len);
      if (len != 2 || (t[1] != 'r' && t[1] != 's' && t[1] != 'a'))
        ERR(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      f->conv = t[1];
    } else if (field && strcmp(field, "format_specifier") == 0) {
      spec = c;
      have_spec = true;
    } else if (!ts_node_is_named(c) && parse_is(c, "=")) {
      /* The text from after '{' through the '=' and any spaces after it. */
      size_t from = ts_node_end_byte(k.node[0]);
      size_t to = i + 1 < k.n ? ts_node_start_byte(k.node[i + 1]) : ts_node_end_byte(c);
      parse_add_text(p, sp, from, to - from, true, false);
      self_doc = true;
    }
  }
  if (!f->a)
    ERR(n, "f-string: empty expression not allowed");
  if (have_spec)
    f->b = parse_format_spec(p, spec, raw);
  if (self_doc && !f->conv && !have_spec)
    f->conv = 'r';
  parse_flush_text(sp);
  vec_push(&sp->items, f);
}

/* string: string_start (string_content | interpolation)* string_end */
static void parse_string_piece(Parser *p, StrParts *sp, TSNode n) {
  Kids k = parse_kids(p, n);
  TSNode start = k.node[0], end = k.node[k.n - 1];
  size_t plen;
  const char *prefix = parse_src(p, start, &plen);
  bool raw = false, fstr = false, bytes = false;
  for (size_t i = 0; i < plen; i++) {
    char c = (char)(prefix[i] | 0x20);
    if (c == 'r')
      raw = true;
    else if (c == 'f')
      fstr = true;
    else if (c == 'b')
      bytes = true;
  }
  if (sp->bytes && sp->bytes != (bytes ? 1 : 2))
    ERR(n, "cannot mix bytes and nonbytes literals");
  sp->bytes = bytes ? 1 : 2;
  if (bytes) {
    size_t len;
    const char *t = parse_src(p, n, &len);
    for (size_t i = 0; i < len; i++)
      if ((unsigned char)t[i] >= 0x80)
        ERR(n, "bytes can only contain ASCII literal characters");
  }
  if (fstr)
    sp->is_fstring = true;
  size_t at = ts_node_end_byte(start);
  for (int i = 1; i < k.n - 1; i++) {
    TSNode c = k.node[i];
    if (!parse_is(c, "interpolation"))
      continue;
    size_t s = ts_node_start_byte(c);
    if (s > at)
      parse_add_text(p, sp, at, s - at, raw, fstr);
    parse_interpolation(p, sp, c, raw);
    at = ts_node_end_byte(c);
  }
  /* The content ends before the closing quotes.  Not at string_end's start:
   * for r"\\" tree-sitter's string_end token swallows the backslashes. */
  size_t qlen = plen >= 3 && prefix[plen - 1] == prefix[plen - 2] && prefix[plen - 2] == prefix[plen - 3] ? 3 : 1;
  size_t e = ts_node_end_byte(end) - qlen;
  if (e > at)
    parse_add_text(p, sp, at, e - at, raw, fstr);
}

/* string | concatenated_string: string string+ */
static Expr *parse_string(Parser *p, TSNode n) {
  StrParts sp = {0};
  if (parse_is(n, "concatenated_string")) {
    Kids k = parse_named_kids(p, n);
    for (int i = 0; i < k.n; i++)
      parse_string_piece(p, &sp, k.node[i]);
  } else {
    parse_string_piece(p, &sp, n);
  }
  if (sp.is_fstring || sp.unsupported)
    return parse_fstring_parts(&sp, parse_pos(n));
  Expr *e = parse_new_expr(sp.bytes == 1 ? E_BYTES : E_STR, parse_pos(n));
  e->len = sp.text.len;
  e->str = arena_strndup(sp.text.data ? sp.text.data : "", sp.text.len);
  buf_free(&sp.text);
  return e;
}

/* ---- expressions ------------------------------------------------------- */

static Expr *parse_seq(Parser *p, TSNode n, ExprKind kind);

/* yield: 'yield' ('from' expression | expression_list?)   (PEP 828: 'async' 'yield' 'from' expression) */
static Expr *parse_yield(Parser *p, TSNode n) {
  bool from = parse_has_token(p, n, "from");
  bool is_async = from && scan_is_async_yield(&p->scan, ts_node_start_byte(n));
  Expr *e = parse_new_expr(is_async ? E_ASYNC_YIELD_FROM : from ? E_YIELD_FROM : E_YIELD, parse_pos(n));
  Kids k = parse_named_kids(p, n);
  if (k.n > 0)
    e->a = parse_expr(p, k.node[0]);
  return e;
}

/* call: primary_expression (argument_list | generator_expression) */
static Expr *parse_comprehension(Parser *p, TSNode n, ExprKind kind, bool sole_argument);

static Expr *parse_call(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_CALL, parse_pos(n));
  e->a = parse_expr(p, parse_field(n, "function"));
  TSNode args = parse_field(n, "arguments");
  Vec items = {0}, kwvalues = {0}, kwnames = {0}, kwpos = {0};
  if (parse_is(args, "generator_expression")) {
    vec_push(&items, parse_comprehension(p, args, E_GENEXP, true));
  } else {
    /* argument_list: '(' (expression | keyword_argument | '*' expression | '**' expression),* ')' */
    Kids k = parse_named_kids(p, args);
    for (int i = 0; i < k.n; i++) {
      TSNode a = k.node[i];
      if (parse_is(a, "keyword_argument")) {
        Pos *at = arena_alloc(sizeof *at);
        *at = parse_pos(a);
        vec_push(&kwnames, parse_ident_raw(p, parse_field(a, "name")));
        vec_push(&kwpos, at);
        vec_push(&kwvalues, parse_expr(p, parse_field(a, "value")));
      } else if (parse_is(a, "list_splat")) {
        for (int j = 0; j < kwnames.len; j++)
          if (kwnames.items[j] == NULL)
            ERR(a, "iterable argument unpacking follows keyword argument unpacking");
        Expr *st = parse_new_expr(E_STARRED, parse_pos(a));
        st->a = parse_expr(p, parse_named_kids(p, a).node[0]);
        vec_push(&items, st);
      } else if (parse_is(a, "parenthesized_list_splat")) {
        vec_push(&items, parse_unsupported_expr(parse_pos(a), U_STARRED_PAREN, parse_pos(a), NULL));
      } else if (parse_is(a, "dictionary_splat")) {
        /* **mapping: a keyword argument without a name */
        Pos *at = arena_alloc(sizeof *at);
        *at = parse_pos(a);
        vec_push(&kwnames, NULL);
        vec_push(&kwpos, at);
        vec_push(&kwvalues, parse_expr(p, parse_named_kids(p, a).node[0]));
      } else {
        if (kwnames.len > 0) {
          bool unpack = false;
          for (int j = 0; j < kwnames.len; j++) unpack |= kwnames.items[j] == NULL;
          ERR(a, unpack ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
        }
        vec_push(&items, parse_expr(p, a));
      }
    }
  }
  e->items = parse_exprs(&items);
  e->nitems = items.len;
  e->kwvalues = parse_exprs(&kwvalues);
  e->kwnames = arena_alloc(sizeof(char *) * (size_t)(kwnames.len + 1));
  e->kwpos = arena_alloc(sizeof(Pos) * (size_t)(kwnames.len + 1));
  for (int i = 0; i < kwnames.len; i++) {
    e->kwnames[i] = kwnames.items[i];
    e->kwpos[i] = *(Pos *)kwpos.items[i];
  }
  e->nkw = kwnames.len;
  return e;
}

/* slice: expression? ':' expression? (':' expression?)? */
static Expr *parse_slice(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_SLICE, parse_pos(n));
  Kids k = parse_kids(p, n);
  int part = 0;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!ts_node_is_named(c)) {
      if (parse_is(c, ":"))
        part++;
      continue;
    }
    Expr *x = parse_expr(p, c);
    if (part == 0)
      e->a = x;
    else if (part == 1)
      e->b = x;
    else
      e->c = x;
  }
  return e;
}

/* subscript: primary_expression '[' (expression | slice) (',' (expression | slice))* ','? ']' */
static Expr *parse_subscript(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_SUBSCRIPT, parse_pos(n));
  e->a = parse_expr(p, parse_field(n, "value"));
  Kids k = parse_kids(p, n);
  Vec subs = {0};
  int commas = 0;
  bool after_bracket = false;
  Pos first = {0, 0};
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!ts_node_is_named(c)) {
      if (parse_is(c, "["))
        after_bracket = true;
      else if (after_bracket && parse_is(c, ","))
        commas++;
      continue;
    }
    if (!k.field[i] || strcmp(k.field[i], "subscript") != 0)
      continue;
    if (!subs.len)
      first = parse_pos(c);
    vec_push(&subs, parse_is(c, "slice") ? parse_slice(p, c) : parse_expr(p, c));
  }
  if (subs.len == 1 && commas == 0) {
    e->b = subs.items[0];
  } else {
    Expr *t = parse_new_expr(E_TUPLE, first);
    t->items = parse_exprs(&subs);
    t->nitems = subs.len;
    e->b = t;
  }
  return e;
}

/*
 * list | tuple | expression_list | pattern_list | tuple_pattern | list_pattern:
 *   elements separated by ','.  A tuple_pattern `(x)` without a comma is just x.
 */
static Expr *parse_seq(Parser *p, TSNode n, ExprKind kind) {
  Kids k = parse_kids(p, n);
  bool comma = false;
  int nnamed = 0;
  for (int i = 0; i < k.n; i++) {
    if (ts_node_is_named(k.node[i]))
      k.node[nnamed++] = k.node[i];
    else if (parse_is(k.node[i], ","))
      comma = true;
  }
  for (int i = 0; i < nnamed; i++)
    if (parse_is(k.node[i], "yield")) /* [yield], (yield, 1): Python wants (yield) */
      ERR(k.node[i], "invalid syntax");
  if (nnamed == 1 && !comma && (parse_is(k.node[0], "list_splat") || parse_is(k.node[0], "list_splat_pattern")) &&
      (parse_is(n, "tuple") || parse_is(n, "tuple_pattern")))
    ERR(k.node[0], "cannot use starred expression here"); /* (*a): parenthesized, not a tuple */
  if (parse_is(n, "tuple_pattern") && nnamed == 1 && !comma)
    return parse_expr(p, k.node[0]);
  Expr *e = parse_new_expr(kind, parse_pos(n));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(nnamed + 1));
  for (int i = 0; i < nnamed; i++)
    e->items[e->nitems++] = parse_expr(p, k.node[i]);
  return e;
}

/* set: '{' (expression | list_splat),+ '}'.  Three or more constants are a
 * frozenset constant in CPython 3.11, copied into a new set. */
static Expr *parse_set(Parser *p, TSNode n) {
  Expr *e = parse_seq(p, n, E_SET);
  if (e->nitems >= 3 && literal_all_constant(e))
    literal_const_set(&p->const_sets, e, 1);
  return e;
}

/* The iterable of a `for` or the right operand of `in`: CPython makes a set
 * display of constants there a frozenset constant itself. */
static Expr *parse_iterable(Parser *p, Expr *e) {
  if (e->kind == E_SET && e->nitems > 0 && literal_all_constant(e))
    literal_const_set(&p->const_sets, e, 2);
  return e;
}

/* dictionary: '{' (pair | '**' expression),* '}'   pair: expression ':' expression */
static Expr *parse_dict(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  Expr *e = parse_new_expr(E_DICT, parse_pos(n));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(2 * k.n + 1));
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "dictionary_splat")) { /* **m (PEP 448): no key, m as the value */
      Kids m = parse_named_kids(p, c);
      if (m.n != 1)
        ERR(c, "invalid syntax");
      e->items[e->nitems++] = NULL;
      e->items[e->nitems++] = parse_expr(p, m.node[0]);
      continue;
    }
    if (!parse_is(c, "pair"))
      ERR(c, "invalid syntax");
    e->items[e->nitems++] = parse_expr(p, parse_field(c, "key"));
    e->items[e->nitems++] = parse_expr(p, parse_field(c, "value"));
  }
  return e;
}

/* comparison_operator: primary_expression (('<' | '<=' | ... | 'not in' | 'is not') primary_expression)+ */
static Expr *parse_compare(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"<", OP_LT},    {"<=", OP_LE}, {"==", OP_EQ},         {"!=", OP_NE},
             {">", OP_GT},    {">=", OP_GE}, {"in", OP_IN},         {"not in", OP_NOT_IN},
             {"is", OP_IS},   {"is not", OP_IS_NOT}};
  Kids k = parse_kids(p, n);
  Expr *e = parse_new_expr(E_COMPARE, parse_pos(n));
  e->ops = arena_alloc(sizeof(Op) * (size_t)(k.n + 1));
  e->items = arena_alloc(sizeof(Expr *) * (size_t)(k.n + 1));
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (k.field[i] && strcmp(k.field[i], "operators") == 0) {
      const char *t = ts_node_type(c);
      size_t j = 0;
      while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
        j++;
      if (j == sizeof ops / sizeof ops[0])
        ERR(c, "invalid syntax");
      e->ops[e->nitems] = ops[j].op;
      if (i + 1 >= k.n)
        ERR(c, "invalid syntax");
      e->items[e->nitems++] = parse_expr(p, k.node[++i]);
    } else if (!e->a) {
      e->a = parse_expr(p, c);
    }
  }
  if (e->nitems && (e->ops[e->nitems - 1] == OP_IN || e->ops[e->nitems - 1] == OP_NOT_IN))
    parse_iterable(p, e->items[e->nitems - 1]);
  return e;
}

/* binary_operator: primary_expression ('+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | ... | '@') primary_expression */
static Expr *parse_binop(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"+", OP_ADD}, {"-", OP_SUB},       {"*", OP_MUL}, {"/", OP_DIV},
             {"//", OP_FLOORDIV}, {"%", OP_MOD}, {"**", OP_POW}, {"<<", OP_LSHIFT},
             {">>", OP_RSHIFT}, {"&", OP_BITAND}, {"|", OP_BITOR}, {"^", OP_BITXOR}};
  TSNode opn = parse_field(n, "operator");
  const char *t = ts_node_type(opn);
  size_t j = 0;
  while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
    j++;
  if (j == sizeof ops / sizeof ops[0])
    return parse_unsupported_expr(parse_pos(n), U_OPERATOR, parse_pos(opn), t);
  Expr *e = parse_new_expr(E_BINOP, parse_pos(n));
  e->op = ops[j].op;
  e->a = parse_expr(p, parse_field(n, "left"));
  e->b = parse_expr(p, parse_field(n, "right"));
  return e;
}

/* unary_operator: ('+' | '-' | '~') primary_expression */
static Expr *parse_unary(Parser *p, TSNode n) {
  TSNode opn = parse_field(n, "operator"), arg = parse_field(n, "argument");
  const char *t = ts_node_type(opn);
  Op op = strcmp(t, "-") == 0 ? OP_NEG : strcmp(t, "+") == 0 ? OP_POS : OP_INVERT;
  Expr *e = parse_new_expr(E_UNARY, parse_pos(n));
  e->op = op;
  if (op == OP_NEG && parse_is(arg, "integer")) {
    Expr *lit = parse_int(p, arg, true);
    if (lit->kind == E_INT && !lit->bigval && lit->ival == INT64_MIN) {
      lit->pos = e->pos; /* -9223372036854775808 is one literal */
      return lit;
    }
    e->a = lit;
    return e;
  }
  e->a = parse_expr(p, arg);
  return e;
}

/* lambda: 'lambda' lambda_parameters? ':' expression */
static Expr *parse_lambda(Parser *p, TSNode n) {
  Expr *e = parse_new_expr(E_LAMBDA, parse_pos(n));
  Func *save;
  Func *f = parse_func_begin(p, "<lambda>", e->pos, &save);
  f->is_lambda = true;
  parse_params(p, parse_field(n, "parameters"), f);
  TSNode body = parse_field(n, "body");
  Stmt *r = parse_new_stmt(S_RETURN, parse_pos(body));
  r->value = parse_expr(p, body);
  f->body = r;
  parse_func_end(p, save);
  e->func = f;
  return e;
}

/*
 * list_comprehension: '[' expression for_in_clause (for_in_clause | if_clause)* ']'
 * dictionary_comprehension: '{' pair for_in_clause (for_in_clause | if_clause)* '}'
 * set_comprehension: '{' expression for_in_clause (for_in_clause | if_clause)* '}'
 * generator_expression: '(' expression for_in_clause (for_in_clause | if_clause)* ')'
 * for_in_clause: 'async'? 'for' targets 'in' expression
 * if_clause: 'if' expression
 *
 * Built as a function, as yieldc.h describes next to E_LISTCOMP.
 */
static Expr *parse_comprehension(Parser *p, TSNode n, ExprKind kind, bool sole_argument) {
  Pos pos = parse_pos(n);
  Expr *e = parse_new_expr(kind, pos);
  Kids k = parse_named_kids(p, n);
  TSNode body = parse_field(n, "body");
  /* Check the clauses' shape and evaluate the outermost iterable here. */
  int first = -1;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (!parse_is(c, "for_in_clause"))
      continue;
    Kids rk = parse_kids(p, c);
    int nright = 0;
    for (int j = 0; j < rk.n; j++)
      if (rk.field[j] && strcmp(rk.field[j], "right") == 0 && ++nright == 2)
        ERR(rk.node[j], sole_argument ? "Generator expression must be parenthesized" : "invalid syntax");
    if (parse_has_token(p, c, ",")) {
      /* `for x in a,` : CPython rejects the trailing comma too; as a call's
       * sole argument, `f(x for x in a,)`, it is the call's comma, after a
       * generator expression that needed parentheses (found by
       * `make fuzz`: tests/errors/genexp_trailing_comma.py) */
      for (int j = 0; j < rk.n; j++)
        if (!ts_node_is_named(rk.node[j]) && parse_is(rk.node[j], ","))
          ERR(rk.node[j], sole_argument ? "Generator expression must be parenthesized" : "invalid syntax");
    }
    if (first < 0)
      first = i;
  }
  if (first < 0)
    unreachable();
  e->first_iter = parse_iterable(p, parse_expr(p, parse_field(k.node[first], "right")));

  Func *save;
  const char *name = kind == E_LISTCOMP   ? "<listcomp>"
                     : kind == E_DICTCOMP ? "<dictcomp>"
                     : kind == E_SETCOMP  ? "<setcomp>"
                                          : "<genexpr>";
  Func *f = parse_func_begin(p, name, pos, &save);
  f->is_comprehension = true;
  f->nparams = f->npos = 1;
  f->params = arena_alloc(sizeof(char *) * 2);
  f->params[0] = ".0";
  f->param_pos = arena_alloc(sizeof(Pos) * 2);
  f->param_pos[0] = pos;
  f->defaults = arena_alloc(sizeof(Expr *) * 2);

  Stmt *nest = NULL, **hole = &nest;
  for (int i = first; i < k.n; i++) {
    TSNode c = k.node[i];
    Stmt *s;
    if (parse_is(c, "for_in_clause")) {
      s = parse_new_stmt(S_FOR, parse_pos(c));
      s->is_async = parse_has_token(p, c, "async"); /* sema rejects it */
      s->target = parse_target(p, parse_field(c, "left"), T_FOR);
      s->iter = i == first ? parse_name_expr(".0", pos) : parse_iterable(p, parse_expr(p, parse_field(c, "right")));
    } else if (parse_is(c, "if_clause")) {
      s = parse_new_stmt(S_IF, parse_pos(c));
      s->test = parse_expr(p, parse_named_kids(p, c).node[0]);
    } else {
      continue;
    }
    *hole = s;
    hole = &s->body;
  }
  Pos epos = parse_pos(body);
  if (kind == E_GENEXP) {
    Stmt *s = parse_new_stmt(S_EXPR, epos);
    s->value = parse_new_expr(E_YIELD, epos);
    s->value->a = parse_expr(p, body);
    *hole = s;
    f->body = nest;
  } else {
    Stmt *init = parse_new_stmt(S_ASSIGN, pos);
    init->ntargets = 1;
    init->targets = arena_alloc(sizeof(Expr *));
    init->targets[0] = parse_name_expr(".r", pos);
    init->value = parse_new_expr(kind == E_LISTCOMP ? E_LIST : kind == E_SETCOMP ? E_SET : E_DICT, pos);
    init->value->items = arena_alloc(sizeof(Expr *));
    if (kind == E_LISTCOMP || kind == E_SETCOMP) {
      /* .r.append(elt), .r.add(elt) */
      Stmt *s = parse_new_stmt(S_EXPR, epos);
      Expr *call = parse_new_expr(E_CALL, epos);
      call->a = parse_new_expr(E_ATTR, epos);
      call->a->a = parse_name_expr(".r", epos);
      call->a->name = kind == E_SETCOMP ? "add" : "append";
      call->nitems = 1;
      call->items = arena_alloc(sizeof(Expr *));
      call->items[0] = parse_expr(p, body);
      call->kwnames = arena_alloc(sizeof(char *));
      call->kwvalues = arena_alloc(sizeof(Expr *));
      s->value = call;
      *hole = s;
    } else {
      /* .k = key; .r[.k] = value   (the key is evaluated first, as in CPython) */
      TSNode key = parse_field(body, "key"), value = parse_field(body, "value");
      Stmt *sk = parse_new_stmt(S_ASSIGN, parse_pos(key));
      sk->ntargets = 1;
      sk->targets = arena_alloc(sizeof(Expr *));
      sk->targets[0] = parse_name_expr(".k", parse_pos(key));
      sk->value = parse_expr(p, key);
      Stmt *sv = parse_new_stmt(S_ASSIGN, parse_pos(value));
      sv->ntargets = 1;
      sv->targets = arena_alloc(sizeof(Expr *));
      Expr *sub = parse_new_expr(E_SUBSCRIPT, parse_pos(key));
      sub->a = parse_name_expr(".r", parse_pos(key));
      sub->b = parse_name_expr(".k", parse_pos(key));
      sv->targets[0] = sub;
      sv->value = parse_expr(p, value);
      sk->next = sv;
      *hole = sk;
    }
    Stmt *ret = parse_new_stmt(S_RETURN, pos);
    ret->value = parse_name_expr(".r", pos);
    init->next = nest;
    nest->next = ret;
    f->body = init;
  }
  parse_func_end(p, save);
  e->func = f;
  return e;
}

/* The expression rules of the grammar (and the pattern rules, read as expressions). */
static Expr *parse_expr(Parser *p, TSNode n) {
  if (++p->depth > MAX_EXPR_DEPTH)
    ERR(n, "expression too deeply nested (more than %d levels)", MAX_EXPR_DEPTH);
  size_t mark = p->scratch_used;
  Expr *e = NULL;
  Pos pos = parse_pos(n);
  const char *t = ts_node_type(n);

  if (strcmp(t, "identifier") == 0) {
    e = parse_name_expr(parse_ident(p, n), pos);
  } else if (strcmp(t, "integer") == 0) {
    e = parse_int(p, n, false);
  } else if (strcmp(t, "float") == 0) {
    e = parse_float(p, n);
  } else if (strcmp(t, "string") == 0 || strcmp(t, "concatenated_string") == 0) {
    e = parse_string(p, n);
  } else if (strcmp(t, "true") == 0) {
    e = parse_new_expr(E_TRUE, pos);
  } else if (strcmp(t, "false") == 0) {
    e = parse_new_expr(E_FALSE, pos);
  } else if (strcmp(t, "none") == 0) {
    e = parse_new_expr(E_NONE, pos);
  } else if (strcmp(t, "parenthesized_expression") == 0) {
    /* parenthesized_expression: '(' (expression | yield) ')' */
    Kids k = parse_named_kids(p, n);
    if (k.n != 1)
      ERR(n, "invalid syntax");
    if (parse_is(k.node[0], "list_splat"))
      ERR(k.node[0], "cannot use starred expression here");
    e = parse_expr(p, k.node[0]);
  } else if (strcmp(t, "binary_operator") == 0) {
    e = parse_binop(p, n);
  } else if (strcmp(t, "unary_operator") == 0) {
    e = parse_unary(p, n);
  } else if (strcmp(t, "not_operator") == 0) {
    /* not_operator: 'not' expression */
    e = parse_new_expr(E_UNARY, pos);
    e->op = OP_NOT;
    e->a = parse_expr(p, parse_field(n, "argument"));
  } else if (strcmp(t, "boolean_operator") == 0) {
    /* boolean_operator: expression ('and' | 'or') expression */
    e = parse_new_expr(E_BOOLOP, pos);
    e->op = parse_is(parse_field(n, "operator"), "and") ? OP_AND : OP_OR;
    e->a = parse_expr(p, parse_field(n, "left"));
    e->b = parse_expr(p, parse_field(n, "right"));
  } else if (strcmp(t, "comparison_operator") == 0) {
    e = parse_compare(p, n);
  } else if (strcmp(t, "conditional_expression") == 0) {
    /* conditional_expression: expression 'if' expression 'else' expression */
    Kids k = parse_named_kids(p, n);
    if (k.n != 3)
      ERR(n, "invalid syntax");
    e = parse_new_expr(E_IFEXP, pos);
    e->b = parse_expr(p, k.node[0]);
    e->a = parse_expr(p, k.node[1]);
    e->c = parse_expr(p, k.node[2]);
  } else if (strcmp(t, "call") == 0) {
    e = parse_call(p, n);
  } else if (strcmp(t, "attribute") == 0) {
    /* attribute: primary_expression '.' identifier */
    e = parse_new_expr(E_ATTR, pos);
    e->a = parse_expr(p, parse_field(n, "object"));
    e->name = parse_mangle(p, parse_text(p, parse_field(n, "attribute")));
  } else if (strcmp(t, "subscript") == 0) {
    e = parse_subscript(p, n);
  } else if (strcmp(t, "list") == 0 || strcmp(t, "list_pattern") == 0) {
    e = parse_seq(p, n, E_LIST);
  } else if (strcmp(t, "tuple") == 0 || strcmp(t, "tuple_pattern") == 0 || strcmp(t, "expression_list") == 0 ||
             strcmp(t, "pattern_list") == 0) {
    e = parse_seq(p, n, E_TUPLE);
  } else if (strcmp(t, "dictionary") == 0) {
    e = parse_dict(p, n);
  } else if (strcmp(t, "list_comprehension") == 0) {
    e = parse_comprehension(p, n, E_LISTCOMP, false);
  } else if (strcmp(t, "dictionary_comprehension") == 0) {
    e = parse_comprehension(p, n, E_DICTCOMP, false);
  } else if (strcmp(t, "generator_expression") == 0) {
    e = parse_comprehension(p, n, E_GENEXP, false);
  } else if (strcmp(t, "lambda") == 0) {
    e = parse_lambda(p, n);
  } else if (strcmp(t, "yield") == 0) {
    e = parse_yield(p, n);
  } else if (strcmp(t, "await") == 0) {
    /* await: 'await' primary_expression */
    e = parse_new_expr(E_AWAIT, pos);
    e->a = parse_expr(p, parse_named_kids(p, n).node[0]);
  } else if (strcmp(t, "set") == 0) {
    e = parse_set(p, n);
  } else if (strcmp(t, "set_comprehension") == 0) {
    e = parse_comprehension(p, n, E_SETCOMP, false);
  } else if (strcmp(t, "named_expression") == 0) {
    /* named_expression: identifier ':=' expression */
    parse_check_walrus(n);
    e = parse_new_expr(E_NAMED, pos);
    e->a = parse_name_expr(parse_ident(p, parse_field(n, "name")), pos);
    e->b = parse_expr(p, parse_field(n, "value"));
  } else if (strcmp(t, "list_splat_pattern") == 0 || strcmp(t, "list_splat") == 0) {
    /* *x: an item of a tuple or list target (PEP 3132) or of a display (PEP
     * 448), where parse_check_target and sema let it stand */
    Kids k = parse_named_kids(p, n);
    if (k.n != 1)
      ERR(n, "invalid syntax");
    e = parse_new_expr(E_STARRED, pos);
    e->a = parse_expr(p, k.node[0]);
  } else if (strcmp(t, "parenthesized_list_splat") == 0) {
    e = parse_unsupported_expr(pos, U_STARRED, pos, NULL);
  } else if (strcmp(t, "dictionary_splat") == 0) {
    e = parse_unsupported_expr(pos, U_DICT_UNPACK, pos, NULL);
  } else if (strcmp(t, "ellipsis") == 0) {
    e = parse_unsupported_expr(pos, U_ELLIPSIS, pos, NULL);
  } else if (strcmp(t, "keyword_identifier") == 0) {
    e = parse_name_expr(parse_ident(p, n), pos);
  } else {
    /* as_pattern outside `except`, slice outside [], keyword_argument outside a call, ... */
    ERR(n, "invalid syntax");
  }
  if ((e->kind == E_CALL || e->kind == E_ATTR || e->kind == E_SUBSCRIPT) && e->a && e->a->kind == E_STARRED) {
    /* tree-sitter-python reads [*f(x)] and *a.b, c as (*f)(x) and (*a).b:
     * the star is the whole primary's */
    Expr *star = e->a;
    e->a = star->a;
    e->pos = e->a->pos;
    star->a = e;
    e = star;
  }
  p->depth--;
  p->scratch_used = mark;
  return e;
}

/* ---- statements -------------------------------------------------------- */

/*
 * assignment: pattern ('=' (assignment | expression))           a = b = value
 *           | pattern ':' type ('=' expression)?                 x: int = value
 */
static Stmt *parse_assign(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_ASSIGN, parse_pos(n));
  Vec targets = {0};
  TSNode cur = n;
  for (;;) {
    TSNode left = parse_field(cur, "left"), type = parse_field(cur, "type"), right = parse_field(cur, "right");
    if (!ts_node_is_null(type)) {
      if (!ts_node_eq(cur, n) || (!ts_node_is_null(right) && parse_is(right, "assignment")))
        ERR(type, "invalid syntax");
      if (parse_is(left, "pattern_list") ||
          (parse_is(left, "tuple_pattern") && ts_node_named_child_count(left) != 1))
        ERR(left, "only single target (not tuple) can be annotated");
      if (parse_is(left, "list_pattern"))
        ERR(left, "only single target (not list) can be annotated");
      if (ts_node_is_null(right))
        return parse_unsupported_stmt(parse_pos(n), U_BARE_ANNOTATION);
      s->annotated = parse_is(left, "identifier");
    }
    vec_push(&targets, parse_target(p, left, T_ASSIGN));
    if (parse_is(right, "assignment")) {
      cur = right;
      continue;
    }
    if (parse_is(right, "augmented_assignment"))
      ERR(right, "invalid syntax");
    s->value = parse_expr(p, right);
    break;
  }
  s->targets = parse_exprs(&targets);
  s->ntargets = targets.len;
  return s;
}

/* augmented_assignment: pattern ('+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | ...) expression */
static Stmt *parse_augassign(Parser *p, TSNode n) {
  static const struct {
    const char *tok;
    Op op;
  } ops[] = {{"+=", OP_ADD}, {"-=", OP_SUB},       {"*=", OP_MUL}, {"/=", OP_DIV},
             {"//=", OP_FLOORDIV}, {"%=", OP_MOD}, {"**=", OP_POW}, {"<<=", OP_LSHIFT},
             {">>=", OP_RSHIFT}, {"&=", OP_BITAND}, {"|=", OP_BITOR}, {"^=", OP_BITXOR}};
  Stmt *s = parse_new_stmt(S_AUGASSIGN, parse_pos(n));
  TSNode opn = parse_field(n, "operator");
  const char *t = ts_node_type(opn);
  size_t j = 0;
  while (j < sizeof ops / sizeof ops[0] && strcmp(ops[j].tok, t) != 0)
    j++;
  s->ntargets = 1;
  s->targets = arena_alloc(sizeof(Expr *));
  s->targets[0] = parse_target(p, parse_field(n, "left"), T_AUG);
  if (j == sizeof ops / sizeof ops[0])
    s->unsupported = parse_unsupported(U_OPERATOR, parse_pos(opn), t); /* s->op stays OP_ADD */
  else
    s->op = ops[j].op;
  TSNode right = parse_field(n, "right");
  if (parse_is(right, "assignment") || parse_is(right, "augmented_assignment"))
    ERR(right, "invalid syntax");
  s->value = parse_expr(p, right);
  return s;
}

/* expression_statement: expression (',' expression)* ','? | assignment | augmented_assignment | yield */
static Stmt *parse_expr_stmt(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  if (k.n == 1 && parse_is(k.node[0], "assignment"))
    return parse_assign(p, k.node[0]);
  if (k.n == 1 && parse_is(k.node[0], "augmented_assignment"))
    return parse_augassign(p, k.node[0]);
  Stmt *s = parse_new_stmt(S_EXPR, parse_pos(n));
  if (k.n == 1 && !parse_has_token(p, n, ",")) {
    s->value = parse_expr(p, k.node[0]);
  } else {
    Expr *t = parse_new_expr(E_TUPLE, parse_pos(n));
    t->items = arena_alloc(sizeof(Expr *) * (size_t)(k.n + 1));
    for (int i = 0; i < k.n; i++)
      t->items[t->nitems++] = parse_expr(p, k.node[i]);
    s->value = t;
  }
  return s;
}

/* if_statement: 'if' expression ':' block elif_clause* else_clause?
 * elif_clause: 'elif' expression ':' block      else_clause: 'else' ':' block */
static Stmt *parse_if(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_IF, parse_pos(n));
  s->test = parse_expr(p, parse_field(n, "condition"));
  s->body = parse_block(p, parse_field(n, "consequence"), "'if' statement", n);
  Stmt *cur = s;
  Kids k = parse_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "elif_clause")) {
      Stmt *e = parse_new_stmt(S_IF, parse_pos(c));
      e->test = parse_expr(p, parse_field(c, "condition"));
      e->body = parse_block(p, parse_field(c, "consequence"), "'elif' statement", c);
      cur->orelse = e;
      cur = e;
    } else if (parse_is(c, "else_clause")) {
      cur->orelse = parse_block(p, parse_field(c, "body"), "'else' statement", c);
    }
  }
  return s;
}

/* A loop's else clause, if any: 'else' ':' block */
static Stmt *parse_loop_else(Parser *p, TSNode n) {
  TSNode e = parse_field(n, "alternative");
  if (ts_node_is_null(e))
    return NULL;
  return parse_block(p, parse_field(e, "body"), "'else' statement", e);
}

/* while_statement: 'while' expression ':' block else_clause? */
static Stmt *parse_while(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_WHILE, parse_pos(n));
  s->test = parse_expr(p, parse_field(n, "condition"));
  s->body = parse_block(p, parse_field(n, "body"), "'while' statement", n);
  s->orelse = parse_loop_else(p, n);
  return s;
}

/* for_statement: 'async'? 'for' targets 'in' expressions ':' block else_clause? */
static Stmt *parse_for(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_FOR, parse_pos(n));
  s->is_async = parse_has_token(p, n, "async");
  s->target = parse_target(p, parse_field(n, "left"), T_FOR);
  s->iter = parse_expr(p, parse_field(n, "right"));
  if (!s->is_async)
    parse_iterable(p, s->iter);
  s->body = parse_block(p, parse_field(n, "body"), "'for' statement", n);
  s->orelse = parse_loop_else(p, n);
  return s;
}

/*
 * try_statement: 'try' ':' block except_clause* else_clause? finally_clause?
 * except_clause: 'except' (expression ('as' identifier)?)? ':' block
 * finally_clause: 'finally' ':' block
 */
static Stmt *parse_try(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_TRY, parse_pos(n));
  s->body = parse_block(p, parse_field(n, "body"), "'try' statement", n);
  Kids k = parse_named_kids(p, n);
  Vec handlers = {0};
  bool have_else = false, have_finally = false;
  for (int i = 0; i < k.n; i++) {
    TSNode c = k.node[i];
    if (parse_is(c, "except_clause")) {
      Handler *h = arena_alloc(sizeof *h);
      h->pos = parse_pos(c);
      Kids ck = parse_kids(p, c);
      TSNode block = {0};
      int nvalues = 0;
      for (int j = 0; j < ck.n; j++) {
        TSNode x = ck.node[j];
        if (!ts_node_is_named(x)) {
          if (parse_is(x, "*"))
            h->unsupported = parse_unsupported(U_EXCEPT_STAR, parse_pos(x), NULL);
          continue;
        }
        if (parse_is(x, "block")) {
          block = x;
          continue;
        }
        if (++nvalues > 1)
          diag_error(h->type->pos, "multiple exception types must be parenthesized");
        if (parse_is(x, "as_pattern")) {
          /* as_pattern: expression 'as' as_pattern_target */
          Kids ak = parse_named_kids(p, x);
          TSNode alias = parse_field(x, "alias");
          Kids tk = parse_named_kids(p, alias);
          if (ak.n != 2 || tk.n != 1 || !parse_is(tk.node[0], "identifier"))
            ERR(alias, "invalid syntax");
          h->type = parse_expr(p, ak.node[0]);
          h->name = parse_ident(p, tk.node[0]);
        } else {
          h->type = parse_expr(p, x);
        }
      }
      h->body = parse_block(p, block, "'except' statement", c);
      vec_push(&handlers, h);
    } else if (parse_is(c, "else_clause")) {
      have_else = true;
      s->orelse = parse_block(p, parse_field(c, "body"), "'else' statement", c);
    } else if (parse_is(c, "finally_clause")) {
      have_finally = true;
      Kids fk = parse_named_kids(p, c);
      s->finalbody = parse_block(p, fk.n ? fk.node[fk.n - 1] : (TSNode){0}, "'finally' statement", c);
    }
  }
  if (!handlers.len && !have_finally)
    ERR(n, "expected 'except' or 'finally' block");
  if (have_else && !handlers.len)
    ERR(n, "expected 'except' or 'finally' block");
  s->nhandlers = handlers.len;
  s->handlers = arena_alloc(sizeof(Handler *) * (size_t)(handlers.len + 1));
  for (int i = 0; i < handlers.len; i++)
    s->handlers[i] = handlers.items[i];
  return s;
}

/* function_definition: 'async'? 'def' identifier parameters ('->' type)? ':' block */
static Stmt *parse_def(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_DEF, parse_pos(n));
  TSNode tp = parse_field(n, "type_parameters");
  if (!ts_node_is_null(tp))
    s->unsupported = parse_unsupported(U_TYPE_PARAMS, parse_pos(tp), NULL);
  Func *save;
  Func *f = parse_func_begin(p, parse_ident(p, parse_field(n, "name")), s->pos, &save);
  f->is_async = parse_has_token(p, n, "async");
  parse_params(p, parse_field(n, "parameters"), f);
  f->body = parse_block(p, parse_field(n, "body"), "function definition", n);
  parse_func_end(p, save);
  s->func = f;
  return s;
}

/*
 * class_definition: 'class' identifier type_parameters? argument_list? ':' block
 *
 * The body is a function of its own (F_CLASS): the class statement runs it
 * once, and its names go to the class namespace.  Methods are named after
 * the class ("C.method"), as CPython's __qualname__.
 */
static Stmt *parse_class(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_CLASS, parse_pos(n));
  s->name = parse_ident(p, parse_field(n, "name"));
  TSNode tp = parse_field(n, "type_parameters");
  if (!ts_node_is_null(tp))
    s->unsupported = parse_unsupported(U_TYPE_PARAMS, parse_pos(tp), NULL);
  TSNode supers = parse_field(n, "superclasses");
  Kids bases = ts_node_is_null(supers) ? (Kids){0} : parse_named_kids(p, supers);
  s->bases = arena_alloc(sizeof(Expr *) * (size_t)(bases.n + 1));
  for (int i = 0; i < bases.n; i++) {
    TSNode b = bases.node[i];
    if (parse_is(b, "keyword_argument") || parse_is(b, "dictionary_splat") || parse_is(b, "list_splat")) {
      const char *kw = parse_is(b, "keyword_argument") ? parse_ident_raw(p, parse_field(b, "name")) : NULL;
      if (!s->unsupported) s->unsupported = parse_unsupported(U_CLASS_KEYWORD, parse_pos(b), kw);
      continue;
    }
    if (parse_is(b, "comment")) continue;
    s->bases[s->nbases++] = parse_expr(p, b);
  }
  Func *save;
  Func *f = parse_func_begin(p, s->name, s->pos, &save);
  f->kind = F_CLASS;
  /* The body function takes the tuple of bases, for yrt_class_new. */
  static const char *const bases_param[] = {".bases"};
  f->params = (const char **)bases_param;
  f->param_pos = arena_alloc(sizeof(Pos));
  f->param_pos[0] = s->pos;
  f->defaults = arena_alloc(sizeof(Expr *));
  f->nparams = f->npos = 1;
  f->body = parse_block(p, parse_field(n, "body"), "class definition", n);
  /* A docstring is the class's __doc__. */
  Stmt *first = f->body;
  if (first->kind == S_EXPR && first->value->kind == E_STR) {
    first->kind = S_ASSIGN;
    first->ntargets = 1;
    first->targets = arena_alloc(sizeof(Expr *) * 2);
    first->targets[0] = parse_name_expr("__doc__", first->pos);
  }
  parse_func_end(p, save);
  s->func = f;
  return s;
}

/*
 * decorated_definition: decorator+ (function_definition | class_definition)
 * decorator: '@' expression NEWLINE
 */
static Stmt *parse_decorated(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  Vec decs = {0};
  for (int i = 0; i < k.n; i++) {
    if (!parse_is(k.node[i], "decorator")) continue;
    Kids dk = parse_named_kids(p, k.node[i]);
    for (int j = 0; j < dk.n; j++)
      if (!parse_is(dk.node[j], "comment")) {
        vec_push(&decs, parse_expr(p, dk.node[j]));
        break;
      }
  }
  TSNode def = parse_field(n, "definition");
  Stmt *s = parse_is(def, "class_definition") ? parse_class(p, def) : parse_def(p, def);
  s->ndecorators = decs.len;
  s->decorators = arena_alloc(sizeof(Expr *) * (size_t)(decs.len + 1));
  for (int i = 0; i < decs.len; i++) s->decorators[i] = decs.items[i];
  return s;
}

/*
 * with_statement: 'async'? 'with' with_clause ':' block
 * with_clause: with_item (',' with_item)*      with_item: expression | as_pattern
 *
 * Lowered here to PEP 343's expansion, one item inside the other, so that a
 * `with` across yields, and a generator closed or thrown into inside one,
 * need nothing the try statement does not already do:
 *
 *   .withN = EXPR
 *   .withN_value = yrt_with_enter(.withN)     # async: await yrt_async_with_enter(...)
 *   .withN_ok = True
 *   try:
 *       try:
 *           TARGET = .withN_value
 *           BODY                               # or the next item's expansion
 *       except:
 *           .withN_ok = False
 *           if not yrt_with_exit_exc(.withN): raise
 *   finally:
 *       if .withN_ok: yrt_with_exit(.withN)
 *
 * The hidden names start with '.', so no Python name can meet them.
 */
static Expr *with_rtcall(const char *fn, const char *var, Pos pos, bool is_async) {
  Expr *c = parse_new_expr(E_RTCALL, pos);
  c->name = arena_printf("%s%s", is_async ? "async_" : "", fn);
  c->nitems = 1;
  c->items = arena_alloc(sizeof(Expr *) * 2);
  c->items[0] = parse_name_expr(var, pos);
  if (!is_async) return c;
  Expr *a = parse_new_expr(E_AWAIT, pos);
  a->a = c;
  return a;
}

static Stmt *with_assign(const char *var, Expr *value, Pos pos) {
  Stmt *s = parse_new_stmt(S_ASSIGN, pos);
  s->ntargets = 1;
  s->targets = arena_alloc(sizeof(Expr *) * 2);
  s->targets[0] = parse_name_expr(var, pos);
  s->value = value;
  return s;
}

static Stmt *with_item(Parser *p, TSNode item, Stmt *body, Pos at, bool is_async) {
  TSNode v = parse_field(item, "value");
  Expr *target = NULL, *mgr;
  if (parse_is(v, "as_pattern")) {
    Kids k = parse_named_kids(p, v);
    mgr = parse_expr(p, k.node[0]);
    TSNode alias = parse_field(v, "alias");
    Kids ak = parse_named_kids(p, alias);
    target = parse_target(p, ak.node[0], T_ASSIGN);
  } else {
    mgr = parse_expr(p, v);
  }
  Pos pos = mgr->pos;
  int n = ++p->nwith;
  const char *var = arena_printf(".with%d", n), *value = arena_printf(".with%d_value", n),
             *ok = arena_printf(".with%d_ok", n);
  Stmt *s1 = with_assign(var, mgr, pos);
  Stmt *s2 = with_assign(value, with_rtcall("with_enter", var, pos, is_async), pos);
  Stmt *s3 = with_assign(ok, parse_new_expr(E_TRUE, pos), pos);
  /* the inner try: TARGET = value; BODY / except: ... */
  Stmt *inner = parse_new_stmt(S_TRY, at);
  if (target) {
    Stmt *t = with_assign(NULL, parse_name_expr(value, pos), pos);
    t->targets[0] = target;
    t->next = body;
    body = t;
  }
  inner->body = body;
  Handler *h = arena_alloc(sizeof *h);
  h->pos = at;
  Stmt *raise_if = parse_new_stmt(S_IF, at);
  Expr *not_ = parse_new_expr(E_UNARY, at);
  not_->op = OP_NOT;
  not_->a = with_rtcall("with_exit_exc", var, at, is_async);
  raise_if->test = not_;
  raise_if->body = parse_new_stmt(S_RAISE, at);
  h->body = with_assign(ok, parse_new_expr(E_FALSE, at), at);
  h->body->next = raise_if;
  inner->nhandlers = 1;
  inner->handlers = arena_alloc(sizeof(Handler *) * 2);
  inner->handlers[0] = h;
  /* the outer try: finally: if ok: exit(None, None, None) */
  Stmt *outer = parse_new_stmt(S_TRY, at);
  outer->body = inner;
  Stmt *exit_if = parse_new_stmt(S_IF, at);
  exit_if->test = parse_name_expr(ok, at);
  exit_if->body = parse_new_stmt(S_EXPR, at);
  exit_if->body->value = with_rtcall("with_exit", var, at, is_async);
  outer->finalbody = exit_if;
  s1->next = s2;
  s2->next = s3;
  s3->next = outer;
  return s1;
}

static Stmt *parse_with(Parser *p, TSNode n) {
  Stmt *s = parse_new_stmt(S_WITH, parse_pos(n));
  s->is_async = parse_has_token(p, n, "async");
  TSNode clause = {0};
  Kids k = parse_named_kids(p, n);
  for (int i = 0; i < k.n; i++)
    if (parse_is(k.node[i], "with_clause")) clause = k.node[i];
  Kids items = parse_named_kids(p, clause);
  Vec iv = {0};
  for (int i = 0; i < items.n; i++)
    if (parse_is(items.node[i], "with_item")) vec_push(&iv, &items.node[i]);
  /* The items' expansions nest: the first one outermost. */
  TSNode *nodes = arena_alloc(sizeof(TSNode) * (size_t)(iv.len + 1));
  for (int i = 0; i < iv.len; i++) nodes[i] = *(TSNode *)iv.items[i];
  Stmt *body = parse_block(p, parse_field(n, "body"), "'with' statement", n);
  for (int i = iv.len; i-- > 0;) body = with_item(p, nodes[i], body, s->pos, s->is_async);
  s->body = body;
  return s;
}

/* A dotted_name as the module name it spells: "a.b.c" (Python allows
 * spaces and line continuations around the dots). */
static const char *parse_dotted(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  Buf b = {0};
  for (int i = 0; i < k.n; i++) {
    if (i) buf_putc(&b, '.');
    buf_puts(&b, parse_ident_raw(p, k.node[i]));
  }
  const char *r = arena_strndup(b.data, b.len);
  free(b.data);
  return r;
}

/* One S_IMPORT: `import module [as name]` (attr NULL) or `from module
 * import attr [as name]`.  The bound name: the alias, else the imported
 * name, else the module's first component. */
static Stmt *import_item(Parser *p, Pos pos, const char *module, Pos modpos, TSNode item, bool from) {
  Stmt *s = parse_new_stmt(S_IMPORT, pos);
  vec_push(&p->mod->imports, s);
  s->module = module;
  s->module_pos = modpos;
  TSNode name = parse_is(item, "aliased_import") ? parse_field(item, "name") : item;
  TSNode alias = parse_is(item, "aliased_import") ? parse_field(item, "alias") : (TSNode){0};
  const char *dotted = parse_dotted(p, name);
  if (from) {
    s->attr = dotted; /* the grammar allows a dotted name here; CPython does not */
    s->attr_pos = parse_pos(name);
    if (strchr(dotted, '.')) ERR(name, "invalid syntax");
  } else {
    s->module = dotted;
    s->module_pos = parse_pos(name);
  }
  if (!ts_node_is_null(alias))
    s->name = parse_ident(p, alias);
  else if (from)
    s->name = parse_mangle(p, arena_strdup(dotted));
  else
    s->name = parse_mangle(p, arena_strndup(dotted, strcspn(dotted, ".")));
  return s;
}

/* import_statement: 'import' (dotted_name | aliased_import) (',' ...)*
 * One S_IMPORT per name, chained by next (parse_block keeps the chain). */
static Stmt *parse_import(Parser *p, TSNode n) {
  Stmt *head = NULL, **tail = &head;
  Kids k = parse_named_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    *tail = import_item(p, parse_pos(n), NULL, (Pos){0}, k.node[i], false);
    tail = &(*tail)->next;
  }
  return head;
}

/* CPython 3.11's __future__ features: all mandatory by now, so importing
 * one changes nothing yieldc does (`annotations` defers evaluating
 * annotations, which yieldc never evaluates). */
static const char *const future_features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                              "with_statement", "print_function", "unicode_literals",
                                              "barry_as_FLUFL", "generator_stop", "annotations", NULL};

/* future_import_statement: 'from' '__future__' 'import' names.  An S_PASS,
 * after the checks CPython's compiler makes. */
static Stmt *parse_future(Parser *p, TSNode n) {
  Kids k = parse_named_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    TSNode name = parse_is(k.node[i], "aliased_import") ? parse_field(k.node[i], "name") : k.node[i];
    const char *f = parse_dotted(p, name);
    int j = 0;
    while (future_features[j] && strcmp(future_features[j], f)) j++;
    if (!strcmp(f, "braces")) ERR(name, "not a chance");
    if (!future_features[j]) ERR(name, "future feature %s is not defined", f);
    if (!strcmp(f, "barry_as_FLUFL")) ERR(name, "'from __future__ import barry_as_FLUFL' is not supported");
  }
  if (!p->future_ok) ERR(n, "from __future__ imports must occur at the beginning of the file");
  return parse_new_stmt(S_PASS, parse_pos(n));
}

/* import_from_statement: 'from' (dotted_name | relative_import) 'import'
 * (wildcard_import | names).  One S_IMPORT per name, as parse_import. */
static Stmt *parse_from_import(Parser *p, TSNode n) {
  TSNode m = parse_field(n, "module_name");
  if (parse_is(m, "relative_import")) {
    Stmt *s = parse_new_stmt(S_PASS, parse_pos(n));
    s->unsupported = parse_unsupported(U_RELATIVE_IMPORT, parse_pos(m), NULL);
    return s;
  }
  const char *module = parse_dotted(p, m);
  /* `from m import a, b,` : CPython wants parentheses around a trailing comma
   * (found by `make fuzz`: tests/errors/import_trailing_comma.py) */
  Kids all = parse_kids(p, n);
  TSNode last = all.n ? all.node[all.n - 1] : n;
  if (all.n && !ts_node_is_named(last) && parse_is(last, ",") && !parse_has_token(p, n, "("))
    ERR(last, "trailing comma not allowed without surrounding parentheses");
  Stmt *head = NULL, **tail = &head;
  Kids k = parse_named_kids(p, n);
  for (int i = 0; i < k.n; i++) {
    if (k.field[i] && !strcmp(k.field[i], "module_name")) continue;
    if (parse_is(k.node[i], "wildcard_import")) {
      Stmt *s = parse_new_stmt(S_PASS, parse_pos(n));
      s->unsupported = parse_unsupported(U_IMPORT_STAR, parse_pos(k.node[i]), module);
      return s;
    }
    *tail = import_item(p, parse_pos(n), module, parse_pos(m), k.node[i], true);
    tail = &(*tail)->next;
  }
  return head;
}

/* One statement of any kind. */
static Stmt *parse_stmt(Parser *p, TSNode n) {
  size_t mark = p->scratch_used;
  Pos pos = parse_pos(n);
  const char *t = ts_node_type(n);
  Stmt *s;
  if (strcmp(t, "expression_statement") == 0) {
    s = parse_expr_stmt(p, n);
  } else if (strcmp(t, "pass_statement") == 0) {
    s = parse_new_stmt(S_PASS, pos);
  } else if (strcmp(t, "break_statement") == 0) {
    s = parse_new_stmt(S_BREAK, pos);
  } else if (strcmp(t, "continue_statement") == 0) {
    s = parse_new_stmt(S_CONTINUE, pos);
  } else if (strcmp(t, "return_statement") == 0) {
    /* return_statement: 'return' expressions? */
    s = parse_new_stmt(S_RETURN, pos);
    Kids k = parse_named_kids(p, n);
    if (k.n)
      s->value = parse_expr(p, k.node[0]);
  } else if (strcmp(t, "raise_statement") == 0) {
    /* raise_statement: 'raise' expressions? ('from' expression)? */
    s = parse_new_stmt(S_RAISE, pos);
    Kids k = parse_kids(p, n);
    for (int i = 0; i < k.n; i++) {
      if (!ts_node_is_named(k.node[i]))
        continue;
      if (k.field[i] && strcmp(k.field[i], "cause") == 0)
        s->cause = parse_expr(p, k.node[i]);
      else
        s->value = parse_expr(p, k.node[i]);
    }
  } else if (strcmp(t, "assert_statement") == 0) {
    /* assert_statement: 'assert' expression (',' expression)? */
    s = parse_new_stmt(S_ASSERT, pos);
    Kids k = parse_named_kids(p, n);
    if (k.n > 2)
      ERR(k.node[2], "invalid syntax");
    s->test = parse_expr(p, k.node[0]);
    if (k.n > 1)
      s->value = parse_expr(p, k.node[1]);
  } else if (strcmp(t, "delete_statement") == 0) {
    /* delete_statement: 'del' expressions   (tuples and lists of targets are flattened) */
    s = parse_new_stmt(S_DEL, pos);
    Expr *e = parse_expr(p, parse_named_kids(p, n).node[0]);
    Vec targets = {0}, todo = {0};
    vec_push(&todo, e);
    while (todo.len) {
      Expr *x = todo.items[--todo.len];
      if (x->kind == E_TUPLE || x->kind == E_LIST) {
        for (int i = x->nitems - 1; i >= 0; i--)
          vec_push(&todo, x->items[i]);
        continue;
      }
      parse_check_target(x, T_DEL);
      vec_push(&targets, x);
    }
    s->targets = parse_exprs(&targets);
    s->ntargets = targets.len;
  } else if (strcmp(t, "global_statement") == 0 || strcmp(t, "nonlocal_statement") == 0) {
    /* global_statement: 'global' identifier (',' identifier)*, and the same for nonlocal */
    s = parse_new_stmt(t[0] == 'g' ? S_GLOBAL : S_NONLOCAL, pos);
    Kids k = parse_named_kids(p, n);
    s->names = arena_alloc(sizeof(char *) * (size_t)(k.n + 1));
    for (int i = 0; i < k.n; i++)
      s->names[s->nnames++] = parse_ident(p, k.node[i]);
  } else if (strcmp(t, "if_statement") == 0) {
    s = parse_if(p, n);
  } else if (strcmp(t, "while_statement") == 0) {
    s = parse_while(p, n);
  } else if (strcmp(t, "for_statement") == 0) {
    s = parse_for(p, n);
  } else if (strcmp(t, "try_statement") == 0) {
    s = parse_try(p, n);
  } else if (strcmp(t, "function_definition") == 0) {
    s = parse_def(p, n);
  } else if (strcmp(t, "class_definition") == 0) {
    s = parse_class(p, n);
  } else if (strcmp(t, "import_statement") == 0) {
    s = parse_import(p, n);
  } else if (strcmp(t, "import_from_statement") == 0) {
    s = parse_from_import(p, n);
  } else if (strcmp(t, "future_import_statement") == 0) {
    s = parse_future(p, n);
  } else if (strcmp(t, "with_statement") == 0) {
    s = parse_with(p, n);
  } else if (strcmp(t, "decorated_definition") == 0) {
    s = parse_decorated(p, n);
  } else if (strcmp(t, "match_statement") == 0) {
    s = parse_unsupported_stmt(pos, U_MATCH);
  } else if (strcmp(t, "print_statement") == 0) {
    /* Python 2's print statement: a syntax error, but for `print >>f, x`,
     * which Python 3 reads as a tuple whose first item shifts print. */
    Kids k = parse_named_kids(p, n);
    if (k.n && parse_is(k.node[0], "chevron")) {
      p->scratch_used = mark;
      return parse_unsupported_stmt(pos, U_PRINT_CHEVRON);
    }
    if (k.n && parse_is(k.node[0], "parenthesized_expression")) {
      /* print(yield x): tree-sitter's way out of an unparenthesized yield argument */
      Kids in = parse_named_kids(p, k.node[0]);
      ERR(in.n ? in.node[0] : k.node[0], "invalid syntax");
    }
    ERR(n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
  } else if (strcmp(t, "exec_statement") == 0) {
    ERR(n, "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
  } else if (strcmp(t, "type_alias_statement") == 0) {
    s = parse_unsupported_stmt(pos, U_TYPE_ALIAS);
  } else {
    ERR(n, "invalid syntax");
  }
  p->scratch_used = mark;
  return s;
}

/* Where CPython reports a missing block: the next token after the header. */
static Pos parse_after(Parser *p, TSNode owner) {
  size_t i = ts_node_end_byte(owner);
  /* Skip to the end of the header line, then blank and comment lines. */
  while (i < p->len && p->src[i] != '\n')
    i++;
  while (i < p->len) {
    while (i < p->len && (p->src[i] == '\n' || p->src[i] == '\r' || p->src[i] == ' ' || p->src[i] == '\t' ||
                          p->src[i] == '\f'))
      i++;
    if (i < p->len && p->src[i] == '#') {
      while (i < p->len && p->src[i] != '\n')
        i++;
      continue;
    }
    break;
  }
  return parse_pos_at(p, i);
}

/* block: statement+   (what and owner describe the header, for the error on an empty block) */
static Stmt *parse_block(Parser *p, TSNode block, const char *what, TSNode owner) {
  Stmt *head = NULL, **tail = &head;
  if (!ts_node_is_null(block)) {
    Kids k = parse_named_kids(p, block);
    for (int i = 0; i < k.n; i++) {
      Stmt *s = parse_stmt(p, k.node[i]);
      *tail = s;
      while (s->next) s = s->next; /* an import of several names is a chain */
      tail = &s->next;
    }
  }
  if (!head)
    diag_error(parse_after(p, ts_node_is_null(block) ? owner : block),
               "expected an indented block after %s on line %d", what, parse_pos(owner).line);
  return head;
}

/* ===================================================================== */
/* The entry point                                                        */
/* ===================================================================== */

/* tree-sitter's parser and tree, kept in statics while alive so that an
 * error exit in the middle of the conversion does not look like a leak. */
/* ---- tree-sitter's memory ------------------------------------------- */
/*
 * tree-sitter allocates every node of the tree, and its parse stacks, with
 * a call to malloc each: over a million calls for a 1 MB file, and then as
 * many calls to free when the tree is deleted, a fifth of the compile time.
 * parse.c gives it a pool instead (ts_set_allocator): a block of up to
 * POOL_SMALL bytes is carved from a slab, and a block freed goes onto the
 * free list of its size, for the next request of that size; a bigger block
 * is malloc'd, on a list.  The tree lives in the pool, so it is not deleted
 * node by node: parse_module drops the whole pool once the module is
 * converted.  Each block is preceded by its capacity (16 bytes, to keep
 * malloc's alignment).
 */
enum {
  POOL_GRAIN = 16,            /* block sizes are multiples of this */
  POOL_SMALL = 512,           /* the largest block from a slab */
  POOL_SLAB = HUGE_BLOCK,     /* a slab's size */
};

/* A big block's head; a small block has only the last two words, the
 * capacity at the same place: 16 bytes before the block. */
typedef struct PoolHead {
  struct PoolHead *prev, *next; /* the big blocks' list */
  size_t cap;                   /* the block's usable size */
  size_t pad;
} PoolHead;
#define POOL_CAP(p) (*(size_t *)((unsigned char *)(p) - POOL_GRAIN))

static void *pool_free_list[POOL_SMALL / POOL_GRAIN + 1]; /* by cap / POOL_GRAIN */
static unsigned char *pool_slabs;                        /* the slabs, linked through their first word */
static unsigned char *pool_at;                           /* where the next small block is carved */
static size_t pool_left;                                 /* bytes left in the current slab */
static PoolHead pool_big = {&pool_big, &pool_big, 0, 0};  /* the big blocks' list (a ring) */

static void *pool_malloc(size_t n) {
  if (n > POOL_SMALL) {
    if (n > SIZE_MAX - 2 * sizeof(PoolHead))
      diag_fatal("out of memory");
    PoolHead *h = malloc(sizeof(PoolHead) + n);
    if (!h)
      diag_fatal("out of memory");
    h->cap = n;
    h->next = pool_big.next;
    h->prev = &pool_big;
    h->next->prev = h;
    pool_big.next = h;
    return h + 1;
  }
  size_t k = n ? (n + POOL_GRAIN - 1) / POOL_GRAIN : 1;
  void *p = pool_free_list[k];
  if (p) {
    pool_free_list[k] = *(void **)p;
    return p;
  }
  size_t need = POOL_GRAIN + k * POOL_GRAIN;
  if (pool_left < need) {
    unsigned char *slab = huge_block_alloc();
    *(unsigned char **)slab = pool_slabs;
    pool_slabs = slab;
    pool_at = slab + POOL_GRAIN;
    pool_left = POOL_SLAB - POOL_GRAIN;
  }
  unsigned char *b = pool_at + POOL_GRAIN;
  POOL_CAP(b) = k * POOL_GRAIN;
  pool_at += need;
  pool_left -= need;
  return b;
}

static void pool_free(void *p) {
  if (!p)
    return;
  size_t cap = POOL_CAP(p);
  if (cap > POOL_SMALL) {
    PoolHead *h = (PoolHead *)p - 1;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    free(h);
    return;
  }
  *(void **)p = pool_free_list[cap / POOL_GRAIN];
  pool_free_list[cap / POOL_GRAIN] = p;
}

static void *pool_realloc(void *p, size_t n) {
  if (!p)
    return pool_malloc(n);
  size_t cap = POOL_CAP(p);
  if (n <= cap)
    return p;
  void *q = pool_malloc(n);
  memcpy(q, p, cap);
  pool_free(p);
  return q;
}

static void *pool_calloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    diag_fatal("out of memory");
  void *p = pool_malloc(n * size);
  memset(p, 0, n * size);
  return p;
}

/* Free everything the pool holds. */
static void pool_drop(void) {
  while (pool_slabs) {
    unsigned char *next = *(unsigned char **)pool_slabs;
    huge_block_free(pool_slabs);
    pool_slabs = next;
  }
  for (PoolHead *h = pool_big.next; h != &pool_big;) {
    PoolHead *next = h->next;
    free(h);
    h = next;
  }
  pool_big.next = pool_big.prev = &pool_big;
  memset(pool_free_list, 0, sizeof pool_free_list);
  pool_at = NULL;
  pool_left = 0;
}

static TSParser *parse_ts;
static TSTree *parse_tree;

/* module: statement* */
Module *parse_module(const char *path, const char *src, size_t len) {
  static Parser parser; /* static: reachable, for leak checkers, on an error exit */
  Parser *p = &parser;
  memset(p, 0, sizeof *p);
  p->future_ok = true;
  p->src = src;
  p->len = len;
  if (len > UINT32_MAX / 2)
    diag_fatal("'%s' is too large", path);
  scan_source(&p->scan, src, len);

  static bool pooled;
  if (!pooled) {
    ts_set_allocator(pool_malloc, pool_calloc, pool_realloc, pool_free);
    pooled = true;
  }
  parse_ts = ts_parser_new();
  if (!ts_parser_set_language(parse_ts, tree_sitter_python()))
    unreachable();
  parse_tree = ts_parser_parse_string(parse_ts, NULL, p->scan.text, (uint32_t)len);
  if (!parse_tree)
    unreachable();
  TSNode root = ts_tree_root_node(parse_tree);
  parse_check_syntax(p, root);

  Module *m = arena_alloc(sizeof *m);
  m->path = path;
  m->src = src;
  m->srclen = len;
  m->name = "__main__"; /* program.c names the modules it imports */
  p->mod = m;
  Func *main = arena_alloc(sizeof *main);
  main->name = "<module>";
  main->qualname = "<module>";
  main->pos = (Pos){1, 1};
  main->kind = F_MODULE;
  main->params = arena_alloc(sizeof(char *));
  main->defaults = arena_alloc(sizeof(Expr *));
  m->main = main;
  p->func = main;

  Stmt **tail = &main->body;
  Kids k = parse_named_kids(p, root);
  for (int i = 0; i < k.n; i++) {
    /* from __future__ may follow only the docstring and other such imports */
    const char *t = ts_node_type(k.node[i]);
    p->future_ok = p->future_ok && (!strcmp(t, "future_import_statement") ||
                                    (i == 0 && !strcmp(t, "expression_statement") &&
                                     parse_is(ts_node_named_child(k.node[i], 0), "string")));
    bool future = !strcmp(t, "future_import_statement");
    Stmt *s = parse_stmt(p, k.node[i]);
    if (!future && strcmp(t, "expression_statement")) p->future_ok = false;
    *tail = s;
    while (s->next) s = s->next; /* an import of several names is a chain */
    tail = &s->next;
  }
  parse_release();
  free(p->scratch);
  return m;
}

void parse_release(void) {
  if (parse_ts) ts_parser_delete(parse_ts); /* the external scanner's state is not in the pool */
  pool_drop();                              /* the tree, and the rest of tree-sitter's memory */
  parse_tree = NULL;
  parse_ts = NULL;
}
