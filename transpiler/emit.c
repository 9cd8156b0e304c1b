/*
 * emit.c: the AST -> C.
 *
 * Every Python function becomes a C function `static YValue NAME(YFunc *fn_,
 * const YValue *args_)`.  A generator function's C function only allocates its
 * frame and stores the arguments; the body goes into a resume function:
 *
 *   struct count_up_to__frame { YGen gen; YValue limit; YValue n; ... };
 *   enum { count_up_to__yield_L4 = 1, ... };        the states
 *   static YStatus count_up_to__resume(YGen *gen_, YValue sent_, YValue *out_) {
 *       struct count_up_to__frame *f = (struct count_up_to__frame *)gen_;
 *       switch (f->gen.label) { case 0: break; case count_up_to__yield_L4: goto yield_L4; ... }
 *       ... the body as plain C, with `f->gen.label = count_up_to__yield_L4;
 *       return YS_YIELD; yield_L4:` at each yield ...
 *   }
 *
 * The switch dispatches once at the top; loops, try and finally are ordinary
 * C with labels, so a `switch` the user's code turns into is never disturbed.
 * Labels and fields are named after the Python they come from (yield_L4 is
 * the yield on line 4, for_L7 the loop on line 7, `n` the variable n).
 *
 * This file decides what C each statement and function becomes, and
 * emit_expr.c what each expression becomes; code.c holds what it is
 * built from (lines, labels, jumps, suspensions, temporaries and failure
 * checks, kept as data until code_print writes them) and emit.c never
 * writes C text itself.  Expressions compile to operands (Opnd, yieldc.h):
 * a borrowed C expression or one owned by a numbered temporary.  emit
 * raises only internal errors: sema has judged the program.
 *
 * Memory: a function's lines live in an arena of its own (FuncCode.arena)
 * and are printed as soon as the function is done (emit_flush), into the
 * text of the functions; the top of the file (constants, declarations),
 * known only at the end, goes before that text with the #line numbers
 * that point back into the .c raised to match (code_print_shift).  So the
 * C of a large program is never all in memory as Lines, only as text.
 * --emit=dot and --emit=html keep every line instead (EmitOptions.keep_lines:
 * states.c walks them).
 *
 * Control flow that leaves a block (break, continue, return, an exception)
 * walks a stack of blocks outward, as CPython's compiler does: a `for` loop
 * releases its iterator, an except clause restores the handled exception,
 * and a try with a finally records the pending completion (YW_RETURN,
 * YW_BREAK, ...) in a `why` slot and jumps to the one copy of its finally
 * body, which dispatches on `why` at its end.  Each block with cleanup has an
 * error landing label that does the cleanup and jumps to the next outer one.
 */
#include "yieldc.h"
#include "yieldrt.h" /* YWhy: the runtime's names for pending completions */

#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* File-level state                                                       */
/* ===================================================================== */

Module *emit_mod; /* the module being emitted (shared with emit_expr.c) */

/* Is the module being emitted the program's main file?  (An imported
 * module's C names start with its name.) */
static bool is_main(void) { return !strcmp(emit_mod->name, "__main__"); }
static Module *emit_main; /* the program's main module */
static const EmitOptions *opts;
static Buf out_consts;  /* string constants and exception classes */
static Buf out_decls;   /* frame structs and prototypes */
static Vec out_funcs;   /* Line*: the functions, each whole (opts->keep_lines) */
/* Otherwise each function is printed as soon as it is done (emit_flush),
 * and its lines, in an arena of its own, are released: a large program's C
 * is never all in memory as Lines.  The text waits in out_funcs_text for
 * the top of the file, which is known at the end (code_print_shift). */
static Buf out_funcs_text;
static Buf out_funcs_fixups;      /* CodeFixup[] of out_funcs_text */
static CodePrinter out_printer;   /* into out_funcs_text */
static CodePrint out_print_opt;
static Vec func_arenas;           /* Arena*: one for each function being emitted, nested */
static int func_depth;            /* how many of them are in use */
static Map file_names;  /* C identifiers used at file scope */
static Map func_stems;  /* the functions' C names: each takes its func_suffixes too */
static Map strings;     /* the text of each string constant -> its C name */
static Map bytes_consts; /* the bytes of each bytes constant -> its C name */
static const char **line_starts; /* the start of each source line, 1-based */
static int nsource_lines;

/* Names the generated C gives meanings of its own: at file scope (main,
 * the value constructors), in resume functions (the frame pointer f). */
static const char *const generated_names[] = {"main", "f", "gen", "yint", "yfloat", "ybool", "yobj", NULL};

/* C's namespace: keywords, the names of the headers generated C includes,
 * and the library functions compilers know as builtins (tools/cnames.sh). */
static const char *const c_names[] = {
#define C_NAME(s) s,
#include "cnames.h"
#undef C_NAME
};

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Is `name` an identifier C or the generated code already gives a meaning? */
static bool c_taken(const char *name) {
  for (int i = 0; generated_names[i]; i++)
    if (!strcmp(generated_names[i], name)) return true;
  return bsearch(&name, c_names, sizeof c_names / sizeof c_names[0], sizeof c_names[0], cmp_str) != NULL;
}

/* A Python identifier as a C identifier: itself, unless it could collide
 * with C (c_taken, or all capitals like a macro) or with the names yieldc
 * generates, which all end in '_', contain "__", or start with "yrt_", "Y"
 * or "_"; those get a "py_" prefix (so do names starting with "py_", which
 * keeps the mapping one to one). */
static const char *py_cname(const char *py) {
  bool escape = py[strlen(py) - 1] == '_' || strstr(py, "__") || !strncmp(py, "py_", 3) ||
                !strncmp(py, "yrt_", 4) || py[0] == 'Y' || py[0] == '_';
  bool upper = true;
  for (const char *p = py; *p; p++)
    if (islower((unsigned char)*p)) upper = false;
  return escape || upper || c_taken(py) ? arena_printf("py_%s", py) : py;
}

/* A file-scope C name from a stem (built from Python names by py_cname, or
 * from the emitter's own words), unique in the file: bytes that cannot be
 * in an identifier become '_', and a clash gets a number. */
static void reserve_file_name(const char *name) { map_put(&file_names, name, strlen(name), (void *)name); }

/* The C names a function's name is the stem of. */
static const char *const func_suffixes[] = {"__resume", "__clear", "__frame", "__gencode", "__code",
                                            "__fn", "__params", NULL};

static bool file_name_free(const char *name) {
  size_t n = strlen(name);
  if (map_get(&file_names, name, n) || c_taken(name)) return false;
  for (int i = 0; func_suffixes[i]; i++) {
    size_t k = strlen(func_suffixes[i]);
    if (n > k && !strcmp(name + n - k, func_suffixes[i]) && map_get(&func_stems, name, n - k)) return false;
  }
  return true;
}

static const char *file_name(const char *stem) {
  char *base = arena_strdup(stem);
  for (char *p = base; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '_') *p = '_';
  const char *name = base;
  for (int n = 2; !file_name_free(name); n++) name = arena_printf("%s_%d", base, n);
  reserve_file_name(name);
  return name;
}

/* A function's C name: unique together with the names derived from it
 * (which func_stems takes). */
static const char *func_file_name(const char *stem) {
  const char *name = stem;
  Buf derived = {0};
  for (int n = 2;; n++) {
    bool free = file_name_free(name);
    for (int i = 0; func_suffixes[i] && free; i++) {
      derived.len = 0;
      buf_cat(&derived, name, func_suffixes[i], NULL);
      free = file_name_free(derived.data);
    }
    if (free) break;
    name = arena_printf("%s_%d", stem, n);
  }
  buf_free(&derived);
  reserve_file_name(name);
  map_put(&func_stems, name, strlen(name), (void *)name);
  return name;
}

/* The C name of a Python variable (py_cname), or of a comprehension's
 * hidden variables: ".0" (the iterator), ".r", ".k". */
static const char *var_cname(const char *py) {
  if (!strcmp(py, ".bases")) return "bases_";
  if (!strncmp(py, ".with", 5)) return arena_printf("%s_", py + 1);
  if (py[0] == '.') return isdigit((unsigned char)py[1]) ? arena_printf("iter%s_", py + 1)
                                                          : arena_printf("comp_%s_", py + 1);
  return py_cname(py);
}

static void emit_block(FuncCode *c, Stmt *s);

/* ===================================================================== */
/* Constants                                                              */
/* ===================================================================== */

static int64_t utf8_chars(const char *s, size_t n) {
  int64_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
  return k;
}

/* The static str object for a literal (shared by equal literals); the
 * static bytes object for a bytes literal. */
const char *emit_str_const_of(const char *s, size_t n, bool bytes) {
  Map *consts = bytes ? &bytes_consts : &strings;
  const char *known = map_get(consts, s, n);
  if (known) return known;
  /* Name it after its text where that is an identifier-like word. */
  char stem[40];
  size_t j = 0;
  for (size_t i = 0; i < n && j < 20; i++) {
    char ch = s[i];
    if (isalnum((unsigned char)ch))
      stem[j++] = ch;
    else if (j > 0 && stem[j - 1] != '_')
      stem[j++] = '_';
  }
  while (j > 0 && stem[j - 1] == '_') j--;
  stem[j] = 0;
  const char *cname = file_name(arena_printf("%s__%s", bytes ? "bytes" : "str", j ? stem : "empty"));
  map_put(consts, s, n, (void *)cname);
  buf_printf(&out_consts, "static %s %s = %s(", bytes ? "YBytes" : "YStr", cname,
             bytes ? "YRT_BYTES_LIT" : "YRT_STR_LIT");
  buf_c_string(&out_consts, s, n);
  if (bytes)
    buf_printf(&out_consts, ", %zu);\n", n);
  else
    buf_printf(&out_consts, ", %zu, %" PRId64 ");\n", n, utf8_chars(s, n));
  return cname;
}

const char *emit_str_const(const char *s, size_t n) { return emit_str_const_of(s, n, false); }

Opnd emit_str_opnd(const char *s, size_t n) {
  return opnd_constant(arena_printf("yobj(&%s)", emit_str_const(s, n)));
}

/* ===================================================================== */
/* Variables                                                              */
/* ===================================================================== */

const char *emit_global_cname(Var *v) {
  /* (The hidden variables of a lowering start with '.': ".with1".) */
  if (!v->cname)
    v->cname = file_name(arena_printf("G__%s%s%s", is_main() ? "" : py_cname(emit_mod->name), is_main() ? "" : "__",
                                      v->name + (v->name[0] == '.')));
  return v->cname;
}

/* The C lvalue of a local/cell/free variable of the current function. */
static const char *var_lvalue(FuncCode *c, Var *v) {
  for (InlineSite *in = c->inl; in; in = in->up) /* an inlined generator's */
    if (v->owner == in->fn) return in->vars[v->slot];
  if (v->kind == V_FREE && !c->gen) return arena_printf("fn_->cells[%d]", v->index);
  return c->gen ? arena_printf("f->%s", v->cname) : v->cname;
}

/* The YCell* of a cell or free variable. */
const char *emit_cell_of(FuncCode *c, Var *v) { return var_lvalue(c, v); }

/* The value of a builtin name: its C object. */
static const char *builtin_value(const Builtin *b) {
  if (b->kind == BK_FUNC || b->kind == BK_CONST) return arena_printf("yobj(&%s)", b->cobj);
  return arena_printf("yobj((void *)&%s)", b->cobj);
}


/* Is `name` one of the runtime's name ids (yrt_names.h)? */
bool emit_known_name(const char *name) {
  extern const char *const yc_names[];
  for (int i = 0; yc_names[i]; i++)
    if (!strcmp(yc_names[i], name)) return true;
  return false;
}

/* obj.name = v (v borrowed; unbound deletes): the call, an int status. */
static const char *setattr_call(const char *obj, const char *name, const char *v) {
  if (emit_known_name(name)) return arena_printf("yrt_setattr(%s, YN_%s, %s)", obj, name, v);
  return arena_printf("yrt_setattr_str(%s, %s, %s)", obj, emit_str_opnd(name, strlen(name)).c, v);
}

/* obj.name, owned. */
static const char *getattr_call(const char *obj, const char *name) {
  if (emit_known_name(name)) return arena_printf("yrt_getattr(%s, YN_%s)", obj, name);
  return arena_printf("yrt_getattr_str(%s, %s)", obj, emit_str_opnd(name, strlen(name)).c);
}

/* ---- the fields of instances (layout.c) ---------------------------------- */

static const char *func_stem(Func *fn);

/* The C stem of a layout's struct and tables, unique in the file. */
static const char *layout_stem(Layout *l) {
  static const char *const suffixes[] = {"__inst", "__layout", "__names"};
  if (l->cname) return l->cname;
  const char *stem = func_stem(l->cls), *name = stem;
  for (int n = 2;; n++) {
    bool free = true;
    for (int i = 0; i < 3 && free; i++) free = file_name_free(arena_printf("%s%s", name, suffixes[i]));
    if (free) break;
    name = arena_printf("%s_%d", stem, n);
  }
  for (int i = 0; i < 3; i++) reserve_file_name(arena_printf("%s%s", name, suffixes[i]));
  return l->cname = name;
}

