/*
 * sema.c: what the language accepts, scopes, and the shape of each function.
 *
 * This is the one place that says which programs yieldc accepts beyond
 * Python's grammar: the parser reports only syntax errors, the code
 * generator none of the user's (but its limit on temporaries).  sema_check
 * runs first, before anything else looks at the tree, and reports errors in
 * CPython's order: after every syntax error (the parser's), first those of
 * CPython's symbol table, then those of its compiler:
 *
 *   0a. scopes: a duplicate parameter, a `global` declaration after the
 *       name's use or binding (or of a parameter), `nonlocal` in the module,
 *       yield inside a comprehension;
 *   0b. the language: what CPython's compiler rejects where a construct
 *       stands ('return' outside function, 'await' outside an async
 *       function, 'break' outside loop, a repeated keyword argument,
 *       assigning to __debug__, ...) and every construct outside the subset
 *       (the parser left them in the tree, see UnsupportedKind;
 *       sema_unsupported words the messages).
 *
 * Each is one walk in source order, so the first error of its kind in the
 * file is the one reported, with CPython's message where CPython has one.
 *
 * Then sema_module.  Python decides a name's scope per function from the
 * whole body: a name bound anywhere in a function (assignment, for target,
 * def, except ... as, del, import) is local to it unless declared `global`;
 * a name only read is looked up in the enclosing functions (a free
 * variable, which makes it a cell in the function that owns it), then among
 * the module's globals, then the builtins.  So sema runs two passes over
 * the tree of functions:
 *
 *   1. bindings: every function's locals and `global` declarations, and
 *      whether it contains yield / await (which makes it a generator,
 *      coroutine or async generator);
 *   2. uses: every E_NAME is resolved to a Var, creating the chain of free
 *      variables from the owner down to the function that reads it.
 *
 * Pass 2 also marks each statement that contains a suspension point, so that
 * the emitter keeps the temporaries of that statement in the generator's
 * frame.  (The scope errors were pass 0a's.)
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
 *
 * A fifth pass rejects the rest of what the code generator cannot compile:
 * keyword arguments other than print's, sorted's, min's and max's, assigning
 * to an attribute, a slice outside [] (a[1:2, 3] too), a class whose base is not
 * an exception class defined before it, ...  These come after the warnings,
 * so a program with such an error still gets the warnings before it
 * (tests/warnings/warning_then_error).  The pass visits the code in the order
 * emit.c compiles it (a def's body where the def stands; a try's body, else,
 * handlers, finally), which is also the order in which the exception classes
 * become C definitions.
 *
 * Every walk over expressions and statements takes the children from ast.c
 * and spells out only the kinds it treats specially.
 */
#include "yieldc.h"

#include <string.h>

static Module *mod;

/* The names that resolve to builtins when no global shadows them: the
 * runtime's table (runtime/yrt_builtins.h), and the module's __name__. */
static const Builtin builtins[] = {
#define YRT_BUILTIN_FUNC(n) {#n, BK_FUNC, "yrt_bobj_" #n, false},
#define YRT_BUILTIN_FUNC_KW(n) {#n, BK_FUNC, "yrt_bobj_" #n, true},
#define YRT_BUILTIN_TYPE(n) {#n, BK_TYPE, "yrt_type_" #n, false},
#define YRT_BUILTIN_EXC(n, base) {#n, BK_EXC, "yrt_exc_" #n, false},
#define YRT_BUILTIN_CONST(n) {#n, BK_CONST, "yrt_" #n, false},
#define YRT_BUILTIN_EXC_ALIAS(n, exc) {#n, BK_EXC, "yrt_exc_" #exc, false},
#include "yrt_builtins.h"
    {"__name__", BK_MODULE_NAME, NULL, false},
};
static Map builtin_map;

/* CPython 3.11's builtin names (dir(builtins), without the keywords): one
 * that yieldc lacks, used and never bound by the program, is a compile-time
 * error rather than a NameError when the program runs. */
static const char *const cpython_builtins[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
    "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError",
    "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
    "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
    "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
    "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
    "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license",
    "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
    "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr",
    "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
};
static Map cpython_builtin_map;

static bool cpython_builtin(const char *name) {
  if (!cpython_builtin_map.used)
    for (size_t i = 0; i < sizeof cpython_builtins / sizeof cpython_builtins[0]; i++)
      map_put(&cpython_builtin_map, cpython_builtins[i], strlen(cpython_builtins[i]), (void *)cpython_builtins[i]);
  return map_get(&cpython_builtin_map, name, strlen(name)) != NULL;
}

const Builtin *sema_builtin(const char *name) {
  if (!builtin_map.used)
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
      map_put(&builtin_map, builtins[i].name, strlen(builtins[i].name), (void *)&builtins[i]);
  return map_get(&builtin_map, name, strlen(name));
}

const char *sema_module_of(const Expr *e) {
  if (e->kind != E_NAME || !e->var || e->var->kind != V_GLOBAL) return NULL;
  const Var *v = e->var;
  return v->module && v->nbindings == 1 && v->ndeletes == 0 ? v->module : NULL;
}

Module *sema_imported_of(const Expr *e) {
  if (e->kind != E_NAME || !e->var || e->var->kind != V_GLOBAL) return NULL;
  const Var *v = e->var;
  return v->imported && v->nbindings == 1 && v->ndeletes == 0 ? v->imported : NULL;
}

bool sema_is_asyncio(const Expr *e) {
  const Module *lib = sema_imported_of(e);
  return lib && lib->library && !strcmp(lib->name, "asyncio");
}

/* ---- modules ------------------------------------------------------------ */

/* The runtime's modules and their members (runtime/yrt_modules.h): a
 * module's line has member NULL, its members follow. */
typedef struct RtMember {
  const char *module, *member;
  bool ctype; /* a YRT_MTYPE: a type no class can derive from yet */
} RtMember;
static const RtMember rt_members[] = {
#define YRT_MODULE(m) {#m, NULL, false},
#define YRT_MFUNC(m, n) {#m, #n, false},
#define YRT_MFUNC_KW(m, n) {#m, #n, false},
#define YRT_MOBJ(m, n, cobj) {#m, #n, false},
#define YRT_MTYPE(m, n, cobj) {#m, #n, true},
#define YRT_MVALUE(m, n) {#m, #n, false},
#include "yrt_modules.h"
#undef YRT_MODULE
#undef YRT_MFUNC
#undef YRT_MFUNC_KW
#undef YRT_MOBJ
#undef YRT_MVALUE
};
enum { N_RT_MEMBERS = sizeof rt_members / sizeof rt_members[0] };

