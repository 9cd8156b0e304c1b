"""A docstring may come first; nothing else."""
import itertools
from __future__ import annotations
