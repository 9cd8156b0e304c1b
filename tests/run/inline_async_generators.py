# The async generators of mod_inline_async_cases, inlined into their async
# for loops (the default); run/inline_async_generators_off runs the same
# with --no-inline.
import mod_inline_async_cases
