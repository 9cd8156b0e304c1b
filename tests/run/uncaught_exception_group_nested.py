# A nested exception group with a chained sub-exception, uncaught.
def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("from handler") from e


try:
    inner()
except ValueError as e:
    nested = ExceptionGroup("inner", [e, TypeError("t")])
raise BaseExceptionGroup("outer", [nested, KeyboardInterrupt()])