/* `obj.name` in a method of a class with a layout, where obj is the
 * method's self and name a field: the arguments that locate the field for
 * yrt_field_get/yrt_field_set ("&Point__layout, offsetof(struct
 * Point__inst, x), yobj(&str__x)"), else NULL. */
static const char *self_field(FuncCode *c, const Expr *obj, const char *name) {
  Func *fn = c->fn;
  if (!fn->self_var || obj->kind != E_NAME || obj->var != fn->self_var) return NULL;
  Layout *l = layout_owner(fn->self_class, name);
  if (!l) return NULL;
  const char *st = layout_stem(l);
  return arena_printf("&%s__layout, offsetof(struct %s__inst, %s), %s", st, st, py_cname(name),
                      emit_str_opnd(name, strlen(name)).c);
}

/* obj.name as an owned value: its field, or the generic lookup. */
const char *emit_load_attr(FuncCode *c, const Expr *t, const char *obj) {
  const char *f = self_field(c, t->a, t->name);
  return f ? arena_printf("yrt_field_get(%s, %s)", obj, f) : getattr_call(obj, t->name);
}

/* obj.name = v (v borrowed): the int status. */
static const char *store_attr(FuncCode *c, const Expr *t, const char *obj, const char *v) {
  const char *f = self_field(c, t->a, t->name);
  return f ? arena_printf("yrt_field_set(%s, %s, %s)", obj, f, v) : setattr_call(obj, t->name, v);
}

/* The structs of the classes that have fields, each after its parent's. */
static void emit_layouts(Buf *h, Module *m) {
  if (!m->layouts.len) return;
  buf_puts(h, "/* Classes: the instances of those whose methods assign attributes to self. */\n");
  for (int i = 0; i < m->layouts.len; i++) {
    Layout *l = m->layouts.items[i];
    const char *st = layout_stem(l);
    buf_printf(h, "/* class %s (line %d): the attributes its methods set on self are fields;\n", l->cls->qualname,
               l->cls->pos.line);
    buf_puts(h, " * others go to the instance dict. */\n");
    buf_printf(h, "struct %s__inst {\n", st);
    if (l->parent)
      buf_printf(h, "    struct %s__inst base_; /* the fields of %s */\n", layout_stem(l->parent),
                 l->parent->cls->qualname);
    else
      buf_puts(h, "    YInstance inst_; /* the object header and the dict of other attributes */\n");
    for (int k = l->fields.len - l->nown; k < l->fields.len; k++) {
      const char *f = l->fields.items[k];
      buf_printf(h, "    YValue %s; /* self.%s */\n", py_cname(f), f);
    }
    buf_puts(h, "};\n");
    buf_printf(h, "_Static_assert(sizeof(struct %s__inst) == sizeof(YInstance) + %d * sizeof(YValue), \"fields in a row\");\n",
               st, l->fields.len);
    buf_printf(h, "static YStr *const %s__names[] = {", st);
    for (int k = 0; k < l->fields.len; k++) {
      const char *f = l->fields.items[k];
      buf_printf(h, "%s&%s", k ? ", " : "", emit_str_const(f, strlen(f)));
    }
    buf_puts(h, "};\n");
    buf_printf(h, "static const YLayout %s__layout = {\"%s\", sizeof(struct %s__inst), %d, %s__names, %s};\n\n", st,
               l->cls->name, st, l->fields.len, st,
               l->parent ? arena_printf("&%s__layout", layout_stem(l->parent)) : "NULL");
  }
}

/* What a class body reads for a name its namespace lacks: the module's
 * global (or the builtin it shadows), or unbound for a NameError. */
static const char *name_fallback(const char *name) {
  const Builtin *b = sema_builtin(name);
  for (int i = 0; i < emit_mod->globals.len; i++) {
    Var *g = emit_mod->globals.items[i];
    if (strcmp(g->name, name)) continue;
    const char *gc = emit_global_cname(g);
    if (b && b->kind != BK_MODULE_NAME) return arena_printf("YIS_UNBOUND(%s) ? %s : %s", gc, builtin_value(b), gc);
    return gc;
  }
  if (b && b->kind == BK_MODULE_NAME) return emit_str_opnd(emit_mod->name, strlen(emit_mod->name)).c;
  return b ? builtin_value(b) : "YUNBOUND";
}

/* NameError if the global v is unbound. */
static void global_check(FuncCode *c, Var *v) {
  code_fail(c, arena_printf("YIS_UNBOUND(%s)", emit_global_cname(v)),
            arena_printf("yrt_unbound_global(\"%s\")", v->name), -1);
}

/* v read only for the error an unbound v raises (`asyncio` in a call of
 * asyncio.sleep that the compiler makes directly): no value is taken. */
void emit_check_var(FuncCode *c, Var *v, bool bound) {
  if (v->kind != V_GLOBAL) {
    code_release(c, emit_load_var(c, v, bound));
    return;
  }
  const Builtin *b = sema_builtin(v->name); /* shadowed: the builtin while unbound, no error */
  if (!bound && !(b && b->kind != BK_MODULE_NAME)) global_check(c, v);
}

Opnd emit_load_var(FuncCode *c, Var *v, bool bound) {
  switch (v->kind) {
  case V_LOCAL: {
    const char *lv = var_lvalue(c, v);
    if (!bound)
      code_fail(c, arena_printf("YIS_UNBOUND(%s)", lv), arena_printf("yrt_unbound_local(\"%s\")", v->name),
           -1);
    return opnd_borrowed(lv);
  }
  case V_CELL:
  case V_FREE: {
    const char *cell = emit_cell_of(c, v);
    code_fail(c, arena_printf("YIS_UNBOUND(%s->v)", cell),
         v->kind == V_CELL ? arena_printf("yrt_unbound_local(\"%s\")", v->name)
                           : arena_printf("yrt_unbound_free(\"%s\")", v->name),
         -1);
    return code_owned(c, "yrt_incref(%s->v)", cell);
  }
  case V_GLOBAL: {
    const char *g = emit_global_cname(v);
    /* Bound here for certain (the main module's code: sema's da_index):
     * no check.  Still owned, not borrowed as a local is: any call, even
     * the operation it is an operand of (a class's __add__), may rebind
     * the global and free the value while it is in use. */
    if (bound) return code_owned(c, "yrt_incref(%s)", g);
    /* A global that shadows a builtin is the builtin until it is bound. */
    const Builtin *b = sema_builtin(v->name);
    if (b && b->kind != BK_MODULE_NAME)
      return code_owned(c, "YIS_UNBOUND(%s) ? %s : yrt_incref(%s)", g, builtin_value(b), g);
    global_check(c, v);
    return code_owned(c, "yrt_incref(%s)", g);
  }
  case V_BUILTIN:
    if (v->builtin->kind == BK_MODULE_NAME) return emit_str_opnd(emit_mod->name, strlen(emit_mod->name));
    return opnd_constant(builtin_value(v->builtin));
  case V_NAME: {
    /* A name of a class body: the namespace, else the global or builtin. */
    Opnd r = code_owned(c, "yrt_ns_load(ns_, %s, %s)", emit_str_opnd(v->name, strlen(v->name)).c, name_fallback(v->name));
    code_check(c, r);
    return r;
  }
  }
  unreachable();
}

/* Store an owned value (C expression) into a variable. */
void emit_store_var(FuncCode *c, Var *v, const char *value) {
  switch (v->kind) {
  case V_LOCAL: code_out(c, "yrt_store(&%s, %s);", var_lvalue(c, v), value); return;
  case V_CELL:
  case V_FREE: code_out(c, "yrt_cell_set(%s, %s);", emit_cell_of(c, v), value); return;
  case V_GLOBAL: code_out(c, "yrt_global_set(&%s, %s);", emit_global_cname(v), value); return;
  case V_NAME: code_out(c, "yrt_ns_store(ns_, %s, %s);", emit_str_opnd(v->name, strlen(v->name)).c, value); return;
  case V_BUILTIN: unreachable();
  }
}

/* ===================================================================== */
/* Assignment                                                             */
/* ===================================================================== */

/* The index of the starred item of a tuple or list target, or -1 (the
 * parser allows one at most). */
static int starred_item(const Expr *t) {
  for (int i = 0; i < t->nitems; i++)
    if (t->items[i]->kind == E_STARRED) return i;
  return -1;
}

/* Assign an owned value (operand) to a target. */
static void assign(FuncCode *c, Expr *t, Opnd v) {
  switch (t->kind) {
  case E_NAME: emit_store_var(c, t->var, code_take(c, v)); return;
  case E_SUBSCRIPT: {
    v = code_own(c, v);
    Opnd obj = emit_expr(c, t->a);
    if (!emit_simple_expr(t->b) && obj.temp < 0) obj = code_own(c, obj);
    Opnd k = emit_expr(c, t->b);
    c->used_r = true;
    code_out(c, "r_ = yrt_setitem(%s, %s, %s);", obj.c, k.c, v.c);
    code_check_r(c);
    code_release(c, obj);
    code_release(c, k);
    code_release(c, v);
    return;
  }
  case E_TUPLE:
  case E_LIST: {
    int n = t->nitems, star = starred_item(t);
    c->used_unpack = true;
    if (n > c->max_unpack) c->max_unpack = n;
    c->used_r = true;
    if (star >= 0) /* a, *b, c = v: b gets the list of the middle items */
      code_out(c, "r_ = yrt_unpack_ex(%s, %d, %d, unpack_);", v.c, star, n - star - 1);
    else
      code_out(c, "r_ = yrt_unpack(%s, %d, unpack_);", v.c, n);
    code_check_r(c);
    code_release(c, v);
    int *ts = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
      ts[i] = code_temp_new(c);
      code_out(c, "%s = unpack_[%d];", code_temp_c(c, ts[i]), i);
    }
    for (int i = 0; i < n; i++)
      assign(c, ast_unstarred(t->items[i]), (Opnd){code_temp_c(c, ts[i]), ts[i], false});
    return;
  }
  case E_ATTR: {
    v = code_own(c, v);
    Opnd obj = emit_expr(c, t->a);
    c->used_r = true;
    code_out(c, "r_ = %s;", store_attr(c, t, obj.c, v.c));
    code_check_r(c);
    code_release(c, obj);
    code_release(c, v);
    return;
  }
  default: unreachable(); /* sema: other targets */
  }
}

static void emit_assign(FuncCode *c, Stmt *s) {
  Expr *val = s->value;
  /* a, b = b, a: evaluate every item first, then assign in order. */
  if (s->ntargets == 1 && (val->kind == E_TUPLE || val->kind == E_LIST) &&
      (s->targets[0]->kind == E_TUPLE || s->targets[0]->kind == E_LIST) &&
      s->targets[0]->nitems == val->nitems && starred_item(s->targets[0]) < 0 && starred_item(val) < 0) {
    int n = val->nitems;
    Opnd *ops = arena_alloc(sizeof(Opnd) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) ops[i] = code_own(c, emit_expr(c, val->items[i]));
    for (int i = 0; i < n; i++) assign(c, s->targets[0]->items[i], ops[i]);
    return;
  }
  Opnd v = emit_expr_want(c, val, true);
  if (s->ntargets > 1) v = code_own(c, v);
  for (int i = 0; i < s->ntargets; i++) {
    if (i + 1 < s->ntargets)
      assign(c, s->targets[i], code_owned(c, "yrt_incref(%s)", v.c));
    else
      assign(c, s->targets[i], v);
  }
}

/* cur <op>= value: the new value (owned); cur is released.  A borrowed
 * variable (a local: only a `:=` in value can rebind it while value runs,
 * `x += (x := 3)`) is owned first if value has one. */
static Opnd augmented_value(FuncCode *c, const char *fn, Opnd cur, Expr *value) {
  if (cur.temp < 0 && ast_expr_assigns(value)) cur = code_own(c, cur);
  Opnd v = emit_expr(c, value);
  Opnd r = code_owned(c, "%s(%s, %s)", fn, cur.c, v.c);
  code_check(c, r);
  code_release(c, cur);
  code_release(c, v);
  return r;
}

