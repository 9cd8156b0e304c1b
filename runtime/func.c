/*
 * func.c: functions, cells, bound methods, and calling them.
 *
 * Design
 * ------
 * A Python function is a YFunc: the compiler's static YFuncCode (names,
 * parameter count, the C function of its body) and the cells of the
 * variables it closes over.  A module-level function without free
 * variables is an immortal static; a nested one is made by yrt_func_new
 * when its `def` runs.  A cell is a one-value box shared by the function
 * that owns the variable and the functions nested in it.
 *
 * A bound method of a builtin object (`f = [].append`) is a YMethod: the
 * object and the method's name id.  Calling it is yrt_callmethod(self,
 * name, ...), so a method used as a value and a method called at once run
 * the same code.  Its type is, as in CPython, builtin_function_or_method;
 * the `method` type is for the methods of Python classes.
 *
 * yrt_call dispatches on the callable's kind and checks the arity of a
 * Python function, so the generated body never does.  The recursion guard,
 * yrt_enter_call, is entered by every generated function body and by the
 * comparison, hash and repr of nested containers: past CPython's default
 * limit of 1000 levels it raises RecursionError.
 *
 * The argument checks of the builtin methods reproduce CPython's four
 * styles of argument-count message (METH_O, METH_NOARGS, Argument Clinic
 * and PyArg_ParseTuple), so each method fails exactly as CPython's does.
 */
#include "rt.h"

YRT_DEFINE_TYPE(yrt_type_function, "function", &yrt_type_object, YK_FUNC, NULL);
YRT_DEFINE_TYPE(yrt_type_builtin, "builtin_function_or_method", &yrt_type_object, YK_BUILTIN,
                 NULL);
YRT_DEFINE_TYPE(yrt_type_method, "method", &yrt_type_object, YK_METHOD, NULL);
YRT_DEFINE_TYPE(yrt_type_cell, "cell", &yrt_type_object, YK_CELL, NULL);
/* A bound method of a builtin object ([].append) is, as in CPython, a
 * builtin_function_or_method; yrt_type_method is for Python methods. */
static YRT_DEFINE_TYPE(bmethod_type, "builtin_function_or_method", &yrt_type_object, YK_METHOD,
                        NULL);

/* ===================================================================== */
/* Functions, cells, bound methods                                        */
/* ===================================================================== */

YCell *yrt_cell_new(void) { return yrt_obj_new(&yrt_type_cell, sizeof(YCell)); }

void yrt_cell_set(YCell *c, YValue v) { yrt_store(&c->v, v); }

YValue yrt_func_new(const YFuncCode *code, int ncells, YCell *const *cells) {
  YFunc *f = yrt_obj_new(&yrt_type_function, sizeof(YFunc) + (size_t)ncells * sizeof(YCell *));
  f->code = code;
  f->ncells = ncells;
  f->cells = (YCell **)(f + 1);
  for (int i = 0; i < ncells; i++) {
    f->cells[i] = cells[i];
    yrt_incref(yobj(cells[i]));
  }
  return yobj(f);
}

YValue yrt_method_new(YValue self, YName name) {
  YMethod *m = yrt_obj_new(&bmethod_type, sizeof(YMethod));
  m->self = yrt_incref(self);
  m->name = name;
  return yobj(m);
}

/* ===================================================================== */
/* Calls                                                                  */
/* ===================================================================== */

#define RECURSION_LIMIT 1000

int yrt_enter_call(void) {
  if (YRT_UNLIKELY(++yrt_ts.depth > RECURSION_LIMIT)) {
    yrt_ts.depth--;
    yrt_raise_msg(&yrt_exc_RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

YValue yrt_arity_error(const YFuncCode *code, int argc) {
  int np = code->nparams;
  if (argc > np)
    return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %d positional argument%s but %d %s given",
                         code->qualname, np, np == 1 ? "" : "s", argc, argc == 1 ? "was" : "were");
  int missing = np - argc;
  YBuf b = {0};
  for (int i = argc; i < np; i++) {
    if (i > argc) {
      if (missing > 2) yrt_buf_putc(&b, ',');
      if (i == np - 1) yrt_buf_puts(&b, " and");
      yrt_buf_putc(&b, ' ');
    }
    yrt_buf_printf(&b, "'%s'", code->params ? code->params[i] : "?");
  }
  yrt_buf_putc(&b, '\0');
  yrt_raise_msg(&yrt_exc_TypeError, "%s() missing %d required positional argument%s: %s",
                code->qualname, missing, missing == 1 ? "" : "s", b.data);
  yrt_buf_free(&b);
  return YERROR;
}

YValue yrt_call(YValue c, int argc, const YValue *argv) {
  if (c.tag == YT_OBJ) {
    YObj *o = c.u.o;
    switch (o->type->kind) {
    case YK_FUNC: {
      YFunc *f = (YFunc *)o;
      if (argc != f->code->nparams) return yrt_arity_error(f->code, argc);
      return f->code->call(f, argv);
    }
    case YK_TYPE: {
      const YType *t = (const YType *)o;
      if (t->call) return t->call(t, argc, argv);
      return yrt_raise_msg(&yrt_exc_TypeError, "cannot create '%s' instances", t->name);
    }
    case YK_BUILTIN:
      return ((YBuiltin *)o)->fn(argc, argv);
    case YK_METHOD: {
      YMethod *m = (YMethod *)o;
      return yrt_callmethod(m->self, m->name, argc, argv);
    }
    default: break;
    }
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not callable", yrt_tname(c));
}

/* ===================================================================== */
/* Argument checks of the builtin methods                                 */
/* ===================================================================== */

/* CPython's argument-count messages come in four styles. */
/* METH_O: "list.append() takes exactly one argument (0 given)" */
int yrt_args_one(const char *qual, int argc) {
  if (argc == 1) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes exactly one argument (%d given)", qual, argc);
  return -1;
}
/* METH_NOARGS: "list.reverse() takes no arguments (1 given)" */
int yrt_args_none(const char *qual, int argc) {
  if (argc == 0) return 0;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no arguments (%d given)", qual, argc);
  return -1;
}
/* Argument Clinic: "pop expected at most 1 argument, got 2" */
int yrt_args_range(const char *name, int argc, int min, int max) {
  if (argc < min) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
    return -1;
  }
  if (argc > max) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
    return -1;
  }
  return 0;
}
/* PyArg_ParseTuple: "split() takes at most 2 arguments (3 given)" */
int yrt_args_tuple(const char *name, int argc, int min, int max) {
  if (argc >= min && argc <= max) return 0;
  int n = argc < min ? min : max;
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %s %d argument%s (%d given)", name,
                min == max ? "exactly" : argc < min ? "at least" : "at most", n, n == 1 ? "" : "s",
                argc);
  return -1;
}

/* An int argument ("'str' object cannot be interpreted as an integer"). */
int yrt_int_arg(YValue v, int64_t *out) {
  if (yrt_is_intlike(v)) {
    *out = v.u.i;
    return 0;
  }
  if (yrt_is_big(v)) {
    yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                yrt_tname(v));
  return -1;
}