/* CPython's standard library (cpython_modules.h, generated). */
typedef struct CpyModule {
  const char *name;
  bool package;
} CpyModule;
static const CpyModule cpython_stdlib[] = {
#define CPY_STDLIB(name, package, builtin) {name, package},
#define CPY_MEMBERS(module, names)
#include "cpython_modules.h"
#undef CPY_STDLIB
#undef CPY_MEMBERS
};
static const char *const cpython_members[][2] = {
#define CPY_STDLIB(name, package, builtin)
#define CPY_MEMBERS(module, names) {module, " " names},
#include "cpython_modules.h"
#undef CPY_STDLIB
#undef CPY_MEMBERS
};

bool sema_module_known(const char *module) {
  for (int i = 0; i < N_RT_MEMBERS; i++)
    if (!rt_members[i].member && !strcmp(rt_members[i].module, module)) return true;
  return false;
}

/* Does the runtime's `module` have `name`?  (__name__ every module has.) */
static bool module_has(const char *module, const char *name) {
  if (!strcmp(name, "__name__")) return true;
  for (int i = 0; i < N_RT_MEMBERS; i++)
    if (rt_members[i].member && !strcmp(rt_members[i].module, module) && !strcmp(rt_members[i].member, name))
      return true;
  return false;
}

/* Is the runtime's module.name a type a class cannot derive from yet? */
static bool module_ctype(const char *module, const char *name) {
  for (int i = 0; i < N_RT_MEMBERS; i++)
    if (rt_members[i].member && !strcmp(rt_members[i].module, module) && !strcmp(rt_members[i].member, name))
      return rt_members[i].ctype;
  return false;
}

/* Does CPython's `module` have `name`?  (Only for the modules that
 * cpython_modules.h lists members of; false for the others.) */
static bool cpython_module_has(const char *module, const char *name) {
  size_t n = strlen(name);
  for (size_t i = 0; i < sizeof cpython_members / sizeof cpython_members[0]; i++) {
    if (strcmp(cpython_members[i][0], module)) continue;
    for (const char *p = strstr(cpython_members[i][1], name); p; p = strstr(p + 1, name))
      if (p[-1] == ' ' && p[n] == ' ') return true;
  }
  return false;
}

/* CPython's top-level module `top`, or NULL. */
static const CpyModule *cpython_stdlib_find(const char *top) {
  for (size_t i = 0; i < sizeof cpython_stdlib / sizeof cpython_stdlib[0]; i++)
    if (!strcmp(cpython_stdlib[i].name, top)) return &cpython_stdlib[i];
  return NULL;
}

/* `module.name` (or `from module import name`) where the runtime's module
 * lacks name: a compile-time error if CPython's has it; otherwise the
 * AttributeError or ImportError comes at run time, as in CPython. */
static void check_member(const char *module, const char *name, Pos pos) {
  if (module_has(module, name) || !cpython_module_has(module, name)) return;
  Buf b = {0};
  int n = 0;
  for (int i = 0; i < N_RT_MEMBERS; i++)
    if (rt_members[i].member && !strcmp(rt_members[i].module, module)) n++;
  if (n <= 8) {
    buf_puts(&b, " (yieldc's ");
    buf_puts(&b, module);
    buf_puts(&b, " has");
    for (int i = 0, k = 0; i < N_RT_MEMBERS; i++)
      if (rt_members[i].member && !strcmp(rt_members[i].module, module)) {
        buf_puts(&b, ++k == 1 ? " " : k == n ? " and " : ", ");
        buf_puts(&b, rt_members[i].member);
      }
    buf_putc(&b, ')');
  }
  buf_putc(&b, 0);
  diag_error(pos, "'%s.%s' is not supported yet%s", module, name, b.data);
}

/* `module.name` where module is a standard module written in Python
 * (runtime/lib): a compile-time error if CPython's has the name and
 * yieldc's does not bind it at its top level.  (main.c checks each module
 * after the modules it imports, program_check_order, so the library
 * module's names are known before its importers are checked.) */
static void check_library_member(const Module *lib, const char *name, Pos pos) {
  if (!lib->library || sema_var(lib->main, name) || !strcmp(name, "__name__")) return;
  if (cpython_module_has(lib->name, name)) diag_error(pos, "'%s.%s' is not supported yet", lib->name, name);
}

/* An import: the module must be one yieldc has. */
static void check_import(const Stmt *s) {
  const char *m = s->module;
  if (s->imported) { /* one of the program's files (program.c) */
    if (s->attr) check_library_member(s->imported, s->attr, s->attr_pos);
    return;
  }
  if (!sema_module_known(m)) {
    size_t top = strcspn(m, ".");
    char *first = arena_strndup(m, top);
    const CpyModule *cpy = cpython_stdlib_find(first);
    /* (os.path is a module CPython's os, not a package, makes importable) */
    if (cpy && (cpy->package || !m[top] || !sema_module_known(first)))
      diag_error(s->module_pos, "module '%s' is not supported yet", m);
    if (cpy || sema_module_known(first))
      diag_error(s->module_pos, "ModuleNotFoundError: No module named '%s'; '%s' is not a package", m, first);
    diag_error(s->module_pos, "ModuleNotFoundError: No module named '%s'", first);
  }
  /* The runtime's private modules (_yieldc_asyncio, _types) are for yieldc's
   * own library: a program sees what CPython has. */
  if (!mod->library && !cpython_stdlib_find(m))
    diag_error(s->module_pos, "ModuleNotFoundError: No module named '%s'", m);
  if (s->attr) check_member(m, s->attr, s->attr_pos);
}

Var *sema_var(Func *fn, const char *name) { return map_get(&fn->var_map, name, strlen(name)); }

static Var *lookup(Func *fn, const char *name) { return sema_var(fn, name); }

