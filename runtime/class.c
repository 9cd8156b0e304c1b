/*
 * class.c: the classes a program defines, their instances, and the special
 * methods through which the rest of the runtime reaches them.
 *
 * Design
 * ------
 * A class statement runs its body into a namespace dict, then calls
 * yrt_class_new, which makes a heap YType (YTF_HEAP): its bases, its method
 * resolution order computed by C3 as CPython does, and the namespace as its
 * __dict__.  Instances of a class whose bases are plain classes are
 * YInstances (an attribute dict); a class deriving from an exception class
 * makes YExc instances, which carry the same dict.  Classes are immortal and
 * kept in a registry until exit: a method's __class__ cell and the class's
 * namespace form a cycle that refcounting alone would never free, and
 * yieldc has no cycle collector (CPython frees such classes with its own).
 *
 * An instance of a class the compiler gave a layout (YLayout, yieldrt.h)
 * has a field per attribute its methods assign to self; generated code
 * reads and writes them directly (yrt_field_get), and the generic lookup
 * below treats them as the first part of the instance dict.  yrt_class_new
 * keeps a layout only when the class's bases agree with it, and marks the
 * class YTF_FIELDS only while no property along its MRO owns a field's name.
 *
 * Attribute lookup follows CPython's object.__getattribute__: a property
 * found on the class wins over the instance dict, then the instance dict,
 * then the class attribute bound to the instance (a function becomes a
 * bound method, a classmethod binds the class, a staticmethod binds
 * nothing), then __getattr__.  Names arrive as str objects; the runtime's
 * name ids (yrt_names.h) map to immortal str objects so that compiled
 * `obj.append(x)` reaches a program's own `append` method.
 *
 * The generic operations (abstract.c, compare.c, number.c, format.c,
 * iter.c, func.c) handle the builtin types themselves and ask this file
 * only when an operand's type is a heap type: yrt_special looks a special
 * method up on the type (never the instance, as CPython) and calls it.
 * staticmethod, classmethod, property and super objects (kind YK_DESCR)
 * live here too.  Messages are CPython 3.11's, checked against python3.
 */
#include "rt.h"

#include <string.h>

/* ===================================================================== */
/* Names as str objects                                                   */
/* ===================================================================== */

static YStr name_objs[YN__COUNT];

YValue yrt_name_obj(YName n) {
  YStr *s = &name_objs[n];
  if (!s->data) {
    s->ob.refcnt = YRT_IMMORTAL;
    s->ob.type = &yrt_type_str;
    s->data = yrt_name_str[n];
    s->len = s->nchars = (int64_t)strlen(s->data);
    s->hash = -1;
  }
  return yobj(s);
}

/* The name id of a str, or -1.  (Linear: only getattr() of a builtin
 * object by a computed name comes here.) */
int yrt_name_find(YValue name) {
  const YStr *s = YSTR(name);
  for (int i = 0; i < YN__COUNT; i++)
    if ((int64_t)strlen(yrt_name_str[i]) == s->len && !memcmp(yrt_name_str[i], s->data, (size_t)s->len))
      return i;
  return -1;
}

/* d[name] into *v (borrowed): 1 found, 0 not (str keys never fail). */
static int dget(YValue d, YValue name, YValue *v) {
  *v = yrt_dict_get(d, name);
  if (YIS_ERR(*v)) {
    yrt_decref(yrt_fetch_exc());
    return 0;
  }
  return !YIS_UNBOUND(*v);
}
static int dhas(YValue d, YName n) {
  YValue v;
  return dget(d, yrt_name_obj(n), &v);
}

/* ===================================================================== */
/* Creating a class                                                       */
/* ===================================================================== */

static const YType **registry;
static int nregistry, capregistry;

/* The MRO of t as an array: a heap type's tuple, or a builtin type's chain
 * of bases.  *n gets the length; the result is freed by the caller. */
static const YType **mro_of(const YType *t, int *n) {
  int k = 0;
  if (t->flags & YTF_HEAP) {
    const YTuple *m = YTUPLE(t->mro);
    const YType **r = yrt_malloc((size_t)m->len * sizeof *r);
    for (int64_t i = 0; i < m->len; i++) r[k++] = (const YType *)m->items[i].u.o;
    *n = k;
    return r;
  }
  for (const YType *b = t; b; b = b->base) k++;
  const YType **r = yrt_malloc((size_t)k * sizeof *r);
  k = 0;
  for (const YType *b = t; b; b = b->base) r[k++] = b;
  *n = k;
  return r;
}

/* C3 linearisation of cls over its bases' MROs and the list of bases
 * itself; NULL and TypeError when there is none. */
