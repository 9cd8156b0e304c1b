import asyncio
print >> f, "x"
