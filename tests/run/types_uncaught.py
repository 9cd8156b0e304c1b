# An uncaught AttributeError from a SimpleNamespace: CPython's message names
# the type types.SimpleNamespace.
import types

settings = types.SimpleNamespace(verbose=True)
print(settings)
print(settings.quiet)