static void emit_augassign(FuncCode *c, Stmt *s) {
  Expr *t = s->targets[0];
  const char *fn = arena_printf("yrt_i%s", emit_binop_fn(s->op) + 4); /* yrt_add -> yrt_iadd */
  if (t->kind == E_NAME) {
    Opnd cur = emit_load_var(c, t->var, t->bound);
    Opnd r = augmented_value(c, fn, cur, s->value);
    if (t->var->kind == V_GLOBAL && t->bound) /* bound already: no first binding to record */
      code_out(c, "yrt_store(&%s, %s);", emit_global_cname(t->var), code_take(c, r));
    else
      emit_store_var(c, t->var, code_take(c, r));
    return;
  }
  if (t->kind == E_SUBSCRIPT) {
    Opnd obj = code_own(c, emit_expr(c, t->a));
    Opnd k = code_own(c, emit_expr(c, t->b));
    Opnd cur = code_owned(c, "yrt_getitem(%s, %s)", obj.c, k.c);
    code_check(c, cur);
    Opnd r = augmented_value(c, fn, cur, s->value);
    c->used_r = true;
    code_out(c, "r_ = yrt_setitem(%s, %s, %s);", obj.c, k.c, r.c);
    code_check_r(c);
    code_release(c, r);
    code_release(c, obj);
    code_release(c, k);
    return;
  }
  if (t->kind == E_ATTR) {
    Opnd obj = code_own(c, emit_expr(c, t->a));
    Opnd cur = code_owned(c, "%s", emit_load_attr(c, t, obj.c));
    code_check(c, cur);
    Opnd r = augmented_value(c, fn, cur, s->value);
    c->used_r = true;
    code_out(c, "r_ = %s;", store_attr(c, t, obj.c, r.c));
    code_check_r(c);
    code_release(c, r);
    code_release(c, obj);
    return;
  }
  unreachable(); /* sema: other augmented assignment targets */
}

/* ===================================================================== */
/* Leaving blocks                                                         */
/* ===================================================================== */

/* The cleanup a block needs when control leaves it by a jump. */
static void block_cleanup(FuncCode *c, Block *b, YWhy why) {
  switch (b->kind) {
  case B_LOOP:
    if (b->iter) code_out(c, "yrt_clear(&%s);", b->iter);
    if (b->cleanup) code_out(c, "%s", b->cleanup);
    break;
  case B_HANDLER:
    code_out(c, "yrt_exc_leave(%s); %s = YUNBOUND;", b->handled, b->handled);
    if (b->as_var && b->as_var->kind != V_BUILTIN) {
      if (b->as_var->kind == V_GLOBAL)
        code_out(c, "yrt_global_unbind(&%s);", emit_global_cname(b->as_var));
      else if (b->as_var->kind == V_LOCAL)
        code_out(c, "yrt_clear(&%s);", var_lvalue(c, b->as_var));
      else
        code_out(c, "yrt_cell_set(%s, YUNBOUND);", emit_cell_of(c, b->as_var));
    }
    code_out(c, "yrt_clear(&%s);", b->caught);
    break;
  case B_FINALLY:
    code_out(c, "if (%s == YW_RAISE) { yrt_exc_leave(%s); %s = YUNBOUND; yrt_clear(&%s); }", b->why,
        b->saved, b->saved, b->pending);
    if (why != YW_RETURN && c->fn->kind != F_MODULE) {
      c->used_retval = true;
      code_out(c, "if (%s == YW_RETURN) yrt_clear(&%s);", b->why, c->gen ? "f->retval_" : "retval_");
    }
    break;
  default: break;
  }
}

/* break / continue / return from the current position, through the blocks
 * from `from` outward. */
static void emit_jump(FuncCode *c, Block *from, YWhy why) {
  for (Block *b = from; b; b = b->up) {
    if (b->kind == B_LOOP && why == YW_BREAK) {
      block_cleanup(c, b, why);
      code_jump(c, b->brk);
      return;
    }
    if (b->kind == B_LOOP && why == YW_CONTINUE) {
      code_jump(c, b->cont);
      return;
    }
    if (b->kind == B_TRY_FINALLY) {
      b->jumps[why] = true;
      code_set_why(c, b->why, why, b->fin);
      return;
    }
    block_cleanup(c, b, why);
  }
  if (why != YW_RETURN) unreachable();
  code_jump(c, c->ret);
}

/* ===================================================================== */
/* Statements                                                             */
/* ===================================================================== */

static void push(FuncCode *c, Block *b) {
  b->up = c->block;
  c->block = b;
}
static void pop(FuncCode *c) { c->block = c->block->up; }

/* The error landing of a block, emitted after it if anything used it. */
static void emit_landing(FuncCode *c, Block *b) {
  if (!b->landing_used) return;
  code_label(c, b->landing); /* always placed after a goto */
  block_cleanup(c, b, YW_RAISE);
  code_jump_pre(c, NULL, NULL, code_error_target(c), true);
}

/* Is e a call of the builtin range with one to three positional arguments? */
static bool is_range_call(const Expr *e) {
  if (e->kind != E_CALL || e->a->kind != E_NAME || !e->a->var || e->a->var->kind != V_BUILTIN ||
      strcmp(e->a->var->name, "range") || e->nkw || e->nitems < 1 || e->nitems > 3)
    return false;
  for (int i = 0; i < e->nitems; i++)
    if (e->items[i]->kind == E_STARRED) return false;
  return true;
}

/* Is e a direct call of a generator function (emit_call's "module-level
 * function whose only binding is its def"), so that its value, if not an
 * error, is a new generator of that function?  Then that function.  async:
 * of an async generator function instead. */
static Func *known_generator_call(const Expr *e, bool async) {
  if (e->kind != E_CALL || e->a->kind != E_NAME || e->nkw) return NULL;
  const Var *v = e->a->var;
  if (!v || v->kind != V_GLOBAL || !v->def || v->nbindings != 1 || v->ndeletes != 0) return NULL;
  Func *fn = v->def;
  if (fn->kind != (async ? F_ASYNCGEN : F_GENERATOR) || fn->is_async != async || !emit_simple_signature(fn) ||
      fn->nparams != e->nitems)
    return NULL;
  for (int i = 0; i < e->nitems; i++)
    if (e->items[i]->kind == E_STARRED) return NULL;
  return fn;
}

/* ---- Generators inlined into their for loops ---------------------------
 *
 * `for x in gen(args)`, gen a known generator function (known_generator_call)
 * whose body is simple enough, compiles to gen's body itself, in the
 * caller: no generator object, no frame on the heap, no resume function.
 * gen's variables are slots of the caller (C locals, or fields of the
 * caller's frame when the caller is itself a generator); each `yield v`
 * leaves v in the item, notes which yield it was (when there are several)
 * and jumps to the loop's body; the body's end (or `continue`) jumps back
 * after that yield.  gen returning is the loop's end (the for's else).
 * A `yield from sub(args)` statement in gen, sub another such function,
 * inlines sub's body in its place the same way: sub's yields go straight
 * to the loop's body (a for loop only ever sends None, never throws).
 * `async for x in agen(args)`, agen an async generator function, inlines
 * agen's body the same way: its awaits are the caller's (a coroutine or
 * async generator), which suspend the caller's state machine.
 *
 * What the generator objects did, the inlined code still does:
 *   - a traceback through gen lists gen's lines, then the for's line (and
 *     sub's, then gen's `yield from` line);
 *   - a StopIteration leaving a body is "RuntimeError: generator raised
 *     StopIteration" (PEP 479: yrt_gen_inline_raised; for an async
 *     generator StopAsyncIteration too, yrt_agen_inline_raised);
 *   - each frame counts as a call while its statements run, not while the
 *     loop's body runs nor while the caller is suspended in an await (the
 *     recursion limit is checked where the generator would first run,
 *     yrt_enter_call);
 *   - a frame is released where the generator would be: when it returns or
 *     raises, and when the loop is left early (break, return, an
 *     exception): sub's before gen's, each its loops' iterators first, then
 *     its variables.
 * The C compiler then sees one loop: the locals in registers, the item
 * passed without a call.
 *
 * Which bodies: no nested functions, lambdas or comprehensions (so no
 * cells); no try or with (a yield inside one would need close()'s
 * GeneratorExit); no del, import, def or class; every yield and yield from
 * a statement of its own (its value unused); await and async for only in
 * an async generator, which has no yield from; no function inlined
 * into itself, at most INLINE_MAX_DEPTH deep and INLINE_MAX_STMTS
 * statements in all (code size).  Everything else keeps the state machine:
 * yrt_gen_next_known.  --no-inline turns this off. */

enum { INLINE_MAX_STMTS = 40, INLINE_MAX_DEPTH = 4 };

typedef struct InlineScan {
  FuncCode *c;
  bool async;                    /* an async generator into an async for: awaits are the caller's */
  Func *chain[INLINE_MAX_DEPTH]; /* the functions being inlined, outermost first */
  int depth, nstmts, nyields;
} InlineScan;

static bool inline_fn_ok(InlineScan *sc, Func *gen);

static bool inline_expr_ok(InlineScan *sc, const Expr *e) {
  if (!e) return true;
  switch (e->kind) {
  case E_AWAIT:
    if (!sc->async) return false;
    break;
  case E_YIELD:
  case E_YIELD_FROM:
  case E_ASYNC_YIELD_FROM:
  case E_LAMBDA:
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_GENEXP:
    return false;
  default: break;
  }
  if (e->unsupported) return false;
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++)
    if (!inline_expr_ok(sc, ast_expr_kid(e, i))) return false;
  return true;
}

static bool inline_block_ok(InlineScan *sc, const Stmt *s) {
  for (; s; s = s->next) {
    if (++sc->nstmts > INLINE_MAX_STMTS || s->unsupported) return false;
    switch (s->kind) {
    case S_EXPR:
      if (s->value->kind == E_YIELD) { /* a statement of its own */
        sc->nyields++;
        if (!inline_expr_ok(sc, s->value->a)) return false;
        continue;
      }
      if (s->value->kind == E_YIELD_FROM && !sc->async) {
        Expr *call = s->value->a;
        Func *sub = known_generator_call(call, false);
        if (!sub) return false;
        for (int i = 0; i < call->nitems; i++)
          if (!inline_expr_ok(sc, call->items[i])) return false;
        if (!inline_fn_ok(sc, sub)) return false;
        continue;
      }
      break;
    case S_FOR:
      if (s->is_async && !sc->async) return false;
      break;
    case S_ASSIGN: case S_AUGASSIGN: case S_PASS: case S_IF: case S_WHILE: case S_BREAK:
    case S_CONTINUE: case S_RETURN: case S_RAISE: case S_ASSERT: case S_GLOBAL:
      break;
    default: return false; /* try, with, del, def, class, import, nonlocal */
    }
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
      AstPart part = ast_stmt_part(s, i);
      if (part.expr && !inline_expr_ok(sc, part.expr)) return false;
      if (part.block && !inline_block_ok(sc, part.block)) return false;
    }
  }
  return true;
}

static bool inline_fn_ok(InlineScan *sc, Func *gen) {
  if (gen == sc->c->fn || sc->depth == INLINE_MAX_DEPTH || gen->children.len) return false;
  for (int i = 0; i < sc->depth; i++)
    if (sc->chain[i] == gen) return false;
  for (int i = 0; i < gen->vars.len; i++) {
    Var *v = gen->vars.items[i];
    if (v->kind == V_CELL || v->kind == V_FREE || v->kind == V_NAME) return false;
  }
  sc->chain[sc->depth++] = gen;
  bool ok = inline_block_ok(sc, gen->body);
  sc->depth--;
  return ok;
}

/* May a for loop of c inline gen (a known generator function)?  Then
 * *nyields is how many yields its body has, those of what it inlines
 * (yield from) included. */
static bool inline_ok(FuncCode *c, Func *gen, int *nyields) {
  if (opts->no_inline || c->inl) return false;
  InlineScan sc = {.c = c, .async = gen->is_async};
  if (!inline_fn_ok(&sc, gen) || sc.nyields == 0) return false;
  *nyields = sc.nyields;
  return true;
}

/* The site of the for loop itself, the outermost. */
static InlineSite *inline_root(InlineSite *in) {
  while (in->up) in = in->up;
  return in;
}

/* `yield v` in an inlined body: the item is v; run the loop's body, which
 * comes back to the label after.  Each frame inlined counts as a call
 * while it runs, not while the body does. */
static void emit_inline_yield(FuncCode *c, Expr *y) {
  InlineSite *root = inline_root(c->inl);
  /* Not a suspension point of the caller: only the value's awaits are. */
  c->susp_left = y->a ? ast_expr_suspensions(y->a) : 0;
  Opnd v = y->a ? emit_expr(c, y->a) : opnd_constant("YNONE");
  code_out(c, "%s = %s;", root->item, code_take(c, v));
  Label *resume = code_new_label(c, arena_printf("%s_yield_L%d", c->inl->fn->cname, c->line));
  vec_push(&root->resume, resume);
  if (root->at) code_out(c, "%s = %d;", root->at, root->resume.len);
  for (InlineSite *in = c->inl; in; in = in->up) code_out(c, "yrt_leave_call();");
  code_jump(c, root->body);
  code_label(c, resume);
  for (InlineSite *in = c->inl; in; in = in->up) code_out(c, "yrt_reenter_call();");
}

/* `return [v]` in an inlined body, or its end: the generator is done, the
 * loop ends (its else runs), or its `yield from` does.  As the generator's
 * return: the iterators of its loops, then its variables, then the value
 * (dropped, as the for loop drops StopIteration's). */
