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
 *   YRT_MTYPE(mod, name, cobj)   the same for a type CPython lets a class
 *                                derive from but yieldc's class system
 *                                cannot (its instances have a C layout):
 *                                sema.c makes `class C(mod.name)` a
 *                                compile-time error.
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
#ifndef YRT_MTYPE
#define YRT_MTYPE(mod, name, cobj) YRT_MOBJ(mod, name, cobj)
#endif

/* asyncio is runtime/lib/asyncio.py, over this core (loop.c). */
YRT_MODULE(_yieldc_asyncio)
YRT_MFUNC(_yieldc_asyncio, run)
YRT_MFUNC(_yieldc_asyncio, sleep)
YRT_MFUNC_KW(_yieldc_asyncio, gather)
YRT_MFUNC(_yieldc_asyncio, create_task)
YRT_MOBJ(_yieldc_asyncio, CancelledError, yrt_exc_CancelledError)
YRT_MFUNC(_yieldc_asyncio, current_task)
YRT_MFUNC(_yieldc_asyncio, shield)
YRT_MFUNC_KW(_yieldc_asyncio, wait_for)
YRT_MOBJ(_yieldc_asyncio, Future, yrt_asyncio_future_type)
YRT_MOBJ(_yieldc_asyncio, InvalidStateError, yrt_exc_InvalidStateError)
YRT_MOBJ(_yieldc_asyncio, TimeoutError, yrt_exc_TimeoutError)
YRT_MOBJ(_yieldc_asyncio, QueueEmpty, yrt_exc_QueueEmpty)
YRT_MOBJ(_yieldc_asyncio, QueueFull, yrt_exc_QueueFull)
YRT_MFUNC(_yieldc_asyncio, running)
YRT_MFUNC(_yieldc_asyncio, loop_object)
YRT_MFUNC(_yieldc_asyncio, set_loop_object)
YRT_MFUNC(_yieldc_asyncio, call_soon)
YRT_MFUNC(_yieldc_asyncio, call_at)
YRT_MFUNC(_yieldc_asyncio, time)
YRT_MFUNC(_yieldc_asyncio, new_task)
YRT_MFUNC(_yieldc_asyncio, run_until_complete)
YRT_MFUNC(_yieldc_asyncio, close)
YRT_MFUNC(_yieldc_asyncio, isfuture)
YRT_MFUNC(_yieldc_asyncio, iscoroutine)
YRT_MFUNC(_yieldc_asyncio, run_count)

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

YRT_MODULE_INIT(inspect)
YRT_MVALUE(inspect, CORO_CLOSED)
YRT_MVALUE(inspect, CORO_CREATED)
YRT_MVALUE(inspect, CORO_RUNNING)
YRT_MVALUE(inspect, CORO_SUSPENDED)
YRT_MVALUE(inspect, GEN_CLOSED)
YRT_MVALUE(inspect, GEN_CREATED)
YRT_MVALUE(inspect, GEN_RUNNING)
YRT_MVALUE(inspect, GEN_SUSPENDED)
YRT_MFUNC(inspect, getcoroutinestate)
YRT_MFUNC(inspect, getgeneratorstate)
YRT_MFUNC(inspect, isasyncgen)
YRT_MFUNC(inspect, isasyncgenfunction)
YRT_MFUNC(inspect, isawaitable)
YRT_MFUNC(inspect, isbuiltin)
YRT_MFUNC(inspect, isclass)
YRT_MFUNC(inspect, iscoroutine)
YRT_MFUNC(inspect, iscoroutinefunction)
YRT_MFUNC(inspect, isfunction)
YRT_MFUNC(inspect, isgenerator)
YRT_MFUNC(inspect, isgeneratorfunction)
YRT_MFUNC(inspect, ismethod)
YRT_MFUNC(inspect, ismodule)
/* math: math.c (the functions of floats), math_int.c (of ints). */
YRT_MODULE(math)
YRT_MFUNC_KW(math, acos)
YRT_MFUNC_KW(math, acosh)
YRT_MFUNC_KW(math, asin)
YRT_MFUNC_KW(math, asinh)
YRT_MFUNC_KW(math, atan)
YRT_MFUNC_KW(math, atan2)
YRT_MFUNC_KW(math, atanh)
YRT_MFUNC_KW(math, cbrt)
YRT_MFUNC_KW(math, ceil)
YRT_MFUNC_KW(math, comb)
YRT_MFUNC_KW(math, copysign)
YRT_MFUNC_KW(math, cos)
YRT_MFUNC_KW(math, cosh)
YRT_MFUNC_KW(math, degrees)
YRT_MFUNC_KW(math, dist)
YRT_MFUNC_KW(math, erf)
YRT_MFUNC_KW(math, erfc)
YRT_MFUNC_KW(math, exp)
YRT_MFUNC_KW(math, exp2)
YRT_MFUNC_KW(math, expm1)
YRT_MFUNC_KW(math, fabs)
YRT_MFUNC_KW(math, factorial)
YRT_MFUNC_KW(math, floor)
YRT_MFUNC_KW(math, fmod)
YRT_MFUNC_KW(math, frexp)
YRT_MFUNC_KW(math, fsum)
YRT_MFUNC_KW(math, gamma)
YRT_MFUNC_KW(math, gcd)
YRT_MFUNC_KW(math, hypot)
YRT_MFUNC_KW(math, isclose)
YRT_MFUNC_KW(math, isfinite)
YRT_MFUNC_KW(math, isinf)
YRT_MFUNC_KW(math, isnan)
YRT_MFUNC_KW(math, isqrt)
YRT_MFUNC_KW(math, lcm)
YRT_MFUNC_KW(math, ldexp)
YRT_MFUNC_KW(math, lgamma)
YRT_MFUNC_KW(math, log)
YRT_MFUNC_KW(math, log10)
YRT_MFUNC_KW(math, log1p)
YRT_MFUNC_KW(math, log2)
YRT_MFUNC_KW(math, modf)
YRT_MFUNC_KW(math, nextafter)
YRT_MFUNC_KW(math, perm)
YRT_MFUNC_KW(math, pow)
YRT_MFUNC_KW(math, prod)
YRT_MFUNC_KW(math, radians)
YRT_MFUNC_KW(math, remainder)
YRT_MFUNC_KW(math, sin)
YRT_MFUNC_KW(math, sinh)
YRT_MFUNC_KW(math, sqrt)
YRT_MFUNC_KW(math, tan)
YRT_MFUNC_KW(math, tanh)
YRT_MFUNC_KW(math, trunc)
YRT_MFUNC_KW(math, ulp)
YRT_MVALUE(math, e)
YRT_MVALUE(math, inf)
YRT_MVALUE(math, nan)
YRT_MVALUE(math, pi)
YRT_MVALUE(math, tau)