static Var *add_var(Func *fn, const char *name, VarKind kind) {
  Var *v = arena_alloc(sizeof *v);
  v->name = name;
  v->kind = kind;
  v->owner = fn;
  v->index = -1;
  v->slot = fn->vars.len;
  vec_push(&fn->vars, v);
  map_put(&fn->var_map, name, strlen(name), v);
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

/* ---- pass 0: what the language accepts (sema_check) ------------------ */

/* Report a construct outside the subset that the parser recorded. */
static void sema_unsupported(const Unsupported *u) {
  Pos at = u->pos;
  switch (u->kind) {
  case U_MATCH: diag_error(at, "'match' statements are not supported");
  case U_IMPORT_STAR: diag_error(at, "'from %s import *' is not supported", u->name);
  case U_RELATIVE_IMPORT: diag_error(at, "attempted relative import with no known parent package");
  case U_TYPE_ALIAS: diag_error(at, "'type' statements are not supported");
  case U_PRINT_CHEVRON: diag_error(at, "'print >>' is not supported");
  case U_BARE_ANNOTATION: diag_error(at, "variable annotations without a value are not supported");
  case U_OPERATOR: diag_error(at, "operator '%s' is not supported", u->name);
  case U_TYPE_PARAMS: diag_error(at, "type parameters are not supported");
  case U_CLASS_KEYWORD:
    if (u->name && !strcmp(u->name, "metaclass")) diag_error(at, "metaclasses are not supported");
    diag_error(at, "class keyword arguments are not supported");
  case U_EXCEPT_STAR: diag_error(at, "'except*' is not supported");
  case U_COMPLEX: diag_error(at, "complex number literals are not supported");
  case U_NAMED_ESCAPE: diag_error(at, "'\\N{...}' escapes are not supported");
  case U_STARRED: diag_error(at, "starred expressions ('*') are not supported");
  case U_STARRED_PAREN: diag_error(at, "argument unpacking ('*') is not supported here");
  case U_DICT_UNPACK: diag_error(at, "dictionary unpacking ('**') is not supported");
  case U_ELLIPSIS: diag_error(at, "'...' (Ellipsis) is not supported");
  }
  unreachable();
}

/* A comprehension's own `yield ELT` statement (see E_LISTCOMP): the
 * parser's, not the user's. */
static bool is_genexp_yield(Func *fn, Stmt *s) {
  return fn->is_comprehension && s->kind == S_EXPR && s->value->kind == E_YIELD;
}

static const char *comp_desc(Func *f) {
  if (!strcmp(f->name, "<listcomp>")) return "list comprehension";
  if (!strcmp(f->name, "<dictcomp>")) return "dict comprehension";
  return "generator expression";
}

/* 0a. The errors of CPython's symbol table, which come before those of its
 * compiler: a duplicate parameter, a `global` declaration after the name's
 * use or binding, `nonlocal` in the module, yield in a comprehension.  For
 * the `global` checks, what each function has done with each name so far,
 * in source order. */
enum { NAME_PARAM = 1, NAME_BOUND = 2, NAME_USED = 4, NAME_ANNOTATED = 8, NAME_GLOBAL = 16 };

typedef struct ScopeName {
  const char *name;
  int flags; /* NAME_PARAM, NAME_BOUND, NAME_USED, NAME_ANNOTATED, NAME_GLOBAL */
} ScopeName;

static Func *scope_fn;  /* the function being walked */
static Map scope_names; /* name -> ScopeName*: its names so far */

static int scope_flags(const char *name) {
  ScopeName *n = map_get(&scope_names, name, strlen(name));
  return n ? n->flags : 0;
}

static void scope_note(const char *name, int flag) {
  ScopeName *n = map_get(&scope_names, name, strlen(name));
  if (n) {
    n->flags |= flag;
    return;
  }
  n = arena_alloc(sizeof *n);
  n->name = name;
  n->flags = flag;
  map_put(&scope_names, name, strlen(name), n);
}

static void scope_func(Func *fn);

static void scope_expr(Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_NAME: scope_note(e->name, NAME_USED); return;
  case E_YIELD:
  case E_YIELD_FROM:
  case E_ASYNC_YIELD_FROM:
    if (scope_fn->is_comprehension)
      diag_error(e->pos, "%s inside %s", e->kind == E_ASYNC_YIELD_FROM ? "'async yield from'" : "'yield'",
                 comp_desc(scope_fn));
    break;
  default: break;
  }
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) scope_expr(ast_expr_kid(e, i));
  if (e->func) scope_func(e->func); /* after first_iter, which is evaluated outside it */
}

/* An assignment or del target: its names are bound, the rest is used. */
static void scope_target(Expr *t) {
  if (t->kind == E_NAME) {
    scope_note(t->name, NAME_BOUND);
  } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
    for (int i = 0; i < t->nitems; i++) scope_target(ast_unstarred(t->items[i]));
  } else {
    scope_expr(t);
  }
}

static void scope_block(Stmt *s);

static void scope_stmt(Stmt *s) {
  switch (s->kind) {
  case S_GLOBAL:
  case S_NONLOCAL: {
    const char *what = s->kind == S_GLOBAL ? "global" : "nonlocal";
    if (s->kind == S_NONLOCAL && scope_fn->kind == F_MODULE)
      diag_error(s->pos, "nonlocal declaration not allowed at module level");
    for (int i = 0; i < s->nnames; i++) {
      const char *name = s->names[i];
      int f = scope_flags(name);
      if (f & NAME_PARAM) diag_error(s->pos, "name '%s' is parameter and %s", name, what);
      if (f & NAME_USED) diag_error(s->pos, "name '%s' is used prior to %s declaration", name, what);
      if (f & NAME_ANNOTATED) diag_error(s->pos, "annotated name '%s' can't be %s", name, what);
      if (f & NAME_BOUND) diag_error(s->pos, "name '%s' is assigned to before %s declaration", name, what);
      if (s->kind == S_GLOBAL) scope_note(name, NAME_GLOBAL);
    }
    return;
  }
  case S_ASSIGN:
    if (s->annotated && scope_fn->kind != F_MODULE && (scope_flags(s->targets[0]->name) & NAME_GLOBAL))
      diag_error(s->pos, "annotated name '%s' can't be global", s->targets[0]->name);
    if (s->annotated) scope_note(s->targets[0]->name, NAME_ANNOTATED);
    break;
  case S_EXPR:
    if (is_genexp_yield(scope_fn, s)) {
      scope_expr(s->value->a);
      return;
    }
    break;
  case S_DEF:
  case S_CLASS:
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) scope_expr(ast_stmt_part(s, i).expr);
    scope_note(s->kind == S_DEF ? s->func->name : s->name, NAME_BOUND);
    scope_func(s->func);
    return;
  default: break;
  }
  for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
    AstPart part = ast_stmt_part(s, i);
    if (i < s->ntargets || (part.expr && part.expr == s->target))
      scope_target(part.expr);
    else
      scope_expr(part.expr);
    if (part.handler && !part.block && part.handler->name) scope_note(part.handler->name, NAME_BOUND);
    scope_block(part.block);
  }
}