static void emit_inline_return(FuncCode *c, Expr *value) {
  InlineSite *in = c->inl;
  Opnd v = value ? code_own(c, emit_expr(c, value)) : opnd_constant("YNONE");
  for (Block *b = c->block; b->kind != B_INLINE; b = b->up) block_cleanup(c, b, YW_RETURN);
  code_out(c, "yrt_leave_call(); %s", in->locals);
  code_release(c, v);
  code_jump(c, in->done);
}

/* Inline gen's body here (in, set up by the caller, says where its yields
 * and its end go): the call's arguments, the recursion check of the
 * generator's first step, its parameters, its statements (under its own
 * name for tracebacks), and the landing of what they raise. */
static void emit_inline_body(FuncCode *c, InlineSite *in, Expr *call) {
  Func *gen = in->fn;
  int line = c->line;
  Opnd *ops = emit_args(c, call->items, call->nitems);
  c->used_r = true;
  code_out(c, "r_ = yrt_enter_call();");
  code_check_r(c);
  code_comment(c, arena_printf("%s's body, inlined: its variables are %s_*_L%d_", gen->name, gen->cname, line));
  InlineSite *up = c->inl;
  c->inl = NULL; /* (its variables are not its statements' slots) */
  in->vars = arena_alloc((size_t)gen->vars.len * sizeof *in->vars);
  Buf locals = {0};
  for (int i = 0; i < gen->vars.len; i++) {
    Var *v = gen->vars.items[i];
    if (v->kind != V_LOCAL) continue;
    in->vars[i] = code_slot(c, "YValue", arena_printf("%s_%s_L%d", gen->cname, var_cname(v->name), line), "YUNBOUND");
    buf_printf(&locals, "%syrt_clear(&%s);", locals.len ? " " : "", in->vars[i]);
  }
  in->locals = locals.len ? arena_strdup(locals.data) : "";
  buf_free(&locals);
  for (int i = 0; i < gen->nparams; i++)
    code_out(c, "%s = %s;", in->vars[sema_var(gen, gen->params[i])->slot], code_take(c, ops[i]));

  Block ib = {.kind = B_INLINE};
  ib.landing = code_new_label(c, arena_printf("%s_L%d_error", gen->cname, line));
  const char *tb_name = c->tb_name;
  int susp_left = c->susp_left;
  bool suspending = c->suspending;
  c->tb_name = arena_printf("\"%s\"", gen->name);
  in->up = up;
  c->inl = in;
  push(c, &ib);
  emit_block(c, gen->body);
  emit_inline_return(c, NULL);
  pop(c);
  c->inl = up;
  c->tb_name = tb_name;
  c->susp_left = susp_left;
  c->suspending = suspending;
  c->line = line;
  if (ib.landing_used) { /* it raised: as the generator's step */
    code_label(c, ib.landing);
    size_t n = strlen(in->locals); /* (code_raise_now adds the last ';') */
    code_raise_now(c, arena_printf("yrt_leave_call(); %s()%s%.*s",
                                   gen->is_async ? "yrt_agen_inline_raised" : "yrt_gen_inline_raised",
                                   n ? "; " : "", (int)(n ? n - 1 : 0), in->locals));
  }
  /* What releases its frame when the loop is left early. */
  Buf *cl = &inline_root(in)->cleanup;
  for (int i = in->slots.len - 1; i >= 0; i--) buf_printf(cl, "yrt_clear(&%s); ", (char *)in->slots.items[i]);
  buf_printf(cl, "%s%s", cl->len && *in->locals ? " " : "", in->locals);
}

/* `yield from sub(args)` in an inlined body (inline_block_ok): sub's body
 * in its place, its yields the loop's. */
static void emit_inline_yield_from(FuncCode *c, Expr *e) {
  InlineSite in = {.fn = known_generator_call(e->a, false)};
  emit_func(in.fn); /* its C name, for the labels */
  in.done = code_new_label(c, arena_printf("%s_L%d_end", in.fn->cname, c->line));
  emit_inline_body(c, &in, e->a);
  code_label(c, in.done);
}

static void emit_for_inline(FuncCode *c, Stmt *s, Func *gen, int nyields) {
  int line = s->pos.line;
  InlineSite in = {.fn = gen};
  emit_func(gen); /* its C name, for the slots and labels */
  /* The item: a temp of the caller, hidden while the body runs. */
  bool suspending = c->suspending;
  c->suspending = false;
  int t = code_temp_new(c);
  c->suspending = suspending;
  in.item = code_temp_c(c, t);
  code_temp_hide(c, t);
  if (nyields > 1) in.at = code_slot(c, "int", arena_printf("%s_at_L%d", gen->cname, line), "0");
  in.body = code_new_label(c, arena_printf("for_L%d_body", line));
  in.done = code_new_label(c, arena_printf("for_L%d_else", line));
  emit_inline_body(c, &in, s->iter);

  /* The loop's body, which leaving early releases the generators' frames. */
  Block b = {.kind = B_LOOP};
  b.cleanup = in.cleanup.len ? arena_strdup(in.cleanup.data) : NULL;
  buf_free(&in.cleanup);
  b.cont = code_new_label(c, arena_printf("for_L%d", line));
  b.brk = code_new_label(c, arena_printf("for_L%d_end", line));
  b.landing = code_new_label(c, arena_printf("for_L%d_error", line));
  code_label(c, in.body);
  push(c, &b);
  code_temp_show(c, t);
  assign(c, s->target, (Opnd){in.item, t, false});
  emit_block(c, s->body);
  c->line = line;
  code_label(c, b.cont);
  for (int i = 0; i < in.resume.len; i++) {
    Label *l = in.resume.items[i];
    if (i + 1 < in.resume.len)
      code_jump_if(c, arena_printf("%s == %d", in.at, i + 1), l);
    else
      code_jump(c, l);
  }
  pop(c);
  emit_landing(c, &b);
  code_label(c, in.done);
  emit_block(c, s->orelse);
  code_label(c, b.brk);
}

/* for / async for.  The iterator lives in a slot for the whole loop; the
 * item is fetched by yrt_next, or for async for by awaiting anext(it)
 * (yrt_await_anext) until it raises StopAsyncIteration.  `for x in
 * range(...)` counts in a YRangeLoop slot instead, with no range object, as
 * long as range's arguments are 64-bit ints (yrt_range_loop; the iterator
 * slot holds a range iterator otherwise).  `for x in gen(...)`, gen a generator
 * function called directly, keeps the new generator itself (iter() of a
 * generator is itself) and steps it by its resume function's name
 * (yrt_gen_next_known). */
static void emit_for(FuncCode *c, Stmt *s) {
  int line = s->pos.line;
  const char *it, *range = NULL;
  Func *gen = known_generator_call(s->iter, s->is_async);
  int nyields;
  if (gen && inline_ok(c, gen, &nyields)) {
    emit_for_inline(c, s, gen, nyields);
    return;
  }
  if (s->is_async) gen = NULL; /* (an async generator steps through yrt_await_anext) */
  if (!s->is_async && is_range_call(s->iter)) {
    it = code_slot(c, "YValue", arena_printf("iter_L%d", line), "YUNBOUND");
    range = code_slot(c, "YRangeLoop", arena_printf("range_L%d", line), "{0, 0, 0}");
    int argc = s->iter->nitems;
    Opnd *ops = emit_args(c, s->iter->items, argc);
    c->used_r = true;
    code_out(c, "r_ = yrt_range_loop(&%s, &%s, %d, %s);", range, it, argc, emit_args_array(ops, argc));
    code_check_r(c);
    emit_release_all(c, ops, argc);
  } else if (gen) {
    Opnd src = code_own(c, emit_expr(c, s->iter));
    it = code_slot(c, "YValue", arena_printf("iter_L%d", line), "YUNBOUND");
    code_out(c, "%s = %s;", it, code_take(c, src));
  } else {
    Opnd src = emit_expr(c, s->iter);
    it = code_slot(c, "YValue", arena_printf("iter_L%d", line), "YUNBOUND");
    Opnd ito = code_owned(c, "%s(%s)", s->is_async ? "yrt_aiter" : "yrt_iter", src.c);
    code_check(c, ito);
    code_release(c, src);
    code_out(c, "%s = %s;", it, code_take(c, ito));
  }
  Block b = {.kind = B_LOOP};
  b.iter = it;
  b.cont = code_new_label(c, arena_printf("for_L%d", line));
  b.brk = code_new_label(c, arena_printf("for_L%d_end", line));
  b.landing = code_new_label(c, arena_printf("for_L%d_error", line));
  Label *els = code_new_label(c, arena_printf("for_L%d_else", line));
  push(c, &b);
  code_label(c, b.cont);
  c->suspending = s->suspends;
  Opnd item;
  if (s->is_async) {
    emit_delegation(c, "async_for", line, "yrt_await_anext", it, true);
    code_jump_if(c, "YIS_ERR(sent_) && yrt_stop_async_iteration()", els);
    code_fail(c, "YIS_ERR(sent_)", "", -1);
    item = code_owned(c, "yrt_incref(sent_)");
  } else {
    int t = code_temp_new(c);
    const char *ic = code_temp_c(c, t);
    c->used_r = true;
    if (range)
      code_out(c, "r_ = yrt_range_next(&%s, %s, &%s);", range, it, ic);
    else if (gen)
      code_out(c, "r_ = yrt_gen_next_known(yrt_as_gen(%s), %s__resume, &%s);", it, gen->cname, ic);
    else
      code_out(c, "r_ = yrt_next(%s, &%s);", it, ic);
    code_fail(c, "r_ < 0", "", t);
    code_jump_pre(c, "r_ == 0", arena_printf("yrt_decref(%s);", ic), els, false);
    item = (Opnd){ic, t, false};
  }
  assign(c, s->target, item);
  emit_block(c, s->body);
  c->line = line; /* the jump back is the loop's */
  code_jump(c, b.cont);
  pop(c);
  emit_landing(c, &b);
  code_label(c, els);
  code_out(c, "yrt_clear(&%s);", it);
  emit_block(c, s->orelse);
  code_label(c, b.brk);
}

static void emit_while(FuncCode *c, Stmt *s) {
  int line = s->pos.line;
  Block b = {.kind = B_LOOP};
  b.cont = code_new_label(c, arena_printf("while_L%d", line));
  b.brk = code_new_label(c, arena_printf("while_L%d_end", line));
  Label *els = code_new_label(c, arena_printf("while_L%d_else", line));
  code_label(c, b.cont);
  c->suspending = s->suspends;
  emit_cond_jump(c, s->test, false, els);
  push(c, &b);
  emit_block(c, s->body);
  c->line = line; /* the jump back is the loop's */
  code_jump(c, b.cont);
  pop(c);
  code_label(c, els);
  emit_block(c, s->orelse);
  code_label(c, b.brk);
}

static void emit_if(FuncCode *c, Stmt *s) {
  int line = s->pos.line;
  Label *els = code_new_label(c, arena_printf("else_L%d", line));
  Label *end = code_new_label(c, arena_printf("endif_L%d", line));
  emit_cond_jump(c, s->test, false, els);
  emit_block(c, s->body);
  if (s->orelse) code_jump(c, end);
  code_label(c, els);
  emit_block(c, s->orelse);
  code_label(c, end);
}

/* try: body / except clauses / else, without the finally. */
static void emit_try_except(FuncCode *c, Stmt *s) {
  int line = s->pos.line;
  Block tb = {.kind = B_TRY};
  tb.handler = code_new_label(c, arena_printf("except_L%d", line));
  Label *end = code_new_label(c, arena_printf("try_L%d_end", line));
  push(c, &tb);
  emit_block(c, s->body);
  pop(c);
  emit_block(c, s->orelse);
  code_jump(c, end);

  c->line = s->handlers[0]->pos.line; /* matching the clauses */
  tb.handler->role = LR_EXCEPT;
  tb.handler->line = line;
  code_label(c, tb.handler);
  const char *caught = code_slot(c, "YValue", arena_printf("caught_L%d", line), "YUNBOUND");
  const char *handled = code_slot(c, "YValue", arena_printf("handled_L%d", line), "YUNBOUND");
  code_out(c, "%s = yrt_fetch_exc();", caught);
  /* The caught exception counts as handled from here, while the clauses'
   * types are evaluated and matched too (as in CPython): an exception they
   * raise has it as __context__.  Such an error leaves through the landing
   * of `mb`, which restores the handled exception and drops the caught one. */
  code_out(c, "%s = yrt_exc_enter(%s);", handled, caught);
  Block mb = {.kind = B_HANDLER};
  mb.caught = caught;
  mb.handled = handled;
  mb.landing = code_new_label(c, arena_printf("except_L%d_match_error", line));
  for (int i = 0; i < s->nhandlers; i++) {
    Handler *h = s->handlers[i];
    c->line = h->pos.line;
    c->suspending = false;
    Label *next = code_new_label(c, arena_printf("except_L%d_nomatch", h->pos.line));
    if (h->type) {
      push(c, &mb);
      Opnd t = emit_expr(c, h->type);
      c->used_r = true;
      code_out(c, "r_ = yrt_exc_matches(%s, %s);", caught, t.c);
      code_release(c, t);
      code_jump_pre(c, "r_ < 0", arena_printf("%s;", code_tb_add(c)),
                    code_error_target(c), true);
      pop(c);
      code_jump_if(c, "!r_", next);
    }
    Block hb = {.kind = B_HANDLER};
    hb.caught = caught;
    hb.handled = handled;
    hb.as_var = h->var;
    hb.landing = code_new_label(c, arena_printf("except_L%d_cleanup", h->pos.line));
    if (h->var) emit_store_var(c, h->var, arena_printf("yrt_incref(%s)", caught));
    push(c, &hb);
    emit_block(c, h->body);
    pop(c);
    block_cleanup(c, &hb, YW_NORMAL);
    code_jump(c, end);
    emit_landing(c, &hb);
    code_label(c, next);
  }
  /* No clause matched: the exception goes on. */
  code_out(c, "yrt_exc_leave(%s); %s = YUNBOUND;", handled, handled);
  code_out(c, "yrt_restore_exc(%s); %s = YUNBOUND;", caught, caught);
  code_jump_pre(c, NULL, NULL, code_error_target(c), true);
  emit_landing(c, &mb);
  code_label(c, end);
}

