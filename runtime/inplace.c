/*
 * inplace.c: augmented assignment operators that differ from the binary ones.
 *
 * Python's `a += b` mutates a list in place (so other references see the
 * change); every other Level 1 type has no in-place form and falls back to
 * a + b.
 */
#include "rt.h"

YValue yrt_iadd(YValue a, YValue b) {
  if (a.tag == YT_OBJ && a.u.o->type->kind == YK_LIST) {
    YValue r = yrt_callmethod(a, YN_extend, 1, &b);
    if (YIS_ERR(r)) return r;
    yrt_decref(r);
    return yrt_incref(a);
  }
  return yrt_add(a, b);
}
