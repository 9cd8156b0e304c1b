/*
 * yrt_builtins.h: the Python builtins yieldc knows, one line each, as an
 * X-macro (Lua's lopnames.h, the project's own yrt_names.h).
 *
 * The compiler and the runtime both read this one list: sema.c knows from it
 * which names are builtins, emit.c what C object each one is and how to call
 * it, yieldrt.h declares them and the runtime defines them.  A builtin is
 * added by adding its line here and its code in the runtime; a line whose
 * code is missing fails to link, never to run.
 *
 * Each line is one of
 *
 *   YRT_BUILTIN_FUNC(name)       a function: the object yrt_bobj_<name> (a
 *                                YBuiltin).  A call the compiler sees is made
 *                                to its C function yrt_b_<name>(argc, argv).
 *   YRT_BUILTIN_FUNC_KW(name)    the same, taking keyword arguments too: a
 *                                call with keywords goes to yrt_bkw_<name>(argc,
 *                                argv, nkw, kwnames).
 *   YRT_BUILTIN_TYPE(name)       a type: the object yrt_type_<name> (a YType),
 *                                called through its `call` slot.
 *   YRT_BUILTIN_EXC(name, base)  an exception class: yrt_exc_<name>, whose
 *                                base is yrt_exc_<base> (CPython's hierarchy,
 *                                each class after its base).
 *   YRT_BUILTIN_CONST(name)      a constant object: the YObj yrt_<name>.
 *   YRT_BUILTIN_EXC_MI(name, base, base2)  an exception class with a second
 *                                base (ExceptionGroup: BaseExceptionGroup and
 *                                Exception); includers that do not define it
 *                                see a YRT_BUILTIN_EXC(name, base).
 *   YRT_BUILTIN_EXC_ALIAS(name, exc)  another name of the exception class
 *                                yrt_exc_<exc> (IOError is OSError).
 *
 * The includer defines the macros it needs; the others expand to nothing.
 * This file has no include guard: it is meant to be included many times.
 */
#ifndef YRT_BUILTIN_FUNC
#define YRT_BUILTIN_FUNC(name)
#endif
#ifndef YRT_BUILTIN_FUNC_KW
#define YRT_BUILTIN_FUNC_KW(name) YRT_BUILTIN_FUNC(name)
#endif
#ifndef YRT_BUILTIN_TYPE
#define YRT_BUILTIN_TYPE(name)
#endif
#ifndef YRT_BUILTIN_EXC
#define YRT_BUILTIN_EXC(name, base)
#endif
#ifndef YRT_BUILTIN_CONST
#define YRT_BUILTIN_CONST(name)
#endif
#ifndef YRT_BUILTIN_EXC_ALIAS
#define YRT_BUILTIN_EXC_ALIAS(name, exc)
#endif
#ifndef YRT_BUILTIN_EXC_MI
#define YRT_BUILTIN_EXC_MI(name, base, base2) YRT_BUILTIN_EXC(name, base)
#endif

YRT_BUILTIN_FUNC_KW(print)
YRT_BUILTIN_FUNC(len)
YRT_BUILTIN_FUNC(repr)
YRT_BUILTIN_FUNC(abs)
YRT_BUILTIN_FUNC(next)
YRT_BUILTIN_FUNC(iter)
YRT_BUILTIN_FUNC(aiter)
YRT_BUILTIN_FUNC(anext)
YRT_BUILTIN_FUNC_KW(sorted)
YRT_BUILTIN_FUNC(any)
YRT_BUILTIN_FUNC(all)
YRT_BUILTIN_FUNC_KW(sum)
YRT_BUILTIN_FUNC_KW(min)
YRT_BUILTIN_FUNC_KW(max)
YRT_BUILTIN_FUNC(isinstance)
YRT_BUILTIN_FUNC(issubclass)
YRT_BUILTIN_FUNC(getattr)
YRT_BUILTIN_FUNC(setattr)
YRT_BUILTIN_FUNC(hasattr)
YRT_BUILTIN_FUNC(delattr)
YRT_BUILTIN_FUNC(map)
YRT_BUILTIN_FUNC(filter)
YRT_BUILTIN_FUNC_KW(round)
YRT_BUILTIN_FUNC(divmod)
YRT_BUILTIN_FUNC(hash)
YRT_BUILTIN_FUNC(id)
YRT_BUILTIN_FUNC(chr)
YRT_BUILTIN_FUNC(ord)
YRT_BUILTIN_FUNC(callable)
YRT_BUILTIN_FUNC(format)
YRT_BUILTIN_FUNC_KW(pow)
YRT_BUILTIN_FUNC(hex)
YRT_BUILTIN_FUNC(oct)
YRT_BUILTIN_FUNC(bin)
YRT_BUILTIN_FUNC(ascii)
YRT_BUILTIN_FUNC(vars)
YRT_BUILTIN_FUNC_KW(open)