/* time: time.c. */
YRT_MODULE(time)
YRT_MFUNC_KW(time, monotonic)
YRT_MFUNC_KW(time, monotonic_ns)
YRT_MFUNC_KW(time, perf_counter)
YRT_MFUNC_KW(time, perf_counter_ns)
YRT_MFUNC_KW(time, process_time)
YRT_MFUNC_KW(time, process_time_ns)
YRT_MFUNC_KW(time, sleep)
YRT_MFUNC_KW(time, thread_time)
YRT_MFUNC_KW(time, thread_time_ns)
YRT_MFUNC_KW(time, time)
YRT_MFUNC_KW(time, time_ns)
YRT_MODULE(re)
YRT_MFUNC_KW(re, compile)
YRT_MFUNC_KW(re, search)
YRT_MFUNC_KW(re, match)
YRT_MFUNC_KW(re, fullmatch)
YRT_MFUNC_KW(re, findall)
YRT_MFUNC_KW(re, finditer)
YRT_MFUNC_KW(re, sub)
YRT_MFUNC_KW(re, subn)
YRT_MFUNC_KW(re, split)
YRT_MFUNC_KW(re, escape)
YRT_MFUNC_KW(re, purge)
YRT_MOBJ(re, error, yrt_exc_re_error)
YRT_MOBJ(re, Pattern, yrt_re_pattern_type)
YRT_MOBJ(re, Match, yrt_re_match_type)
YRT_MVALUE(re, NOFLAG)
YRT_MVALUE(re, I)
YRT_MVALUE(re, IGNORECASE)
YRT_MVALUE(re, M)
YRT_MVALUE(re, MULTILINE)
YRT_MVALUE(re, S)
YRT_MVALUE(re, DOTALL)
YRT_MVALUE(re, X)
YRT_MVALUE(re, VERBOSE)
YRT_MVALUE(re, A)
YRT_MVALUE(re, ASCII)
YRT_MVALUE(re, U)
YRT_MVALUE(re, UNICODE)
YRT_MVALUE(re, L)
YRT_MVALUE(re, LOCALE)
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

/* io: stringio.c (StringIO), file.c (UnsupportedOperation, open). */
YRT_MODULE(io)
YRT_MTYPE(io, StringIO, yrt_stringio_type)
YRT_MOBJ(io, UnsupportedOperation, yrt_exc_UnsupportedOperation)
YRT_MOBJ(io, open, yrt_bobj_open)
YRT_MVALUE(io, SEEK_SET)
YRT_MVALUE(io, SEEK_CUR)
YRT_MVALUE(io, SEEK_END)
YRT_MVALUE(io, DEFAULT_BUFFER_SIZE)

/* _types: types.c, the private module of runtime/lib/types.py. */
YRT_MODULE(_types)
YRT_MFUNC(_types, mark_function)
YRT_MFUNC(_types, mark_generator)

/* _collections: deque.c, the private module of runtime/lib/collections.py. */
YRT_MODULE(_collections)
YRT_MTYPE(_collections, deque, yrt_deque_type)

#undef YRT_MODULE_INIT
#undef YRT_MTYPE
