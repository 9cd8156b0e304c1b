# yieldc-flags: --no-inline
# mod_inline_cases with every generator a state machine: the path
# run/inline_generators inlines.
import mod_inline_cases
