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
YRT_MFUNC_KW(asyncio, gather)
YRT_MFUNC(asyncio, create_task)
YRT_MOBJ(asyncio, CancelledError, yrt_exc_CancelledError)
YRT_MFUNC(asyncio, current_task)
YRT_MFUNC(asyncio, shield)
YRT_MFUNC_KW(asyncio, wait_for)
YRT_MOBJ(asyncio, Future, yrt_asyncio_future_type)
YRT_MOBJ(asyncio, InvalidStateError, yrt_exc_InvalidStateError)
YRT_MOBJ(asyncio, TimeoutError, yrt_exc_TimeoutError)

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

YRT_MODULE_INIT(random)
YRT_MFUNC_KW(random, seed)
YRT_MFUNC_KW(random, random)
YRT_MFUNC_KW(random, getrandbits)
YRT_MFUNC_KW(random, randbytes)
YRT_MFUNC_KW(random, getstate)
YRT_MFUNC_KW(random, setstate)
YRT_MFUNC_KW(random, randrange)
YRT_MFUNC_KW(random, randint)
YRT_MFUNC_KW(random, choice)
YRT_MFUNC_KW(random, choices)
YRT_MFUNC_KW(random, shuffle)
YRT_MFUNC_KW(random, sample)
YRT_MFUNC_KW(random, uniform)
YRT_MFUNC_KW(random, triangular)
YRT_MFUNC_KW(random, gauss)
YRT_MFUNC_KW(random, normalvariate)
YRT_MFUNC_KW(random, lognormvariate)
YRT_MFUNC_KW(random, expovariate)
YRT_MFUNC_KW(random, vonmisesvariate)
YRT_MFUNC_KW(random, gammavariate)
YRT_MFUNC_KW(random, betavariate)
YRT_MFUNC_KW(random, paretovariate)
YRT_MFUNC_KW(random, weibullvariate)
YRT_MVALUE(random, BPF)
YRT_MVALUE(random, LOG4)
YRT_MVALUE(random, NV_MAGICCONST)
YRT_MVALUE(random, RECIP_BPF)
YRT_MVALUE(random, SG_MAGICCONST)
YRT_MVALUE(random, TWOPI)

#undef YRT_MODULE_INIT