static void emit_try(FuncCode *c, Stmt *s) {
  if (!s->finalbody) {
    emit_try_except(c, s);
    return;
  }
  int line = s->pos.line;
  Block fb = {.kind = B_TRY_FINALLY};
  fb.fin = code_new_label(c, arena_printf("finally_L%d", line));
  fb.fin_raise = code_new_label(c, arena_printf("finally_L%d_raise", line));
  fb.why = code_slot(c, "YWhy", arena_printf("why_L%d", line), "YW_NORMAL");
  fb.pending = code_slot(c, "YValue", arena_printf("pending_L%d", line), "YUNBOUND");
  fb.saved = code_slot(c, "YValue", arena_printf("handled_L%d", line), "YUNBOUND");
  push(c, &fb);
  if (s->nhandlers)
    emit_try_except(c, s);
  else
    emit_block(c, s->body);
  pop(c);
  code_set_why(c, fb.why, YW_NORMAL, NULL);
  code_jump(c, fb.fin);
  fb.fin_raise->role = fb.fin->role = LR_FINALLY;
  fb.fin_raise->line = fb.fin->line = line;
  code_label(c, fb.fin_raise);
  code_set_why(c, fb.why, YW_RAISE, NULL);
  code_out(c, "%s = yrt_fetch_exc();", fb.pending);
  code_out(c, "%s = yrt_exc_enter(%s);", fb.saved, fb.pending);
  code_label(c, fb.fin);
  Block inb = {.kind = B_FINALLY};
  inb.why = fb.why;
  inb.pending = fb.pending;
  inb.saved = fb.saved;
  inb.landing = code_new_label(c, arena_printf("finally_L%d_error", line));
  push(c, &inb);
  emit_block(c, s->finalbody);
  pop(c);
  /* The end of the finally: carry on with the pending completion. */
  c->line = line;
  Label *done = code_new_label(c, arena_printf("finally_L%d_end", line));
  Line *t = code_jump_pre(c, arena_printf("%s == YW_RAISE", fb.why),
                          arena_printf("yrt_exc_leave(%s); %s = YUNBOUND;\n"
                                       "yrt_restore_exc(%s); %s = YUNBOUND;",
                                       fb.saved, fb.saved, fb.pending, fb.pending),
                          code_error_target(c), true);
  t->why = fb.why, t->why_is = YW_RAISE, t->why_eq = true;
  for (int w = YW_RETURN; w <= YW_CONTINUE; w++) {
    if (!fb.jumps[w]) continue;
    Label *skip = code_new_label(c, arena_printf("finally_L%d_not%d", line, w));
    code_jump_why(c, fb.why, w, false, skip);
    emit_jump(c, c->block, (YWhy)w);
    code_label(c, skip);
  }
  code_jump(c, done);
  emit_landing(c, &inb);
  code_label(c, done);
}

/* A path as a C string literal, for #line. */
static const char *c_path(const char *path) {
  Buf b = {0};
  buf_c_string(&b, path, strlen(path));
  char *s = arena_strdup(b.data);
  buf_free(&b);
  return s;
}

/* A file name as text in a comment (a name may hold any byte). */
static const char *c_comment_text(const char *s) {
  Buf b = {0};
  buf_c_comment(&b, s, strlen(s));
  char *t = arena_strdup(b.data ? b.data : "");
  buf_free(&b);
  return t;
}

/* The start of each source line, found once (the comments above each
 * statement's code would otherwise rescan the file from its start). */
static void index_lines(void) {
  int n = 1;
  for (size_t i = 0; i < emit_mod->srclen; i++) n += emit_mod->src[i] == '\n';
  line_starts = arena_alloc((size_t)(n + 2) * sizeof *line_starts);
  nsource_lines = n;
  int l = 1;
  line_starts[l] = emit_mod->src;
  for (size_t i = 0; i < emit_mod->srclen; i++)
    if (emit_mod->src[i] == '\n') line_starts[++l] = emit_mod->src + i + 1;
}

/* The source text of a line, for the comment above its code. */
static void line_comment(FuncCode *c, int line) {
  if (!emit_mod->src || line < 1 || line > nsource_lines) return;
  const char *p = line_starts[line], *end = emit_mod->src + emit_mod->srclen;
  const char *e = p;
  while (e < end && *e != '\n') e++;
  while (p < e && (*p == ' ' || *p == '\t')) p++;
  Buf b = {0};
  buf_printf(&b, "%d: ", line);
  for (; p < e; p++) {
    if (*p == '*' && p + 1 < e && p[1] == '/') {
      buf_puts(&b, "* /");
      p++;
    } else if (*p == '/' && p + 1 < e && p[1] == '*') { /* -Wcomment */
      buf_puts(&b, "/ *");
      p++;
    } else if (*p == '?' && p + 1 < e && p[1] == '?') {
      buf_puts(&b, "? ");
    } else if (*p == '\\' && p + 1 == e) {
      buf_puts(&b, "\\ ");
    } else if ((unsigned char)*p >= 0x20 || *p == '\t') {
      buf_putc(&b, *p);
    }
  }
  code_comment(c, arena_strdup(b.data));
  buf_free(&b);
}

/* The variable a def, class or import statement binds in this scope. */
static Var *bound_var(FuncCode *c, const char *name) {
  Var *x = sema_var(c->fn, name);
  if (!x) unreachable();
  return x->kind == V_GLOBAL && x->outer ? x->outer : x;
}

/* The suspension points of the statements whose parts are all
 * expressions, each evaluated once, in order (their temps need a frame
 * field only until the last: code_temp_new); -1 for the others. */
static int stmt_suspensions(const Stmt *s) {
  switch (s->kind) {
  case S_EXPR:
  case S_ASSIGN:
  case S_AUGASSIGN:
  case S_RETURN:
  case S_RAISE:
  case S_ASSERT:
  case S_DEL: {
    int n = 0;
    for (int i = 0, np = ast_stmt_nparts(s); i < np; i++) {
      AstPart part = ast_stmt_part(s, i);
      if (part.block) return -1;
      n += ast_expr_suspensions(part.expr);
    }
    return n;
  }
  case S_IF:
  case S_WHILE: return ast_expr_suspensions(s->test); /* the body's statements count their own */
  default: return -1;
  }
}

static void emit_stmt(FuncCode *c, Stmt *s) {
  int outer_left = c->susp_left; /* a compound statement's own count, after its body */
  c->line = s->pos.line;
  c->suspending = s->suspends;
  c->susp_left = stmt_suspensions(s);
  if (s->kind != S_PASS && s->kind != S_GLOBAL && s->kind != S_NONLOCAL) line_comment(c, s->pos.line);
  switch (s->kind) {
  case S_EXPR: {
    Expr *v = s->value;
    if (c->inl && v->kind == E_YIELD) {
      emit_inline_yield(c, v);
      break;
    }
    if (c->inl && v->kind == E_YIELD_FROM) {
      emit_inline_yield_from(c, v);
      break;
    }
    if (emit_simple_expr(v) && v->kind != E_NAME) break; /* a docstring or a bare constant */
    Opnd o = emit_expr_want(c, v, false);
    code_release(c, o);
    break;
  }
  case S_ASSIGN: emit_assign(c, s); break;
  case S_AUGASSIGN: emit_augassign(c, s); break;
  case S_PASS:
  case S_GLOBAL:
  case S_NONLOCAL: break;
  case S_IF: emit_if(c, s); break;
  case S_WHILE: emit_while(c, s); break;
  case S_FOR:
    emit_for(c, s);
    break;
  case S_BREAK: emit_jump(c, c->block, YW_BREAK); break;
  case S_CONTINUE: emit_jump(c, c->block, YW_CONTINUE); break;
  case S_RETURN: {
    if (c->inl) {
      emit_inline_return(c, s->value);
      break;
    }
    if (c->fn->kind == F_MODULE) unreachable(); /* sema: 'return' outside function */
    Opnd v = s->value ? emit_expr(c, s->value) : opnd_constant("YNONE");
    c->used_retval = true;
    code_out(c, "yrt_store(&%s, %s);", c->gen ? "f->retval_" : "retval_", code_take(c, v));
    emit_jump(c, c->block, YW_RETURN);
    break;
  }
  case S_TRY: emit_try(c, s); break;
  case S_RAISE: {
    if (!s->value) {
      c->reraise = true;
      code_raise_now(c, "yrt_reraise()");
      c->reraise = false;
      break;
    }
    Opnd v = emit_expr(c, s->value);
    if (s->cause) {
      if (v.temp < 0) v = code_own(c, v);
      Opnd cause = emit_expr(c, s->cause);
      code_out(c, "yrt_raise_from(%s, %s);", v.c, cause.c);
      code_release(c, cause);
    } else {
      code_out(c, "yrt_raise(%s);", v.c);
    }
    code_release(c, v);
    code_raise_now(c, "");
    break;
  }
  case S_ASSERT: {
    Label *ok = code_new_label(c, arena_printf("assert_L%d", s->pos.line));
    emit_cond_jump(c, s->test, true, ok);
    Opnd m = s->value ? emit_expr(c, s->value) : opnd_constant("YUNBOUND");
    code_out(c, "yrt_assert_fail(%s);", m.c);
    code_release(c, m);
    code_raise_now(c, "");
    code_label(c, ok);
    break;
  }
  case S_DEL:
    for (int i = 0; i < s->ntargets; i++) {
      Expr *t = s->targets[i];
      if (t->kind == E_NAME) {
        Var *v = t->var;
        if (v->kind == V_GLOBAL) {
          c->used_r = true;
          code_out(c, "r_ = yrt_global_del(&%s, \"%s\");", emit_global_cname(v), v->name);
          code_check_r(c);
        } else if (v->kind == V_NAME) {
          c->used_r = true;
          code_out(c, "r_ = yrt_ns_del(ns_, %s);", emit_str_opnd(v->name, strlen(v->name)).c);
          code_check_r(c);
        } else if (v->kind == V_LOCAL) {
          const char *lv = var_lvalue(c, v);
          code_fail(c, arena_printf("YIS_UNBOUND(%s)", lv),
               arena_printf("yrt_unbound_local(\"%s\")", v->name), -1);
          code_out(c, "yrt_clear(&%s);", lv);
        } else {
          const char *cell = emit_cell_of(c, v);
          code_fail(c, arena_printf("YIS_UNBOUND(%s->v)", cell),
               arena_printf("yrt_unbound_local(\"%s\")", v->name), -1);
          code_out(c, "yrt_cell_set(%s, YUNBOUND);", cell);
        }
      } else if (t->kind == E_SUBSCRIPT) {
        Opnd obj = code_own(c, emit_expr(c, t->a));
        Opnd k = emit_expr(c, t->b);
        c->used_r = true;
        code_out(c, "r_ = yrt_delitem(%s, %s);", obj.c, k.c);
        code_check_r(c);
        code_release(c, obj);
        code_release(c, k);
      } else if (t->kind == E_ATTR) {
        Opnd obj = emit_expr(c, t->a);
        c->used_r = true;
        code_out(c, "r_ = %s;", setattr_call(obj.c, t->name, "YUNBOUND"));
        code_check_r(c);
        code_release(c, obj);
      } else {
        unreachable(); /* sema: other del targets */
      }
    }
    break;
  case S_DEF:
  case S_CLASS: {
    /* The decorators first, then the defaults or the bases, then the
     * function or the class, then each decorator from the innermost. */
    Func *fn = s->func;
    Opnd *decs = arena_alloc(sizeof(Opnd) * (size_t)(s->ndecorators + 1));
    for (int i = 0; i < s->ndecorators; i++) decs[i] = code_own(c, emit_expr(c, s->decorators[i]));
    Opnd f;
    if (s->kind == S_DEF) {
      f = emit_make_function(c, fn);
    } else {
      Opnd *ops = emit_args(c, s->bases, s->nbases);
      Opnd bases = code_owned(c, "yrt_tuple_new(%d, %s)", s->nbases, emit_args_array(ops, s->nbases));
      code_check(c, bases);
      emit_release_all(c, ops, s->nbases);
      Opnd body = emit_make_function(c, fn);
      f = code_owned(c, "yrt_call(%s, 1, (YValue[]){%s})", body.c, bases.c);
      code_check(c, f);
      code_release(c, body);
      code_release(c, bases);
    }
    for (int i = s->ndecorators; i-- > 0;) {
      Opnd g = code_owned(c, "yrt_call(%s, 1, (YValue[]){%s})", decs[i].c, f.c);
      code_check(c, g);
      code_release(c, f);
      code_release(c, decs[i]);
      f = g;
    }
    emit_store_var(c, bound_var(c, s->kind == S_DEF ? fn->name : s->name), code_take(c, f));
    break;
  }
  case S_WITH: emit_block(c, s->body); break;
  case S_IMPORT: {
    /* import M: yrt_import(&yrt_module_M) for the runtime's M, &M__module
     * for the program's; from M import a: then its member a */
    Opnd m = s->imported ? code_owned(c, "yrt_import(&%s)", s->imported->cname)
                       : code_owned(c, "yrt_import(&yrt_module_%s)", s->module);
    code_check(c, m);
    if (s->attr) {
      Opnd a = code_owned(c, "yrt_import_from(%s, %s)", m.c, emit_str_opnd(s->attr, strlen(s->attr)).c);
      code_check(c, a);
      code_release(c, m);
      m = a;
    }
    emit_store_var(c, bound_var(c, s->name), code_take(c, m));
    break;
  }
  }
  if (c->nlive != 0) unreachable();
  c->susp_left = outer_left;
}