static void scope_block(Stmt *s) {
  for (; s; s = s->next) scope_stmt(s);
}

static void scope_func(Func *fn) {
  Func *save_fn = scope_fn;
  Map save_names = scope_names;
  scope_fn = fn;
  scope_names = (Map){0};
  for (int i = 0; i < fn->nparams; i++) {
    if (scope_flags(fn->params[i]) & NAME_PARAM)
      diag_error(fn->param_pos[i], "duplicate argument '%s' in function definition", fn->params[i]);
    scope_note(fn->params[i], NAME_PARAM);
  }
  scope_block(fn->body);
  scope_fn = save_fn;
  scope_names = save_names;
}

/* 0b. The errors of CPython's compiler ('return' outside function, ...) and
 * the constructs outside the subset, in one walk in source order. */
static Func *check_fn; /* the function whose body is being checked */
static int check_loops; /* the loops around the statement, within check_fn */

/* `yield`, `yield from` or `async yield from` (what) may stand here?  (Not
 * in a comprehension: scope_expr has seen to that.) */
static void check_yield(Expr *e, const char *what, bool is_async) {
  Func *f = check_fn;
  if (f->kind == F_MODULE || f->kind == F_CLASS) diag_error(e->pos, "%s outside function", what);
  if (is_async && !f->is_async) diag_error(e->pos, "%s outside async function", what);
}

/* An `async for` clause or an `await` inside a comprehension: a generator
 * expression becomes an async generator anywhere; a list or dict
 * comprehension becomes a coroutine, awaited where it stands, so it must
 * stand in an async function. */
static void check_async_comp(Pos pos) {
  Func *g = check_fn;
  for (; g->is_comprehension; g = g->parent)
    if (!strcmp(g->name, "<genexpr>")) return;
  if (g->is_async && !g->is_lambda) return;
  diag_error(pos, "asynchronous comprehension outside of an asynchronous function");
}

static void check_await(Expr *e) {
  Func *f = check_fn;
  if (f->is_comprehension) {
    check_async_comp(e->pos);
    return;
  }
  if (f->kind == F_MODULE || f->kind == F_CLASS) diag_error(e->pos, "'await' outside function");
  if (!f->is_async) diag_error(e->pos, "'await' outside async function");
}

static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

/* An assignment or del target may not be __debug__. */
static void check_debug_target(Expr *t, bool del) {
  if (t->kind == E_NAME && !strcmp(t->name, "__debug__"))
    diag_error(t->pos, del ? "cannot delete __debug__" : "cannot assign to __debug__");
  if (t->kind == E_TUPLE || t->kind == E_LIST)
    for (int i = 0; i < t->nitems; i++) check_debug_target(ast_unstarred(t->items[i]), del);
}

static void check_func(Func *fn);

static void check_expr(Expr *e) {
  if (!e) return;
  if (e->unsupported) sema_unsupported(e->unsupported);
  switch (e->kind) {
  case E_YIELD:
  case E_YIELD_FROM: check_yield(e, "'yield'", false); break;
  case E_ASYNC_YIELD_FROM:
    /* PEP 828 as accepted rejected this spelling (its "Rejected Ideas"). */
    if (!mod->pep828_draft)
      diag_error(e->pos, "'async yield from' is not PEP 828 as accepted: write 'yield from' (or compile "
                         "with --pep828=draft for the March 2026 draft)");
    check_yield(e, "'async yield from'", true);
    break;
  case E_AWAIT: check_await(e); break;
  case E_IFEXP: /* `b if a else c`: in source order */
    check_expr(e->b);
    check_expr(e->a);
    check_expr(e->c);
    return;
  case E_CALL: { /* the positional and keyword arguments, in source order */
    check_expr(e->a);
    int i = 0, k = 0;
    while (i < e->nitems || k < e->nkw) {
      if (k == e->nkw || (i < e->nitems && pos_before(e->items[i]->pos, e->kwpos[k]))) {
        check_expr(e->items[i++]);
        continue;
      }
      for (int j = 0; j < k && e->kwnames[k]; j++)
        if (e->kwnames[j] && !strcmp(e->kwnames[j], e->kwnames[k]))
          diag_error(e->kwpos[k], "keyword argument repeated: %s", e->kwnames[k]);
      check_expr(e->kwvalues[k++]);
    }
    return;
  }
  default: break;
  }
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) check_expr(ast_expr_kid(e, i));
  if (e->func) check_func(e->func); /* after first_iter, which is evaluated outside it */
}

static void check_block(Stmt *s);

/* Names a class body may bind that the runtime would never consult: the
 * hooks of CPython's object model yieldc's classes do not have yet.  Binding
 * one is a compile-time error rather than a program that runs differently.
 * (__floor__ and __ceil__ are not here: math.floor and math.ceil, their
 * only callers in CPython, call them.  __trunc__ is, since CPython 3.11's
 * int() falls back on it and yieldc's does not.) */
static const char *const class_hooks[] = {
    "__setattr__", "__delattr__", "__getattribute__", "__del__", "__slots__", "__init_subclass__", "__class_getitem__", "__index__", "__int__",
    "__float__", "__complex__", "__round__", "__trunc__", "__missing__",
    "__length_hint__", "__instancecheck__", "__subclasscheck__", "__prepare__", "__mro_entries__",
    "__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__",
    "__sizeof__", "__dir__", "__bytes__", NULL};

static void check_class_hook(Pos at, const char *name) {
  for (int i = 0; class_hooks[i]; i++)
    if (!strcmp(class_hooks[i], name)) diag_error(at, "the special method or attribute '%s' is not supported yet", name);
}

