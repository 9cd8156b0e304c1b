# The runtime's private modules are for yieldc's own library; CPython has no
# module of that name, and neither does a program.
import _yieldc_asyncio
