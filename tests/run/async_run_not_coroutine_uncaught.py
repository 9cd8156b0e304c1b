# asyncio.run(5), uncaught: exit 1 with
# ValueError: a coroutine was expected, got 5.
import asyncio

print("calling asyncio.run(5)")
asyncio.run(5)
print("not reached")