static void check_stmt(Stmt *s) {
  Func *fn = check_fn;
  if (fn->kind == F_CLASS) {
    if (s->kind == S_DEF) check_class_hook(s->pos, s->func->name);
    if (s->kind == S_ASSIGN)
      for (int i = 0; i < s->ntargets; i++)
        if (s->targets[i]->kind == E_NAME) check_class_hook(s->targets[i]->pos, s->targets[i]->name);
  }
  switch (s->kind) {
  case S_RETURN:
    if (fn->kind == F_MODULE || fn->kind == F_CLASS) diag_error(s->pos, "'return' outside function");
    break;
  case S_BREAK:
    if (!check_loops) diag_error(s->pos, "'break' outside loop");
    break;
  case S_CONTINUE:
    if (!check_loops) diag_error(s->pos, "'continue' not properly in loop");
    break;
  case S_FOR:
    if (s->is_async && fn->is_comprehension)
      check_async_comp(s->pos);
    else if (s->is_async && !fn->is_async)
      diag_error(s->pos, "'async for' outside async function");
    break;
  case S_IMPORT: check_import(s); break;
  case S_WITH:
    if (s->is_async && !fn->is_async) diag_error(s->pos, "'async with' outside async function");
    break;
  case S_EXPR:
    if (is_genexp_yield(fn, s)) {
      check_expr(s->value->a);
      return;
    }
    break;
  case S_AUGASSIGN: /* the target, then the operator, then the value */
    check_expr(s->targets[0]);
    check_debug_target(s->targets[0], false);
    if (s->unsupported) sema_unsupported(s->unsupported);
    check_expr(s->value);
    return;
  case S_DEL: /* what the targets contain, then the targets themselves */
    for (int i = 0; i < s->ntargets; i++) check_expr(s->targets[i]);
    for (int i = 0; i < s->ntargets; i++) {
      check_debug_target(s->targets[i], true);
    }
    return;
  case S_TRY:
    check_block(s->body);
    for (int i = 0; i < s->nhandlers; i++) {
      Handler *h = s->handlers[i];
      if (i > 0 && !s->handlers[i - 1]->type) diag_error(s->handlers[i - 1]->pos, "default 'except:' must be last");
      if (h->unsupported) sema_unsupported(h->unsupported);
      check_expr(h->type);
      check_block(h->body);
    }
    check_block(s->orelse);
    check_block(s->finalbody);
    return;
  default: break;
  }
  if (s->unsupported) sema_unsupported(s->unsupported);
  for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
    AstPart part = ast_stmt_part(s, i);
    check_expr(part.expr);
    if (i < s->ntargets || (part.expr && part.expr == s->target)) check_debug_target(part.expr, false);
    bool loop_body = (s->kind == S_WHILE || s->kind == S_FOR) && part.block == s->body;
    check_loops += loop_body;
    check_block(part.block);
    check_loops -= loop_body;
  }
  if (s->kind == S_DEF || s->kind == S_CLASS) check_func(s->func);
}

static void check_block(Stmt *s) {
  for (; s; s = s->next) check_stmt(s);
}

static void check_func(Func *fn) {
  Func *save_fn = check_fn;
  int save_loops = check_loops;
  check_fn = fn;
  check_loops = 0;
  check_block(fn->body);
  check_fn = save_fn;
  check_loops = save_loops;
}

void sema_check(Module *m) {
  mod = m;
  scope_func(m->main);
  check_func(m->main);
}

/* ---- pass 1: bindings ------------------------------------------------ */

static void bindings_block(Func *fn, Stmt *s);
static void bindings_expr(Func *fn, Expr *e);

/* The variable a binding of `name` in fn updates. */
static Var *binding_var(Func *fn, const char *name) {
  if (fn->kind == F_MODULE) return module_global(name);
  Var *v = lookup(fn, name);
  if (!v) v = add_var(fn, name, fn->kind == F_CLASS ? V_NAME : V_LOCAL);
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
    for (int i = 0; i < t->nitems; i++) bind_target(fn, ast_unstarred(t->items[i]));
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

/* PEP 572's rules for := in comprehensions. */

/* Is name bound by a `for` of comprehension g? */
static bool target_names(Expr *t, const char *name) {
  if (!t) return false;
  if (t->kind == E_NAME) return !strcmp(t->name, name);
  if (t->kind == E_TUPLE || t->kind == E_LIST)
    for (int i = 0; i < t->nitems; i++)
      if (target_names(ast_unstarred(t->items[i]), name)) return true;
  return false;
}
static bool comp_iter_var(Func *g, const char *name) {
  for (Stmt *top = g->body; top; top = top->next)  /* (`.r = []` first, but for a generator expression) */
    for (Stmt *s = top; s; s = s->body)            /* the nested for and if clauses */
      if (s->kind == S_FOR && target_names(s->target, name)) return true;
  return false;
}

/* No := in a comprehension's iterables, nor in a lambda or the outermost
 * iterable of a comprehension there (as CPython; the other parts of a
 * comprehension nested there are left alone). */
static void check_iter_walrus(Expr *e) {
  if (!e) return;
  if (e->kind == E_NAMED)
    diag_error(e->pos, "assignment expression cannot be used in a comprehension iterable expression");
  if (e->kind == E_LAMBDA && e->func->body && e->func->body->kind == S_RETURN)
    check_iter_walrus(e->func->body->value); /* CPython looks into a lambda there too */
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) check_iter_walrus(ast_expr_kid(e, i));
}

/* Expressions: yield/await flags and the functions nested in expressions
 * (a comprehension's after its first_iter, which is evaluated outside it). */
