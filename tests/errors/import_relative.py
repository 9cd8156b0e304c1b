from .helpers import f
