/*
 * program.c: the program, its main file and every module it imports.
 *
 * yieldc compiles a program in one call, into one C file: the main file
 * and each of the program's own modules it imports, directly or through
 * another module.  That fits the build story of a C project: one rule turns
 * prog.py into prog.c, and the depfile (-MD) lists every .py the C was
 * made from, so that editing a module rebuilds the program.  Each module
 * is compiled once, whoever imports it, and becomes a module object in the
 * C (emit.c); its top-level code runs at its first import, in the order
 * CPython runs it, because the import statement itself runs it
 * (runtime/module.c, yrt_import).
 *
 * Finding a module.  For `import M` (and `from M import ...`):
 *   1. a module CPython builds into the interpreter (sys.builtin_module_names:
 *      itertools, math, sys, time, ...) is the runtime's, whatever files
 *      exist, as in CPython;
 *   2. else M.py in the main file's directory (the current directory for
 *      standard input), then in each -I directory in order (CPython's
 *      sys.path: the script's directory first, then PYTHONPATH);
 *   3. else M.py in yieldc's library directory, where the standard-library
 *      modules written in Python live (runtime/lib in the source tree; see
 *      README "The standard library");
 *   4. else a module of the runtime's written in C (runtime/yrt_modules.h);
 *   5. else nothing: sema reports it (ModuleNotFoundError, or a module
 *      yieldc does not have yet).
 * Packages (directories with __init__.py, `import a.b`) are not supported
 * yet; a dotted name goes to sema, which says so.
 *
 * A module of yieldc's library imports only from the library (and the
 * runtime): a program's own heapq.py does not replace the one asyncio
 * uses, because the library's C is compiled once, into libyieldrt.
 *
 * The library's modules.  Their C is made once, when yieldc itself is
 * built: `yieldc --library-module runtime/lib/M.py` compiles M as the
 * module it is when imported, whose YModule yrt_lib_M libyieldrt exports.
 * A program that imports M still loads and checks M.py (sema needs its
 * names), but M is external (Module.external): emit.c declares yrt_lib_M
 * and emits none of M's code.  An imported library module is read without
 * its `if __name__ == "__main__":` blocks (the library's self-tests), which
 * never run in an imported module: their names and imports do not exist.
 *
 * The loader parses each module as it finds it (parse.c records every
 * import statement in Module.imports) and follows its imports breadth
 * first.  The order of Program.modules, the main module first, is the order
 * of discovery, which depends only on the sources: the output is
 * deterministic.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "yieldc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* CPython's builtin modules (cpython_modules.h). */
static bool cpython_builtin_module(const char *name) {
  static const struct {
    const char *name;
    bool builtin;
  } mods[] = {
#define CPY_STDLIB(name, package, builtin) {name, builtin},
#define CPY_MEMBERS(module, names)
#include "cpython_modules.h"
#undef CPY_STDLIB
#undef CPY_MEMBERS
  };
  for (size_t i = 0; i < sizeof mods / sizeof mods[0]; i++)
    if (mods[i].builtin && !strcmp(mods[i].name, name)) return true;
  return false;
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The directory part of a path, "" for none ("a/b.py" -> "a/"). */
static const char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? arena_strndup(path, (size_t)(slash - path + 1)) : "";
}

/* Is path a file of yieldc's library directory (however it was reached:
 * the library's own self-tests run a library file as the program)? */
static bool in_libdir(const Program *p, const char *path) {
  if (!p->libdir || !strcmp(path, "-")) return false;
  const char *dir = dir_of(path);
  char *a = realpath(*dir ? dir : ".", NULL), *b = realpath(p->libdir, NULL);
  bool same = a && b && !strcmp(a, b);
  free(a);
  free(b);
  return same;
}

/* Is s `if __name__ == "__main__":` (no elif, no else)? */
static bool is_main_block(const Stmt *s) {
  const Expr *t = s->test;
  return s->kind == S_IF && !s->orelse && t->kind == E_COMPARE && t->nitems == 1 && t->ops[0] == OP_EQ &&
         t->a->kind == E_NAME && !strcmp(t->a->name, "__name__") && t->items[0]->kind == E_STR &&
         !strcmp(t->items[0]->str, "__main__");
}