static YValue c3_mro(const YType *cls, const YTuple *bases) {
  int nseq = (int)bases->len + 1;
  const YType ***seq = yrt_calloc((size_t)nseq, sizeof *seq);
  int *len = yrt_calloc((size_t)nseq, sizeof *len), *pos = yrt_calloc((size_t)nseq, sizeof *pos);
  int total = 1;
  for (int64_t i = 0; i < bases->len; i++) {
    seq[i] = mro_of((const YType *)bases->items[i].u.o, &len[i]);
    total += len[i];
  }
  seq[nseq - 1] = yrt_malloc((size_t)bases->len * sizeof **seq + 1);
  for (int64_t i = 0; i < bases->len; i++) seq[nseq - 1][i] = (const YType *)bases->items[i].u.o;
  len[nseq - 1] = (int)bases->len;
  YValue *out = yrt_malloc((size_t)total * sizeof *out);
  int nout = 0;
  out[nout++] = yobj((void *)cls);
  YValue result = YERROR;
  for (;;) {
    const YType *pick = NULL;
    int remaining = 0;
    for (int i = 0; i < nseq && !pick; i++) {
      if (pos[i] >= len[i]) continue;
      remaining = 1;
      const YType *cand = seq[i][pos[i]];
      int in_tail = 0; /* does cand appear in the tail of any sequence? */
      for (int j = 0; j < nseq && !in_tail; j++)
        for (int k = pos[j] + 1; k < len[j] && !in_tail; k++) in_tail = seq[j][k] == cand;
      if (!in_tail) pick = cand;
    }
    if (!remaining) {
      result = yrt_tuple_new(nout, out);
      break;
    }
    if (!pick) {
      /* CPython names the bases whose heads could not be merged. */
      YBuf b = {0};
      yrt_buf_printf(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
      int first = 1;
      for (int i = 0; i < nseq - 1; i++) {
        if (pos[i] >= len[i]) continue;
        int dup = 0;
        for (int j = 0; j < i; j++) dup |= pos[j] < len[j] && seq[j][pos[j]] == seq[i][pos[i]];
        if (dup) continue;
        yrt_buf_printf(&b, "%s %s", first ? "" : ",", seq[i][pos[i]]->name);
        first = 0;
      }
      yrt_buf_putc(&b, '\0');
      yrt_raise_msg(&yrt_exc_TypeError, "%s", b.data);
      yrt_buf_free(&b);
      break;
    }
    out[nout++] = yobj((void *)pick);
    for (int i = 0; i < nseq; i++)
      if (pos[i] < len[i] && seq[i][pos[i]] == pick) pos[i]++;
  }
  for (int i = 0; i < nseq; i++) free(seq[i]);
  free(seq);
  free(len);
  free(pos);
  free(out);
  return result;
}

static YValue class_call_pos(const YType *type, int argc, const YValue *argv) {
  return yrt_class_call(type, argc, argv, 0, NULL);
}

/* Can a class have `base` as a base?  Classes, exception classes and
 * object can; builtin types other than those cannot yet. */
static int base_ok(const YType *b) {
  return b == &yrt_type_object || (b->flags & YTF_HEAP) || b->kind == YK_EXC;
}

static int is_descr(YValue v, const YType *t);
static int is_data_descr(YValue v);

/* Is `l` the layout `anc` or one extending it? */
static int layout_extends(const YLayout *l, const YLayout *anc) {
  while (l && l != anc) l = l->parent;
  return l == anc;
}

/* The layout t's instances get: the compiler's, where t's bases agree with
 * it (see YInstance in yieldrt.h), else none. */
static const YLayout *layout_for(const YType *t, const YLayout *l) {
  if (!l || t->kind != YK_INSTANCE) return NULL;
  const YTuple *bt = YTUPLE(t->bases);
  const YType *first = (const YType *)bt->items[0].u.o;
  if (first->layout != l->parent) return NULL;
  for (int64_t i = 1; i < bt->len; i++)
    if (!layout_extends(l->parent, ((const YType *)bt->items[i].u.o)->layout)) return NULL;
  return l;
}

/* May generated code use t's fields directly?  Not when a class along its
 * MRO has a property of a field's name: that property owns the name. */
static void fields_flag(YType *t) {
  t->flags &= ~YTF_FIELDS;
  if (!t->layout) return;
  for (int i = 0; i < t->layout->nfields; i++)
    if (is_data_descr(yrt_mro_lookup(t, yobj(t->layout->names[i])))) return;
  t->flags |= YTF_FIELDS;
}

static YValue descr_hook(YValue v, YName n);

static int set_names(YType *t, YValue ns) {
  YValue items = yrt_callmethod(ns, YN_items, 0, NULL);
  if (YIS_ERR(items)) return -1;
  YValue list = yrt_call(yobj((void *)&yrt_type_list), 1, &items);
  yrt_decref(items);
  if (YIS_ERR(list)) return -1;
  int rc = 0;
  for (int64_t i = 0; rc == 0 && i < YLIST(list)->len; i++) {
    const YTuple *kv = YTUPLE(YLIST(list)->items[i]);
    YValue hook = descr_hook(kv->items[1], YN___set_name__);
    if (YIS_UNBOUND(hook)) continue;
    YValue args[3] = {kv->items[1], yobj(t), kv->items[0]};
    YValue r = yrt_call(hook, 3, args);
    if (YIS_ERR(r)) rc = -1;
    else yrt_decref(r);
  }
  yrt_decref(list);
  return rc;
}

YValue yrt_class_new(const char *name, const char *qualname, YValue bases, YValue ns, const YLayout *layout) {
  const YTuple *bt = YTUPLE(bases);
  YKind kind = YK_INSTANCE;
  for (int64_t i = 0; i < bt->len; i++) {
    YValue b = bt->items[i];
    if (yrt_kind_of(b) != YK_TYPE)
      return yrt_raise_msg(&yrt_exc_TypeError, "bases must be types");
    const YType *bty = (const YType *)b.u.o;
    if (!base_ok(bty))
      return yrt_raise_msg(&yrt_exc_TypeError, "yieldc: a class cannot derive from '%s' yet", bty->name);
    for (int64_t j = 0; j < i; j++)
      if (bt->items[j].u.o == b.u.o) return yrt_raise_msg(&yrt_exc_TypeError, "duplicate base class %s", bty->name);
    if (bty->kind == YK_EXC) kind = YK_EXC;
  }
  YType *t = yrt_calloc(1, sizeof *t);
  t->ob.refcnt = YRT_IMMORTAL;
  t->ob.type = &yrt_type_type;
  t->name = strdup(name);
  t->qualname = strdup(qualname);
  t->flags = YTF_HEAP;
  t->kind = kind;
  t->call = class_call_pos;
  YValue object = yobj((void *)&yrt_type_object);
  YValue own_bases = bt->len ? yrt_incref(bases) : yrt_tuple_new(1, &object);
  t->bases = own_bases;
  t->base = (const YType *)YTUPLE(own_bases)->items[0].u.o;
  /* The first base that is an exception class decides the layout. */
  for (int64_t i = 0; i < YTUPLE(own_bases)->len; i++) {
    const YType *b = (const YType *)YTUPLE(own_bases)->items[i].u.o;
    if (b->kind == YK_EXC) {
      t->base = b;
      break;
    }
  }
  YValue mro = c3_mro(t, YTUPLE(own_bases));
  if (YIS_ERR(mro)) {
    yrt_decref(own_bases);
    free((char *)t->name);
    free((char *)t->qualname);
    free(t);
    return mro;
  }
  t->mro = mro;
  t->dict = yrt_incref(ns);
  t->layout = layout_for(t, layout);
  fields_flag(t);
  /* CPython's type.__new__ adds these. */
  if (!dhas(ns, YN___module__)) {
    YValue m = yrt_str_from_c("__main__");
    yrt_dict_set(ns, yrt_name_obj(YN___module__), m);
    yrt_decref(m);
  }
  if (!dhas(ns, YN___doc__)) yrt_dict_set(ns, yrt_name_obj(YN___doc__), YNONE);
  /* A class that defines __eq__ and not __hash__ is unhashable. */
  if (dhas(ns, YN___eq__) && !dhas(ns, YN___hash__))
    yrt_dict_set(ns, yrt_name_obj(YN___hash__), YNONE);
  if (nregistry == capregistry) {
    capregistry = capregistry ? 2 * capregistry : 16;
    registry = yrt_realloc(registry, (size_t)capregistry * sizeof *registry);
  }
  registry[nregistry++] = t;
  /* type.__new__ then calls __set_name__(cls, name) on each attribute
   * whose class has it, in the namespace's order. */
  if (set_names(t, ns) < 0) return YERROR; /* the class stays registered, as an unreachable type */
  return yobj(t);
}

/* ===================================================================== */
/* Lookup                                                                 */
/* ===================================================================== */

/* The first definition of name along t's MRO (borrowed), or unbound.
 * Builtin types in the MRO have no namespace and are skipped. */
YValue yrt_mro_lookup(const YType *t, YValue name) {
  if (!(t->flags & YTF_HEAP)) return YUNBOUND;
  const YTuple *m = YTUPLE(t->mro);
  for (int64_t i = 0; i < m->len; i++) {
    const YType *c = (const YType *)m->items[i].u.o;
    if (!(c->flags & YTF_HEAP)) continue;
    YValue v;
    if (dget(c->dict, name, &v) == 1) return v;
  }
  return YUNBOUND;
}

static int is_descr(YValue v, const YType *t) { return v.tag == YT_OBJ && v.u.o->type == t; }

/* The descriptor protocol's method n (__get__, __set__, __delete__) of v,
 * an instance of a program's class whose class defines it; else unbound. */
static YValue descr_hook(YValue v, YName n) {
  if (v.tag != YT_OBJ || !(v.u.o->type->flags & YTF_HEAP)) return YUNBOUND;
  return yrt_mro_lookup(v.u.o->type, yrt_name_obj(n));
}

/* A data descriptor overrides the instance's own attributes: a property,
 * or an object whose class defines __set__ or __delete__. */
static int is_data_descr(YValue v) {
  return is_descr(v, &yrt_type_property) || !YIS_UNBOUND(descr_hook(v, YN___set__)) ||
         !YIS_UNBOUND(descr_hook(v, YN___delete__));
}

/* v found on a class, as seen through obj (an instance, or NULL for the
 * class itself) and the class cls: the descriptor protocol.  Owned. */
static YValue bind(YValue v, YValue obj, const YType *cls) {
  if (is_descr(v, &yrt_type_staticmethod)) return yrt_incref(YDESCR(v)->a);
  if (is_descr(v, &yrt_type_classmethod)) return yrt_bound_method(YDESCR(v)->a, yobj((void *)cls));
  YValue get = descr_hook(v, YN___get__);
  if (!YIS_UNBOUND(get)) {
    YValue args[3] = {v, YIS_UNBOUND(obj) ? YNONE : obj, yobj((void *)cls)};
    return yrt_call(get, 3, args);
  }
  if (YIS_UNBOUND(obj)) return yrt_incref(v);
  if (yrt_kind_of(v) == YK_FUNC) return yrt_bound_method(v, obj);
  if (is_descr(v, &yrt_type_property)) {
    YValue get = YDESCR(v)->a;
    if (YIS_NONE(get)) return yrt_raise_msg(&yrt_exc_AttributeError, "unreadable attribute");
    return yrt_call(get, 1, &obj);
  }
  return yrt_incref(v);
}

/* The attribute dict of an instance (borrowed; made on first use). */
static YValue *dict_slot(YValue obj) {
  switch (yrt_kind_of(obj)) {
  case YK_INSTANCE: return &((YInstance *)obj.u.o)->dict;
  case YK_EXC: return &((YExc *)obj.u.o)->dict;
  default: return NULL;
  }
}

/* The field of obj named `name`, or NULL: obj has fields (its class has a
 * layout and its __dict__ was never asked for) and one of them has that
 * name. */
static YValue *field_slot(YValue obj, YValue name) {
  const YLayout *l = obj.u.o->type->layout;
  if (!l || yrt_kind_of(obj) != YK_INSTANCE || ((YInstance *)obj.u.o)->dict_only) return NULL;
  YValue *fields = (YValue *)((YInstance *)obj.u.o + 1);
  const YStr *n = YSTR(name);
  for (int i = 0; i < l->nfields; i++) {
    const YStr *f = l->names[i];
    if (f == n || (f->len == n->len && !memcmp(f->data, n->data, (size_t)n->len))) return &fields[i];
  }
  return NULL;
}

/* obj.__dict__ of an instance with fields: from now on the dict holds every
 * attribute, the fields first, so that what the program does to the dict
 * is what the instance sees (CPython's __dict__ is the real thing too). */
static void fields_to_dict(YValue obj) {
  YInstance *in = (YInstance *)obj.u.o;
  const YLayout *l = obj.u.o->type->layout;
  if (!l || yrt_kind_of(obj) != YK_INSTANCE || in->dict_only) return;
  YValue d = yrt_dict_new(), *fields = (YValue *)(in + 1);
  for (int i = 0; i < l->nfields; i++)
    if (!YIS_UNBOUND(fields[i])) {
      yrt_dict_set(d, yobj(l->names[i]), fields[i]);
      yrt_clear(&fields[i]);
    }
  if (!YIS_UNBOUND(in->dict)) {
    const YDict *old = YDICT(in->dict);
    for (int64_t i = 0; i < old->n; i++)
      if (!YIS_UNBOUND(old->entries[i].key)) yrt_dict_set(d, old->entries[i].key, old->entries[i].value);
  }
  yrt_store(&in->dict, d);
  in->dict_only = 1;
}

/* Does v have a heap type (an instance of a program's class)? */
static inline int heap_obj(YValue v) { return v.tag == YT_OBJ && (v.u.o->type->flags & YTF_HEAP); }
static inline int heap_class(YValue v) {
  return yrt_kind_of(v) == YK_TYPE && (((const YType *)v.u.o)->flags & YTF_HEAP);
}

/* The exception attributes that live in YExc itself (BaseException's
 * data descriptors). */
static int exc_slot_name(const YType *t, YValue name) {
  int id = yrt_name_find(name);
  return id >= 0 && yrt_exc_has_slot(t, (YName)id);
}

static YValue type_attr(const YType *t, YValue name) {
  int id = yrt_name_find(name);
  switch (id) {
  case YN___name__: return yrt_str_from_c(t->name);
  case YN___qualname__: return yrt_str_from_c(t->qualname ? t->qualname : t->name);
  case YN___mro__: if (t->flags & YTF_HEAP) return yrt_incref(t->mro); break;
  case YN___bases__: if (t->flags & YTF_HEAP) return yrt_incref(t->bases); break;
  case YN___base__: return t->base ? yobj((void *)t->base) : YNONE;
  case YN___class__: return yobj((void *)&yrt_type_type);
  default: break;
  }
  return YUNBOUND;
}

YValue yrt_class_getattr(YValue obj, YValue name) {
  if (heap_class(obj)) {
    const YType *t = (const YType *)obj.u.o;
    YValue v = yrt_mro_lookup(t, name);
    if (!YIS_UNBOUND(v)) return bind(v, YUNBOUND, t);
    YValue r = type_attr(t, name);
    if (!YIS_UNBOUND(r)) return r;
    return yrt_raise_msg(&yrt_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                         YSTR(name)->data);
  }
  const YType *t = obj.u.o->type;
  if (yrt_name_find(name) == YN___class__) return yobj((void *)t);
  if (t->kind == YK_EXC && exc_slot_name(t, name)) return yrt_exc_getattr(obj, (YName)yrt_name_find(name));
  YValue v = yrt_mro_lookup(t, name);
  if (is_data_descr(v)) return bind(v, obj, t);
  YValue *fld = field_slot(obj, name);
  if (fld && !YIS_UNBOUND(*fld)) return yrt_incref(*fld);
  if (t->layout && yrt_name_find(name) == YN___dict__) fields_to_dict(obj);
  YValue *d = dict_slot(obj);
  if (d && !YIS_UNBOUND(*d)) {
    YValue iv;
    if (dget(*d, name, &iv) == 1) return yrt_incref(iv);
  }
  if (!YIS_UNBOUND(v)) return bind(v, obj, t);
  if (yrt_name_find(name) == YN___dict__ && d) {
    if (YIS_UNBOUND(*d)) *d = yrt_dict_new();
    return yrt_incref(*d);
  }
  YValue ga = yrt_mro_lookup(t, yrt_name_obj(YN___getattr__));
  if (!YIS_UNBOUND(ga)) {
    YValue args[2] = {obj, name};
    return yrt_call(ga, 2, args);
  }
  return yrt_raise_msg(&yrt_exc_AttributeError, "'%s' object has no attribute '%s'", t->name, YSTR(name)->data);
}

/* yrt_method_check for an instance or a class of the program: AttributeError
 * (yrt_class_getattr's) when the attribute is surely missing: not in the
 * MRO, the instance's fields or dict, and no __getattr__.  Whatever would
 * run code to find it (a __getattr__) is left to the call itself. */
int yrt_class_method_check(YValue obj, YValue name) {
  const YType *t = heap_class(obj) ? (const YType *)obj.u.o : obj.u.o->type;
  if (!YIS_UNBOUND(yrt_mro_lookup(t, name))) return 0;
  if (!heap_class(obj)) { /* (a class's own attributes, type_attr, run no code) */
    int id = yrt_name_find(name);
    if (id == YN___class__ || id == YN___dict__) return 0;
    if (t->kind == YK_EXC) return 0;
    YValue *fld = field_slot(obj, name);
    if (fld && !YIS_UNBOUND(*fld)) return 0;
    YValue *d = dict_slot(obj);
    YValue iv;
    if (d && !YIS_UNBOUND(*d) && dget(*d, name, &iv) == 1) return 0;
    if (!YIS_UNBOUND(yrt_mro_lookup(t, yrt_name_obj(YN___getattr__)))) return 0;
  }
  YValue v = yrt_class_getattr(obj, name);
  if (YIS_ERR(v)) return -1;
  yrt_decref(v);
  return 0;
}

int yrt_class_setattr(YValue obj, YValue name, YValue v) {
  if (heap_class(obj)) {
    const YType *t = (const YType *)obj.u.o;
    if (YIS_UNBOUND(v)) {
      int r = yrt_dict_del(t->dict, name);
      if (r == 0)
        yrt_raise_msg(&yrt_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                      YSTR(name)->data);
      return r == 1 ? 0 : -1;
    }
    if (yrt_dict_set(t->dict, name, v) < 0) return -1;
    /* A data descriptor stored on a class may now own a field's name. */
    if (is_data_descr(v))
      for (int i = 0; i < nregistry; i++) fields_flag((YType *)registry[i]);
    return 0;
  }
  const YType *t = obj.u.o->type;
  if (t->kind == YK_EXC && exc_slot_name(t, name)) {
    if (YIS_UNBOUND(v)) {
      yrt_raise_msg(&yrt_exc_TypeError, "can't delete %s", YSTR(name)->data);
      return -1;
    }
    return yrt_exc_setattr(obj, (YName)yrt_name_find(name), v);
  }
  YValue p = yrt_mro_lookup(t, name);
  if (is_descr(p, &yrt_type_property)) {
    YValue fn = YIS_UNBOUND(v) ? YDESCR(p)->c : YDESCR(p)->b;
    if (YIS_NONE(fn)) {
      yrt_raise_msg(&yrt_exc_AttributeError, "property '%s' of '%s' object has no %s", YSTR(name)->data, t->name,
                    YIS_UNBOUND(v) ? "deleter" : "setter");
      return -1;
    }
    YValue args[2] = {obj, v};
    YValue r = yrt_call(fn, YIS_UNBOUND(v) ? 1 : 2, args);
    if (YIS_ERR(r)) return -1;
    yrt_decref(r);
    return 0;
  }
  if (is_data_descr(p)) {
    /* descriptor.__set__(obj, v) or descriptor.__delete__(obj) */
    YName hook = YIS_UNBOUND(v) ? YN___delete__ : YN___set__;
    YValue fn = descr_hook(p, hook);
    if (YIS_UNBOUND(fn)) {
      yrt_raise_msg(&yrt_exc_AttributeError, "%s", yrt_name_str[hook]);
      return -1;
    }
    YValue args[3] = {p, obj, v};
    YValue r = yrt_call(fn, YIS_UNBOUND(v) ? 2 : 3, args);
    if (YIS_ERR(r)) return -1;
    yrt_decref(r);
    return 0;
  }
  YValue *fld = field_slot(obj, name);
  if (fld && !YIS_UNBOUND(v)) {
    yrt_store(fld, yrt_incref(v));
    return 0;
  }
  if (fld && !YIS_UNBOUND(*fld)) {
    yrt_clear(fld);
    return 0;
  }
  YValue *d = dict_slot(obj);
  if (YIS_UNBOUND(v)) {
    int r = d && !YIS_UNBOUND(*d) ? yrt_dict_del(*d, name) : 0;
    if (r == 0)
      yrt_raise_msg(&yrt_exc_AttributeError, "'%s' object has no attribute '%s'", t->name, YSTR(name)->data);
    return r == 1 ? 0 : -1;
  }
  if (YIS_UNBOUND(*d)) *d = yrt_dict_new();
  return yrt_dict_set(*d, name, v);
}

/* ===================================================================== */
/* Attributes of any object, by name                                      */
/* ===================================================================== */

YValue yrt_getattr_str(YValue obj, YValue name) {
  if (heap_obj(obj) || heap_class(obj)) return yrt_class_getattr(obj, name);
  if (is_descr(obj, &yrt_type_super)) return yrt_super_getattr(obj, name);
  if (yrt_kind_of(obj) == YK_MODULE) return yrt_module_getattr(obj, YSTR(name)->data);
  if (yrt_kind_of(obj) == YK_FUNC) {
    YValue v = yrt_func_getattr(obj, name);
    if (!YIS_UNBOUND(v)) return v;
  }
  int id = yrt_name_find(name);
  if (id < 0) return yrt_no_attr(obj, YSTR(name)->data);
  return yrt_getattr(obj, (YName)id);
}

int yrt_setattr_str(YValue obj, YValue name, YValue v) {
  if (heap_obj(obj) || heap_class(obj)) return yrt_class_setattr(obj, name, v);
  if (yrt_kind_of(obj) == YK_MODULE) return yrt_module_setattr(obj, YSTR(name)->data, v);
  if (yrt_kind_of(obj) == YK_FUNC) return yrt_func_setattr(obj, name, v);
  if (yrt_kind_of(obj) == YK_EXC) {
    int id = yrt_name_find(name);
    if (id == YN_args || id == YN___cause__ || id == YN___context__ || id == YN___suppress_context__ ||
        id == YN_value || id == YN___traceback__ || /* StopIteration, StopAsyncIteration (exc.c checks) */
        (id >= 0 && yrt_exc_has_slot(obj.u.o->type, (YName)id)))
      return yrt_exc_setattr(obj, (YName)id, v);
  }
  const YTypeOps *ops = yrt_ops_of(obj);
  if (ops && ops->setattr) return ops->setattr(obj.u.o, name, v);
  if (yrt_kind_of(obj) == YK_TYPE) {
    yrt_raise_msg(&yrt_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", YSTR(name)->data,
                  ((const YType *)obj.u.o)->name);
    return -1;
  }
  yrt_raise_msg(&yrt_exc_AttributeError, "'%s' object has no attribute '%s'", yrt_tname(obj), YSTR(name)->data);
  return -1;
}

int yrt_setattr(YValue obj, YName name, YValue v) { return yrt_setattr_str(obj, yrt_name_obj(name), v); }
int yrt_delattr_str(YValue obj, YValue name) { return yrt_setattr_str(obj, name, YUNBOUND); }

YValue yrt_callmethod_str(YValue obj, YValue name, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (heap_obj(obj)) {
    /* self.method(...): call the function with self, no bound method. */
    const YType *t = obj.u.o->type;
    YValue *d = dict_slot(obj);
    YValue f = yrt_mro_lookup(t, name), iv, *fld = field_slot(obj, name);
    if (yrt_kind_of(f) == YK_FUNC && !(fld && !YIS_UNBOUND(*fld)) && !(d && !YIS_UNBOUND(*d) && dget(*d, name, &iv) == 1))
      return yrt_call_self(f, obj, argc, argv, nkw, kwnames);
  }
  if (!heap_obj(obj) && !heap_class(obj) && !is_descr(obj, &yrt_type_super) && yrt_kind_of(obj) != YK_MODULE &&
      yrt_kind_of(obj) != YK_FUNC) {
    int id = yrt_name_find(name);
    if (id < 0) return yrt_no_attr(obj, YSTR(name)->data);
    return nkw ? yrt_callmethod_kw(obj, (YName)id, argc, argv, nkw, kwnames)
               : yrt_callmethod(obj, (YName)id, argc, argv);
  }
  YValue m = yrt_getattr_str(obj, name);
  if (YIS_ERR(m)) return m;
  YValue r = yrt_call_kw(m, argc, argv, nkw, kwnames);
  yrt_decref(m);
  return r;
}

/* ===================================================================== */
/* Special methods                                                        */
/* ===================================================================== */

YValue yrt_special_find(YValue obj, YName n) {
  if (!heap_obj(obj)) return YUNBOUND;
  return yrt_mro_lookup(obj.u.o->type, yrt_name_obj(n));
}

YValue yrt_special(YValue obj, YName n, int argc, const YValue *argv) {
  YValue f = yrt_special_find(obj, n);
  if (YIS_UNBOUND(f)) return f;
  if (YIS_NONE(f))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object is not callable", "NoneType");
  YValue b = bind(f, obj, obj.u.o->type);
  if (YIS_ERR(b)) return b;
  YValue r = yrt_call(b, argc, argv);
  yrt_decref(b);
  return r;
}

/* ===================================================================== */
/* Instances                                                              */
/* ===================================================================== */

YValue yrt_class_call(const YType *t, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue obj;
  if (t->kind == YK_EXC) {
    obj = yrt_exc_new(t, argc, argv);
    if (YIS_ERR(obj)) return obj;
  } else {
    YInstance *in = yrt_obj_new(t, t->layout ? t->layout->size : sizeof *in); /* the fields: unbound */
    obj = yobj(in);
  }
  YValue init = yrt_mro_lookup(t, yrt_name_obj(YN___init__));
  if (YIS_UNBOUND(init)) {
    if (argc + nkw > 0 && t->kind != YK_EXC) {
      yrt_decref(obj);
      return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (nkw > 0) {
      yrt_decref(obj);
      return yrt_raise_msg(&yrt_exc_TypeError, "%s() takes no keyword arguments", t->name);
    }
    return obj;
  }
  YValue r = yrt_call_self(init, obj, argc, argv, nkw, kwnames);
  if (YIS_ERR(r)) {
    yrt_decref(obj);
    return r;
  }
  if (!YIS_NONE(r)) {
    const char *tn = yrt_tname(r);
    yrt_decref(r);
    yrt_decref(obj);
    return yrt_raise_msg(&yrt_exc_TypeError, "__init__() should return None, not '%s'", tn);
  }
  return obj;
}

void yrt_instance_dealloc(YObj *o) {
  YInstance *in = (YInstance *)o;
  const YLayout *l = o->type->layout;
  for (int i = 0; l && i < l->nfields; i++) yrt_clear((YValue *)(in + 1) + i);
  YValue d = in->dict;
  free(in);
  yrt_decref(d);
}

const char *yrt_type_modname(const YType *t) {
  if (!(t->flags & YTF_HEAP)) return t->module;
  YValue m;
  if (!YIS_UNBOUND(t->dict) && dget(t->dict, yrt_name_obj(YN___module__), &m) && yrt_kind_of(m) == YK_STR)
    return YSTR(m)->data;
  return "__main__";
}

/* "<__main__.C object at 0x...>" (the class's __module__) */
YValue yrt_default_repr(YValue v) {
  const YType *t = yrt_typeof(v);
  if (t->flags & YTF_HEAP)
    return yrt_str_from_fmt("<%s.%s object at %p>", yrt_type_modname(t), t->qualname, (void *)v.u.o);
  return yrt_str_from_fmt("<%s object at %p>", t->name, (void *)v.u.o);
}

/* ===================================================================== */
/* staticmethod, classmethod, property, super                             */
/* ===================================================================== */

static YValue descr_new(const YType *t, YValue a, YValue b, YValue c) {
  YDescr *d = yrt_obj_new(t, sizeof *d);
  d->a = yrt_incref(a);
  d->b = yrt_incref(b);
  d->c = yrt_incref(c);
  return yobj(d);
}

void yrt_descr_dealloc(YObj *o) {
  YDescr *d = (YDescr *)o;
  YValue a = d->a, b = d->b, c = d->c;
  free(d);
  yrt_decref(a);
  yrt_decref(b);
  yrt_decref(c);
}

static YValue wrap_call(const YType *t, int argc, const YValue *argv) {
  if (argc != 1) return yrt_raise_msg(&yrt_exc_TypeError, "%s expected 1 argument, got %d", t->name, argc);
  return descr_new(t, argv[0], YNONE, YNONE);
}
YRT_DEFINE_TYPE(yrt_type_staticmethod, "staticmethod", &yrt_type_object, YK_DESCR, wrap_call);
YRT_DEFINE_TYPE(yrt_type_classmethod, "classmethod", &yrt_type_object, YK_DESCR, wrap_call);

static YValue property_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc > 4) return yrt_raise_msg(&yrt_exc_TypeError, "property() takes at most 4 arguments (%d given)", argc);
  YValue f[3] = {YNONE, YNONE, YNONE};
  for (int i = 0; i < argc && i < 3; i++) f[i] = argv[i];
  return descr_new(&yrt_type_property, f[0], f[1], f[2]);
}
YRT_DEFINE_TYPE(yrt_type_property, "property", &yrt_type_object, YK_DESCR, property_call);