static void bindings_expr(Func *fn, Expr *e) {
  if (!e) return;
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) bindings_expr(fn, ast_expr_kid(e, i));
  switch (e->kind) {
  case E_YIELD:
  case E_YIELD_FROM:
  case E_ASYNC_YIELD_FROM: fn->has_yield = true; break;
  case E_AWAIT: fn->has_await = true; break;
  case E_NAMED: {
    /* In a comprehension, := binds in the function around it. */
    Func *target = fn;
    for (; target->is_comprehension; target = target->parent)
      if (comp_iter_var(target, e->a->name))
        diag_error(e->pos, "assignment expression cannot rebind comprehension iteration variable '%s'", e->a->name);
    if (target->kind == F_CLASS && target != fn)
      diag_error(e->pos, "assignment expression within a comprehension cannot be used in a class body");
    bind(target, e->a->name);
    break;
  }
  case E_LISTCOMP:
  case E_DICTCOMP:
  case E_SETCOMP:
    check_iter_walrus(e->first_iter);
    child(fn, e->func);
    if (e->func->is_async) fn->has_await = true; /* it is awaited here */
    break;
  case E_GENEXP:
    check_iter_walrus(e->first_iter);
    child(fn, e->func);
    break;
  case E_LAMBDA: child(fn, e->func); break;
  default: break;
  }
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
    if (fn->is_comprehension) check_iter_walrus(s->iter);
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
      if (h->name) {
        /* `except E as name` binds name, then deletes it */
        bind(fn, h->name);
        binding_var(fn, h->name)->ndeletes++;
      }
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
  case S_DEF:
  case S_CLASS: {
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) bindings_expr(fn, ast_stmt_part(s, i).expr);
    Var *v = binding_var(fn, s->kind == S_DEF ? s->func->name : s->name);
    v->nbindings++;
    /* A decorated def binds what its decorators return: no direct calls. */
    v->def = v->nbindings == 1 && s->kind == S_DEF && !s->ndecorators ? s->func : NULL;
    child(fn, s->func);
    break;
  }
  case S_IMPORT: {
    Var *v = binding_var(fn, s->name);
    if (!v->nbindings++ && !s->attr) {
      v->module = s->imported ? NULL : s->module;
      v->imported = s->imported;
    }
    if (v->nbindings == 1 && s->attr) v->from = s;
    break;
  }
  case S_WITH:
    bindings_block(fn, s->body);
    break;
  case S_GLOBAL:
  case S_NONLOCAL:
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
        if (lookup(fn, s->names[i])) continue; /* declared before (sema_check rejects a parameter) */
        Var *v = add_var(fn, s->names[i], V_GLOBAL);
        v->outer = module_global(s->names[i]);
      }
      break;
    case S_NONLOCAL:
      for (int i = 0; i < s->nnames; i++) {
        if (lookup(fn, s->names[i])) continue;
        Var *v = add_var(fn, s->names[i], V_FREE);
        v->nonlocal = s; /* resolved by uses_func, once every scope's names are known */
      }
      break;
    default:
      for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) globals_block(fn, ast_stmt_part(s, i).block);
      break;
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
  if (fn->kind == F_MODULE || fn->kind == F_CLASS) return;
  if (fn->is_comprehension && fn->has_await) fn->is_async = true; /* an asynchronous comprehension */
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

/* A class body's __class__: the cell its methods read for super() and
 * __class__, set once the class exists. */
static Var *class_cell(Func *cls) {
  Var *v = lookup(cls, "__class__");
  if (!v) v = add_var(cls, "__class__", V_CELL);
  v->kind = V_CELL;
  return v;
}

static Var *resolve(Func *fn, const char *name) {
  Var *v = lookup(fn, name);
  if (v) return v->kind == V_GLOBAL && v->outer ? v->outer : v;
  for (Func *p = fn->parent; p && p->kind != F_MODULE; p = p->parent) {
    /* The functions inside a class body do not see its names, but for
     * the __class__ cell of their methods. */
    if (p->kind == F_CLASS) {
      if (!strcmp(name, "__class__") && fn->kind != F_CLASS) return make_free(fn, name, class_cell(p));
      continue;
    }
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
  const Builtin *builtin = sema_builtin(name);
  if (builtin) {
    Var *b = arena_alloc(sizeof *b);
    b->name = name;
    b->kind = V_BUILTIN;
    b->builtin = builtin;
    b->owner = mod->main;
    b->slot = -1;
    return b;
  }
  return module_global(name); /* never bound: NameError at run time */
}

static void uses_block(Func *fn, Stmt *s);

/* (The body of a lambda or comprehension is resolved with its own function.) */
static void uses_expr(Func *fn, Expr *e) {
  if (!e) return;
  if (e->kind == E_NAME) {
    e->var = resolve(fn, e->name);
    if (e->var->kind == V_GLOBAL && e->var->nbindings == 0 && cpython_builtin(e->name))
      diag_error(e->pos, "the builtin '%s' is not supported yet", e->name);
    return;
  }
  /* super() without arguments in a method: super(__class__, first argument). */
  if (e->kind == E_CALL && e->a->kind == E_NAME && !strcmp(e->a->name, "super") && e->nitems == 0 && e->nkw == 0) {
    Var *sv = resolve(fn, "super");
    if (sv->kind == V_BUILTIN && fn->parent && fn->parent->kind == F_CLASS) {
      e->super_cls = resolve(fn, "__class__");
      if (fn->npos + fn->varargs > 0) e->super_self = lookup(fn, fn->params[0]);
    }
  }
  /* vars() without an argument is locals(), which yieldc lacks. */
  if (e->kind == E_CALL && e->a->kind == E_NAME && !strcmp(e->a->name, "vars") && e->nitems == 0 && e->nkw == 0 &&
      resolve(fn, "vars")->kind == V_BUILTIN)
    diag_error(e->pos, "'vars()' without an argument is not supported (it would be 'locals()')");
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) uses_expr(fn, ast_expr_kid(e, i));
}

static bool block_suspends(Stmt *s) {
  bool any = false;
  for (; s; s = s->next) any |= s->suspends;
  return any;
}

static void uses_stmt(Func *fn, Stmt *s) {
  bool susp = s->kind == S_FOR && s->is_async;
  for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
    AstPart part = ast_stmt_part(s, i);
    uses_expr(fn, part.expr);
    susp |= ast_expr_suspensions(part.expr) > 0;
    if (part.handler && part.handler->name && !part.block) part.handler->var = resolve(fn, part.handler->name);
    uses_block(fn, part.block);
    susp |= block_suspends(part.block);
  }
  s->suspends = susp;
}

static void uses_block(Func *fn, Stmt *s) {
  for (; s; s = s->next) uses_stmt(fn, s);
}

/* `nonlocal x`: x is the variable of the nearest enclosing function that
 * has one (class bodies do not count), now a cell. */
static void resolve_nonlocal(Func *fn, Var *v) {
  for (Func *p = fn->parent; p && p->kind != F_MODULE; p = p->parent) {
    if (p->kind == F_CLASS) continue;
    Var *pv = lookup(p, v->name);
    if (!pv || pv->kind == V_GLOBAL) continue;
    if (pv->kind == V_LOCAL) pv->kind = V_CELL;
    Var *cell = pv;
    while (cell->kind == V_FREE && cell->outer) cell = cell->outer;
    v->outer = fn->parent == cell->owner ? cell : make_free(fn->parent, v->name, cell);
    v->index = fn->frees.len;
    vec_push(&fn->frees, v);
    return;
  }
  diag_error(v->nonlocal->pos, "no binding for nonlocal '%s' found", v->name);
}

