# A module CPython does not have either: its ModuleNotFoundError, at compile time.
import itertools
import not_a_module_anywhere
