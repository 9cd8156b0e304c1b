# yieldc-flags: --no-inline
# mod_inline_async_cases with every async generator a state machine: the
# path run/inline_async_generators inlines.
import mod_inline_async_cases