static void uses_func(Func *fn) {
  for (int i = 0; i < fn->vars.len; i++) {
    Var *v = fn->vars.items[i];
    if (v->nonlocal && !v->outer) resolve_nonlocal(fn, v);
  }
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

/* The program's own module body (not one it imports, nor a library
 * module) also tracks its globals that nothing deletes: once bound, such
 * a global stays bound, as no function can unbind it and no other module
 * can reach this one's (`del mod.x` needs the module object, and the main
 * module's is out of reach).  A function reads them unchecked nowhere: it
 * may run before the binding. */
static bool da_globals;

static int da_index(Var *v) {
  if (!v || v->owner != da_fn) return -1;
  if (v->kind == V_LOCAL || (da_globals && v->kind == V_GLOBAL && v->ndeletes == 0)) return v->slot;
  return -1;
}

static void da_expr(Expr *e, Bound *b) {
  if (!e) return;
  if (e->kind == E_NAME) {
    int i = da_index(e->var);
    e->bound = i >= 0 && (b->dead || b->on[i]);
    return;
  }
  /* `a and b`, `a or b`, `b if a else c`: b and c may not run */
  if (e->kind == E_BOOLOP || e->kind == E_IFEXP) {
    da_expr(e->a, b);
    Bound t = da_copy(*b);
    da_expr(e->b, &t);
    Bound u = da_copy(*b);
    da_expr(e->c, &u);
    return;
  }
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) da_expr(ast_expr_kid(e, i), b);
}

static void da_bind(Expr *t, Bound *b) {
  if (t->kind == E_NAME) {
    int i = da_index(t->var);
    if (i >= 0) b->on[i] = true;
  } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
    for (int i = 0; i < t->nitems; i++) da_bind(ast_unstarred(t->items[i]), b);
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
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) da_expr(ast_stmt_part(s, i).expr, &b);
    da_bind_name(v, &b, true);
    return b;
  }
  case S_WITH: return da_block(s->body, b);
  case S_PASS:
  case S_GLOBAL:
  case S_NONLOCAL:
    return b;
  }
  return b;
}

static Bound da_block(Stmt *s, Bound b) {
  for (; s; s = s->next) b = da_stmt(s, b);
  return b;
}

static void da_func(Func *fn) {
  if (fn->kind != F_MODULE || da_globals) {
    da_fn = fn;
    da_loop = NULL;
    Bound b = {arena_alloc(sizeof(bool) * (size_t)(fn->vars.len + 1)), false};
    for (int i = 0; i < fn->vars.len; i++) b.on[i] = ((Var *)fn->vars.items[i])->is_param;
    da_block(fn->body, b);
  }
  da_globals = false;
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
  return callee->kind == E_ATTR && !strcmp(callee->name, "sleep") && sema_is_asyncio(callee->a);
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
  case F_CLASS:
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
  if (!v || v->owner != warn_fn || v->kind == V_BUILTIN) return NULL;
  return &warn_usage[v->slot];
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
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) warn_reads(ast_expr_kid(e, i));
}

/* An assignment target: a name is assigned (plainly, or as part of a tuple
 * or list unpacking, which pyflakes exempts); a subscript or attribute
 * target reads its parts. */
static void warn_target(Expr *t, bool plain) {
  if (t->kind == E_NAME) {
    Usage *u = warn_usage_of(t->var);
    if (u && plain && u->assigned.line == 0) u->assigned = t->pos;
  } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
    for (int i = 0; i < t->nitems; i++) warn_target(ast_unstarred(t->items[i]), false);
  } else {
    warn_reads(t);
  }
}

static void warn_usage_block(Stmt *s);

/* (A def's body is another function's: it is not among the parts.) */
static void warn_usage_stmt(Stmt *s) {
  switch (s->kind) {
  case S_ASSIGN:
    warn_reads(s->value);
    for (int i = 0; i < s->ntargets; i++) warn_target(s->targets[i], true);
    return;
  case S_FOR:
    warn_reads(s->iter);
    warn_target(s->target, false); /* loop targets are exempt */
    warn_usage_block(s->body);
    warn_usage_block(s->orelse);
    return;
  default: /* `x += 1` reads x, and `del x` counts as a use, as in pyflakes */
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
      AstPart part = ast_stmt_part(s, i);
      warn_reads(part.expr);
      warn_usage_block(part.block);
    }
    return;
  }
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
    if (s->kind == S_EXPR) warn_dropped_call(s);
    if (s->kind == S_DEF || s->kind == S_CLASS) warn_func(s->func);
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) warn_block(ast_stmt_part(s, i).block);
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
  if (fn->kind != F_MODULE && fn->kind != F_CLASS) warn_unused_vars(fn);
}

/* ---- pass 5: what the code generator cannot compile ----------------- */


static void late_func(Func *fn);
static void late_block(Stmt *s);

static void late_expr(Expr *e);
static void late_index(Expr *e);

/* A call: its operands (a starred argument is one, as is a ** mapping). */
static void late_call(Expr *e) {
  late_expr(e->a);
  for (int i = 0; i < e->nitems; i++) late_expr(e->items[i]->kind == E_STARRED ? e->items[i]->a : e->items[i]);
  for (int i = 0; i < e->nkw; i++) late_expr(e->kwvalues[i]);
}

/* module.NAME, with module a name bound only by `import module`: a
 * compile-time error for a NAME that CPython's module has and yieldc's
 * lacks (check_member), rather than an AttributeError at run time. */
static void late_module_attr(Expr *e) {
  const char *m = sema_module_of(e->a);
  if (m) check_member(m, e->name, e->pos);
  Module *lib = sema_imported_of(e->a);
  if (lib) check_library_member(lib, e->name, e->pos);
}

/* An expression whose value is used: a slice only as the index of a
 * subscript, a starred expression only as a call's argument or an item of
 * a list, tuple or set display (or of a target, which late_target takes). */
static void late_expr(Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_ATTR: late_module_attr(e); break;
  case E_SLICE: diag_error(e->pos, "a slice is only allowed inside []");
  case E_STARRED:
    diag_error(e->pos, "can't use starred expression here");
  case E_CALL: late_call(e); return;
  case E_LIST:
  case E_TUPLE:
  case E_SET: /* [*a, b]: PEP 448's unpacking in a display */
    for (int i = 0; i < e->nitems; i++) late_expr(ast_unstarred(e->items[i]));
    return;
  case E_SUBSCRIPT:
    late_expr(e->a);
    late_index(e->b);
    return;
  default: break;
  }
  if (e->func) late_func(e->func); /* compiled before first_iter is evaluated */
  for (int i = 0, n = ast_expr_nkids(e); i < n; i++) late_expr(ast_expr_kid(e, i));
}