static void emit_block(FuncCode *c, Stmt *s) {
  for (; s; s = s->next) emit_stmt(c, s);
}

/* ===================================================================== */
/* Functions                                                              */
/* ===================================================================== */

static const char *kind_comment(Func *fn) {
  switch (fn->kind) {
  case F_GENERATOR: return "generator";
  case F_COROUTINE: return "coroutine";
  case F_ASYNCGEN: return "async generator";
  default: return "function";
  }
}

/* `def name(a, b):` for comments. */
static const char *signature(Func *fn) {
  Buf b = {0};
  if (fn->is_lambda)
    buf_puts(&b, "lambda");
  else
    buf_printf(&b, "%sdef %s", fn->is_async ? "async " : "", fn->name);
  buf_putc(&b, '(');
  int star = fn->npos + fn->nkwonly; /* the slot of *args, after the keyword-only ones */
  for (int i = 0; i < fn->nparams; i++) {
    if (i) buf_puts(&b, ", ");
    if (i == fn->npos && fn->nkwonly && !fn->varargs) buf_puts(&b, "*, ");
    if (fn->varargs && i == star) buf_putc(&b, '*');
    if (fn->varkw && i == fn->nparams - 1) buf_puts(&b, "**");
    buf_puts(&b, fn->params[i]);
    if (fn->defaults[i]) buf_puts(&b, "=...");
    if (fn->nposonly && i == fn->nposonly - 1) buf_puts(&b, ", /");
  }
  buf_putc(&b, ')');
  char *s = arena_strdup(b.data);
  buf_free(&b);
  for (char *p = s; *p; p++)
    if (*p == '*' && p[1] == '/') p[1] = ' ';
  return s;
}

/* The declarations of the variables of a function, as fields or locals. */
static void declare_vars(FuncCode *c, Buf *b, const char *indent, bool fields) {
  Func *fn = c->fn;
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind == V_GLOBAL || v->kind == V_BUILTIN || v->kind == V_NAME) continue;
    if (v->kind == V_FREE && !fields) continue; /* read through fn_->cells */
    const char *what = v->kind == V_CELL   ? "a variable shared with inner functions"
                       : v->kind == V_FREE ? "a variable of an enclosing function"
                       : v->is_param       ? "parameter"
                                           : "local";
    if (v->kind == V_CELL || v->kind == V_FREE)
      buf_printf(b, "%sYCell *%s; /* %s: %s */\n", indent, v->cname, v->name, what);
    else if (fields)
      buf_printf(b, "%sYValue %s; /* %s */\n", indent, v->cname, what);
    else
      buf_printf(b, "%sYValue %s = YUNBOUND; /* %s */\n", indent, v->cname, what);
  }
}

/* Append text (pyline 0) to a line list. */
static void text(Vec *lines, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text(Vec *lines, const char *fmt, ...) {
  if (!strcmp(fmt, "%s")) { /* the common case, without formatting megabytes */
    va_list ap;
    va_start(ap, fmt);
    const char *s = va_arg(ap, const char *);
    va_end(ap);
    code_text(lines, arena_strdup(s ? s : ""));
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  Buf b = {0};
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  code_text(lines, arena_strdup(b.data ? b.data : ""));
  buf_free(&b);
}

static void append_lines(Arena *a, Vec *to, Vec *from) {
  for (int i = 0; i < from->len; i++) vec_push_in(a, to, from->items[i]);
}

/* A function's C, whole: to out_funcs, or printed now. */
static void emit_flush(Vec *lines) {
  if (opts->keep_lines)
    append_lines(NULL, &out_funcs, lines);
  else
    code_print_lines(&out_printer, lines);
}

/* The labels of a finished function know where they are (for states.c). */
static void place_labels(Vec *lines) {
  for (int i = 0; i < lines->len; i++) {
    Line *l = lines->items[i];
    if (l->kind == LN_LABEL) l->label->at = i;
  }
}

/* The C stem of a function: its qualified name with <locals> dropped, each
 * Python name in it made safe for C (py_cname), joined by "__": outer__inner,
 * outer__lambda_L7. */
static const char *func_stem(Func *fn) {
  Buf stem = {0};
  const char *p = fn->qualname;
  while (*p) {
    const char *dot = strchr(p, '.');
    size_t n = dot ? (size_t)(dot - p) : strlen(p);
    const char *part = arena_strndup(p, n);
    if (strcmp(part, "<locals>")) {
      if (stem.len) buf_puts(&stem, "__");
      if (part[0] == '<')
        buf_putn(&stem, part + 1, n - 2); /* <lambda>, <genexpr>, ... */
      else
        buf_puts(&stem, py_cname(part));
    }
    p += n + (dot ? 1 : 0);
  }
  if (fn->kind != F_MODULE && fn->pos.line && (fn->is_lambda || fn->is_comprehension))
    buf_printf(&stem, "_L%d", fn->pos.line);
  /* An imported module's functions are named after it: helpers__count_up_to. */
  const char *s = arena_printf("%s%s%s", is_main() ? "" : py_cname(emit_mod->name), is_main() ? "" : "__",
                               stem.data ? stem.data : "fn");
  buf_free(&stem);
  return s;
}

/* The module's top-level code: `static YValue module__body(void)`. */
static void emit_module_body(FuncCode *c) {
  const char *cn = c->fn->cname;
  code_return(c, "YNONE", false);
  code_label(c, c->err);
  code_return(c, "YERROR", true);
  code_finish(c);
  Vec *o = arena_alloc_in(c->arena, sizeof *o);
  Buf h = {0};
  buf_printf(&h, "/* The module's top-level code. */\nstatic YValue %s(void) {\n", cn);
  if (c->used_r) buf_puts(&h, "    int r_;\n");
  if (c->used_unpack) buf_printf(&h, "    YValue unpack_[%d];\n", c->max_unpack);
  for (int i = 0; i < c->ntemps; i++) buf_printf(&h, "    YValue t%d_;\n", c->temps[i].id);
  buf_puts(&h, c->locals.data ? c->locals.data : "");
  text(o, "%s", h.data);
  buf_free(&h);
  append_lines(c->arena, o, &c->lines);
  text(o, "}\n\n");
  emit_flush(o);
  buf_printf(&out_decls, "\nstatic YValue %s(void);\n", cn);
}

/* An ordinary function: `static YValue NAME(YFunc *fn_, const YValue *args_)`. */
static void emit_plain_func(FuncCode *c) {
  Func *fn = c->fn;
  const char *cn = fn->cname;
  /* The epilogue: falling off the end returns None; both exits release the locals. */
  Vec rel = {0};
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind == V_LOCAL) vec_push(&rel, arena_printf("yrt_decref(%s);", v->cname));
    if (v->kind == V_CELL) vec_push(&rel, arena_printf("yrt_decref(yobj(%s));", v->cname));
  }
  bool cls = fn->kind == F_CLASS;
  if (cls) {
    /* The end of a class body: the class, made from its namespace. */
    vec_push(&rel, "yrt_decref(ns_);");
    const char *lay = fn->layout ? arena_printf("&%s__layout", layout_stem(fn->layout)) : "NULL";
    Opnd k = code_owned(c, "yrt_class_new(\"%s\", \"%s\", bases_, ns_, %s)", fn->name, fn->qualname, lay);
    code_check(c, k);
    for (int i = 0; i < fn->vars.len; i++) {
      Var *v = fn->vars.items[i];
      if (v->kind == V_CELL && !strcmp(v->name, "__class__"))
        code_out(c, "yrt_cell_set(%s, yrt_incref(%s));", v->cname, k.c);
    }
    c->used_retval = true;
    code_out(c, "retval_ = %s;", code_take(c, k));
  } else if (c->used_retval) {
    code_out(c, "yrt_store(&retval_, YNONE);");
  }
  code_label(c, c->ret);
  for (int i = 0; i < rel.len; i++) code_out(c, "%s", (char *)rel.items[i]);
  code_out(c, "yrt_leave_call();");
  code_return(c, c->used_retval ? "retval_" : "YNONE", false);
  code_label(c, c->err);
  if (c->used_retval) code_out(c, "yrt_decref(retval_);");
  for (int i = 0; i < rel.len; i++) code_out(c, "%s", (char *)rel.items[i]);
  code_out(c, "yrt_leave_call();");
  code_return(c, "YERROR", true);
  code_finish(c);

  Vec *o = arena_alloc_in(c->arena, sizeof *o);
  Buf h = {0};
  buf_printf(&h, "/* %s */\nstatic YValue %s(YFunc *fn_, const YValue *args_) {\n", signature(fn), cn);
  declare_vars(c, &h, "    ", false);
  if (c->used_retval) buf_puts(&h, "    YValue retval_ = YNONE;\n");
  if (c->used_r) buf_puts(&h, "    int r_;\n");
  if (c->used_unpack) buf_printf(&h, "    YValue unpack_[%d];\n", c->max_unpack);
  for (int i = 0; i < c->ntemps; i++) buf_printf(&h, "    YValue t%d_;\n", c->temps[i].id);
  buf_puts(&h, c->locals.data ? c->locals.data : "");
  if (cls) buf_puts(&h, "    YValue ns_; /* the class namespace */\n");
  buf_puts(&h, "    (void)fn_;\n    (void)args_;\n");
  buf_puts(&h, "    if (yrt_enter_call() < 0) return YERROR;\n");
  if (cls) {
    /* CPython's class body begins with `__module__ = __name__`. */
    const char *mod = is_main() ? "__main__" : emit_mod->name;
    buf_printf(&h, "    ns_ = yrt_dict_new();\n    yrt_ns_store(ns_, %s, yrt_incref(%s));\n",
               emit_str_opnd("__module__", 10).c, emit_str_opnd(mod, strlen(mod)).c);
  }
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind == V_CELL) {
      buf_printf(&h, "    %s = yrt_cell_new();\n", v->cname);
      if (v->is_param) buf_printf(&h, "    yrt_cell_set(%s, yrt_incref(args_[%d]));\n", v->cname, v->index);
    } else if (v->kind == V_LOCAL && v->is_param) {
      buf_printf(&h, "    %s = yrt_incref(args_[%d]);\n", v->cname, v->index);
    }
  }
  text(o, "%s", h.data);
  buf_free(&h);
  append_lines(c->arena, o, &c->lines);
  text(o, "}\n\n");
  emit_flush(o);
}

/* A generator, coroutine or async generator: the frame struct, its states,
 * the creating function, clear, and the resume function. */
