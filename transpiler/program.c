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
  m->pep828_draft = p->pep828_draft;
  vec_push(&p->modules, m);
  vec_push(&p->sources, src);
  return m;
}

/* The module an import statement names, loaded if it is a file not seen yet. */
static Module *resolve(Program *p, const char *name) {
  if (strchr(name, '.') || cpython_builtin_module(name)) return NULL;
  for (int i = 0; i < p->modules.len; i++) {
    Module *m = p->modules.items[i];
    if (i > 0 && !strcmp(m->name, name)) return m;
  }
  for (int i = 0; i < p->dirs.len; i++) {
    const char *dir = p->dirs.items[i];
    const char *path = arena_printf("%s%s%s.py", dir, *dir && dir[strlen(dir) - 1] != '/' ? "/" : "", name);
    if (is_file(path)) return load(p, path, name, i == p->dirs.len - 1 && p->has_libdir);
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
  Module *main = load(p, path, "__main__", false);
  (void)main;
  /* Breadth first: modules grows as imports are found. */
  for (int i = 0; i < p->modules.len; i++) {
    Module *m = p->modules.items[i];
    for (int k = 0; k < m->imports.len; k++) {
      Stmt *s = m->imports.items[k];
      s->imported = resolve(p, s->module);
    }
  }
}
