"""Half of a circular import (import_modules): a imports b, b imports a."""
print("mod_cycle_a: start")
A_EARLY = "a-early"
import mod_cycle_b
A_LATE = "a-late"
print("mod_cycle_a: end; b sees", mod_cycle_b.seen)