YRT_BUILTIN_TYPE(object)
YRT_BUILTIN_TYPE(type)
YRT_BUILTIN_TYPE(int)
YRT_BUILTIN_TYPE(bool)
YRT_BUILTIN_TYPE(float)
YRT_BUILTIN_TYPE(str)
YRT_BUILTIN_TYPE(list)
YRT_BUILTIN_TYPE(tuple)
YRT_BUILTIN_TYPE(dict)
YRT_BUILTIN_TYPE(range)
YRT_BUILTIN_TYPE(enumerate)
YRT_BUILTIN_TYPE(zip)
YRT_BUILTIN_TYPE(reversed)
YRT_BUILTIN_TYPE(staticmethod)
YRT_BUILTIN_TYPE(classmethod)
YRT_BUILTIN_TYPE(property)
YRT_BUILTIN_TYPE(super)
YRT_BUILTIN_TYPE(bytes)
YRT_BUILTIN_TYPE(slice)
YRT_BUILTIN_TYPE(set)
YRT_BUILTIN_TYPE(frozenset)

YRT_BUILTIN_CONST(NotImplemented)

YRT_BUILTIN_EXC(BaseException, object)
YRT_BUILTIN_EXC(Exception, BaseException)
YRT_BUILTIN_EXC(GeneratorExit, BaseException)
YRT_BUILTIN_EXC(KeyboardInterrupt, BaseException)
YRT_BUILTIN_EXC(SystemExit, BaseException)
YRT_BUILTIN_EXC(StopIteration, Exception)
YRT_BUILTIN_EXC(StopAsyncIteration, Exception)
YRT_BUILTIN_EXC(ArithmeticError, Exception)
YRT_BUILTIN_EXC(OverflowError, ArithmeticError)
YRT_BUILTIN_EXC(ZeroDivisionError, ArithmeticError)
YRT_BUILTIN_EXC(AssertionError, Exception)
YRT_BUILTIN_EXC(MemoryError, Exception)
YRT_BUILTIN_EXC(AttributeError, Exception)
YRT_BUILTIN_EXC(ImportError, Exception)
YRT_BUILTIN_EXC(ModuleNotFoundError, ImportError)
YRT_BUILTIN_EXC(LookupError, Exception)
YRT_BUILTIN_EXC(IndexError, LookupError)
YRT_BUILTIN_EXC(KeyError, LookupError)
YRT_BUILTIN_EXC(NameError, Exception)
YRT_BUILTIN_EXC(UnboundLocalError, NameError)
YRT_BUILTIN_EXC(OSError, Exception)
YRT_BUILTIN_EXC(RuntimeError, Exception)
YRT_BUILTIN_EXC(NotImplementedError, RuntimeError)
YRT_BUILTIN_EXC(RecursionError, RuntimeError)
YRT_BUILTIN_EXC(TypeError, Exception)
YRT_BUILTIN_EXC(ValueError, Exception)
YRT_BUILTIN_EXC(TimeoutError, OSError)
YRT_BUILTIN_EXC(BlockingIOError, OSError)
YRT_BUILTIN_EXC(ChildProcessError, OSError)
YRT_BUILTIN_EXC(ConnectionError, OSError)
YRT_BUILTIN_EXC(BrokenPipeError, ConnectionError)
YRT_BUILTIN_EXC(ConnectionAbortedError, ConnectionError)
YRT_BUILTIN_EXC(ConnectionRefusedError, ConnectionError)
YRT_BUILTIN_EXC(ConnectionResetError, ConnectionError)
YRT_BUILTIN_EXC(FileExistsError, OSError)
YRT_BUILTIN_EXC(FileNotFoundError, OSError)
YRT_BUILTIN_EXC(InterruptedError, OSError)
YRT_BUILTIN_EXC(IsADirectoryError, OSError)
YRT_BUILTIN_EXC(NotADirectoryError, OSError)
YRT_BUILTIN_EXC(PermissionError, OSError)
YRT_BUILTIN_EXC(ProcessLookupError, OSError)
YRT_BUILTIN_EXC_ALIAS(IOError, OSError)
YRT_BUILTIN_EXC_ALIAS(EnvironmentError, OSError)
YRT_BUILTIN_EXC(UnicodeError, ValueError)
YRT_BUILTIN_EXC(UnicodeDecodeError, UnicodeError)
YRT_BUILTIN_EXC(UnicodeEncodeError, UnicodeError)
YRT_BUILTIN_EXC(BaseExceptionGroup, BaseException)
YRT_BUILTIN_EXC_MI(ExceptionGroup, BaseExceptionGroup, Exception)

#undef YRT_BUILTIN_FUNC
#undef YRT_BUILTIN_FUNC_KW
#undef YRT_BUILTIN_TYPE
#undef YRT_BUILTIN_EXC
#undef YRT_BUILTIN_CONST
#undef YRT_BUILTIN_EXC_ALIAS
#undef YRT_BUILTIN_EXC_MI