/* The index of a subscript: an expression or a slice a:b:c. */
static void late_index(Expr *e) {
  if (e->kind != E_SLICE) {
    late_expr(e);
    return;
  }
  late_expr(e->a);
  late_expr(e->b);
  late_expr(e->c);
}

/* A subscript, a[i] or a[i:j:k]: what yieldc can assign to, delete or
 * update in place. */
static bool late_item(Expr *t) { return t->kind == E_SUBSCRIPT; }

/* An assignment target (the value has been evaluated). */
static void late_target(Expr *t) {
  switch (t->kind) {
  case E_NAME: return;
  case E_SUBSCRIPT:
    late_expr(t->a);
    late_index(t->b);
    return;
  case E_TUPLE:
  case E_LIST:
    for (int i = 0; i < t->nitems; i++) late_target(ast_unstarred(t->items[i]));
    return;
  case E_ATTR: late_expr(t->a); return;
  default: diag_error(t->pos, "cannot assign to this expression");
  }
}

/* Is the module global v certainly the runtime's C type of a YRT_MTYPE
 * line?  Its one binding is `from M import name`, M the runtime's module
 * with that type, or a module written in Python (the library's
 * collections re-exports _collections.deque) whose global `name` is one. */
static bool var_is_ctype(const Var *v, int depth) {
  if (!v || v->kind != V_GLOBAL || v->nbindings != 1 || v->ndeletes || !v->from || depth > 8) return false;
  const Stmt *s = v->from;
  if (!s->imported) return module_ctype(s->module, s->attr);
  return var_is_ctype(sema_var(s->imported->main, s->attr), depth + 1);
}

/* A base class that is one of the runtime's C types (YRT_MTYPE): its name
 * as the program reached it ("collections.deque"), else NULL. */
static const char *ctype_base(const Expr *b) {
  if (b->kind == E_NAME && var_is_ctype(b->var, 0)) {
    const Stmt *s = b->var->from;
    return arena_printf("%s.%s", s->module, s->attr);
  }
  if (b->kind != E_ATTR || b->a->kind != E_NAME) return NULL;
  const char *m = sema_module_of(b->a);
  if (m && module_ctype(m, b->name)) return arena_printf("%s.%s", m, b->name);
  const Module *lib = sema_imported_of(b->a);
  if (lib && var_is_ctype(sema_var(lib->main, b->name), 0)) return arena_printf("%s.%s", lib->name, b->name);
  return NULL;
}

/* A base class the runtime cannot derive from: a builtin type other than
 * object (their instances have C layouts of their own), one of the
 * runtime's C types of a module (deque, StringIO: the same), or a value
 * that is certainly not a class. */
static void late_base(Expr *b) {
  Var *v = b->kind == E_NAME ? b->var : NULL;
  if (v && v->kind == V_BUILTIN && v->builtin->kind == BK_TYPE && strcmp(v->name, "object"))
    diag_error(b->pos, "deriving from the builtin type '%s' is not supported yet", v->name);
  const char *ct = ctype_base(b);
  if (ct) diag_error(b->pos, "deriving from '%s' is not supported yet (yieldc's C types cannot be subclassed)", ct);
  bool constant = b->kind == E_INT || b->kind == E_FLOAT || b->kind == E_STR || b->kind == E_BYTES || b->kind == E_FSTRING ||
                  b->kind == E_LIST || b->kind == E_DICT || b->kind == E_TUPLE || b->kind == E_SET ||
                  (v && v->kind == V_BUILTIN && v->builtin->kind != BK_TYPE && v->builtin->kind != BK_EXC);
  if (constant) diag_error(b->pos, "a base class must be a class");
}

static void late_stmt(Stmt *s) {
  switch (s->kind) {
  case S_ASSIGN:
    late_expr(s->value);
    for (int i = 0; i < s->ntargets; i++) late_target(s->targets[i]);
    return;
  case S_AUGASSIGN: {
    Expr *t = s->targets[0];
    if (t->kind != E_NAME && t->kind != E_ATTR && !late_item(t))
      diag_error(t->pos, "augmented assignment to this target is not supported");
    if (t->kind != E_NAME) {
      late_expr(t->a);
      if (t->kind != E_ATTR) late_index(t->b);
    }
    late_expr(s->value);
    return;
  }
  case S_DEL:
    for (int i = 0; i < s->ntargets; i++) {
      Expr *t = s->targets[i];
      if (t->kind == E_NAME) continue;
      if (t->kind == E_ATTR) {
        late_expr(t->a);
        continue;
      }
      if (!late_item(t)) diag_error(t->pos, "cannot delete this expression");
      late_expr(t->a);
      late_index(t->b);
    }
    return;
  case S_FOR:
    late_expr(s->iter);
    late_target(s->target);
    late_block(s->body);
    late_block(s->orelse);
    return;
  case S_TRY: /* in emit.c's order: body, else, handlers, finally */
    late_block(s->body);
    late_block(s->orelse);
    for (int i = 0; i < s->nhandlers; i++) {
      late_expr(s->handlers[i]->type);
      late_block(s->handlers[i]->body);
    }
    late_block(s->finalbody);
    return;
  case S_DEF:
  case S_CLASS:
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) late_expr(ast_stmt_part(s, i).expr);
    for (int i = 0; s->kind == S_CLASS && i < s->nbases; i++) late_base(s->bases[i]);
    late_func(s->func);
    return;
  default:
    for (int i = 0, n = ast_stmt_nparts(s); i < n; i++) {
      AstPart part = ast_stmt_part(s, i);
      late_expr(part.expr);
      late_block(part.block);
    }
    return;
  }
}

static void late_block(Stmt *s) {
  for (; s; s = s->next) late_stmt(s);
}

static void late_func(Func *fn) { late_block(fn->body); }

void sema_module(Module *m) {
  mod = m;
  m->main->kind = F_MODULE;
  scan_func(m->main);
  uses_func(m->main);
  da_globals = !strcmp(m->name, "__main__");
  da_func(m->main);
  warn_func(m->main);
  late_func(m->main);
}
