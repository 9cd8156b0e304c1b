"""A module with a semantic error."""
def g():
    return 1
    yield
return 5
