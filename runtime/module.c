/*
 * module.c: module objects, `import` and `from ... import` of the standard
 * library's modules.
 *
 * A module is a YModule: a name, a table of members and an optional init
 * function.  Each member is a global YValue slot, so the generated code and
 * the runtime's C can both reach `itertools.count` without a lookup, while
 * `getattr(itertools, "count")` and a monkeypatching `itertools.count = f`
 * go through the table here.  The modules written in C are listed in
 * yrt_modules.h, one line a member; this file turns that list into the
 * module objects, the slots of their functions and static objects, and the
 * tables.  (A module's own values, YRT_MVALUE, have their slots in the
 * module's C file.)
 *
 * Which modules are C and which are Python.  The runtime writes in C what
 * needs C or is the inner loop of generator code: asyncio's event loop
 * (loop.c) and itertools (itertools.c, itertools_comb.c; CPython's is C
 * too, and every itertools object is an iterator the runtime's `for` drives
 * directly), io.StringIO (stringio.c, a buffer of code points) and
 * collections.deque (deque.c, a ring buffer).
 * Modules that are generators, classes and loops over those (contextlib,
 * functools, heapq, bisect, collections, json, types) are written in
 * Python and compiled by yieldc itself; such a module may import a private
 * C module for what needs the runtime (types imports _types, types.c;
 * collections imports deque from _collections, deque.c).
 *
 * Import semantics.  yrt_import runs a module's init function once, at the
 * first import; an import while the module is initialising (a circular
 * import) returns the module as it stands, as CPython's does.  A module
 * object is immortal: it lives until the program exits, as CPython's stay
 * in sys.modules.
 */
#include "rt.h"

#include <string.h>

/* ---- the slots of functions and static objects -------------------------- */

#define YRT_MODULE(mod)
#define YRT_MFUNC(mod, n)                                                                 \
  YBuiltin yrt_bobj_##mod##_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, yrt_##mod##_##n, NULL}; \
  YValue yrt_m_##mod##_##n = {.tag = YT_OBJ, .u = {.o = &yrt_bobj_##mod##_##n.ob}};
#define YRT_MFUNC_KW(mod, n)                                                                     \
  YBuiltin yrt_bobj_##mod##_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, yrt_##mod##_##n, yrt_##mod##_kw_##n}; \
  YValue yrt_m_##mod##_##n = {.tag = YT_OBJ, .u = {.o = &yrt_bobj_##mod##_##n.ob}};
#define YRT_MOBJ(mod, n, cobj) YValue yrt_m_##mod##_##n = {.tag = YT_OBJ, .u = {.o = (YObj *)&cobj}};
#define YRT_MVALUE(mod, n)
#include "yrt_modules.h"
#undef YRT_MODULE
#undef YRT_MFUNC
#undef YRT_MFUNC_KW
#undef YRT_MOBJ
#undef YRT_MVALUE

/* ---- the table of every member, grouped by module ------------------------- */

typedef struct Member {
  YModule *module;
  YModuleMember m;
} Member;

static const Member all_members[] = {
#define YRT_MODULE(mod)
#define YRT_MFUNC(mod, n) {&yrt_module_##mod, {#n, &yrt_m_##mod##_##n}},
/* (Each spelled out, not passed on: a name such as SEEK_SET is a macro of C's too.) */
#define YRT_MFUNC_KW(mod, n) {&yrt_module_##mod, {#n, &yrt_m_##mod##_##n}},
#define YRT_MOBJ(mod, n, cobj) {&yrt_module_##mod, {#n, &yrt_m_##mod##_##n}},
#define YRT_MVALUE(mod, n) {&yrt_module_##mod, {#n, &yrt_m_##mod##_##n}},
#include "yrt_modules.h"
#undef YRT_MODULE
#undef YRT_MFUNC
#undef YRT_MFUNC_KW
#undef YRT_MOBJ
#undef YRT_MVALUE
};
#define NMEMBERS ((int)(sizeof all_members / sizeof all_members[0]))

/* A module's members: the run of all_members that names it (copied once,
 * since YModuleMember is the public shape). */
static void fill_members(YModule *m) {
  if (m->members || m->file) return; /* the program's modules come with theirs */
  int first = 0, n = 0;
  while (first < NMEMBERS && all_members[first].module != m) first++;
  while (first + n < NMEMBERS && all_members[first + n].module == m) n++;
  YModuleMember *t = yrt_malloc((size_t)(n ? n : 1) * sizeof *t);
  for (int i = 0; i < n; i++) t[i] = all_members[first + i].m;
  m->members = t;
  m->nmembers = n;
}