YValue yrt_property_method(YValue p, YName n, int argc, const YValue *argv) {
  YDescr *d = YDESCR(p);
  switch (n) {
  case YN_getter:
  case YN_setter:
  case YN_deleter:
    if (yrt_args_one(yrt_name_str[n], argc) < 0) return YERROR;
    return descr_new(&yrt_type_property, n == YN_getter ? argv[0] : d->a, n == YN_setter ? argv[0] : d->b,
                     n == YN_deleter ? argv[0] : d->c);
  default: return yrt_no_attr(p, yrt_name_str[n]);
  }
}

YValue yrt_descr_getattr(YValue obj, YName n) {
  YDescr *d = YDESCR(obj);
  if (obj.u.o->type == &yrt_type_property) {
    switch (n) {
    case YN_fget: return yrt_incref(d->a);
    case YN_fset: return yrt_incref(d->b);
    case YN_fdel: return yrt_incref(d->c);
    case YN_getter: case YN_setter: case YN_deleter: return yrt_method_new(obj, n);
    default: break;
    }
  } else if (obj.u.o->type != &yrt_type_super && n == YN___func__) {
    return yrt_incref(d->a);
  }
  if (obj.u.o->type == &yrt_type_super) return yrt_super_getattr(obj, yrt_name_obj(n));
  return yrt_no_attr(obj, yrt_name_str[n]);
}