static void emit_gen_func(FuncCode *c) {
  Func *fn = c->fn;
  const char *cn = fn->cname;
  GenCode *gc = c->gc;
  /* The epilogue: falling off the end, a return, an exception. */
  code_out(c, "*out_ = YNONE;");
  Line *fall_off = c->lines.items[c->lines.len - 1];
  code_return(c, "YS_RETURN", false);
  code_label(c, c->ret);
  code_out(c, "*out_ = f->retval_;");
  Line *ret = c->lines.items[c->lines.len - 1];
  code_out(c, "f->retval_ = YUNBOUND;");
  code_return(c, "YS_RETURN", false);
  code_label(c, c->err);
  code_return(c, "YS_RAISE", true);
  code_finish(c);

  for (int i = 0; i < gc->states.len; i++) {
    GenState *st = gc->states.items[i];
    st->cname = file_name(arena_printf("%s__%s", cn, st->label));
  }
  Buf *d = &out_decls;
  buf_printf(d, "struct %s__frame {\n    YGen gen; /* the generator header: label, state, delegate */\n", cn);
  declare_vars(c, d, "    ", true);
  if (c->used_retval) buf_puts(d, "    YValue retval_; /* the pending return value */\n");
  for (int i = 0; i < c->ntemps; i++)
    if (c->temps[i].frame) buf_printf(d, "    YValue t%d_; /* kept across a yield */\n", c->temps[i].id);
  buf_puts(d, c->fields.data ? c->fields.data : "");
  buf_puts(d, "};\n");
  if (gc->states.len) {
    buf_printf(d, "/* The states of %s: where its body is suspended (f->gen.label). */\nenum {\n", cn);
    for (int i = 0; i < gc->states.len; i++) {
      GenState *st = gc->states.items[i];
      buf_printf(d, "    %s = %d,\n", st->cname, i + 1);
    }
    buf_puts(d, "};\n");
  }
  buf_printf(d, "static YStatus %s__resume(YGen *gen_, YValue sent_, YValue *out_);\n", cn);
  buf_printf(d, "static void %s__clear(YGen *gen_);\n", cn);
  buf_printf(d, "static const YGenCode %s__gencode = {\"%s\", \"%s\", %s, sizeof(struct %s__frame), %s__resume, %s__clear};\n",
             cn, fn->name, fn->qualname,
             fn->kind == F_COROUTINE ? "YG_COROUTINE" : fn->kind == F_ASYNCGEN ? "YG_ASYNCGEN" : "YG_GENERATOR",
             cn, cn, cn);

  /* Calling the function creates the generator. */
  Buf o = {0};
  buf_printf(&o, "/* %s: calling it creates the %s; the body is in %s__resume. */\n", signature(fn),
             kind_comment(fn), cn);
  buf_printf(&o, "static YValue %s(YFunc *fn_, const YValue *args_) {\n", cn);
  buf_printf(&o, "    struct %s__frame *frame_ = (struct %s__frame *)yrt_gen_new(&%s__gencode);\n", cn, cn, cn);
  buf_puts(&o, "    (void)fn_;\n    (void)args_;\n");
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind == V_CELL) {
      buf_printf(&o, "    frame_->%s = yrt_cell_new();\n", v->cname);
      if (v->is_param) buf_printf(&o, "    yrt_cell_set(frame_->%s, yrt_incref(args_[%d]));\n", v->cname, v->index);
    } else if (v->kind == V_FREE) {
      buf_printf(&o, "    frame_->%s = fn_->cells[%d];\n    yrt_incref(yobj(frame_->%s));\n", v->cname,
                 v->index, v->cname);
    } else if (v->kind == V_LOCAL && v->is_param) {
      buf_printf(&o, "    frame_->%s = yrt_incref(args_[%d]);\n", v->cname, v->index);
    }
  }
  buf_puts(&o, "    return yobj(frame_);\n}\n\n");

  /* clear: release the variables once the generator is done. */
  buf_printf(&o, "static void %s__clear(YGen *gen_) {\n    struct %s__frame *f = (struct %s__frame *)gen_;\n", cn, cn, cn);
  buf_puts(&o, "    (void)f;\n");
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind == V_LOCAL) buf_printf(&o, "    yrt_clear(&f->%s);\n", v->cname);
    if (v->kind == V_CELL || v->kind == V_FREE) buf_printf(&o, "    yrt_cell_clear(&f->%s);\n", v->cname);
  }
  if (c->used_retval) buf_puts(&o, "    yrt_clear(&f->retval_);\n");
  for (int i = 0; i < c->value_slots.len; i++)
    buf_printf(&o, "    yrt_clear(&f->%s);\n", (char *)c->value_slots.items[i]);
  bool any_live = false;
  for (int i = 0; i < c->resume_live.len; i++) any_live |= *(char *)c->resume_live.items[i] != 0;
  if (any_live) {
    buf_puts(&o, "    /* Dropped while suspended: the temporaries live at that point. */\n");
    buf_puts(&o, "    switch (f->gen.label) {\n");
    for (int i = 0; i < c->resume_live.len; i++)
      if (*(char *)c->resume_live.items[i])
        buf_printf(&o, "    case %s: %sbreak;\n", ((GenState *)gc->states.items[i])->cname,
                   (char *)c->resume_live.items[i]);
    buf_puts(&o, "    default: break;\n    }\n");
  }
  buf_puts(&o, "}\n\n");

  /* The resume function: the dispatch on the state, then the body. */
  buf_printf(&o, "/* The body of %s: runs from the label to the next yield. */\n", signature(fn));
  buf_printf(&o, "static YStatus %s__resume(YGen *gen_, YValue sent_, YValue *out_) {\n", cn);
  buf_printf(&o, "    struct %s__frame *f = (struct %s__frame *)gen_;\n", cn, cn);
  if (c->used_r) buf_puts(&o, "    int r_;\n");
  if (c->used_st) buf_puts(&o, "    YStatus st_;\n");
  if (c->used_unpack) buf_printf(&o, "    YValue unpack_[%d];\n", c->max_unpack);
  for (int i = 0; i < c->ntemps; i++)
    if (!c->temps[i].frame) buf_printf(&o, "    YValue t%d_;\n", c->temps[i].id);
  buf_puts(&o, "    (void)sent_;\n");
  if (!c->used_out && fall_off->dead && ret->dead) buf_puts(&o, "    (void)out_; /* the body always raises */\n");
  buf_puts(&o, "    switch (f->gen.label) {\n    case 0: break;\n");
  Vec *lines = arena_alloc_in(c->arena, sizeof *lines);
  text(lines, "%s", o.data);
  buf_free(&o);
  for (int i = 0; i < gc->states.len; i++) {
    Line *k = arena_alloc(sizeof *k);
    k->kind = LN_CASE;
    k->label = ((GenState *)gc->states.items[i])->resume;
    k->state = i + 1;
    k->gen = gc;
    vec_push(lines, k);
  }
  text(lines, "    default: yrt_unreachable();\n    }\n");
  gc->body = lines->len;
  append_lines(c->arena, lines, &c->lines);
  text(lines, "}\n\n");
  place_labels(lines);
  if (opts->keep_lines) gc->lines = lines; /* else released with the arena */
  emit_flush(lines);
  gc->mod = emit_mod;
  vec_push(&emit_main->gens, gc);
}

void emit_func(Func *fn) {
  if (fn->cname) return;
  fn->cname = func_file_name(fn->kind != F_MODULE ? func_stem(fn)
                             : is_main()          ? "module__body"
                                                  : arena_printf("%s__body", py_cname(emit_mod->name)));

  FuncCode code = {0};
  FuncCode *c = &code;
  c->fn = fn;
  if (!opts->keep_lines) {
    if (func_depth == func_arenas.len) vec_push(&func_arenas, arena_alloc(sizeof(Arena)));
    c->arena = func_arenas.items[func_depth++];
    c->label_names.arena = c->arena;
  }
  c->gen = fn->kind == F_GENERATOR || fn->kind == F_COROUTINE || fn->kind == F_ASYNCGEN;
  c->susp_left = -1;
  c->tb_name = arena_printf("\"%s\"", fn->kind == F_MODULE ? "<module>" : fn->name);
  c->tb_file = is_main() ? NULL : emit_mod->cfile;
  c->ret = code_new_label(c, "return_");
  c->ret->role = LR_RETURN;
  c->err = code_new_label(c, "error_");
  c->err->role = LR_ERROR;
  if (c->gen) {
    c->gc = arena_alloc(sizeof *c->gc);
    c->gc->fn = fn;
  }
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->kind != V_GLOBAL && v->kind != V_BUILTIN && v->kind != V_NAME) v->cname = var_cname(v->name);
  }

  /* The body first: it decides which temps and slots exist. */
  emit_block(c, fn->body);
  c->line = 0; /* what follows is scaffolding */
  if (fn->kind == F_MODULE) {
    emit_module_body(c);
  } else {
    /* The static descriptions of the function. */
    Buf *d = &out_decls;
    const char *cn = fn->cname;
    buf_printf(d, "\n/* %s (line %d): %s */\n", signature(fn), fn->pos.line, kind_comment(fn));
    buf_printf(d, "static YValue %s(YFunc *fn_, const YValue *args_);\n", cn);
    /* A comprehension without free variables is only ever called directly. */
    if (!(fn->is_comprehension && fn->frees.len == 0)) {
      if (fn->nparams) {
        buf_printf(d, "static const char *const %s__params[] = {", cn);
        for (int i = 0; i < fn->nparams; i++) buf_printf(d, "%s\"%s\"", i ? ", " : "", fn->params[i]);
        buf_puts(d, "};\n");
      }
      const char *kind = fn->kind == F_GENERATOR   ? "YF_GENERATOR"
                         : fn->kind == F_COROUTINE ? "YF_COROUTINE"
                         : fn->kind == F_ASYNCGEN  ? "YF_ASYNCGEN"
                                                   : NULL;
      const char *flags = arena_printf("%s%s%s%s%s", fn->varargs ? "YF_VARARGS" : "",
                                       fn->varargs && (fn->varkw || kind) ? " | " : "", fn->varkw ? "YF_VARKW" : "",
                                       fn->varkw && kind ? " | " : "", kind ? kind : "");
      if (!*flags) flags = "0";
      /* The docstring: a str literal first in the body. */
      Stmt *first = fn->is_lambda ? NULL : fn->body;
      const char *doc = first && first->kind == S_EXPR && first->value->kind == E_STR
                            ? arena_printf("&%s", emit_str_const(first->value->str, first->value->len))
                            : "NULL";
      /* A generator function names its generators' code (types.coroutine marks it), declared here. */
      bool gen = fn->kind == F_GENERATOR;
      if (gen) buf_printf(d, "static const YGenCode %s__gencode;\n", cn);
      buf_printf(d, "static const YFuncCode %s__code = {\"%s\", \"%s\", %d, %s, %s, %d, %d, %s, \"%s\", %s, %s};\n",
                 cn, fn->name, fn->qualname, fn->npos, fn->nparams ? arena_printf("%s__params", cn) : "NULL", cn,
                 fn->nposonly, fn->nkwonly, flags, is_main() ? "__main__" : emit_mod->name, doc,
                 gen ? arena_printf("&%s__gencode", cn) : "NULL");
    }
    if (emit_static_function(fn) && !fn->is_comprehension)
      buf_printf(d, "static YFunc %s__fn = YRT_FUNC_STATIC(&%s__code);\n", cn, cn);
    if (c->gen)
      emit_gen_func(c);
    else
      emit_plain_func(c);
  }
  buf_free(&c->fields);
  buf_free(&c->locals);
  if (c->arena) {
    arena_release(c->arena);
    func_depth--;
  }
}

/* ===================================================================== */
/* The module                                                             */
/* ===================================================================== */

const char *const yc_names[] = {
#define YRT_NAME(n) #n,
#include "yrt_names.h"
#undef YRT_NAME
    NULL};

static void emit_api(Buf *outb, Module *m, const char *base);
static const char *api_name(Func *fn);

static bool api_func(Var *v);

/* An imported module's object (runtime YModule): its init function runs
 * the top-level code; its table names its globals.  The library module a
 * --library-module compile makes is exported, for libyieldrt. */
static void emit_module_object(Buf *h, Module *m, bool exported) {
  buf_printf(h, "/* module %s (%s) */\n", m->name, c_comment_text(m->path));
  buf_printf(h, "static int %s__init(void) { return YIS_ERR(%s()) ? -1 : 0; }\n", m->cname, m->main->cname);
  int n = 0;
  for (int i = 0; i < m->globals.len; i++) n += ((Var *)m->globals.items[i])->name[0] != '.';
  if (n) {
    buf_printf(h, "static const YModuleMember %s__members[] = {\n", m->cname);
    for (int i = 0; i < m->globals.len; i++) {
      Var *v = m->globals.items[i];
      if (v->name[0] == '.') continue;
      buf_puts(h, "    {");
      buf_c_string(h, v->name, strlen(v->name));
      buf_printf(h, ", &%s},\n", emit_global_cname(v));
    }
    buf_puts(h, "};\n");
  }
  buf_printf(h, "%sYModule %s = YRT_MODULE_STATIC(\"%s\", %s, %s__init, %s, %d);\n\n", exported ? "" : "static ",
             m->cname, m->name, m->cfile, m->cname, n ? arena_printf("%s__members", m->cname) : "NULL", n);
}

