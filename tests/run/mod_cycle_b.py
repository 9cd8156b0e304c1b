"""The other half of the circular import (import_modules)."""
import mod_cycle_a
print("mod_cycle_b: a is partly run:", mod_cycle_a.A_EARLY, hasattr(mod_cycle_a, "A_LATE"))
seen = mod_cycle_a.A_EARLY
try:
    from mod_cycle_a import A_LATE
except ImportError:
    print("mod_cycle_b: A_LATE not there yet")