/* Drop the module's top-level `if __name__ == "__main__":` blocks, and the
 * imports inside them (Module.imports), for a library module imported. */
static void drop_main_blocks(Module *m) {
  for (Stmt **sp = &m->main->body; *sp;) {
    Stmt *s = *sp;
    if (!is_main_block(s)) {
      sp = &s->next;
      continue;
    }
    int first = s->pos.line, end = s->next ? s->next->pos.line : 1 << 30;
    int kept = 0;
    for (int k = 0; k < m->imports.len; k++) {
      Stmt *imp = m->imports.items[k];
      if (imp->pos.line < first || imp->pos.line >= end) m->imports.items[kept++] = imp;
    }
    m->imports.len = kept;
    *sp = s->next;
  }
}

/* Parse one file into a module named `name`. */
static Module *load(Program *p, const char *path, const char *name, bool library) {
  library = library || in_libdir(p, path);
  size_t len;
  char *src = p->read(path, &len);
  len = scan_newlines(src, len); /* CPython's universal newlines */
  const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
  if (p->modules.len == 0)
    diag_init(shown, src, len);
  else
    diag_switch(shown, src, len, library);
  Module *m = parse_module(shown, src, len);
  m->name = name;
  m->library = library;
  m->external = library && p->modules.len > 0; /* the main file is compiled here, whatever it is */
  if (library && strcmp(name, "__main__")) drop_main_blocks(m);
  m->pep828_draft = p->pep828_draft;
  vec_push(&p->modules, m);
  vec_push(&p->sources, src);
  return m;
}

/* The module an import statement of `from` names, loaded if it is a file
 * not seen yet.  A library module looks in the library only. */
static Module *resolve(Program *p, const Module *from, const char *name) {
  if (strchr(name, '.') || cpython_builtin_module(name)) return NULL;
  int i = from->library && p->has_libdir ? p->dirs.len - 1 : 0;
  for (; i < p->dirs.len; i++) {
    const char *dir = p->dirs.items[i];
    const char *path = arena_printf("%s%s%s.py", dir, *dir && dir[strlen(dir) - 1] != '/' ? "/" : "", name);
    if (!is_file(path)) continue;
    for (int k = 1; k < p->modules.len; k++) {
      Module *m = p->modules.items[k];
      if (!strcmp(m->path, path)) return m;
    }
    return load(p, path, name, i == p->dirs.len - 1 && p->has_libdir);
  }
  return NULL;
}

/* Depth first from m: each module after the ones it imports. */
static void visit(Vec *order, Module *m, Vec *seen) {
  for (int i = 0; i < seen->len; i++)
    if (seen->items[i] == m) return;
  vec_push(seen, m); /* before its imports: a cycle stops here */
  for (int k = 0; k < m->imports.len; k++) {
    Stmt *s = m->imports.items[k];
    if (s->imported) visit(order, s->imported, seen);
  }
  vec_push(order, m);
}

Vec program_check_order(Program *p) {
  Vec order = {0}, seen = {0};
  if (p->modules.len) visit(&order, p->modules.items[0], &seen);
  return order;
}

void program_load(Program *p, const char *path) {
  Vec user = p->dirs;
  p->dirs = (Vec){0};
  vec_push(&p->dirs, (void *)(strcmp(path, "-") == 0 ? "" : dir_of(path)));
  for (int i = 0; i < user.len; i++) vec_push(&p->dirs, user.items[i]);
  if (p->libdir) {
    vec_push(&p->dirs, (void *)p->libdir);
    p->has_libdir = true;
  }
  const char *name = "__main__";
  if (p->library_module) { /* the module's name: the file's, without .py */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    name = arena_strndup(base, n > 3 && !strcmp(base + n - 3, ".py") ? n - 3 : n);
  }
  load(p, path, name, false);
  /* Breadth first: modules grows as imports are found. */
  for (int i = 0; i < p->modules.len; i++) {
    Module *m = p->modules.items[i];
    for (int k = 0; k < m->imports.len; k++) {
      Stmt *s = m->imports.items[k];
      s->imported = resolve(p, m, s->module);
    }
  }
}