/* ---- the module type ------------------------------------------------------ */

/* type(itertools) is <class 'module'>; repr is format.c's. */
const YType yrt_type_module = {.ob = {YRT_IMMORTAL, &yrt_type_type}, .name = "module", .base = &yrt_type_object, .kind = YK_MODULE};

#define YRT_MODULE(mod) YModule yrt_module_##mod = YRT_MODULE_STATIC(#mod, NULL, NULL, NULL, 0);
#define YRT_MODULE_INIT(mod) YModule yrt_module_##mod = YRT_MODULE_STATIC(#mod, NULL, yrt_##mod##_init, NULL, 0);
#define YRT_MFUNC(mod, n)
#define YRT_MFUNC_KW(mod, n)
#define YRT_MOBJ(mod, n, cobj)
#define YRT_MVALUE(mod, n)
#include "yrt_modules.h"
#undef YRT_MODULE
#undef YRT_MFUNC
#undef YRT_MFUNC_KW
#undef YRT_MOBJ
#undef YRT_MVALUE

/* ---- import ----------------------------------------------------------------- */

YValue yrt_import(YModule *m) {
  fill_members(m);
  if (m->state == 0) {
    m->state = 1;
    if (m->init && m->init() < 0) {
      m->state = 0;
      return YERROR;
    }
    m->state = 2;
  }
  return yobj(m);
}

static YValue *member_slot(YModule *m, const char *name) {
  fill_members(m);
  for (int i = 0; i < m->nmembers; i++)
    if (!strcmp(m->members[i].name, name)) return m->members[i].slot;
  return NULL;
}

YValue yrt_module_getattr(YValue module, const char *name) {
  YModule *m = (YModule *)module.u.o;
  YValue *slot = member_slot(m, name);
  if (slot && !YIS_UNBOUND(*slot)) return yrt_incref(*slot);
  if (!YIS_UNBOUND(m->extra)) {
    YValue key = yrt_str_from_c(name);
    YValue v = yrt_dict_get(m->extra, key);
    yrt_decref(key);
    if (!YIS_UNBOUND(v)) return YIS_ERR(v) ? v : yrt_incref(v);
  }
  if (!strcmp(name, "__name__")) return yrt_str_from_c(m->name);
  if (!strcmp(name, "__file__") && m->file) return yrt_str_from_c(m->file);
  return yrt_raise_msg(&yrt_exc_AttributeError, "module '%s' has no attribute '%s'", m->name, name);
}

int yrt_module_setattr(YValue module, const char *name, YValue v) {
  YModule *m = (YModule *)module.u.o;
  YValue *slot = member_slot(m, name);
  if (slot && !(YIS_UNBOUND(v) && YIS_UNBOUND(*slot))) {
    yrt_store(slot, yrt_incref(v));
    return 0;
  }
  /* Another name: the module's dict of extra attributes, made on first use
   * and released at exit with the globals (yrt_global_set). */
  if (YIS_UNBOUND(m->extra) && !YIS_UNBOUND(v)) {
    YValue d = yrt_dict_new();
    if (YIS_ERR(d)) return -1;
    yrt_global_set(&m->extra, d);
  }
  YValue key = yrt_str_from_c(name);
  int r = YIS_UNBOUND(v) ? (YIS_UNBOUND(m->extra) ? 0 : yrt_dict_del(m->extra, key)) : yrt_dict_set(m->extra, key, v);
  yrt_decref(key);
  if (YIS_UNBOUND(v) && r == 0) {
    yrt_raise_msg(&yrt_exc_AttributeError, "module '%s' has no attribute '%s'", m->name, name);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

YValue yrt_import_from(YValue module, YValue name) {
  YModule *m = (YModule *)module.u.o;
  const char *s = YSTR(name)->data;
  YValue *slot = member_slot(m, s);
  if (slot && !YIS_UNBOUND(*slot)) return yrt_incref(*slot);
  if (!YIS_UNBOUND(m->extra)) {
    YValue v = yrt_dict_get(m->extra, name);
    if (!YIS_UNBOUND(v)) return YIS_ERR(v) ? v : yrt_incref(v);
  }
  if (m->file) /* a circular import finds the name not yet bound: CPython's "partially initialized" */
    return yrt_raise_msg(&yrt_exc_ImportError,
                         m->state == 1 ? "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)"
                                       : "cannot import name '%s' from '%s' (%s)",
                         s, m->name, m->file);
  return yrt_raise_msg(&yrt_exc_ImportError, "cannot import name '%s' from '%s' (unknown location)", s, m->name);
}
