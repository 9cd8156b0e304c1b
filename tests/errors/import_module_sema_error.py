# An error found by sema in an imported module.
from mod_sema import g
