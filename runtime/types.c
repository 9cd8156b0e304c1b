/*
 * types.c: _types, the private C module behind runtime/lib/types.py (the
 * types module is written in Python; what needs the runtime's insides is
 * here, as CPython's Lib/types.py reaches into code objects).
 *
 *   _types.mark_function(func)   types.coroutine's first step: True when
 *                                func is a Python function that needs no
 *                                wrapper: an async def function, a
 *                                generator function already marked, or a
 *                                generator function, whose code it marks
 *                                (CPython sets CO_ITERABLE_COROUTINE in a
 *                                new code object of func; yieldc marks the
 *                                code every function object of that def
 *                                shares, gen.c).  False otherwise.
 *   _types.mark_generator(gen)   the wrapper's step for a plain generator:
 *                                makes that generator awaitable and returns
 *                                it (CPython returns a _GeneratorWrapper
 *                                around it).
 *
 * What `await` then does with such a generator is gen.c's (as_await): its
 * yields go up as waits to whoever drives the awaiting coroutine (send()
 * returns them; an asyncio task takes None as a bare yield, see README for
 * other values).
 */
#include "rt.h"

YValue yrt__types_mark_function(int argc, const YValue *argv) {
  if (yrt_args_range("mark_function", argc, 1, 1) < 0) return YERROR;
  YValue f = argv[0];
  if (f.tag != YT_OBJ || f.u.o->type != &yrt_type_function) return YFALSE;
  const YFuncCode *code = ((YFunc *)f.u.o)->code;
  if (code->flags & YF_COROUTINE) return YTRUE;
  if (!(code->flags & YF_GENERATOR) || !code->gencode) return YFALSE;
  yrt_gen_mark_code(code->gencode);
  return YTRUE;
}

YValue yrt__types_mark_generator(int argc, const YValue *argv) {
  if (yrt_args_range("mark_generator", argc, 1, 1) < 0) return YERROR;
  YValue g = argv[0];
  if (g.tag == YT_OBJ && g.u.o->type == &yrt_type_generator) ((YGen *)g.u.o)->iterable_coro = 1;
  return yrt_incref(g);
}
