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
static YValue method_call(const YType *t, int argc, const YValue *argv);
YRT_DEFINE_TYPE(yrt_type_method, "method", &yrt_type_object, YK_METHOD, method_call);
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
  return yrt_func_new_ex(code, ncells, cells, YUNBOUND, YUNBOUND);
}

YValue yrt_func_new_ex(const YFuncCode *code, int ncells, YCell *const *cells, YValue defaults,
                       YValue kwdefaults) {
  YFunc *f = yrt_obj_new(&yrt_type_function, sizeof(YFunc) + (size_t)ncells * sizeof(YCell *));
  f->code = code;
  f->ncells = ncells;
  f->cells = (YCell **)(f + 1);
  for (int i = 0; i < ncells; i++) {
    f->cells[i] = cells[i];
    yrt_incref(yobj(cells[i]));
  }
  f->defaults = defaults;
  f->kwdefaults = kwdefaults;
  f->dict = f->names = YUNBOUND;
  return yobj(f);
}

/* ---- function attributes --------------------------------------------------- */

/* A function's attributes live in its dict, made when the first is set
 * (released with the function; a static function's at exit, with the
 * globals); __dict__ is the dict itself.  __name__ and __qualname__, once
 * assigned, live in `names` (not the dict, as in CPython) and override the
 * code's, for repr too. */
static YValue func_dict(YFunc *f) {
  if (YIS_UNBOUND(f->dict)) {
    YValue d = yrt_dict_new();
    if (YIS_ERR(d)) return d;
    if (f->ob.refcnt >= YRT_IMMORTAL)
      yrt_global_set(&f->dict, d);
    else
      f->dict = d;
  }
  return f->dict;
}

YValue yrt_func_getattr(YValue fn, YValue name) {
  YFunc *f = (YFunc *)fn.u.o;
  const char *s = YSTR(name)->data;
  if (!YIS_UNBOUND(f->dict)) {
    YValue v = yrt_dict_get(f->dict, name);
    if (YIS_ERR(v)) return v;
    if (!YIS_UNBOUND(v)) return yrt_incref(v);
  }
  int qual = !strcmp(s, "__qualname__");
  if (qual || !strcmp(s, "__name__")) {
    if (!YIS_UNBOUND(f->names)) return yrt_incref(YTUPLE(f->names)->items[qual]);
    return yrt_str_from_c(qual ? f->code->qualname : f->code->name);
  }
  if (!strcmp(s, "__dict__")) {
    YValue d = func_dict(f);
    return YIS_ERR(d) ? d : yrt_incref(d);
  }
  /* Assigned, they are in the dict (above). */
  if (!strcmp(s, "__doc__")) return f->code->doc ? yrt_incref(yobj((YStr *)f->code->doc)) : YNONE;
  if (!strcmp(s, "__module__")) return yrt_str_from_c(f->code->module ? f->code->module : "__main__");
  return YUNBOUND;
}

int yrt_func_setattr(YValue fn, YValue name, YValue v) {
  YFunc *f = (YFunc *)fn.u.o;
  const char *s = YSTR(name)->data;
  int special = !strcmp(s, "__name__") || !strcmp(s, "__qualname__");
  if (special && YIS_UNBOUND(v)) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s must be set to a string object", s);
    return -1;
  }
  if (special && yrt_kind_of(v) != YK_STR) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s must be set to a string object", s);
    return -1;
  }
  if (special) {
    int qual = s[2] == 'q';
    YValue both[2] = {YUNBOUND, YUNBOUND};
    for (int i = 0; i < 2; i++)
      both[i] = i == qual ? yrt_incref(v)
                : YIS_UNBOUND(f->names) ? yrt_str_from_c(i ? f->code->qualname : f->code->name)
                                        : yrt_incref(YTUPLE(f->names)->items[i]);
    YValue t = yrt_tuple_new(2, both);
    yrt_decref(both[0]);
    yrt_decref(both[1]);
    if (YIS_ERR(t)) return -1;
    if (f->ob.refcnt >= YRT_IMMORTAL && YIS_UNBOUND(f->names))
      yrt_global_set(&f->names, t);
    else
      yrt_store(&f->names, t);
    return 0;
  }
  if (!strcmp(s, "__dict__")) {
    if (yrt_kind_of(v) != YK_DICT) {
      yrt_raise_msg(&yrt_exc_TypeError, YIS_UNBOUND(v) ? "cannot delete __dict__"
                                                       : "__dict__ must be set to a dictionary, not a '%s'",
                    yrt_tname(v));
      return -1;
    }
    YValue d = func_dict(f);
    if (YIS_ERR(d)) return -1;
    yrt_store(&f->dict, yrt_incref(v));
    return 0;
  }
  if (YIS_UNBOUND(v)) {
    int r = YIS_UNBOUND(f->dict) ? 0 : yrt_dict_del(f->dict, name);
    if (r == 0) yrt_raise_msg(&yrt_exc_AttributeError, "'function' object has no attribute '%s'", s);
    return r > 0 ? 0 : -1;
  }
  YValue d = func_dict(f);
  if (YIS_ERR(d)) return -1;
  return yrt_dict_set(d, name, v) < 0 ? -1 : 0;
}