void emit_program(Buf *outb, Program *p, const EmitOptions *opt) {
  opts = opt;
  Module *m = p->modules.items[0];
  emit_mod = emit_main = m;
  bool lib = opt->library_module;
  /* The C API's names are the module's name plus the Python names: keep
   * them from being taken by the file's own statics. */
  file_name("yrt"); /* reserve the runtime's prefix */
  if (!lib) {
    reserve_file_name(arena_printf("%s_init", opt->prefix));
    for (int i = 0; i < m->globals.len; i++) {
      Var *v = m->globals.items[i];
      if (api_func(v)) reserve_file_name(api_name(v->def));
    }
  }
  /* The modules whose code is in this file: the main one, then those not
   * in libyieldrt already (Module.external). */
  Vec mods = {0};
  for (int i = 0; i < p->modules.len; i++) {
    Module *mi = p->modules.items[i];
    if (mi->external || (i == 0 && lib)) {
      mi->cname = arena_printf("yrt_lib_%s", py_cname(mi->name)); /* "yrt" is reserved: no clash */
      if (mi->external) continue;
    } else if (i > 0) {
      mi->cname = file_name(arena_printf("%s__module", py_cname(mi->name)));
    }
    if (i > 0 || lib) mi->cfile = file_name(arena_printf("%s__file", py_cname(mi->name)));
    vec_push(&mods, mi);
  }
  out_print_opt = (CodePrint){opt->line_directives, c_path(m->path), c_path(opt->out_name ? opt->out_name : "<stdout>")};
  if (!opt->keep_lines) {
    code_print_begin(&out_printer, &out_funcs_text, &out_print_opt, NULL);
    out_printer.fixups = &out_funcs_fixups;
  }
  /* Each module's code, the main file's first (its names are the plainest). */
  for (int i = 0; i < mods.len; i++) {
    Module *mi = mods.items[i];
    emit_mod = mi;
    index_lines();
    if (mods.len > 1) {
      Vec sep = {0};
      Line *l = arena_alloc(sizeof *l);
      l->kind = LN_FILE;
      l->text = c_path(mi->path);
      vec_push(&sep, l);
      text(&sep, "/* ---- %s: %s ---- */\n\n", i ? arena_printf("module %s", mi->name) : "the program",
           c_comment_text(mi->path));
      emit_flush(&sep);
    }
    mi->main->qualname = "<module>";
    mi->main->name = "<module>";
    int first = out_funcs.len;
    emit_func(mi->main);
    for (int k = first; i > 0 && k < out_funcs.len; k++) ((Line *)out_funcs.items[k])->imported = true;
  }
  emit_mod = m;

  const char *base = strrchr(m->path, '/');
  base = base ? base + 1 : m->path;
  Buf h = {0};
  buf_printf(&h, "/*\n * Generated by yieldc %s from %s.  Do not edit: edit the Python.\n", YIELDC_VERSION, c_comment_text(base));
  if (lib)
    buf_printf(&h, " * The library module %s, as libyieldrt holds it (yieldc --library-module).\n", m->name);
  if (mods.len > 1) {
    buf_puts(&h, " * With the modules it imports:");
    for (int i = 1; i < mods.len; i++)
      buf_printf(&h, "%s %s", i > 1 ? "," : "", c_comment_text(((Module *)mods.items[i])->path));
    buf_puts(&h, ".\n");
  }
  if (!lib) buf_puts(&h, " * Build: cc FILE.c $(yieldc --cflags) $(yieldc --libs)\n");
  buf_puts(&h, " */\n#include \"yieldrt.h\"\n\n");
  buf_printf(&h, "#if YRT_VERSION_MAJOR != 0 || YRT_VERSION_MINOR != 1\n#error \"this file was generated by yieldc %s; its runtime headers (yieldrt.h) are version \" YRT_VERSION_STRING\n#endif\n\n", YIELDC_VERSION);
  if (out_consts.len) {
    buf_puts(&h, "/* Constants. */\n");
    buf_puts(&h, out_consts.data);
    buf_puts(&h, "\n");
  }
  if (p->modules.len > 1 || lib) {
    buf_puts(&h, "/* The modules imported, and their files: the program's (defined at the end), yieldc's\n"
                 " * library's (in libyieldrt). */\n");
    for (int k = lib ? 0 : 1; k < p->modules.len; k++) {
      Module *mk = p->modules.items[k];
      if (mk->external)
        buf_printf(&h, "extern YModule %s; /* %s */\n", mk->cname, mk->name);
      else
        buf_printf(&h, "%sYModule %s;\nstatic const char %s[] = %s;\n", k ? "static " : "extern ", mk->cname,
                   mk->cfile, c_path(mk->path));
    }
    buf_puts(&h, "\n");
  }
  for (int k = 0; k < mods.len; k++) {
    Module *mk = mods.items[k];
    if (!mk->globals.len) continue;
    buf_printf(&h, "/* %s. */\n", k ? arena_printf("Globals of module %s", mk->name) : "Module globals");
    emit_mod = mk;
    for (int i = 0; i < mk->globals.len; i++) {
      Var *v = mk->globals.items[i];
      /* A name only declared `global` and never bound may be read nowhere either. */
      buf_printf(&h, "static YValue %s%s; /* %s */\n", v->nbindings || v->ndeletes ? "" : "YRT_UNUSED ",
                 emit_global_cname(v), v->name);
    }
    buf_puts(&h, "\n");
  }
  for (int k = 0; k < mods.len; k++) emit_layouts(&h, mods.items[k]);
  emit_mod = m;
  buf_puts(&h, "/* Functions. */");
  buf_puts(&h, out_decls.data ? out_decls.data : "");
  buf_puts(&h, "\n");
  Vec trailer = {0};
  if (opt->keep_lines) {
    text(&m->lines, "%s", h.data);
    append_lines(NULL, &m->lines, &out_funcs);
  } else {
    /* The top of the file, then the functions printed, their directives
     * back to the .c renumbered, then the rest through the same printer. */
    int top = 0;
    for (size_t k = 0; k < h.len; k++) top += h.data[k] == '\n';
    code_print_shift(&out_funcs_text, &out_funcs_fixups, top, h.data, h.len);
    buf_free(outb);
    *outb = out_funcs_text;
    out_funcs_text = (Buf){0};
    buf_free(&out_funcs_fixups);
    out_printer.out = outb;
    out_printer.fixups = NULL;
    out_printer.at += top;
    for (int k = 0; k < func_arenas.len; k++) arena_destroy(func_arenas.items[k]);
    func_arenas = (Vec){0};
  }
  buf_free(&h);
  if (mods.len > 1 || lib) {
    buf_puts(&h, lib ? "/* The module. */\n" : "/* The modules the program imports. */\n");
    for (int k = lib ? 0 : 1; k < mods.len; k++) emit_module_object(&h, mods.items[k], k == 0);
  }
  if (!lib) {
    emit_api(&h, m, base);
    buf_puts(&h, "#ifndef YIELDC_NO_MAIN\n");
    buf_printf(&h, "int main(int argc, char **argv) {\n    yrt_init(argc, argv, %s);\n", c_path(base));
    buf_printf(&h, "    return yrt_finish(%s());\n}\n", m->main->cname);
    buf_puts(&h, "#endif\n");
  }
  if (opt->keep_lines) {
    text(&m->lines, "%s", h.data);
    code_print(outb, &m->lines, &out_print_opt, NULL);
  } else {
    text(&trailer, "%s", h.data);
    code_print_lines(&out_printer, &trailer);
  }
  buf_free(&h);
}

/* ---- the C API ----------------------------------------------------------- */

/* The module-level functions a C program can call: those bound only by
 * their def. */
static bool api_func(Var *v) {
  return v->def && v->nbindings == 1 && v->ndeletes == 0 && v->def->kind != F_MODULE;
}

/* The C API's name of a module-level function: PREFIX_NAME.  PREFIX_init
 * is the module's own; a Python function called `init` (or anything
 * starting with `py_`) is PREFIX_py_NAME. */
static const char *api_name(Func *fn) {
  bool escape = !strcmp(fn->name, "init") || !strncmp(fn->name, "py_", 3);
  return arena_printf("%s_%s%s", opts->prefix, escape ? "py_" : "", fn->name);
}

/* `YValue counter_count_up_to(YValue limit)` */
static void api_prototype(Buf *b, Func *fn, bool definition) {
  buf_printf(b, "YValue %s(", api_name(fn));
  /* The header names the parameters after Python's; the definition numbers
   * them, so none can hide the function it calls.  A function with defaults,
   * keyword-only parameters, *args or **kwargs takes its positional
   * parameters here, all of them given; the rest get their defaults. */
  for (int i = 0; i < fn->npos; i++)
    if (definition)
      buf_printf(b, "%sYValue arg%d_", i ? ", " : "", i);
    else
      buf_printf(b, "%sYValue %s", i ? ", " : "", var_cname(fn->params[i]));
  if (fn->npos == 0) buf_puts(b, "void");
  buf_putc(b, ')');
}

/* The C API's definitions: PREFIX_init() runs the module's top-level code
 * once; PREFIX_NAME(...) calls a module-level function (for a generator:
 * creates it).  Build the file with -DYIELDC_NO_MAIN to link it into a C
 * program. */
static void emit_api(Buf *outb, Module *m, const char *base) {
  buf_printf(outb, "/* The C API (see %s.h): run the module once, then call its functions. */\n",
             opts->prefix);
  buf_printf(outb, "int %s_init(void) {\n    static int done;\n    if (done) return 0;\n    done = 1;\n",
             opts->prefix);
  buf_printf(outb, "    if (!yrt_ts.exc_info) yrt_init(0, NULL, %s);\n", c_path(base));
  buf_printf(outb, "    return YIS_ERR(%s()) ? -1 : 0;\n}\n", m->main->cname);
  for (int i = 0; i < m->globals.len; i++) {
    Var *v = m->globals.items[i];
    if (!api_func(v)) continue;
    Func *fn = v->def;
    api_prototype(outb, fn, true);
    if (emit_simple_signature(fn))
      buf_printf(outb, " {\n    return %s(NULL, ", fn->cname);
    else /* through the function object, which binds the defaults */
      buf_printf(outb, " {\n    return yrt_call(%s, %d, ", emit_global_cname(v), fn->npos);
    if (fn->npos == 0) {
      buf_puts(outb, "NULL");
    } else {
      buf_puts(outb, "(YValue[]){");
      for (int k = 0; k < fn->npos; k++)
        buf_printf(outb, "%sarg%d_", k ? ", " : "", k);
      buf_putc(outb, '}');
    }
    buf_puts(outb, ");\n}\n");
  }
  buf_putc(outb, '\n');
}

void emit_header(Buf *outb, Module *m, const EmitOptions *opt) {
  opts = opt;
  const char *base = strrchr(m->path, '/');
  base = base ? base + 1 : m->path;
  char *guard = arena_printf("YIELDC_%s_H", opt->prefix);
  for (char *p = guard; *p; p++) *p = (char)toupper((unsigned char)*p);
  buf_printf(outb, "/*\n * Generated by yieldc %s from %s: the C API of the module.  Do not edit.\n", YIELDC_VERSION, c_comment_text(base));
  buf_puts(outb, " *\n * Compile the generated .c with -DYIELDC_NO_MAIN and link it with libyieldrt\n");
  buf_puts(outb, " * (yieldc --cflags, --libs).  Call the init function once first.  Every\n");
  buf_puts(outb, " * function returns a new reference, or YERROR with the exception in\n");
  buf_puts(outb, " * yrt_ts.exc; drive a generator with yrt_gen_send/throw/close (yieldrt.h).\n */\n");
  buf_printf(outb, "#ifndef %s\n#define %s\n\n#include \"yieldrt.h\"\n\n", guard, guard);
  buf_printf(outb, "#if YRT_VERSION_MAJOR != %d || YRT_VERSION_MINOR != %d\n#error \"%s.h was generated by yieldc %s; the runtime headers (yieldrt.h) are version \" YRT_VERSION_STRING\n#endif\n\n",
             YRT_VERSION_MAJOR, YRT_VERSION_MINOR, opt->prefix, YIELDC_VERSION);
  buf_puts(outb, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
  buf_printf(outb, "/* Run %s's top-level code (once); 0, or -1 with the exception set. */\nint %s_init(void);\n",
             c_comment_text(base), opt->prefix);
  for (int i = 0; i < m->globals.len; i++) {
    Var *v = m->globals.items[i];
    if (!api_func(v)) continue;
    buf_printf(outb, "\n/* %s (line %d): %s */\n", signature(v->def), v->def->pos.line, kind_comment(v->def));
    api_prototype(outb, v->def, false);
    buf_puts(outb, ";\n");
  }
  buf_puts(outb, "\n#ifdef __cplusplus\n}\n#endif\n\n");
  buf_printf(outb, "#endif /* %s */\n", guard);
}
