# The generators of mod_inline_cases, inlined into their for loops (the
# default); run/inline_generators_off runs the same with --no-inline.
import mod_inline_cases