const char *yrt_func_qualname(const YFunc *f) {
  return YIS_UNBOUND(f->names) ? f->code->qualname : YSTR(YTUPLE(f->names)->items[1])->data;
}

YValue yrt_method_new(YValue self, YName name) {
  YMethod *m = yrt_obj_new(&bmethod_type, sizeof(YMethod));
  m->self = yrt_incref(self);
  m->name = name;
  return yobj(m);
}

YValue yrt_method_new_of(YValue self, YName name, const YType *owner) {
  YValue m = yrt_method_new(self, name);
  ((YMethod *)m.u.o)->owner = owner;
  return m;
}

YValue yrt_bound_method(YValue func, YValue self) {
  YMethod *m = yrt_obj_new(&yrt_type_method, sizeof(YMethod));
  m->self = yrt_incref(self);
  m->func = yrt_incref(func);
  return yobj(m);
}

/* method(func, obj), CPython's types.MethodType: func bound to obj. */
static YValue method_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc != 2) return yrt_raise_msg(&yrt_exc_TypeError, "method expected 2 arguments, got %d", argc);
  YValue ok = yrt_b_callable(1, argv);
  if (YIS_ERR(ok)) return ok;
  if (!yrt_truth(ok)) return yrt_raise_msg(&yrt_exc_TypeError, "first argument must be callable");
  if (YIS_NONE(argv[1])) return yrt_raise_msg(&yrt_exc_TypeError, "instance must not be None");
  return yrt_bound_method(argv[0], argv[1]);
}

/* ===================================================================== */
/* Calls                                                                  */
/* ===================================================================== */