static YValue super_call(const YType *t, int argc, const YValue *argv) {
  (void)t;
  if (argc != 2) return yrt_raise_msg(&yrt_exc_RuntimeError, "super(): no arguments");
  return yrt_super_new(argv[0], argv[1]);
}
YRT_DEFINE_TYPE(yrt_type_super, "super", &yrt_type_object, YK_DESCR, super_call);

YValue yrt_super_new(YValue cls, YValue obj) {
  if (YIS_UNBOUND(cls)) return yrt_raise_msg(&yrt_exc_RuntimeError, "super(): empty __class__ cell");
  if (yrt_kind_of(cls) != YK_TYPE)
    return yrt_raise_msg(&yrt_exc_TypeError, "super() argument 1 must be a type, not %s", yrt_tname(cls));
  const YType *c = (const YType *)cls.u.o;
  const YType *ot = yrt_kind_of(obj) == YK_TYPE && yrt_subclass((const YType *)obj.u.o, c)
                        ? (const YType *)obj.u.o
                        : yrt_typeof(obj);
  if (!yrt_subclass(ot, c))
    return yrt_raise_msg(&yrt_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return descr_new(&yrt_type_super, cls, obj, yobj((void *)ot));
}

/* The builtin methods that super() reaches past a program's classes:
 * object's and BaseException's __init__, __str__ and __repr__. */
static YValue builtin_super_method(const YType *t, YValue self, YValue name) {
  int id = yrt_name_find(name);
  switch (id) {
  case YN___init__:
  case YN___str__:
  case YN___repr__:
  case YN___new__:
    return yrt_method_new_of(self, (YName)id, t);
  default: return YUNBOUND;
  }
}

YValue yrt_super_getattr(YValue sup, YValue name) {
  YDescr *d = YDESCR(sup);
  const YType *start = (const YType *)d->a.u.o, *ot = (const YType *)d->c.u.o;
  int n;
  const YType **mro = mro_of(ot, &n);
  int i = 0;
  while (i < n && mro[i] != start) i++;
  YValue r = YUNBOUND;
  for (i++; i < n && YIS_UNBOUND(r); i++) {
    const YType *c = mro[i];
    if (!(c->flags & YTF_HEAP)) {
      r = builtin_super_method(c, d->b, name);
      continue;
    }
    YValue v;
    if (dget(c->dict, name, &v) == 1) {
      int obj_is_type = d->b.u.o == (YObj *)ot;
      r = bind(v, obj_is_type ? YUNBOUND : d->b, ot);
    }
  }
  free(mro);
  if (YIS_UNBOUND(r))
    return yrt_raise_msg(&yrt_exc_AttributeError, "'super' object has no attribute '%s'", YSTR(name)->data);
  return r;
}

/* The __init__, __str__ and __repr__ of object and BaseException, called
 * through super() (a YMethod whose `owner` says which). */
YValue yrt_base_method(YValue self, YName n, const YType *owner, int argc, const YValue *argv) {
  int exc = owner->kind == YK_EXC && yrt_kind_of(self) == YK_EXC;
  switch (n) {
  case YN___init__:
    if (exc) {
      YValue args = yrt_tuple_new(argc, argv);
      int r = yrt_exc_setattr(self, YN_args, args);
      yrt_decref(args);
      return r < 0 ? YERROR : YNONE;
    }
    if (argc)
      return yrt_raise_msg(&yrt_exc_TypeError,
                           "object.__init__() takes exactly one argument (the instance to initialize)");
    return YNONE;
  case YN___str__:
    if (yrt_args_none("__str__", argc) < 0) return YERROR;
    return exc ? yrt_exc_str(self) : yrt_base_method(self, YN___repr__, owner, 0, NULL);
  case YN___repr__:
    if (yrt_args_none("__repr__", argc) < 0) return YERROR;
    return exc ? yrt_exc_repr(self) : yrt_default_repr(self);
  default: return yrt_no_attr(self, yrt_name_str[n]);
  }
}

/* ===================================================================== */
/* Subclass checks                                                        */
/* ===================================================================== */

int yrt_subclass(const YType *t, const YType *base) {
  if (base == &yrt_type_object) return 1;
  if ((t->flags & YTF_HEAP) || t->mro.tag == YT_OBJ) { /* a static type with an MRO: io.UnsupportedOperation */
    const YTuple *m = YTUPLE(t->mro);
    for (int64_t i = 0; i < m->len; i++)
      if (m->items[i].u.o == (const YObj *)base) return 1;
    return 0;
  }
  for (; t; t = t->base)
    if (t == base) return 1;
  return 0;
}

/* ===================================================================== */
/* Operators                                                              */
/* ===================================================================== */

static YValue notimpl_repr(YObj *o) {
  (void)o;
  return yrt_str_from_c("NotImplemented");
}
static void notimpl_dealloc(YObj *o) { (void)o; }
static const YTypeEx notimpl_type = {YRT_TYPE_EX_HEAD("NotImplementedType", YK_OTHER), notimpl_dealloc, NULL, NULL,
                                     NULL, NULL, notimpl_repr, NULL};
YObj yrt_NotImplemented = {YRT_IMMORTAL, &notimpl_type.type};

/* The special methods of each binary operator, by its symbol. */
static const struct {
  const char *sym;
  YName op, rop;
} binops[] = {
    {"+", YN___add__, YN___radd__},         {"-", YN___sub__, YN___rsub__},
    {"*", YN___mul__, YN___rmul__},         {"/", YN___truediv__, YN___rtruediv__},
    {"//", YN___floordiv__, YN___rfloordiv__}, {"%", YN___mod__, YN___rmod__},
    {"** or pow()", YN___pow__, YN___rpow__}, {"@", YN___matmul__, YN___rmatmul__},
    {"<<", YN___lshift__, YN___rlshift__},  {">>", YN___rshift__, YN___rrshift__},
    {"&", YN___and__, YN___rand__},         {"|", YN___or__, YN___ror__},
    {"^", YN___xor__, YN___rxor__},
};

static int not_impl(YValue r) { return YIS_UNBOUND(r) || yrt_is(r, yobj(&yrt_NotImplemented)); }

YValue yrt_heap_binop(const char *sym, YValue a, YValue b) {
  int k = 0, n = (int)(sizeof binops / sizeof binops[0]);
  while (k < n && strcmp(binops[k].sym, sym)) k++;
  if (k == n) return YUNBOUND;
  YName op = binops[k].op, rop = binops[k].rop;
  const YType *ta = yrt_typeof(a), *tb = yrt_typeof(b);
  int reflect = ta != tb;
  /* b's class, a subclass of a's that overrides the reflected method, goes first. */
  if (reflect && yrt_heap_obj(b) && yrt_subclass(tb, ta) && !YIS_UNBOUND(yrt_special_find(b, rop))) {
    YValue r = yrt_special(b, rop, 1, &a);
    if (!not_impl(r)) return r;
    reflect = 0;
  }
  YValue r = yrt_special(a, op, 1, &b);
  if (!not_impl(r)) return r;
  if (reflect) {
    r = yrt_special(b, rop, 1, &a);
    if (!not_impl(r)) return r;
  }
  return YUNBOUND;
}

/* ===================================================================== */
/* Class bodies                                                           */
/* ===================================================================== */

YStr yrt_str___main__ = YRT_STR_LIT("__main__", 8, 8);

YValue yrt_ns_load(YValue ns, YValue name, YValue fallback) {
  YValue v;
  if (dget(ns, name, &v)) return yrt_incref(v);
  if (YIS_UNBOUND(fallback))
    return yrt_raise_msg(&yrt_exc_NameError, "name '%s' is not defined", YSTR(name)->data);
  return yrt_incref(fallback);
}

void yrt_ns_store(YValue ns, YValue name, YValue v) {
  yrt_dict_set(ns, name, v);
  yrt_decref(v);
}

int yrt_ns_del(YValue ns, YValue name) {
  int r = yrt_dict_del(ns, name);
  if (r == 0) yrt_raise_msg(&yrt_exc_NameError, "name '%s' is not defined", YSTR(name)->data);
  return r == 1 ? 0 : -1;
}

/* ===================================================================== */
/* with and async with                                                    */
/* ===================================================================== */

/* The lowered `with` statement (parse.c) calls these: enter returns what
 * __enter__ returns (async: the awaitable of __aenter__), exit calls
 * __exit__(None, None, None), exit_exc calls __exit__ with the exception
 * being handled and says whether it was suppressed (async: the awaitable;
 * the lowering takes the truth of what it returns).  Tracebacks are not
 * objects yet: the third argument is None. */
static YValue with_enter(YValue mgr, YName enter, YName exit, const char *what) {
  if (mgr.tag == YT_OBJ && yrt_method_def(mgr.u.o, enter) && yrt_method_def(mgr.u.o, exit))
    return yrt_callmethod(mgr, enter, 0, NULL); /* a runtime object's (file.c) */
  YValue e = yrt_special_find(mgr, enter), x = yrt_special_find(mgr, exit);
  if (YIS_UNBOUND(e))
    return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object does not support the %scontext manager protocol",
                         yrt_tname(mgr), what);
  if (YIS_UNBOUND(x))
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "'%s' object does not support the %scontext manager protocol (missed %s method)",
                         yrt_tname(mgr), what, yrt_name_str[exit]);
  return yrt_special(mgr, enter, 0, NULL);
}

