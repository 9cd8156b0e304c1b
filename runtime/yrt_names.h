/*
 * yrt_names.h: the attribute and method names yieldc knows, as an X-macro.
 *
 * The compiler and the runtime both include this list.  The compiler turns
 * `obj.append(x)` into `yrt_callmethod(obj, YN_append, ...)`; the runtime
 * dispatches on the object's type and the name id, and uses the string form
 * (yrt_name_str) in AttributeError messages.  A name that is not listed here
 * can never resolve on any Level 1 object, so the compiler emits a call that
 * raises AttributeError at run time (as CPython would), not a compile error.
 *
 * Each entry is YRT_NAME(identifier); the Python spelling is #identifier.
 */
/* list */
YRT_NAME(append)
YRT_NAME(pop)
YRT_NAME(extend)
YRT_NAME(insert)
YRT_NAME(index)
YRT_NAME(remove)
YRT_NAME(reverse)
YRT_NAME(sort)
YRT_NAME(count)
YRT_NAME(copy)
YRT_NAME(clear)
/* dict */
YRT_NAME(get)
YRT_NAME(items)
YRT_NAME(keys)
YRT_NAME(values)
YRT_NAME(update)
YRT_NAME(setdefault)
/* str */
YRT_NAME(strip)
YRT_NAME(lstrip)
YRT_NAME(rstrip)
YRT_NAME(split)
YRT_NAME(join)
YRT_NAME(upper)
YRT_NAME(lower)
YRT_NAME(startswith)
YRT_NAME(endswith)
YRT_NAME(replace)
YRT_NAME(splitlines)
YRT_NAME(find)
YRT_NAME(isdigit)
YRT_NAME(isalpha)
YRT_NAME(isspace)
YRT_NAME(format)
/* generators, coroutines, async generators */
YRT_NAME(send)
YRT_NAME(throw)
YRT_NAME(close)
YRT_NAME(asend)
YRT_NAME(athrow)
YRT_NAME(aclose)
YRT_NAME(__next__)
YRT_NAME(__iter__)
YRT_NAME(__anext__)
YRT_NAME(__aiter__)
YRT_NAME(__await__)
YRT_NAME(gi_running)
YRT_NAME(gi_suspended)
YRT_NAME(ag_running)
YRT_NAME(cr_running)
/* exceptions */
YRT_NAME(args)
YRT_NAME(value)
YRT_NAME(__cause__)
YRT_NAME(__context__)
/* types and functions */
YRT_NAME(__name__)
YRT_NAME(__qualname__)
/* tasks (asyncio) */
YRT_NAME(result)
YRT_NAME(done)
YRT_NAME(cancel)
/* the asyncio module */
YRT_NAME(run)
YRT_NAME(sleep)
YRT_NAME(gather)
YRT_NAME(create_task)
YRT_NAME(CancelledError)
YRT_NAME(cancelled)
YRT_NAME(exception)
/* files: what print(file=f) calls */
YRT_NAME(write)
YRT_NAME(flush)