int yrt_enter_call(void) {
  /* The C stack too: sys.setrecursionlimit may allow more levels than it
   * holds. */
  if (YRT_UNLIKELY(++yrt_ts.depth > yrt_recursion_limit || YRT_STACK_HERE() < yrt_stack_floor)) {
    yrt_ts.depth--;
    yrt_raise_msg(&yrt_exc_RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

/* ---- binding arguments to parameters ------------------------------------ */

/* The argument slots of a function's body (YFuncCode). */
static int nslots(const YFuncCode *c) {
  return c->nparams + c->nkwonly + ((c->flags & YF_VARARGS) != 0) + ((c->flags & YF_VARKW) != 0);
}

/* Does a call need more than "exactly nparams positional arguments"? */
static int simple_code(const YFunc *f) {
  const YFuncCode *c = f->code;
  return !c->nkwonly && !(c->flags & (YF_VARARGS | YF_VARKW)) && YIS_UNBOUND(f->defaults);
}

static int64_t ndefaults(const YFunc *f) {
  return YIS_UNBOUND(f->defaults) ? 0 : ((YTuple *)f->defaults.u.o)->len;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'": the names of slots[lo..hi) that are unbound. */
static void missing_names(YBuf *b, const YFuncCode *c, const YValue *slots, int lo, int hi, int n) {
  int k = 0;
  for (int i = lo; i < hi; i++) {
    if (!YIS_UNBOUND(slots[i])) continue;
    if (k > 0) {
      if (n > 2) yrt_buf_putc(b, ',');
      if (k == n - 1) yrt_buf_puts(b, " and");
      yrt_buf_putc(b, ' ');
    }
    yrt_buf_printf(b, "'%s'", c->params[i]);
    k++;
  }
}

static void missing_error(const YFuncCode *c, const YValue *slots, int lo, int hi, const char *kind) {
  int n = 0;
  for (int i = lo; i < hi; i++) n += YIS_UNBOUND(slots[i]);
  YBuf b = {0};
  missing_names(&b, c, slots, lo, hi, n);
  yrt_buf_putc(&b, '\0');
  yrt_raise_msg(&yrt_exc_TypeError, "%s() missing %d required %s argument%s: %s", c->qualname, n, kind,
                n == 1 ? "" : "s", b.data);
  yrt_buf_free(&b);
}

static void too_many_error(const YFunc *f, int given, const YValue *slots) {
  const YFuncCode *c = f->code;
  int kwonly_given = 0;
  for (int i = c->nparams; i < c->nparams + c->nkwonly; i++) kwonly_given += !YIS_UNBOUND(slots[i]);
  int64_t nd = ndefaults(f);
  char sig[64], kwsig[96] = "";
  int plural = 1;
  if (nd)
    snprintf(sig, sizeof sig, "from %d to %d", c->nparams - (int)nd, c->nparams);
  else {
    plural = c->nparams != 1;
    snprintf(sig, sizeof sig, "%d", c->nparams);
  }
  if (kwonly_given)
    snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %s positional argument%s but %d%s %s given", c->qualname, sig,
                plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

/* Bind a call's arguments to f's slots (filled with owned values), as
 * CPython does, with its TypeError messages.  kw: nkw names (str objects)
 * for the values argv[argc..argc+nkw).  0, or -1 with the slots released. */
static int bind(YFunc *f, int argc, const YValue *argv, int nkw, const YValue *kwnames, YValue *slots) {
  const YFuncCode *c = f->code;
  int npos = c->nparams, total = npos + c->nkwonly, n = nslots(c);
  int varargs = (c->flags & YF_VARARGS) ? total : -1;
  int varkw = (c->flags & YF_VARKW) ? total + (varargs >= 0) : -1;
  for (int i = 0; i < n; i++) slots[i] = YUNBOUND;
  int take = argc < npos ? argc : npos;
  for (int i = 0; i < take; i++) slots[i] = yrt_incref(argv[i]);
  if (varargs >= 0) {
    slots[varargs] = yrt_tuple_new(argc > npos ? argc - npos : 0, argv + take);
    if (YIS_ERR(slots[varargs])) goto fail;
  }
  if (varkw >= 0) {
    slots[varkw] = yrt_dict_new();
    if (YIS_ERR(slots[varkw])) goto fail;
  }
  for (int k = 0; k < nkw; k++) {
    YValue name = kwnames[k], value = argv[argc + k];
    if (yrt_kind_of(name) != YK_STR) {
      yrt_raise_msg(&yrt_exc_TypeError, "keywords must be strings");
      goto fail;
    }
    const char *s = ((YStr *)name.u.o)->data;
    int i = c->nposonly;
    while (i < total && strcmp(c->params[i], s)) i++;
    if (i == total) {
      if (varkw >= 0) {
        if (yrt_dict_set(slots[varkw], name, value) < 0) goto fail;
        continue;
      }
      /* CPython names the positional-only ones passed by keyword first. */
      YBuf b = {0};
      int nposkw = 0;
      for (int j = 0; j < c->nposonly; j++)
        for (int q = 0; q < nkw; q++)
          if (yrt_kind_of(kwnames[q]) == YK_STR && !strcmp(((YStr *)kwnames[q].u.o)->data, c->params[j])) {
            yrt_buf_printf(&b, "%s'%s'", nposkw ? ", " : "", c->params[j]);
            nposkw++;
            break;
          }
      yrt_buf_putc(&b, '\0');
      if (nposkw)
        yrt_raise_msg(&yrt_exc_TypeError,
                      "%s() got some positional-only arguments passed as keyword arguments: %s", c->qualname,
                      b.data);
      else
        yrt_raise_msg(&yrt_exc_TypeError, "%s() got an unexpected keyword argument '%s'", c->qualname, s);
      yrt_buf_free(&b);
      goto fail;
    }
    if (!YIS_UNBOUND(slots[i])) {
      yrt_raise_msg(&yrt_exc_TypeError, "%s() got multiple values for argument '%s'", c->qualname, s);
      goto fail;
    }
    slots[i] = yrt_incref(value);
  }
  if (argc > npos && varargs < 0) {
    too_many_error(f, argc, slots);
    goto fail;
  }
  /* Defaults fill the last positional parameters, then the keyword-only ones. */
  int64_t nd = ndefaults(f);
  int first_default = npos - (int)nd;
  for (int i = argc; i < first_default; i++)
    if (YIS_UNBOUND(slots[i])) {
      missing_error(c, slots, argc, first_default, "positional");
      goto fail;
    }
  for (int i = first_default > argc ? first_default : argc; i < npos; i++)
    if (YIS_UNBOUND(slots[i])) slots[i] = yrt_incref(((YTuple *)f->defaults.u.o)->items[i - first_default]);
  int missing = 0;
  for (int i = npos; i < total; i++) {
    if (YIS_UNBOUND(slots[i]) && !YIS_UNBOUND(f->kwdefaults))
      slots[i] = yrt_incref(((YTuple *)f->kwdefaults.u.o)->items[i - npos]);
    missing += YIS_UNBOUND(slots[i]);
  }
  if (missing) {
    missing_error(c, slots, npos, total, "keyword-only");
    goto fail;
  }
  return 0;
fail:
  for (int i = 0; i < n; i++) yrt_clear(&slots[i]);
  return -1;
}

/* Call a Python function: bind, run its body, release the slots. */
static YValue call_func(YFunc *f, int argc, const YValue *argv, int nkw, const YValue *kwnames) {
  if (nkw == 0 && argc == f->code->nparams && simple_code(f)) return f->code->call(f, argv);
  int n = nslots(f->code);
  YValue small[16], *slots = n <= 16 ? small : yrt_malloc((size_t)n * sizeof(YValue));
  YValue r = YERROR;
  if (bind(f, argc, argv, nkw, kwnames, slots) == 0) {
    r = f->code->call(f, slots);
    for (int i = 0; i < n; i++) yrt_decref(slots[i]);
  }
  if (slots != small) free(slots);
  return r;
}

/* ---- calls ---------------------------------------------------------------- */

/* `callable(...)` with keyword arguments named by the values kwnames[0..nkw)
 * (str objects), their values after the argc positional ones in argv. */
/* The calls that reach a program's classes: calling a class, a Python
 * bound method, an instance with __call__ (what 1, 2, 3).  They take the
 * keyword names as YStrs. */
static YValue call_heap(int what, YValue c, int argc, const YValue *argv, int nkw, const YValue *kwnames) {
  YStr *small[8], **names = nkw <= 8 ? small : yrt_malloc((size_t)nkw * sizeof *names);
  for (int i = 0; i < nkw; i++) names[i] = (YStr *)kwnames[i].u.o;
  YValue r;
  if (what == 1) {
    r = yrt_class_call((const YType *)c.u.o, argc, argv, nkw, names);
  } else if (what == 2) {
    YMethod *m = (YMethod *)c.u.o;
    r = yrt_call_self(m->func, m->self, argc, argv, nkw, names);
  } else {
    r = yrt_call_self(yrt_special_find(c, YN___call__), c, argc, argv, nkw, names);
  }
  if (names != small) free(names);
  return r;
}

static YValue call_any(YValue c, int argc, const YValue *argv, int nkw, const YValue *kwnames) {
  if (c.tag == YT_OBJ) {
    YObj *o = c.u.o;
    switch (o->type->kind) {
    case YK_FUNC: return call_func((YFunc *)o, argc, argv, nkw, kwnames);
    case YK_TYPE: {
      const YType *t = (const YType *)o;
      if (t->flags & YTF_HEAP) return call_heap(1, c, argc, argv, nkw, kwnames);
      if (nkw && t == &yrt_type_bytes) return yrt_bytes_call_kw(argc, argv, nkw, kwnames);
      if (nkw) {
        YStr *small[8] = {0}, **names = nkw <= 8 ? small : yrt_malloc((size_t)nkw * sizeof *names);
        for (int i = 0; i < nkw; i++) names[i] = (YStr *)kwnames[i].u.o; /* str: the compiler's or checked by ** */
        YValue r = yrt_type_call_kw(t, argc, argv, nkw, names);
        if (names != small) free(names);
        return r;
      }
      if (t->call) return t->call(t, argc, argv);
      return yrt_raise_msg(&yrt_exc_TypeError, "cannot create '%s' instances", t->name);
    }
    case YK_BUILTIN: {
      YBuiltin *b = (YBuiltin *)o;
      if (!nkw) return b->fn(argc, argv);
      if (!b->fn_kw) return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no keyword arguments", b->name);
      YStr *small[8] = {0}, **names = nkw <= 8 ? small : yrt_malloc((size_t)nkw * sizeof *names);
      for (int i = 0; i < nkw; i++) {
        if (yrt_kind_of(kwnames[i]) != YK_STR) {
          if (names != small) free(names);
          return yrt_raise_msg(&yrt_exc_TypeError, "keywords must be strings");
        }
        names[i] = (YStr *)kwnames[i].u.o;
      }
      YValue r = b->fn_kw(argc, argv, nkw, names);
      if (names != small) free(names);
      return r;
    }
    case YK_METHOD: {
      YMethod *m = (YMethod *)o;
      if (!YIS_UNBOUND(m->func)) return call_heap(2, c, argc, argv, nkw, kwnames);
      if (m->owner) {
        if (nkw)
          return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no keyword arguments", yrt_name_str[m->name]);
        return yrt_base_method(m->self, m->name, m->owner, argc, argv);
      }
      if (nkw)
        return yrt_raise_msg(&yrt_exc_TypeError, "%s.%s() takes no keyword arguments",
                             yrt_tname(m->self), yrt_name_str[m->name]);
      return yrt_callmethod(m->self, m->name, argc, argv);
    }
    case YK_INSTANCE:
    case YK_EXC:
      if (o->type->flags & YTF_HEAP) {
        YValue f = yrt_special_find(c, YN___call__);
        if (!YIS_UNBOUND(f) && !YIS_NONE(f)) return call_heap(3, c, argc, argv, nkw, kwnames);
      }
      break;
    default: break;
    }
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not callable", yrt_tname(c));
}

YValue yrt_call(YValue c, int argc, const YValue *argv) { return call_any(c, argc, argv, 0, NULL); }

YValue yrt_call_self(YValue fn, YValue self, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  int n = argc + nkw + 1;
  YValue small[9], *all = n <= 9 ? small : yrt_malloc((size_t)n * sizeof *all);
  all[0] = self;
  for (int i = 0; i < argc + nkw; i++) all[i + 1] = argv[i];
  YValue r = nkw ? yrt_call_kw(fn, argc + 1, all, nkw, kwnames) : yrt_call(fn, argc + 1, all);
  if (all != small) free(all);
  return r;
}

YValue yrt_call_kw(YValue c, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue small[8] = {{0}}, *names = nkw <= 8 ? small : yrt_malloc((size_t)nkw * sizeof *names);
  for (int i = 0; i < nkw; i++) names[i] = yobj(kwnames[i]);
  YValue r = call_any(c, argc, argv, nkw, names);
  if (names != small) free(names);
  return r;
}

/* "__main__.f()": how a call's errors name a function (CPython's
 * _PyObject_FunctionStr), written into b. */
static void function_str(YBuf *b, YValue c) {
  switch (yrt_kind_of(c)) {
  case YK_FUNC: yrt_buf_printf(b, "__main__.%s()", ((YFunc *)c.u.o)->code->qualname); return;
  case YK_BUILTIN: yrt_buf_printf(b, "%s()", ((YBuiltin *)c.u.o)->name); return;
  case YK_TYPE: yrt_buf_printf(b, "%s()", ((const YType *)c.u.o)->name); return;
  default: yrt_buf_printf(b, "%s object", yrt_tname(c)); return;
  }
}

static void call_error(YValue c, const char *fmt, const char *arg) {
  YBuf b = {0};
  function_str(&b, c);
  yrt_buf_putc(&b, '\0');
  yrt_raise_msg(&yrt_exc_TypeError, fmt, b.data, arg);
  yrt_buf_free(&b);
}

int yrt_args_extend(YValue l, YValue it, YValue c) {
  YValue iter = yrt_iter(it);
  if (YIS_ERR(iter)) {
    if (yrt_exc_matches(yrt_ts.exc, yobj((void *)&yrt_exc_TypeError)) == 1 && yrt_kind_of(it) != YK_GEN) {
      yrt_clear(&yrt_ts.exc);
      call_error(c, "%s argument after * must be an iterable, not %s", yrt_tname(it));
    }
    return -1;
  }
  for (;;) {
    YValue v;
    int r = yrt_next(iter, &v);
    if (r <= 0) {
      if (r == 0) yrt_decref(v);
      yrt_decref(iter);
      return r;
    }
    r = yrt_list_append(l, v);
    yrt_decref(v);
    if (r < 0) {
      yrt_decref(iter);
      return -1;
    }
  }
}

int yrt_kwargs_merge(YValue d, YValue m, YValue c) {
  if (yrt_kind_of(m) != YK_DICT) {
    call_error(c, "%s argument after ** must be a mapping, not %s", yrt_tname(m));
    return -1;
  }
  YDict *src = (YDict *)m.u.o;
  for (int64_t i = 0; i < src->n; i++) {
    DictEntry *e = &src->entries[i];
    if (YIS_UNBOUND(e->key)) continue;
    if (yrt_kind_of(e->key) != YK_STR) {
      call_error(c, "%s keywords must be strings%s", "");
      return -1;
    }
    YValue old = yrt_dict_get(d, e->key);
    if (YIS_ERR(old)) return -1;
    if (!YIS_UNBOUND(old)) {
      call_error(c, "%s got multiple values for keyword argument '%s'", ((YStr *)e->key.u.o)->data);
      return -1;
    }
    if (yrt_dict_set(d, e->key, e->value) < 0) return -1;
  }
  return 0;
}

int yrt_kwarg_add(YValue d, YValue name, YValue v, YValue c) {
  YValue old = yrt_dict_get(d, name);
  if (YIS_ERR(old)) return -1;
  if (!YIS_UNBOUND(old)) {
    call_error(c, "%s got multiple values for keyword argument '%s'", ((YStr *)name.u.o)->data);
    return -1;
  }
  return yrt_dict_set(d, name, v);
}

YValue yrt_call_ex(YValue c, YValue args, YValue kwargs) {
  int64_t n;
  const YValue *argv = yrt_seq_items(args, &n);
  int argc = (int)n;
  if (YIS_UNBOUND(kwargs) || ((YDict *)kwargs.u.o)->used == 0) return call_any(c, argc, argv, 0, NULL);
  YDict *d = (YDict *)kwargs.u.o;
  int nkw = (int)d->used;
  YValue *all = yrt_malloc((size_t)(argc + 2 * nkw + 1) * sizeof(YValue));
  YValue *names = all + argc + nkw;
  if (argc) /* an empty tuple's items may be NULL, which memcpy may not take */
    memcpy(all, argv, (size_t)argc * sizeof(YValue));
  int k = 0;
  for (int64_t i = 0; i < d->n; i++) {
    DictEntry *e = &d->entries[i];
    if (YIS_UNBOUND(e->key)) continue;
    all[argc + k] = e->value;
    names[k++] = e->key;
  }
  YValue r = call_any(c, argc, all, nkw, names);
  free(all);
  return r;
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

/* The arguments of a builtin whose parameters may be given by position or
 * by name (pow, round, itertools: CPython's Argument Clinic functions), as
 * _PyArg_UnpackKeywords sorts them: out[0..nparams) receives each argument
 * (borrowed; unbound when absent), and the checks and messages come in its
 * order: too many, a required one missing, one given twice, an unknown
 * name.  The first `required` parameters must be given, and at most
 * `maxpos` of them by position (the others are keyword-only). */
int yrt_args_kw(const char *what, const char *const *names, int nparams, int required, int maxpos, int argc,
                const YValue *argv, int nkw, YStr *const *kwnames, YValue *out) {
  if (argc + nkw > nparams) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", what, nparams,
                  argc == 0 ? "keyword " : "", nparams == 1 ? "" : "s", argc + nkw);
    return -1;
  }
  if (argc > maxpos) {
    yrt_raise_msg(&yrt_exc_TypeError, "%s() takes at most %d positional argument%s (%d given)", what, maxpos,
                  maxpos == 1 ? "" : "s", argc);
    return -1;
  }
  int left = nkw;
  for (int i = 0; i < nparams; i++) {
    out[i] = i < argc ? argv[i] : YUNBOUND;
    if (i < argc) continue;
    for (int k = 0; k < nkw; k++)
      if (!strcmp(kwnames[k]->data, names[i])) {
        out[i] = argv[argc + k];
        left--;
        break;
      }
    if (YIS_UNBOUND(out[i]) && i < required) {
      yrt_raise_msg(&yrt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", what, names[i],
                    i + 1);
      return -1;
    }
  }
  if (left == 0) return 0;
  for (int i = 0; i < argc; i++)
    for (int k = 0; k < nkw; k++)
      if (!strcmp(kwnames[k]->data, names[i])) {
        yrt_raise_msg(&yrt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", what,
                      names[i], i + 1);
        return -1;
      }
  for (int k = 0; k < nkw; k++) {
    int i = 0;
    while (i < nparams && strcmp(kwnames[k]->data, names[i])) i++;
    if (i == nparams) {
      yrt_raise_msg(&yrt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", kwnames[k]->data, what);
      return -1;
    }
  }
  return 0;
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