static YValue with_exit(YValue mgr, YName exit, YValue exc) {
  YValue args[3] = {YNONE, YNONE, YNONE};
  if (!YIS_UNBOUND(exc)) {
    args[0] = yobj((void *)yrt_typeof(exc));
    args[1] = exc;
    args[2] = yrt_exc_traceback(exc);
  }
  YValue r = mgr.tag == YT_OBJ && yrt_method_def(mgr.u.o, exit) ? yrt_callmethod(mgr, exit, 3, args)
                                                                 : yrt_special(mgr, exit, 3, args);
  yrt_decref(args[2]);
  if (YIS_UNBOUND(r)) return yrt_raise_msg(&yrt_exc_AttributeError, "%s", yrt_name_str[exit]);
  return r;
}

static YValue handled(void) { return yrt_ts.exc_info ? yrt_ts.exc_info->handled : YUNBOUND; }

YValue yrt_with_enter(YValue mgr) { return with_enter(mgr, YN___enter__, YN___exit__, ""); }
YValue yrt_with_exit(YValue mgr) { return with_exit(mgr, YN___exit__, YUNBOUND); }
YValue yrt_with_exit_exc(YValue mgr) {
  YValue r = with_exit(mgr, YN___exit__, handled());
  if (YIS_ERR(r)) return r;
  int t = yrt_truth(r);
  yrt_decref(r);
  return t < 0 ? YERROR : ybool(t);
}
YValue yrt_async_with_enter(YValue mgr) {
  return with_enter(mgr, YN___aenter__, YN___aexit__, "asynchronous ");
}
YValue yrt_async_with_exit(YValue mgr) { return with_exit(mgr, YN___aexit__, YUNBOUND); }
YValue yrt_async_with_exit_exc(YValue mgr) { return with_exit(mgr, YN___aexit__, handled()); }
