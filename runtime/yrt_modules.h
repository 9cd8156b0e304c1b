/*
 * yrt_modules.h: the modules of the standard library that the runtime
 * implements in C, and what each one holds, one line a member, as an
 * X-macro (as yrt_builtins.h is for the builtins).
 *
 * The compiler and the runtime both read this one list.  sema.c knows from
 * it which modules `import` finds and which names each one has; yieldrt.h
 * declares the objects; module.c builds each module's table of members.  A
 * member is added by adding its line here and its code in the runtime; a
 * line whose code is missing fails to link, never to run.
 *
 * Each member is a global YValue `yrt_m_<module>_<name>`, the module's slot
 * for it: `itertools.count` reads it, `itertools.count = f` writes it (as
 * a program may monkeypatch a CPython module).  The lines:
 *
 *   YRT_MODULE(mod)              the module: the YModule yrt_module_<mod>.
 *                                Its members follow, up to the next
 *                                YRT_MODULE.
 *   YRT_MODULE_INIT(mod)         the same, with an init function int
 *                                yrt_<mod>_init(void) that the first import
 *                                runs (0, or -1 with an exception set).
 *   YRT_MFUNC(mod, name)         a function: the YBuiltin yrt_bobj_<mod>_<name>,
 *                                its entry yrt_<mod>_<name>(argc, argv).
 *   YRT_MFUNC_KW(mod, name)      the same, taking keyword arguments too:
 *                                yrt_<mod>_kw_<name>(argc, argv, nkw, kwnames).
 *   YRT_MOBJ(mod, name, cobj)    a static object, `cobj` (a type, an
 *                                exception class): the slot starts as it.
 *   YRT_MVALUE(mod, name)        any other value (math.pi, sys.argv): the
 *                                module's C file defines the slot and sets
 *                                it, statically or in its init function.
 *
 * Which of CPython's modules are written in C here and which in Python
 * (compiled by yieldc into the runtime) is the design comment of module.c.
 */
#ifndef YRT_MODULE_INIT
#define YRT_MODULE_INIT(mod) YRT_MODULE(mod)
#endif

YRT_MODULE(asyncio)
YRT_MFUNC(asyncio, run)
YRT_MFUNC(asyncio, sleep)
YRT_MFUNC(asyncio, gather)
YRT_MFUNC(asyncio, create_task)
YRT_MOBJ(asyncio, CancelledError, yrt_exc_CancelledError)

YRT_MODULE(itertools)
YRT_MFUNC_KW(itertools, accumulate)
YRT_MFUNC_KW(itertools, chain)
YRT_MFUNC_KW(itertools, combinations)
YRT_MFUNC_KW(itertools, combinations_with_replacement)
YRT_MFUNC_KW(itertools, compress)
YRT_MFUNC_KW(itertools, count)
YRT_MFUNC_KW(itertools, cycle)
YRT_MFUNC_KW(itertools, dropwhile)
YRT_MFUNC_KW(itertools, filterfalse)
YRT_MFUNC_KW(itertools, groupby)
YRT_MFUNC_KW(itertools, islice)
YRT_MFUNC_KW(itertools, pairwise)
YRT_MFUNC_KW(itertools, permutations)
YRT_MFUNC_KW(itertools, product)
YRT_MFUNC_KW(itertools, repeat)
YRT_MFUNC_KW(itertools, starmap)
YRT_MFUNC_KW(itertools, takewhile)
YRT_MFUNC_KW(itertools, tee)
YRT_MFUNC_KW(itertools, zip_longest)

YRT_MODULE_INIT(sys)
YRT_MVALUE(sys, argv)
YRT_MFUNC(sys, exit)
YRT_MVALUE(sys, maxsize)
YRT_MFUNC(sys, getrecursionlimit)
YRT_MFUNC(sys, setrecursionlimit)
YRT_MVALUE(sys, stdin)
YRT_MVALUE(sys, stdout)
YRT_MVALUE(sys, stderr)
YRT_MVALUE(sys, __stdin__)
YRT_MVALUE(sys, __stdout__)
YRT_MVALUE(sys, __stderr__)
YRT_MVALUE(sys, version_info)
YRT_MVALUE(sys, platform)
YRT_MVALUE(sys, byteorder)

#undef YRT_MODULE_INIT
