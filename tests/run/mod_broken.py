"""A module whose top-level code raises (import_modules): each import runs
it again, as CPython does after a failed import."""
print("mod_broken: runs")
attempts = 1
raise RuntimeError("mod_broken cannot be imported")
